<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/bourse/Application.cpp" line="+108"/>
        <source>Bourse, a multi-exchange crypto trading terminal.</source>
        <translation>Bourse，多交易所加密货币交易终端。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a board on exchange &lt;id&gt;.</source>
        <translation>在交易所 &lt;id&gt; 上打开交易看板。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window off screen once the first data arrived, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>收到首批数据后在屏幕外渲染主窗口，将其以 PNG 格式保存到 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the board on market &lt;symbol&gt;.</source>
        <translation>在交易对 &lt;symbol&gt; 上打开交易看板。</translation>
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
请运行 &apos;bourse --help&apos; 查看帮助。
</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>bourse: --screenshot needs a file name
</source>
        <translation>bourse: --screenshot 需要一个文件名
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bourse: no adapter serves &apos;%1&apos; yet; &apos;bourse-cli list&apos; shows the exchanges.
</source>
        <translation>bourse: 尚无适配器支持“%1”；运行 &apos;bourse-cli list&apos; 可查看支持的交易所。
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>bourse: cannot write the screenshot to %1
</source>
        <translation>bourse: 无法将截图写入 %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bourse: no data arrived within %1 s; no screenshot taken
</source>
        <translation>bourse: %1 秒内未收到数据；未截图
</translation>
    </message>
</context>
<context>
    <name>bourse::models</name>
    <message>
        <location filename="../models/ErrorText.cpp" line="+24"/>
        <source>The API key lacks the permission for this.</source>
        <translation>该 API 密钥没有执行此操作的权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange refused the API key (wrong key or secret, expired, or not allowed from this IP).</source>
        <translation>交易所拒绝了该 API 密钥（API 密钥或 Secret 密钥错误、已过期，或不允许从此 IP 访问）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough funds.</source>
        <translation>资金不足。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not know this order.</source>
        <translation>交易所找不到此订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the order.</source>
        <translation>交易所拒绝了此订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the request&apos;s timestamp or nonce (is this computer&apos;s clock right?).</source>
        <translation>交易所拒绝了请求的时间戳或随机数 nonce（请检查这台电脑的时钟是否准确）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown — check: the answer to the order was lost and Bourse could not tell whether it was placed. Look at the open orders and the order history on the exchange before sending it again.</source>
        <translation>状态未知——请核实：订单的响应丢失，Bourse 无法确定订单是否已提交。重新发送之前，请先在交易所查看当前订单和历史订单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the order was lost; Bourse checked with the exchange and the order was not placed. It is safe to send it again.</source>
        <translation>订单的响应丢失；Bourse 已向交易所核实，该订单未提交。可以放心重新发送。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate limited: too many requests. The exchange asks to wait %1 seconds before the next one.</source>
        <translation>请求频率受限：请求过多。交易所要求等待 %1 秒后再发送下一个请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited: too many requests. The exchange asks to slow down.</source>
        <translation>请求频率受限：请求过多。交易所要求降低请求频率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange&apos;s protection blocked the request (an anti-DDoS page or a ban for too many requests). Wait a while before trying again.</source>
        <translation>交易所的防护机制拦截了该请求（反 DDoS 页面，或因请求过多而被封禁）。请稍候再重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange did not answer in time.</source>
        <translation>交易所未能及时响应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is down for maintenance.</source>
        <translation>交易所正在停机维护。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is not available right now (a server error, or it could not be reached).</source>
        <translation>交易所当前不可用（服务器错误，或无法连接）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the exchange failed.</source>
        <translation>连接交易所失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not offer this.</source>
        <translation>交易所不提供此功能。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not list this market.</source>
        <translation>交易所未上线此交易对。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange sent an answer Bourse cannot read.</source>
        <translation>交易所返回了 Bourse 无法解析的响应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange reported an error.</source>
        <translation>交易所报告了一个错误。</translation>
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
        <translation>账户需要设置标签和交易所。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>Secret 密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a value.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contains a line break. Copy it again from the exchange&apos;s API page, in one piece.</source>
        <translation>%1 中含有换行符。请从交易所的 API 页面重新完整复制。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a space. Keys have none: copy it again from the exchange&apos;s API page.</source>
        <translation>%1 中含有空格。密钥中不含空格：请从交易所的 API 页面重新复制。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains an invisible character. Copy it again from the exchange&apos;s API page.</source>
        <translation>%1 中含有不可见字符。请从交易所的 API 页面重新复制。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The API host must be an https:// address without a path, such as https://api.example.com.</source>
        <translation>API 主机必须是不含路径的 https:// 地址，例如 https://api.example.com。</translation>
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
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requests are failing; polling goes on</source>
        <translation>请求失败；轮询仍在继续</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at market</source>
        <translation>按市价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at %1 %2</source>
        <translation>价格 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, triggered at %1 %2</source>
        <translation>，触发价 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order sent: %1 %2 %3 %4 %5%6</source>
        <translation>订单已发送：%1 %2 %3 %4，%5%6</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>bourse::models::BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+142"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available</source>
        <extracomment>A column: the part of a balance free to trade</extracomment>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In orders</source>
        <extracomment>A column: the part of a balance held by open orders</extracomment>
        <translation>冻结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <extracomment>A column: a balance, free and held together</extracomment>
        <translation>总计</translation>
    </message>
</context>
<context>
    <name>bourse::models::CredentialVault</name>
    <message>
        <location filename="../models/accounts/CredentialVault.cpp" line="+74"/>
        <source>No API key is stored in the keychain for this account.</source>
        <translation>密钥环中没有保存此账户的 API 密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access: it is locked or the request was declined. Unlock it and try again. (%1)</source>
        <translation>密钥环拒绝访问：它已锁定，或请求被拒绝。请解锁后重试。（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available. Bourse keeps API keys only in the system keychain (GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service on Linux); start one and try again. Nothing was stored anywhere else. (%1)</source>
        <translation>没有可用的密钥环。Bourse 只将 API 密钥保存在系统密钥环中（在 Linux 上为 GNOME Keyring、KWallet 或 KeePassXC 的 Secret Service）；请启动其中之一后重试。没有在其他任何地方保存任何内容。（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not delete the entry: %1</source>
        <translation>密钥环无法删除该条目：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be used (%1). Bourse keeps API keys only in the system keychain; nothing was stored anywhere else.</source>
        <translation>无法使用密钥环（%1）。Bourse 只将 API 密钥保存在系统密钥环中；没有在其他任何地方保存任何内容。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The keychain entry of this account is not one Bourse wrote; enter the keys again.</source>
        <translation>此账户的密钥环条目并非由 Bourse 写入；请重新输入密钥。</translation>
    </message>
</context>
<context>
    <name>bourse::models::ExchangeSession</name>
    <message>
        <location filename="../models/session/ExchangeSession.cpp" line="+141"/>
        <source>no adapter serves %1 yet</source>
        <translation>尚无适配器支持 %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../models/session/ExchangeSessionStreams.cpp" line="+123"/>
        <source>%1 stream</source>
        <translation>%1 数据流</translation>
    </message>
</context>
<context>
    <name>bourse::models::MarketListModel</name>
    <message>
        <location filename="../models/MarketListModel.cpp" line="+204"/>
        <source>Remove from favourites</source>
        <translation>从自选中移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to favourites</source>
        <translation>加入自选</translation>
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
        <translation>交易对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last</source>
        <extracomment>A column: the market&apos;s last traded price</extracomment>
        <translation>最新价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24h %</source>
        <extracomment>A column: the price change over 24 hours, in percent</extracomment>
        <translation>24h 涨跌幅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h high</source>
        <translation>24h 最高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h low</source>
        <translation>24h 最低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrderBookModel</name>
    <message>
        <location filename="../models/OrderBookModel.cpp" line="+365"/>
        <source>Your open orders here: %1</source>
        <translation>您在此价位的当前订单：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price</source>
        <translation>价格</translation>
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
        <translation>累计</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+316"/>
        <source>stop %1 @ %2</source>
        <translation>止损 %1 @ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+94"/>
        <source>market</source>
        <extracomment>An order type: at the best price the book offers now</extracomment>
        <translation>市价</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>limit</source>
        <extracomment>An order type: at a set price or better</extracomment>
        <translation>限价</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open</source>
        <extracomment>An order&apos;s status: waiting in the book</extracomment>
        <translation>未成交</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled</source>
        <extracomment>An order&apos;s status: completely filled</extracomment>
        <translation>已成交</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown — check</source>
        <extracomment>An order&apos;s status: its answer was lost and the exchange could not say whether it was placed</extracomment>
        <translation>状态未知——请核实</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Dismiss</source>
        <extracomment>A button in the row of an order whose fate is unknown: the user looked on the exchange</extracomment>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <extracomment>A button in each open order&apos;s row</extracomment>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market</source>
        <translation>交易对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>价格</translation>
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
        <translation>已成交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>bourse::models::TradesModel</name>
    <message>
        <location filename="../models/TradesModel.cpp" line="+107"/>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>价格</translation>
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
        <translation>方向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <extracomment>A column: price times amount</extracomment>
        <translation>成交额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceLayout</name>
    <message>
        <location filename="../models/workspace/WorkspaceLayout.cpp" line="+61"/>
        <source>workspace format %1 is not one this version of Bourse reads</source>
        <translation>此版本的 Bourse 无法读取工作区格式 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>panel &apos;%1&apos; of unknown kind &apos;%2&apos; left out</source>
        <translation>面板“%1”的类型“%2”未知，已略过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 panel without a name of its own left out</source>
        <translation>一个没有独立名称的 %1 面板已略过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no exchange; left out</source>
        <translation>面板“%1”未指定交易所，已略过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no market; left out</source>
        <translation>面板“%1”未指定交易对，已略过</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceStore</name>
    <message>
        <location filename="../models/workspace/WorkspaceStore.cpp" line="+43"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Bourse workspace file</source>
        <translation>不是 Bourse 工作区文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Bourse (format %1)</source>
        <translation>由更新版本的 Bourse 写入（格式 %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspaces file %1 is %2; it was kept as %3 and the default workspace is shown.</source>
        <translation>工作区文件 %1 无法使用（%2）；已将其保留为 %3，现显示默认工作区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspaces file %1 is %2 and could not be set aside; workspaces will not be saved.</source>
        <translation>工作区文件 %1 无法使用（%2），且无法将其移开；工作区将不会被保存。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A workspace needs a name.</source>
        <translation>工作区需要名称。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no data folder to save workspaces in.</source>
        <translation>没有可用于保存工作区的数据文件夹。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the workspaces to %1: %2</source>
        <translation>无法将工作区保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="+29"/>
        <source>Exchange accounts</source>
        <translation>交易所账户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Binance main</source>
        <translation>例如：Binance 主账户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (2019 API)</source>
        <extracomment>An exchange that closed or left ccxt: Bourse speaks the API it documented in 2019</extracomment>
        <translation>%1（2019 年 API）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exchange&apos;s own</source>
        <translation>交易所自己的主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a venue that closed or moved: every request of this account goes to this host instead, keys included. Enter only a host you trust.</source>
        <translation>用于已关闭或已迁移的交易所：此账户的每个请求（包括密钥）都会改发到此主机。只填写您信任的主机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>交易所(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;host:</source>
        <translation>API 主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys are kept in the system keychain only. Give them trading rights only if you trade from Bourse, and never withdrawal rights.</source>
        <translation>密钥仅保存在系统密钥环中。仅当您通过 Bourse 进行交易时才为其开启交易权限，切勿开启提现权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
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
        <translation>正在从密钥环读取密钥…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keys read from the keychain.</source>
        <translation>已从密钥环读取密钥。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the account a label.</source>
        <translation>请为账户设置标签。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An account named “%1” exists already.</source>
        <translation>名为“%1”的账户已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the keys in the keychain…</source>
        <translation>正在将密钥保存到密钥环…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved. The keys are in the system keychain.</source>
        <translation>已保存。密钥已存入系统密钥环。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” and delete its keys from the keychain?</source>
        <translation>要移除账户“%1”并从密钥环中删除其密钥吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed “%1” and its keys.</source>
        <translation>已移除“%1”及其密钥。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking %1 for the balance…</source>
        <translation>正在向 %1 查询余额…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Connected: the keys work; the account holds %n currencies.</source>
        <translation>
            <numerusform>已连接：密钥有效；该账户持有 %n 种币。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::AddPanelDialog</name>
    <message>
        <location filename="../ui/workspace/AddPanelDialog.cpp" line="+24"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Exchange:</source>
        <translation>交易所(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Market:</source>
        <translation>交易对(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link group:</source>
        <translation>联动组(&amp;L)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No account (market data only)</source>
        <translation>无账户（仅行情数据）</translation>
    </message>
</context>
<context>
    <name>bourse::ui::BalancesPanel</name>
    <message>
        <location filename="../ui/panels/BalancesPanel.cpp" line="+52"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice account: simulated funds</source>
        <translation>模拟账户：使用模拟资金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account for %1 to see its balances</source>
        <translation>为 %1 添加账户以查看其余额</translation>
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
        <translation>24h 涨跌 %1%2%</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>O</source>
        <extracomment>Open: the first price of a candle</extracomment>
        <translation>开</translation>
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
        <translation>低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C</source>
        <extracomment>Close: the last price of a candle</extracomment>
        <translation>收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vol</source>
        <extracomment>Volume, abbreviated</extracomment>
        <translation>量</translation>
    </message>
</context>
<context>
    <name>bourse::ui::ChartPanel</name>
    <message>
        <location filename="../ui/panels/ChartPanel.cpp" line="+67"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the order book&apos;s depth instead of the candles</source>
        <translation>显示订单簿深度图，而不是 K 线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the %1 study</source>
        <translation>显示或隐藏 %1 指标</translation>
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
        <translation>BOLL %1, %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::DepthChart</name>
    <message>
        <location filename="../ui/chart/DepthChart.cpp" line="+89"/>
        <source>Cumulative amount</source>
        <translation>累计数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>bourse::ui::FeedBadge</name>
    <message>
        <location filename="../ui/panels/FeedBadge.cpp" line="+42"/>
        <source>Live</source>
        <extracomment>A panel&apos;s data badge: the exchange pushes its changes over a websocket stream</extracomment>
        <translation>实时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange pushes every change as it happens (websocket stream)</source>
        <translation>交易所在每次变化发生时即时推送（websocket 数据流）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polled</source>
        <extracomment>A panel&apos;s data badge: the data is asked of the exchange at intervals</extracomment>
        <translation>轮询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of the exchange at intervals: it has no stream for this, or its stream failed and is tried again in a minute</source>
        <translation>定时向交易所查询：该交易所没有此数据流，或数据流已中断，将在一分钟后重试</translation>
    </message>
</context>
<context>
    <name>bourse::ui::LinkGroups</name>
    <message>
        <location filename="../ui/workspace/LinkGroups.cpp" line="+37"/>
        <source>Blue group</source>
        <translation>蓝色组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber group</source>
        <translation>琥珀色组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violet group</source>
        <translation>紫色组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyan group</source>
        <translation>青色组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked</source>
        <translation>未联动</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+68"/>
        <source>Account %1: %2</source>
        <translation>账户 %1：%2</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>The %1 panel could not be restored.</source>
        <translation>无法恢复面板 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The saved arrangement could not be read; the panels are in their default places.</source>
        <translation>无法读取已保存的布局；面板已放回默认位置。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace not saved</source>
        <translation>工作区未保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

Close anyway?</source>
        <translation>%1

仍要关闭吗？</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest problem; View &gt; Activity log keeps the history</source>
        <translation>最近出现的问题；“视图 &gt; 活动日志”中保留了历史记录</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>Add %1…</source>
        <translation>添加%1…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;System default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Trade</source>
        <translation>交易(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity &amp;log</source>
        <translation>活动日志(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Bourse</source>
        <translation>关于 Bourse(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save workspace</source>
        <translation>保存工作区(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save workspace &amp;as…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace</source>
        <translation>打开工作区(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete workspace</source>
        <translation>删除工作区(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete workspace</source>
        <translation>删除工作区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the workspace “%1”?</source>
        <translation>要删除工作区“%1”吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset to the default layout</source>
        <translation>重置为默认布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connected (in-process)</source>
        <translation>已连接（进程内）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>latency —</source>
        <translation>延迟 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation>轮询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stream %1 · poll %2</source>
        <translation>数据流 %1 · 轮询 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stream</source>
        <translation>数据流</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate %1/%2</source>
        <translation>频率 %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n 个排队中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clock %1%2 ms</source>
        <translation>时钟 %1%2 毫秒</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rate budget: %1 of %2 request units in use, one unit back every %3 ms; %n request(s) waiting.</source>
        <translation>
            <numerusform>请求频率额度：已使用 %1/%2 个请求单位，每 %3 毫秒恢复一个单位；%n 个请求正在等待。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clock: the exchange&apos;s clock is %1 ms ahead of this computer&apos;s.</source>
        <translation>时钟：交易所的时钟比这台电脑快 %1 毫秒。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bourse</source>
        <translation>Bourse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bourse</source>
        <translation>关于 Bourse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;A native multi-exchange crypto trading terminal.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;原生的多交易所加密货币交易终端。&lt;/p&gt;&lt;p&gt;许可证：%2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/TradeActions.cpp" line="+93"/>
        <source>&amp;Order ticket</source>
        <translation>下单面板(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buy</source>
        <translation>买入(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sell</source>
        <translation>卖出(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel all orders…</source>
        <translation>撤销全部订单(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Next panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous panel</source>
        <translation>上一个面板(&amp;P)</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MarketListPanel</name>
    <message>
        <location filename="../ui/panels/MarketListPanel.cpp" line="+95"/>
        <source>Search markets</source>
        <translation>搜索交易对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the markets of one quote currency, or your favourites</source>
        <translation>显示某一计价币种的交易对，或您的自选</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ Favourites</source>
        <translation>★ 自选</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderBookPanel</name>
    <message>
        <location filename="../ui/panels/OrderBookPanel.cpp" line="+76"/>
        <source>Group price levels to multiples of this step</source>
        <translation>按此步长的整数倍合并价格档位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <extracomment>The label of the list of price steps the book&apos;s levels are grouped to</extracomment>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a level to use its price in the order ticket; Shift+click takes its amount too</source>
        <translation>点击某一档位，将其价格填入下单面板；Shift+点击还会填入其数量</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderLines</name>
    <message>
        <location filename="../ui/chart/OrderLines.cpp" line="+81"/>
        <source>BUY %1 @ %2</source>
        <extracomment>A tag on the chart: an open buy order&apos;s amount @ its price</extracomment>
        <translation>买入 %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL %1 @ %2</source>
        <extracomment>A tag on the chart: an open sell order&apos;s amount @ its price</extracomment>
        <translation>卖出 %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUY stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop buy order&apos;s amount @ its trigger price</extracomment>
        <translation>止损买入 %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop sell order&apos;s amount @ its trigger price</extracomment>
        <translation>止损卖出 %1 @ %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderTicketPanel</name>
    <message>
        <location filename="../ui/panels/OrderTicketPanel.cpp" line="+55"/>
        <source>Confirm order</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send order</source>
        <translation>发送订单</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+511"/>
        <source>Buy</source>
        <extracomment>The side of an order: buy</extracomment>
        <translation>买入</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+509"/>
        <source>Sell</source>
        <extracomment>The side of an order: sell</extracomment>
        <translation>卖出</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Trigger</source>
        <extracomment>The price at which a stop order is triggered</extracomment>
        <translation>触发价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>The order type: limit, market, stop...</extracomment>
        <translation>类型</translation>
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
        <translation>可用余额的 %1%</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Total</source>
        <extracomment>The order&apos;s value: price times amount</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm before sending</source>
        <translation>发送前确认</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>market price</source>
        <translation>市价</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Digits and one decimal point only, and no more than %1 after the point on this market.</source>
        <translation>只能输入数字和一个小数点，且此交易对的小数位数不能超过 %1 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole numbers only on this market: digits, no decimal point.</source>
        <translation>此交易对仅支持整数：只能输入数字，不能有小数点。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit</source>
        <translation>限价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>市价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop limit</source>
        <translation>止损限价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop market</source>
        <translation>止损市价</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Enter a price first</source>
        <translation>请先输入价格</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The price is %1% %2 the last price %3.</source>
        <translation>价格比最新价 %3 %2 %1%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minimum amount is %1 %2.</source>
        <translation>最小数量为 %1 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum amount is %1 %2.</source>
        <translation>最大数量为 %1 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum order value is %1 %2.</source>
        <translation>最小订单金额为 %1 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not enough %1: %2 available.</source>
        <translation>%1 不足：可用 %2。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Available: %1 %2</source>
        <translation>可用：%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee: up to %1 %2 (%3% taker)</source>
        <translation>手续费：最多 %1 %2（吃单 %3%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee: %1% maker, %2% taker</source>
        <translation>手续费：挂单 %1%，吃单 %2%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an account to trade</source>
        <translation>添加账户以进行交易</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy %1</source>
        <translation>买入 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell %1</source>
        <translation>卖出 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Send this order to %1?</source>
        <translation>要将此订单发送到 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 on %4</source>
        <translation>%1 %2 %3，交易对 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop %1</source>
        <translation>止损 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger price: %1 %2</source>
        <translation>触发价：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price: market</source>
        <translation>价格：市价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price: %1 %2</source>
        <translation>价格：%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value: about %1 %2</source>
        <translation>金额：约 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: up to %1 %2</source>
        <translation>手续费：最多 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the order…</source>
        <translation>正在检查订单…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 %2: %3 %4 %5</source>
        <translation>订单 %1 %2：%3 %4 %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrdersPanel</name>
    <message>
        <location filename="../ui/panels/OrdersPanel.cpp" line="+86"/>
        <source>Order history</source>
        <translation>历史订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel all</source>
        <translation>全部撤销</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel orders</source>
        <translation>撤销订单</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open orders (%1)</source>
        <translation>当前订单（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling %1…</source>
        <translation>正在撤销 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 cancelled</source>
        <translation>订单 %1 已撤销</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancel all %n open order(s) on %1?</source>
        <translation>
            <numerusform>要撤销 %1 上的全部 %n 个当前订单吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n order(s) cancelled</source>
        <translation>
            <numerusform>已撤销 %n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelFactory</name>
    <message>
        <location filename="../ui/workspace/PanelFactory.cpp" line="+59"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order book</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trades</source>
        <translation>最新成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ticket</source>
        <translation>下单面板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My trades</source>
        <translation>我的成交</translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelTitleBar</name>
    <message>
        <location filename="../ui/workspace/PanelTitleBar.cpp" line="+102"/>
        <source>Float or dock this panel</source>
        <translation>浮动或停靠此面板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this panel</source>
        <translation>移除此面板</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link group: %1</source>
        <translation>联动组：%1</translation>
    </message>
</context>
<context>
    <name>bourse::ui::TradesPanel</name>
    <message>
        <location filename="../ui/panels/TradesPanel.cpp" line="+98"/>
        <source>Add an account for %1 to see your trades</source>
        <translation>为 %1 添加账户以查看您的成交</translation>
    </message>
</context>
</TS>
