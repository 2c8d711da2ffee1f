<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/bourse/Application.cpp" line="+108"/>
        <source>Bourse, a multi-exchange crypto trading terminal.</source>
        <translation>Bourse, 여러 거래소를 지원하는 암호화폐 트레이딩 터미널.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a board on exchange &lt;id&gt;.</source>
        <translation>거래소 &lt;id&gt;의 보드를 엽니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window off screen once the first data arrived, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>첫 데이터가 도착하면 메인 창을 화면 밖에서 렌더링하여 &lt;file&gt;에 PNG로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the board on market &lt;symbol&gt;.</source>
        <translation>마켓 &lt;symbol&gt;의 보드를 엽니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symbol</source>
        <translation>symbol</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+34"/>
        <source>bourse: %1
Try &apos;bourse --help&apos;.
</source>
        <translation>bourse: %1
&apos;bourse --help&apos;로 도움말을 확인하세요.
</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>bourse: --screenshot needs a file name
</source>
        <translation>bourse: --screenshot에는 파일 이름이 필요합니다
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bourse: no adapter serves &apos;%1&apos; yet; &apos;bourse-cli list&apos; shows the exchanges.
</source>
        <translation>bourse: 아직 &apos;%1&apos;을(를) 지원하는 어댑터가 없습니다. 지원 거래소는 &apos;bourse-cli list&apos;로 확인할 수 있습니다.
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>bourse: cannot write the screenshot to %1
</source>
        <translation>bourse: 스크린샷을 %1에 저장할 수 없습니다
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bourse: no data arrived within %1 s; no screenshot taken
</source>
        <translation>bourse: %1초 안에 데이터가 도착하지 않아 스크린샷을 찍지 않았습니다
</translation>
    </message>
</context>
<context>
    <name>bourse::models</name>
    <message>
        <location filename="../models/ErrorText.cpp" line="+24"/>
        <source>The API key lacks the permission for this.</source>
        <translation>API 키에 이 작업을 수행할 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange refused the API key (wrong key or secret, expired, or not allowed from this IP).</source>
        <translation>거래소가 API 키를 거부했습니다(키 또는 시크릿 키가 잘못되었거나, 만료되었거나, 이 IP에서의 접근이 허용되지 않음).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough funds.</source>
        <translation>잔고가 부족합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not know this order.</source>
        <translation>거래소에서 이 주문을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the order.</source>
        <translation>거래소가 주문을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the request&apos;s timestamp or nonce (is this computer&apos;s clock right?).</source>
        <translation>거래소가 요청의 타임스탬프 또는 논스를 거부했습니다(이 컴퓨터의 시계가 정확한지 확인하세요).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown — check: the answer to the order was lost and Bourse could not tell whether it was placed. Look at the open orders and the order history on the exchange before sending it again.</source>
        <translation>알 수 없음 — 확인 필요: 주문에 대한 응답이 유실되어 Bourse가 주문 접수 여부를 판단할 수 없습니다. 다시 보내기 전에 거래소에서 미체결 주문과 주문 내역을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the order was lost; Bourse checked with the exchange and the order was not placed. It is safe to send it again.</source>
        <translation>주문에 대한 응답이 유실되었습니다. Bourse가 거래소에 확인한 결과 주문은 접수되지 않았습니다. 안전하게 다시 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate limited: too many requests. The exchange asks to wait %1 seconds before the next one.</source>
        <translation>요청 제한: 요청이 너무 많습니다. 거래소가 다음 요청까지 %1초 기다리도록 요구합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited: too many requests. The exchange asks to slow down.</source>
        <translation>요청 제한: 요청이 너무 많습니다. 거래소가 요청 속도를 낮추도록 요구합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange&apos;s protection blocked the request (an anti-DDoS page or a ban for too many requests). Wait a while before trying again.</source>
        <translation>거래소의 보호 기능이 요청을 차단했습니다(DDoS 방어 페이지 또는 과도한 요청으로 인한 차단). 잠시 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange did not answer in time.</source>
        <translation>거래소가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is down for maintenance.</source>
        <translation>거래소가 점검 중입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is not available right now (a server error, or it could not be reached).</source>
        <translation>지금은 거래소를 이용할 수 없습니다(서버 오류 또는 연결 불가).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the exchange failed.</source>
        <translation>거래소 연결에 실패했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not offer this.</source>
        <translation>거래소가 이 기능을 제공하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not list this market.</source>
        <translation>거래소에 이 마켓이 상장되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange sent an answer Bourse cannot read.</source>
        <translation>거래소가 Bourse가 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange reported an error.</source>
        <translation>거래소가 오류를 보고했습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bourse::models::AccountList</name>
    <message>
        <location filename="../models/accounts/AccountList.cpp" line="+63"/>
        <source>An account needs a label and an exchange.</source>
        <translation>계정에는 라벨과 거래소가 필요합니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>시크릿 키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>패스프레이즈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User ID</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a value.</source>
        <translation>%1 값을 입력하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contains a line break. Copy it again from the exchange&apos;s API page, in one piece.</source>
        <translation>%1에 줄바꿈이 있습니다. 거래소의 API 페이지에서 끊기지 않게 한 번에 다시 복사하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a space. Keys have none: copy it again from the exchange&apos;s API page.</source>
        <translation>%1에 공백이 있습니다. 키에는 공백이 없으니 거래소의 API 페이지에서 다시 복사하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains an invisible character. Copy it again from the exchange&apos;s API page.</source>
        <translation>%1에 보이지 않는 문자가 있습니다. 거래소의 API 페이지에서 다시 복사하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The API host must be an https:// address without a path, such as https://api.example.com.</source>
        <translation>API 호스트는 경로가 없는 https:// 주소여야 합니다(예: https://api.example.com).</translation>
    </message>
</context>
<context>
    <name>bourse::models::ActivityLog</name>
    <message>
        <location filename="../models/ActivityLog.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requests are failing; polling goes on</source>
        <translation>요청이 실패하고 있습니다. 폴링은 계속됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable: %1</source>
        <translation>사용 불가: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at market</source>
        <translation>시장가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at %1 %2</source>
        <translation>가격 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, triggered at %1 %2</source>
        <translation>, 감시가 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order sent: %1 %2 %3 %4 %5%6</source>
        <translation>주문 전송됨: %1 %2 %3 %4, %5%6</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>bourse::models::BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+142"/>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available</source>
        <extracomment>A column: the part of a balance free to trade</extracomment>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In orders</source>
        <extracomment>A column: the part of a balance held by open orders</extracomment>
        <translation>주문 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <extracomment>A column: a balance, free and held together</extracomment>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>bourse::models::CredentialVault</name>
    <message>
        <location filename="../models/accounts/CredentialVault.cpp" line="+74"/>
        <source>No API key is stored in the keychain for this account.</source>
        <translation>이 계정의 API 키가 키체인에 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access: it is locked or the request was declined. Unlock it and try again. (%1)</source>
        <translation>키체인이 접근을 거부했습니다. 잠겨 있거나 요청이 거절되었습니다. 잠금을 해제한 후 다시 시도하세요. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available. Bourse keeps API keys only in the system keychain (GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service on Linux); start one and try again. Nothing was stored anywhere else. (%1)</source>
        <translation>사용할 수 있는 키체인이 없습니다. Bourse는 API 키를 시스템 키체인(Linux에서는 GNOME Keyring, KWallet 또는 KeePassXC의 Secret Service)에만 보관합니다. 이 중 하나를 실행한 후 다시 시도하세요. 다른 곳에는 아무것도 저장되지 않았습니다. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not delete the entry: %1</source>
        <translation>키체인에서 항목을 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be used (%1). Bourse keeps API keys only in the system keychain; nothing was stored anywhere else.</source>
        <translation>키체인을 사용할 수 없습니다(%1). Bourse는 API 키를 시스템 키체인에만 보관합니다. 다른 곳에는 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The keychain entry of this account is not one Bourse wrote; enter the keys again.</source>
        <translation>이 계정의 키체인 항목은 Bourse가 기록한 것이 아닙니다. 키를 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>bourse::models::ExchangeSession</name>
    <message>
        <location filename="../models/session/ExchangeSession.cpp" line="+141"/>
        <source>no adapter serves %1 yet</source>
        <translation>아직 %1을(를) 지원하는 어댑터가 없습니다</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>demo data</source>
        <translation>데모 데이터</translation>
    </message>
    <message>
        <location filename="../models/session/ExchangeSessionStreams.cpp" line="+123"/>
        <source>%1 stream</source>
        <translation>%1 스트림</translation>
    </message>
</context>
<context>
    <name>bourse::models::MarketListModel</name>
    <message>
        <location filename="../models/MarketListModel.cpp" line="+204"/>
        <source>Remove from favourites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to favourites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1B</source>
        <extracomment>Billions, abbreviated (a 24h volume)</extracomment>
        <translation>%1B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1M</source>
        <extracomment>Millions, abbreviated (a 24h volume)</extracomment>
        <translation>%1M</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1K</source>
        <extracomment>Thousands, abbreviated (a 24h volume)</extracomment>
        <translation>%1K</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last</source>
        <extracomment>A column: the market&apos;s last traded price</extracomment>
        <translation>현재가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24h %</source>
        <extracomment>A column: the price change over 24 hours, in percent</extracomment>
        <translation>24h 변동률</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h high</source>
        <translation>24h 고가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h low</source>
        <translation>24h 저가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>거래량</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrderBookModel</name>
    <message>
        <location filename="../models/OrderBookModel.cpp" line="+365"/>
        <source>Your open orders here: %1</source>
        <translation>이 가격의 내 미체결 주문: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <extracomment>A column: the amount summed from the best price to this level</extracomment>
        <translation>누적</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+316"/>
        <source>stop %1 @ %2</source>
        <translation>스톱 %1 @ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+94"/>
        <source>market</source>
        <extracomment>An order type: at the best price the book offers now</extracomment>
        <translation>시장가</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>limit</source>
        <extracomment>An order type: at a set price or better</extracomment>
        <translation>지정가</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open</source>
        <extracomment>An order&apos;s status: waiting in the book</extracomment>
        <translation>미체결</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled</source>
        <extracomment>An order&apos;s status: completely filled</extracomment>
        <translation>체결</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>만료됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>거부됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown — check</source>
        <extracomment>An order&apos;s status: its answer was lost and the exchange could not say whether it was placed</extracomment>
        <translation>알 수 없음 — 확인 필요</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Dismiss</source>
        <extracomment>A button in the row of an order whose fate is unknown: the user looked on the exchange</extracomment>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <extracomment>A button in each open order&apos;s row</extracomment>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled</source>
        <extracomment>A column: how much of the order was executed</extracomment>
        <translation>체결량</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>bourse::models::TradesModel</name>
    <message>
        <location filename="../models/TradesModel.cpp" line="+107"/>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <extracomment>A column: price times amount</extracomment>
        <translation>체결 금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceLayout</name>
    <message>
        <location filename="../models/workspace/WorkspaceLayout.cpp" line="+61"/>
        <source>workspace format %1 is not one this version of Bourse reads</source>
        <translation>작업 공간 형식 %1은(는) 이 버전의 Bourse에서 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>panel &apos;%1&apos; of unknown kind &apos;%2&apos; left out</source>
        <translation>알 수 없는 종류 &apos;%2&apos;의 패널 &apos;%1&apos;을(를) 제외했습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 panel without a name of its own left out</source>
        <translation>고유한 이름이 없는 %1 패널을 제외했습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no exchange; left out</source>
        <translation>패널 &apos;%1&apos;에 거래소가 지정되지 않아 제외했습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no market; left out</source>
        <translation>패널 &apos;%1&apos;에 마켓이 지정되지 않아 제외했습니다</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceStore</name>
    <message>
        <location filename="../models/workspace/WorkspaceStore.cpp" line="+43"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>올바른 JSON이 아닙니다(%2바이트 위치에서 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Bourse workspace file</source>
        <translation>Bourse 작업 공간 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Bourse (format %1)</source>
        <translation>더 새로운 버전의 Bourse로 작성되었습니다(형식 %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspaces file %1 is %2; it was kept as %3 and the default workspace is shown.</source>
        <translation>작업 공간 파일 %1을(를) 사용할 수 없습니다(%2). 파일을 %3(으)로 보관하고 기본 작업 공간을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspaces file %1 is %2 and could not be set aside; workspaces will not be saved.</source>
        <translation>작업 공간 파일 %1을(를) 사용할 수 없고(%2) 다른 곳으로 옮기지도 못했습니다. 작업 공간이 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A workspace needs a name.</source>
        <translation>작업 공간에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no data folder to save workspaces in.</source>
        <translation>작업 공간을 저장할 데이터 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the workspaces to %1: %2</source>
        <translation>작업 공간을 %1에 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="+29"/>
        <source>Exchange accounts</source>
        <translation>거래소 계정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Binance main</source>
        <translation>예: Binance 메인</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (2019 API)</source>
        <extracomment>An exchange that closed or left ccxt: Bourse speaks the API it documented in 2019</extracomment>
        <translation>%1 (2019년 API)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exchange&apos;s own</source>
        <translation>거래소 기본 호스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a venue that closed or moved: every request of this account goes to this host instead, keys included. Enter only a host you trust.</source>
        <translation>폐쇄되었거나 이전한 거래소용: 이 계정의 모든 요청이 키를 포함해 이 호스트로 전송됩니다. 신뢰하는 호스트만 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>라벨(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>거래소(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;host:</source>
        <translation>API 호스트(&amp;H):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys are kept in the system keychain only. Give them trading rights only if you trade from Bourse, and never withdrawal rights.</source>
        <translation>키는 시스템 키체인에만 보관됩니다. 거래 권한은 Bourse에서 거래할 때만 부여하고, 출금 권한은 절대 부여하지 마세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the keys from the keychain…</source>
        <translation>키체인에서 키를 읽는 중…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keys read from the keychain.</source>
        <translation>키체인에서 키를 읽었습니다.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the account a label.</source>
        <translation>계정에 라벨을 지정하세요.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An account named “%1” exists already.</source>
        <translation>“%1” 계정이 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the keys in the keychain…</source>
        <translation>키체인에 키를 저장하는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved. The keys are in the system keychain.</source>
        <translation>저장했습니다. 키는 시스템 키체인에 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove account</source>
        <translation>계정 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” and delete its keys from the keychain?</source>
        <translation>“%1” 계정을 제거하고 키체인에서 해당 키를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed “%1” and its keys.</source>
        <translation>“%1” 계정과 키를 제거했습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking %1 for the balance…</source>
        <translation>%1에 잔고를 조회하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Connected: the keys work; the account holds %n currencies.</source>
        <translation>
            <numerusform>연결됨: 키가 정상 작동합니다. 이 계정은 %n개의 통화를 보유하고 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::AddPanelDialog</name>
    <message>
        <location filename="../ui/workspace/AddPanelDialog.cpp" line="+24"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Exchange:</source>
        <translation>거래소(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount:</source>
        <translation>계정(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Market:</source>
        <translation>마켓(&amp;M):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link group:</source>
        <translation>연동 그룹(&amp;L):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No account (market data only)</source>
        <translation>계정 없음(시세 데이터만)</translation>
    </message>
</context>
<context>
    <name>bourse::ui::BalancesPanel</name>
    <message>
        <location filename="../ui/panels/BalancesPanel.cpp" line="+52"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice account: simulated funds</source>
        <translation>연습 계정: 모의 자금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account for %1 to see its balances</source>
        <translation>잔고를 보려면 %1 계정을 추가하세요</translation>
    </message>
</context>
<context>
    <name>bourse::ui::CandleChart</name>
    <message>
        <location filename="../ui/CandleChart.cpp" line="+91"/>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>24h %1%2%</source>
        <translation>24h 변동률 %1%2%</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>O</source>
        <extracomment>Open: the first price of a candle</extracomment>
        <translation>시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H</source>
        <extracomment>High: the highest price of a candle</extracomment>
        <translation>고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L</source>
        <extracomment>Low: the lowest price of a candle</extracomment>
        <translation>저</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C</source>
        <extracomment>Close: the last price of a candle</extracomment>
        <translation>종</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vol</source>
        <extracomment>Volume, abbreviated</extracomment>
        <translation>거래량</translation>
    </message>
</context>
<context>
    <name>bourse::ui::ChartPanel</name>
    <message>
        <location filename="../ui/panels/ChartPanel.cpp" line="+67"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the order book&apos;s depth instead of the candles</source>
        <translation>캔들 대신 호가창 깊이를 표시합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the %1 study</source>
        <translation>%1 지표 표시/숨기기</translation>
    </message>
</context>
<context>
    <name>bourse::ui::ChartStudies</name>
    <message>
        <location filename="../ui/chart/ChartStudies.cpp" line="+69"/>
        <source>MA %1</source>
        <translation>MA %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EMA %1</source>
        <translation>EMA %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BB %1, %2</source>
        <translation>BB %1, %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::DepthChart</name>
    <message>
        <location filename="../ui/chart/DepthChart.cpp" line="+89"/>
        <source>Cumulative amount</source>
        <translation>누적 수량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
</context>
<context>
    <name>bourse::ui::FeedBadge</name>
    <message>
        <location filename="../ui/panels/FeedBadge.cpp" line="+42"/>
        <source>Live</source>
        <extracomment>A panel&apos;s data badge: the exchange pushes its changes over a websocket stream</extracomment>
        <translation>실시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange pushes every change as it happens (websocket stream)</source>
        <translation>거래소가 모든 변경을 발생 즉시 보내 줍니다(웹소켓 스트림)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polled</source>
        <extracomment>A panel&apos;s data badge: the data is asked of the exchange at intervals</extracomment>
        <translation>폴링</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of the exchange at intervals: it has no stream for this, or its stream failed and is tried again in a minute</source>
        <translation>일정 간격으로 거래소에 요청합니다. 이 항목의 스트림이 없거나, 스트림이 끊겨 1분 후 다시 시도합니다</translation>
    </message>
</context>
<context>
    <name>bourse::ui::LinkGroups</name>
    <message>
        <location filename="../ui/workspace/LinkGroups.cpp" line="+37"/>
        <source>Blue group</source>
        <translation>파란색 그룹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber group</source>
        <translation>호박색 그룹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violet group</source>
        <translation>보라색 그룹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyan group</source>
        <translation>청록색 그룹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked</source>
        <translation>연동 안 함</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+68"/>
        <source>Account %1: %2</source>
        <translation>계정 %1: %2</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>The %1 panel could not be restored.</source>
        <translation>%1 패널을 복원하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The saved arrangement could not be read; the panels are in their default places.</source>
        <translation>저장된 배치를 읽지 못해 패널을 기본 위치에 두었습니다.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace not saved</source>
        <translation>작업 공간이 저장되지 않음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

Close anyway?</source>
        <translation>%1

그래도 닫으시겠습니까?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Activity log</source>
        <translation>활동 로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest problem; View &gt; Activity log keeps the history</source>
        <translation>가장 최근 문제입니다. 전체 기록은 보기 &gt; 활동 로그에서 확인할 수 있습니다</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts…</source>
        <translation>계정(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>Add %1…</source>
        <translation>%1 추가…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;System default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Trade</source>
        <translation>거래(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity &amp;log</source>
        <translation>활동 로그(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark</source>
        <translation>다크(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>라이트(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workspace</source>
        <translation>작업 공간(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Bourse</source>
        <translation>Bourse 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save workspace</source>
        <translation>작업 공간 저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save workspace &amp;as…</source>
        <translation>다른 이름으로 작업 공간 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace</source>
        <translation>작업 공간 열기(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete workspace</source>
        <translation>작업 공간 삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete workspace</source>
        <translation>작업 공간 삭제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the workspace “%1”?</source>
        <translation>“%1” 작업 공간을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset to the default layout</source>
        <translation>기본 레이아웃으로 초기화(&amp;R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save workspace</source>
        <translation>작업 공간 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connected (in-process)</source>
        <translation>연결됨(프로세스 내)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors</source>
        <translation>오류 발생</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unavailable: %1</source>
        <translation>사용 불가: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>latency —</source>
        <translation>지연 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1밀리초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation>폴링</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stream %1 · poll %2</source>
        <translation>스트림 %1 · 폴링 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stream</source>
        <translation>스트림</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate %1/%2</source>
        <translation>요청 한도 %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clock %1%2 ms</source>
        <translation>시계 %1%2밀리초</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rate budget: %1 of %2 request units in use, one unit back every %3 ms; %n request(s) waiting.</source>
        <translation>
            <numerusform>요청 한도: 요청 단위 %2개 중 %1개 사용 중, %3밀리초마다 1단위 회복, 요청 %n개 대기 중.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clock: the exchange&apos;s clock is %1 ms ahead of this computer&apos;s.</source>
        <translation>시계: 거래소의 시계가 이 컴퓨터보다 %1밀리초 빠릅니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bourse</source>
        <translation>Bourse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bourse</source>
        <translation>Bourse 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;A native multi-exchange crypto trading terminal.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;여러 거래소를 지원하는 네이티브 암호화폐 트레이딩 터미널.&lt;/p&gt;&lt;p&gt;라이선스: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/TradeActions.cpp" line="+93"/>
        <source>&amp;Order ticket</source>
        <translation>주문창(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buy</source>
        <translation>매수(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sell</source>
        <translation>매도(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel all orders…</source>
        <translation>모든 주문 취소(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Next panel</source>
        <translation>다음 패널(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous panel</source>
        <translation>이전 패널(&amp;P)</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MarketListPanel</name>
    <message>
        <location filename="../ui/panels/MarketListPanel.cpp" line="+95"/>
        <source>Search markets</source>
        <translation>마켓 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the markets of one quote currency, or your favourites</source>
        <translation>특정 기준 통화의 마켓 또는 즐겨찾기를 표시합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ Favourites</source>
        <translation>★ 즐겨찾기</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderBookPanel</name>
    <message>
        <location filename="../ui/panels/OrderBookPanel.cpp" line="+76"/>
        <source>Group price levels to multiples of this step</source>
        <translation>호가를 이 단위의 배수로 묶어서 표시합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <extracomment>The label of the list of price steps the book&apos;s levels are grouped to</extracomment>
        <translation>묶음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a level to use its price in the order ticket; Shift+click takes its amount too</source>
        <translation>호가를 클릭하면 해당 가격이 주문창에 입력됩니다. Shift+클릭하면 수량도 입력됩니다</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderLines</name>
    <message>
        <location filename="../ui/chart/OrderLines.cpp" line="+81"/>
        <source>BUY %1 @ %2</source>
        <extracomment>A tag on the chart: an open buy order&apos;s amount @ its price</extracomment>
        <translation>매수 %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL %1 @ %2</source>
        <extracomment>A tag on the chart: an open sell order&apos;s amount @ its price</extracomment>
        <translation>매도 %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUY stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop buy order&apos;s amount @ its trigger price</extracomment>
        <translation>매수 스톱 %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop sell order&apos;s amount @ its trigger price</extracomment>
        <translation>매도 스톱 %1 @ %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderTicketPanel</name>
    <message>
        <location filename="../ui/panels/OrderTicketPanel.cpp" line="+55"/>
        <source>Confirm order</source>
        <translation>주문 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send order</source>
        <translation>주문 전송</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+511"/>
        <source>Buy</source>
        <extracomment>The side of an order: buy</extracomment>
        <translation>매수</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+509"/>
        <source>Sell</source>
        <extracomment>The side of an order: sell</extracomment>
        <translation>매도</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Trigger</source>
        <extracomment>The price at which a stop order is triggered</extracomment>
        <translation>감시가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>The order type: limit, market, stop...</extracomment>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of the available balance</source>
        <translation>사용 가능 잔고의 %1%</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Total</source>
        <extracomment>The order&apos;s value: price times amount</extracomment>
        <translation>총액</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm before sending</source>
        <translation>전송 전에 확인</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>market price</source>
        <translation>시장가</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Digits and one decimal point only, and no more than %1 after the point on this market.</source>
        <translation>숫자와 소수점 하나만 입력할 수 있으며, 이 마켓에서는 소수점 이하 %1자리까지만 허용됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole numbers only on this market: digits, no decimal point.</source>
        <translation>이 마켓에서는 정수만 입력할 수 있습니다(숫자만, 소수점 없음).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit</source>
        <translation>지정가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>시장가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop limit</source>
        <translation>스톱 지정가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop market</source>
        <translation>스톱 시장가</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Enter a price first</source>
        <translation>먼저 가격을 입력하세요</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The price is %1% %2 the last price %3.</source>
        <translation>가격이 현재가 %3보다 %1% %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>낮습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>높습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minimum amount is %1 %2.</source>
        <translation>최소 수량은 %1 %2입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum amount is %1 %2.</source>
        <translation>최대 수량은 %1 %2입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum order value is %1 %2.</source>
        <translation>최소 주문 금액은 %1 %2입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not enough %1: %2 available.</source>
        <translation>%1이(가) 부족합니다. 사용 가능: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee: up to %1 %2 (%3% taker)</source>
        <translation>수수료: 최대 %1 %2(테이커 %3%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee: %1% maker, %2% taker</source>
        <translation>수수료: 메이커 %1%, 테이커 %2%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an account to trade</source>
        <translation>거래하려면 계정을 추가하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy %1</source>
        <translation>%1 매수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell %1</source>
        <translation>%1 매도</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Send this order to %1?</source>
        <translation>이 주문을 %1에 전송하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 on %4</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: %1</source>
        <translation>유형: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop %1</source>
        <translation>스톱 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger price: %1 %2</source>
        <translation>감시가: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price: market</source>
        <translation>가격: 시장가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price: %1 %2</source>
        <translation>가격: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value: about %1 %2</source>
        <translation>금액: 약 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: up to %1 %2</source>
        <translation>수수료: 최대 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the order…</source>
        <translation>주문 확인 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent.</source>
        <translation>전송하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending…</source>
        <translation>전송 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 %2: %3 %4 %5</source>
        <translation>주문 %1 %2: %3 %4 %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <translation>매도</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrdersPanel</name>
    <message>
        <location filename="../ui/panels/OrdersPanel.cpp" line="+86"/>
        <source>Order history</source>
        <translation>주문 내역</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel all</source>
        <translation>전체 취소</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel orders</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open orders (%1)</source>
        <translation>미체결 주문 (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling %1…</source>
        <translation>%1 취소 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 cancelled</source>
        <translation>주문 %1 취소됨</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancel all %n open order(s) on %1?</source>
        <translation>
            <numerusform>%1의 미체결 주문 %n개를 모두 취소하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n order(s) cancelled</source>
        <translation>
            <numerusform>주문 %n개 취소됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelFactory</name>
    <message>
        <location filename="../ui/workspace/PanelFactory.cpp" line="+59"/>
        <source>Markets</source>
        <translation>마켓 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order book</source>
        <translation>호가창</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trades</source>
        <translation>체결 내역</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ticket</source>
        <translation>주문창</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances</source>
        <translation>잔고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My trades</source>
        <translation>내 체결 내역</translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelTitleBar</name>
    <message>
        <location filename="../ui/workspace/PanelTitleBar.cpp" line="+102"/>
        <source>Float or dock this panel</source>
        <translation>이 패널 플로팅/도킹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this panel</source>
        <translation>이 패널 제거</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link group: %1</source>
        <translation>연동 그룹: %1</translation>
    </message>
</context>
<context>
    <name>bourse::ui::TradesPanel</name>
    <message>
        <location filename="../ui/panels/TradesPanel.cpp" line="+98"/>
        <source>Add an account for %1 to see your trades</source>
        <translation>내 체결 내역을 보려면 %1 계정을 추가하세요</translation>
    </message>
</context>
</TS>
