<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/bourse/Application.cpp" line="+108"/>
        <source>Bourse, a multi-exchange crypto trading terminal.</source>
        <translation>Bourse — 複数の取引所に対応した暗号資産トレーディングターミナル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a board on exchange &lt;id&gt;.</source>
        <translation>取引所 &lt;id&gt; のボードを開きます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window off screen once the first data arrived, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>最初のデータが届いたらメインウィンドウを画面外に描画し、PNG として &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the board on market &lt;symbol&gt;.</source>
        <translation>銘柄 &lt;symbol&gt; のボードを開きます。</translation>
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
&apos;bourse --help&apos; でヘルプを表示できます。
</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>bourse: --screenshot needs a file name
</source>
        <translation>bourse: --screenshot にはファイル名が必要です
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bourse: no adapter serves &apos;%1&apos; yet; &apos;bourse-cli list&apos; shows the exchanges.
</source>
        <translation>bourse: &apos;%1&apos; に対応するアダプターはまだありません。対応取引所は &apos;bourse-cli list&apos; で確認できます。
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>bourse: cannot write the screenshot to %1
</source>
        <translation>bourse: スクリーンショットを %1 に書き込めません
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bourse: no data arrived within %1 s; no screenshot taken
</source>
        <translation>bourse: %1 秒以内にデータが届かなかったため、スクリーンショットは撮影されませんでした
</translation>
    </message>
</context>
<context>
    <name>bourse::models</name>
    <message>
        <location filename="../models/ErrorText.cpp" line="+24"/>
        <source>The API key lacks the permission for this.</source>
        <translation>この API キーにはこの操作の権限がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange refused the API key (wrong key or secret, expired, or not allowed from this IP).</source>
        <translation>取引所が API キーを拒否しました（キーまたはシークレットキーの誤り、有効期限切れ、またはこの IP からのアクセスが許可されていません）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough funds.</source>
        <translation>残高が不足しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not know this order.</source>
        <translation>取引所にこの注文が見つかりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the order.</source>
        <translation>取引所が注文を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the request&apos;s timestamp or nonce (is this computer&apos;s clock right?).</source>
        <translation>取引所がリクエストのタイムスタンプまたはノンスを拒否しました（このコンピューターの時計は正確ですか？）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown — check: the answer to the order was lost and Bourse could not tell whether it was placed. Look at the open orders and the order history on the exchange before sending it again.</source>
        <translation>不明 — 要確認：注文への応答が失われたため、Bourse は注文が発注されたかどうか判断できませんでした。再送信する前に、取引所で未約定注文と注文履歴を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the order was lost; Bourse checked with the exchange and the order was not placed. It is safe to send it again.</source>
        <translation>注文への応答が失われました。Bourse が取引所に確認したところ、注文は発注されていません。安全に再送信できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate limited: too many requests. The exchange asks to wait %1 seconds before the next one.</source>
        <translation>レート制限：リクエストが多すぎます。取引所は次のリクエストまで %1 秒待つよう求めています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited: too many requests. The exchange asks to slow down.</source>
        <translation>レート制限：リクエストが多すぎます。取引所はリクエストの頻度を下げるよう求めています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange&apos;s protection blocked the request (an anti-DDoS page or a ban for too many requests). Wait a while before trying again.</source>
        <translation>取引所の保護機能がリクエストをブロックしました（DDoS 対策ページ、またはリクエスト過多による一時的な利用停止）。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange did not answer in time.</source>
        <translation>取引所から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is down for maintenance.</source>
        <translation>取引所はメンテナンス中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is not available right now (a server error, or it could not be reached).</source>
        <translation>取引所は現在利用できません（サーバーエラー、または接続できません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the exchange failed.</source>
        <translation>取引所への接続に失敗しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not offer this.</source>
        <translation>取引所はこの機能を提供していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not list this market.</source>
        <translation>取引所はこの銘柄を取り扱っていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange sent an answer Bourse cannot read.</source>
        <translation>取引所から Bourse が読み取れない応答が返されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange reported an error.</source>
        <translation>取引所がエラーを報告しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>bourse::models::AccountList</name>
    <message>
        <location filename="../models/accounts/AccountList.cpp" line="+63"/>
        <source>An account needs a label and an exchange.</source>
        <translation>アカウントにはラベルと取引所が必要です。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a value.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contains a line break. Copy it again from the exchange&apos;s API page, in one piece.</source>
        <translation>%1 に改行が含まれています。取引所の API ページから、途切れないようにもう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a space. Keys have none: copy it again from the exchange&apos;s API page.</source>
        <translation>%1 に空白が含まれています。キーに空白は含まれません。取引所の API ページからもう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains an invisible character. Copy it again from the exchange&apos;s API page.</source>
        <translation>%1 に不可視文字が含まれています。取引所の API ページからもう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The API host must be an https:// address without a path, such as https://api.example.com.</source>
        <translation>API ホストはパスを含まない https:// のアドレスにしてください（例: https://api.example.com）。</translation>
    </message>
</context>
<context>
    <name>bourse::models::ActivityLog</name>
    <message>
        <location filename="../models/ActivityLog.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requests are failing; polling goes on</source>
        <translation>リクエストが失敗しています。ポーリングは継続します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable: %1</source>
        <translation>利用不可：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at market</source>
        <translation>成行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at %1 %2</source>
        <translation>価格 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, triggered at %1 %2</source>
        <translation>、トリガー価格 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order sent: %1 %2 %3 %4 %5%6</source>
        <translation>注文送信：%1 %2 %3 %4、%5%6</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>bourse::models::BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+142"/>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available</source>
        <extracomment>A column: the part of a balance free to trade</extracomment>
        <translation>利用可能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In orders</source>
        <extracomment>A column: the part of a balance held by open orders</extracomment>
        <translation>注文中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <extracomment>A column: a balance, free and held together</extracomment>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>bourse::models::CredentialVault</name>
    <message>
        <location filename="../models/accounts/CredentialVault.cpp" line="+74"/>
        <source>No API key is stored in the keychain for this account.</source>
        <translation>このアカウントの API キーはキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access: it is locked or the request was declined. Unlock it and try again. (%1)</source>
        <translation>キーチェーンがアクセスを拒否しました。ロックされているか、要求が拒否されました。ロックを解除してから再試行してください。（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available. Bourse keeps API keys only in the system keychain (GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service on Linux); start one and try again. Nothing was stored anywhere else. (%1)</source>
        <translation>利用できるキーチェーンがありません。Bourse は API キーをシステムのキーチェーン（Linux では GNOME Keyring、KWallet、または KeePassXC の Secret Service）にのみ保存します。いずれかを起動してから再試行してください。他の場所には何も保存されていません。（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not delete the entry: %1</source>
        <translation>キーチェーンからエントリーを削除できませんでした：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be used (%1). Bourse keeps API keys only in the system keychain; nothing was stored anywhere else.</source>
        <translation>キーチェーンを使用できませんでした（%1）。Bourse は API キーをシステムのキーチェーンにのみ保存します。他の場所には何も保存されていません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The keychain entry of this account is not one Bourse wrote; enter the keys again.</source>
        <translation>このアカウントのキーチェーンエントリーは Bourse が書き込んだものではありません。キーをもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>bourse::models::ExchangeSession</name>
    <message>
        <location filename="../models/session/ExchangeSession.cpp" line="+141"/>
        <source>no adapter serves %1 yet</source>
        <translation>%1 に対応するアダプターはまだありません</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location filename="../models/session/ExchangeSessionStreams.cpp" line="+123"/>
        <source>%1 stream</source>
        <translation>%1 ストリーム</translation>
    </message>
</context>
<context>
    <name>bourse::models::MarketListModel</name>
    <message>
        <location filename="../models/MarketListModel.cpp" line="+204"/>
        <source>Remove from favourites</source>
        <translation>お気に入りから削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to favourites</source>
        <translation>お気に入りに追加</translation>
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
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last</source>
        <extracomment>A column: the market&apos;s last traded price</extracomment>
        <translation>現在値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24h %</source>
        <extracomment>A column: the price change over 24 hours, in percent</extracomment>
        <translation>24h 騰落率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h high</source>
        <translation>24h 高値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h low</source>
        <translation>24h 安値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>出来高</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrderBookModel</name>
    <message>
        <location filename="../models/OrderBookModel.cpp" line="+365"/>
        <source>Your open orders here: %1</source>
        <translation>この価格のあなたの未約定注文：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <extracomment>A column: the amount summed from the best price to this level</extracomment>
        <translation>累計</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+316"/>
        <source>stop %1 @ %2</source>
        <translation>逆指値 %1 @ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buy</source>
        <translation>買い</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell</source>
        <translation>売り</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+94"/>
        <source>market</source>
        <extracomment>An order type: at the best price the book offers now</extracomment>
        <translation>成行</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>limit</source>
        <extracomment>An order type: at a set price or better</extracomment>
        <translation>指値</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open</source>
        <extracomment>An order&apos;s status: waiting in the book</extracomment>
        <translation>未約定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled</source>
        <extracomment>An order&apos;s status: completely filled</extracomment>
        <translation>約定済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>取消済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown — check</source>
        <extracomment>An order&apos;s status: its answer was lost and the exchange could not say whether it was placed</extracomment>
        <translation>不明 — 要確認</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Dismiss</source>
        <extracomment>A button in the row of an order whose fate is unknown: the user looked on the exchange</extracomment>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <extracomment>A button in each open order&apos;s row</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>売買</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled</source>
        <extracomment>A column: how much of the order was executed</extracomment>
        <translation>約定済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>bourse::models::TradesModel</name>
    <message>
        <location filename="../models/TradesModel.cpp" line="+107"/>
        <source>Buy</source>
        <translation>買い</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell</source>
        <translation>売り</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>売買</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <extracomment>A column: price times amount</extracomment>
        <translation>約定代金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceLayout</name>
    <message>
        <location filename="../models/workspace/WorkspaceLayout.cpp" line="+61"/>
        <source>workspace format %1 is not one this version of Bourse reads</source>
        <translation>ワークスペース形式 %1 はこのバージョンの Bourse では読み込めません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>panel &apos;%1&apos; of unknown kind &apos;%2&apos; left out</source>
        <translation>不明な種類 &apos;%2&apos; のパネル &apos;%1&apos; を除外しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 panel without a name of its own left out</source>
        <translation>固有の名前がない %1 パネルを除外しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no exchange; left out</source>
        <translation>パネル &apos;%1&apos; に取引所が指定されていないため、除外しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no market; left out</source>
        <translation>パネル &apos;%1&apos; に銘柄が指定されていないため、除外しました</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceStore</name>
    <message>
        <location filename="../models/workspace/WorkspaceStore.cpp" line="+43"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>有効な JSON ではありません（%2 バイト目で %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Bourse workspace file</source>
        <translation>Bourse のワークスペースファイルではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Bourse (format %1)</source>
        <translation>新しいバージョンの Bourse で書き込まれています（形式 %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspaces file %1 is %2; it was kept as %3 and the default workspace is shown.</source>
        <translation>ワークスペースファイル %1 は使用できません（%2）。%3 として保存し、デフォルトのワークスペースを表示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspaces file %1 is %2 and could not be set aside; workspaces will not be saved.</source>
        <translation>ワークスペースファイル %1 は使用できません（%2）。退避もできなかったため、ワークスペースは保存されません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A workspace needs a name.</source>
        <translation>ワークスペースには名前が必要です。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no data folder to save workspaces in.</source>
        <translation>ワークスペースを保存するデータフォルダーがありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the workspaces to %1: %2</source>
        <translation>ワークスペースを %1 に保存できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="+29"/>
        <source>Exchange accounts</source>
        <translation>取引所アカウント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Binance main</source>
        <translation>例：Binance メイン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (2019 API)</source>
        <extracomment>An exchange that closed or left ccxt: Bourse speaks the API it documented in 2019</extracomment>
        <translation>%1（2019 年の API）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exchange&apos;s own</source>
        <translation>取引所の標準ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a venue that closed or moved: every request of this account goes to this host instead, keys included. Enter only a host you trust.</source>
        <translation>閉鎖または移転した取引所向け: このアカウントのすべてのリクエストが、キーも含めてこのホストに送られます。信頼できるホストだけを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>取引所(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;host:</source>
        <translation>API ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys are kept in the system keychain only. Give them trading rights only if you trade from Bourse, and never withdrawal rights.</source>
        <translation>キーはシステムのキーチェーンにのみ保存されます。取引権限は Bourse から取引する場合にのみ付与し、出金権限は決して付与しないでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the keys from the keychain…</source>
        <translation>キーチェーンからキーを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keys read from the keychain.</source>
        <translation>キーチェーンからキーを読み込みました。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the account a label.</source>
        <translation>アカウントにラベルを付けてください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An account named “%1” exists already.</source>
        <translation>「%1」という名前のアカウントは既に存在します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the keys in the keychain…</source>
        <translation>キーをキーチェーンに保存しています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved. The keys are in the system keychain.</source>
        <translation>保存しました。キーはシステムのキーチェーンにあります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” and delete its keys from the keychain?</source>
        <translation>アカウント「%1」を削除し、そのキーをキーチェーンから削除しますか？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed “%1” and its keys.</source>
        <translation>「%1」とそのキーを削除しました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking %1 for the balance…</source>
        <translation>%1 に残高を問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Connected: the keys work; the account holds %n currencies.</source>
        <translation>
            <numerusform>接続しました：キーは有効です。このアカウントは %n 種類の通貨を保有しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::AddPanelDialog</name>
    <message>
        <location filename="../ui/workspace/AddPanelDialog.cpp" line="+24"/>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Exchange:</source>
        <translation>取引所(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Market:</source>
        <translation>銘柄(&amp;M):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link group:</source>
        <translation>リンクグループ(&amp;L):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No account (market data only)</source>
        <translation>アカウントなし（マーケットデータのみ）</translation>
    </message>
</context>
<context>
    <name>bourse::ui::BalancesPanel</name>
    <message>
        <location filename="../ui/panels/BalancesPanel.cpp" line="+52"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice account: simulated funds</source>
        <translation>練習用アカウント：資金はシミュレーションです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account for %1 to see its balances</source>
        <translation>%1 の残高を表示するにはアカウントを追加してください</translation>
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
        <translation>24h 騰落率 %1%2%</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>O</source>
        <extracomment>Open: the first price of a candle</extracomment>
        <translation>始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H</source>
        <extracomment>High: the highest price of a candle</extracomment>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L</source>
        <extracomment>Low: the lowest price of a candle</extracomment>
        <translation>安</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C</source>
        <extracomment>Close: the last price of a candle</extracomment>
        <translation>終</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vol</source>
        <extracomment>Volume, abbreviated</extracomment>
        <translation>出来高</translation>
    </message>
</context>
<context>
    <name>bourse::ui::ChartPanel</name>
    <message>
        <location filename="../ui/panels/ChartPanel.cpp" line="+67"/>
        <source>Depth</source>
        <translation>デプス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the order book&apos;s depth instead of the candles</source>
        <translation>ローソク足の代わりに板のデプスを表示します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the %1 study</source>
        <translation>インジケーター %1 の表示/非表示を切り替えます</translation>
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
        <translation>累計数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
</context>
<context>
    <name>bourse::ui::FeedBadge</name>
    <message>
        <location filename="../ui/panels/FeedBadge.cpp" line="+42"/>
        <source>Live</source>
        <extracomment>A panel&apos;s data badge: the exchange pushes its changes over a websocket stream</extracomment>
        <translation>リアルタイム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange pushes every change as it happens (websocket stream)</source>
        <translation>取引所が変化をその都度プッシュ配信します（WebSocket ストリーム）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polled</source>
        <extracomment>A panel&apos;s data badge: the data is asked of the exchange at intervals</extracomment>
        <translation>ポーリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of the exchange at intervals: it has no stream for this, or its stream failed and is tried again in a minute</source>
        <translation>一定間隔で取引所に問い合わせています。この項目のストリームがないか、ストリームが切断され 1 分後に再試行されます</translation>
    </message>
</context>
<context>
    <name>bourse::ui::LinkGroups</name>
    <message>
        <location filename="../ui/workspace/LinkGroups.cpp" line="+37"/>
        <source>Blue group</source>
        <translation>ブルーグループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber group</source>
        <translation>アンバーグループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violet group</source>
        <translation>バイオレットグループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyan group</source>
        <translation>シアングループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked</source>
        <translation>リンクなし</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+68"/>
        <source>Account %1: %2</source>
        <translation>アカウント %1：%2</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>The %1 panel could not be restored.</source>
        <translation>パネル %1 を復元できませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The saved arrangement could not be read; the panels are in their default places.</source>
        <translation>保存された配置を読み込めなかったため、パネルをデフォルトの位置に配置しました。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace not saved</source>
        <translation>ワークスペースが保存されていません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

Close anyway?</source>
        <translation>%1

このまま閉じますか？</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Activity log</source>
        <translation>アクティビティログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest problem; View &gt; Activity log keeps the history</source>
        <translation>最新の問題です。履歴は「表示 &gt; アクティビティログ」で確認できます</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>Add %1…</source>
        <translation>%1を追加…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;System default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Trade</source>
        <translation>取引(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity &amp;log</source>
        <translation>アクティビティログ(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workspace</source>
        <translation>ワークスペース(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Bourse</source>
        <translation>Bourse について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save workspace</source>
        <translation>ワークスペースを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save workspace &amp;as…</source>
        <translation>名前を付けてワークスペースを保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace</source>
        <translation>ワークスペースを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete workspace</source>
        <translation>ワークスペースを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete workspace</source>
        <translation>ワークスペースの削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the workspace “%1”?</source>
        <translation>ワークスペース「%1」を削除しますか？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset to the default layout</source>
        <translation>デフォルトのレイアウトに戻す(&amp;R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save workspace</source>
        <translation>ワークスペースの保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connected (in-process)</source>
        <translation>接続済み（プロセス内）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unavailable: %1</source>
        <translation>利用不可：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>latency —</source>
        <translation>遅延 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation>ポーリング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stream %1 · poll %2</source>
        <translation>ストリーム %1 · ポーリング %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate %1/%2</source>
        <translation>レート %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clock %1%2 ms</source>
        <translation>時刻差 %1%2 ミリ秒</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rate budget: %1 of %2 request units in use, one unit back every %3 ms; %n request(s) waiting.</source>
        <translation>
            <numerusform>レート制限枠：%2 リクエスト単位のうち %1 を使用中、%3 ミリ秒ごとに 1 単位回復。%n 件のリクエストが待機中です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clock: the exchange&apos;s clock is %1 ms ahead of this computer&apos;s.</source>
        <translation>時刻：取引所の時計はこのコンピューターより %1 ミリ秒進んでいます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bourse</source>
        <translation>Bourse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bourse</source>
        <translation>Bourse について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;A native multi-exchange crypto trading terminal.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;複数の取引所に対応したネイティブの暗号資産トレーディングターミナル。&lt;/p&gt;&lt;p&gt;ライセンス：%2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/TradeActions.cpp" line="+93"/>
        <source>&amp;Order ticket</source>
        <translation>注文パネル(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buy</source>
        <translation>買い(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sell</source>
        <translation>売り(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel all orders…</source>
        <translation>すべての注文をキャンセル(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Next panel</source>
        <translation>次のパネル(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous panel</source>
        <translation>前のパネル(&amp;P)</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MarketListPanel</name>
    <message>
        <location filename="../ui/panels/MarketListPanel.cpp" line="+95"/>
        <source>Search markets</source>
        <translation>銘柄を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the markets of one quote currency, or your favourites</source>
        <translation>特定の決済通貨の銘柄、またはお気に入りを表示します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ Favourites</source>
        <translation>★ お気に入り</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderBookPanel</name>
    <message>
        <location filename="../ui/panels/OrderBookPanel.cpp" line="+76"/>
        <source>Group price levels to multiples of this step</source>
        <translation>価格をこの刻みの倍数でまとめて表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <extracomment>The label of the list of price steps the book&apos;s levels are grouped to</extracomment>
        <translation>集約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a level to use its price in the order ticket; Shift+click takes its amount too</source>
        <translation>価格をクリックすると注文パネルにその価格を入力します。Shift+クリックで数量も入力します</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderLines</name>
    <message>
        <location filename="../ui/chart/OrderLines.cpp" line="+81"/>
        <source>BUY %1 @ %2</source>
        <extracomment>A tag on the chart: an open buy order&apos;s amount @ its price</extracomment>
        <translation>買い %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL %1 @ %2</source>
        <extracomment>A tag on the chart: an open sell order&apos;s amount @ its price</extracomment>
        <translation>売り %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUY stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop buy order&apos;s amount @ its trigger price</extracomment>
        <translation>逆指値 買い %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop sell order&apos;s amount @ its trigger price</extracomment>
        <translation>逆指値 売り %1 @ %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderTicketPanel</name>
    <message>
        <location filename="../ui/panels/OrderTicketPanel.cpp" line="+55"/>
        <source>Confirm order</source>
        <translation>注文の確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send order</source>
        <translation>注文を送信</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+511"/>
        <source>Buy</source>
        <extracomment>The side of an order: buy</extracomment>
        <translation>買い</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+509"/>
        <source>Sell</source>
        <extracomment>The side of an order: sell</extracomment>
        <translation>売り</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Trigger</source>
        <extracomment>The price at which a stop order is triggered</extracomment>
        <translation>トリガー価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>The order type: limit, market, stop...</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of the available balance</source>
        <translation>利用可能残高の %1%</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Total</source>
        <extracomment>The order&apos;s value: price times amount</extracomment>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm before sending</source>
        <translation>送信前に確認する</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>market price</source>
        <translation>成行</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Digits and one decimal point only, and no more than %1 after the point on this market.</source>
        <translation>数字と小数点 1 つのみ入力できます。この銘柄では小数点以下 %1 桁までです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole numbers only on this market: digits, no decimal point.</source>
        <translation>この銘柄では整数のみ入力できます（数字のみ、小数点なし）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit</source>
        <translation>指値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>成行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop limit</source>
        <translation>逆指値（指値）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop market</source>
        <translation>逆指値（成行）</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Enter a price first</source>
        <translation>先に価格を入力してください</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The price is %1% %2 the last price %3.</source>
        <translation>価格が現在値 %3 より %1% %2です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>低い</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>高い</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minimum amount is %1 %2.</source>
        <translation>最小数量は %1 %2 です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum amount is %1 %2.</source>
        <translation>最大数量は %1 %2 です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum order value is %1 %2.</source>
        <translation>最小注文金額は %1 %2 です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not enough %1: %2 available.</source>
        <translation>%1 が不足しています（利用可能：%2）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Available: %1 %2</source>
        <translation>利用可能：%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee: up to %1 %2 (%3% taker)</source>
        <translation>手数料：最大 %1 %2（テイカー %3%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee: %1% maker, %2% taker</source>
        <translation>手数料：メイカー %1%、テイカー %2%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an account to trade</source>
        <translation>取引するにはアカウントを追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy %1</source>
        <translation>%1 を買う</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell %1</source>
        <translation>%1 を売る</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Send this order to %1?</source>
        <translation>この注文を %1 に送信しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 on %4</source>
        <translation>%1 %2 %3（%4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: %1</source>
        <translation>種類：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop %1</source>
        <translation>逆指値 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger price: %1 %2</source>
        <translation>トリガー価格：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price: market</source>
        <translation>価格：成行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price: %1 %2</source>
        <translation>価格：%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value: about %1 %2</source>
        <translation>金額：約 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: up to %1 %2</source>
        <translation>手数料：最大 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the order…</source>
        <translation>注文を確認しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent.</source>
        <translation>送信しませんでした。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 %2: %3 %4 %5</source>
        <translation>注文 %1 %2：%3 %4 %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buy</source>
        <translation>買い</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <translation>売り</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrdersPanel</name>
    <message>
        <location filename="../ui/panels/OrdersPanel.cpp" line="+86"/>
        <source>Order history</source>
        <translation>注文履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel all</source>
        <translation>すべてキャンセル</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel orders</source>
        <translation>注文のキャンセル</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open orders (%1)</source>
        <translation>未約定注文（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling %1…</source>
        <translation>%1 をキャンセルしています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 cancelled</source>
        <translation>注文 %1 をキャンセルしました</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancel all %n open order(s) on %1?</source>
        <translation>
            <numerusform>%1 の未約定注文 %n 件をすべてキャンセルしますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n order(s) cancelled</source>
        <translation>
            <numerusform>%n 件の注文をキャンセルしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelFactory</name>
    <message>
        <location filename="../ui/workspace/PanelFactory.cpp" line="+59"/>
        <source>Markets</source>
        <translation>銘柄一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>チャート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order book</source>
        <translation>板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trades</source>
        <translation>約定履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ticket</source>
        <translation>注文パネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances</source>
        <translation>残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My trades</source>
        <translation>自分の約定</translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelTitleBar</name>
    <message>
        <location filename="../ui/workspace/PanelTitleBar.cpp" line="+102"/>
        <source>Float or dock this panel</source>
        <translation>このパネルをフローティング/ドッキング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this panel</source>
        <translation>このパネルを削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link group: %1</source>
        <translation>リンクグループ：%1</translation>
    </message>
</context>
<context>
    <name>bourse::ui::TradesPanel</name>
    <message>
        <location filename="../ui/panels/TradesPanel.cpp" line="+98"/>
        <source>Add an account for %1 to see your trades</source>
        <translation>自分の約定を表示するには %1 のアカウントを追加してください</translation>
    </message>
</context>
</TS>
