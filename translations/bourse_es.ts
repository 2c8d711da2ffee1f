<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/bourse/Application.cpp" line="+108"/>
        <source>Bourse, a multi-exchange crypto trading terminal.</source>
        <translation>Bourse, un terminal para operar con criptomonedas en varias plataformas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a board on exchange &lt;id&gt;.</source>
        <translation>Abrir un tablero en la plataforma &lt;id&gt;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window off screen once the first data arrived, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Renderizar la ventana principal fuera de pantalla en cuanto lleguen los primeros datos, guardarla como PNG en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the board on market &lt;symbol&gt;.</source>
        <translation>Abrir el tablero en el mercado &lt;symbol&gt;.</translation>
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
Pruebe &apos;bourse --help&apos;.
</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>bourse: --screenshot needs a file name
</source>
        <translation>bourse: --screenshot necesita un nombre de archivo
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bourse: no adapter serves &apos;%1&apos; yet; &apos;bourse-cli list&apos; shows the exchanges.
</source>
        <translation>bourse: todavía no hay ningún adaptador para &apos;%1&apos;; &apos;bourse-cli list&apos; muestra las plataformas.
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>bourse: cannot write the screenshot to %1
</source>
        <translation>bourse: no se puede escribir la captura de pantalla en %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bourse: no data arrived within %1 s; no screenshot taken
</source>
        <translation>bourse: no llegaron datos en %1 s; no se tomó ninguna captura de pantalla
</translation>
    </message>
</context>
<context>
    <name>bourse::models</name>
    <message>
        <location filename="../models/ErrorText.cpp" line="+24"/>
        <source>The API key lacks the permission for this.</source>
        <translation>La clave API no tiene permiso para esto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange refused the API key (wrong key or secret, expired, or not allowed from this IP).</source>
        <translation>La plataforma rechazó la clave API (clave o clave secreta incorrecta, caducada o no permitida desde esta IP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough funds.</source>
        <translation>Fondos insuficientes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not know this order.</source>
        <translation>La plataforma no conoce esta orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the order.</source>
        <translation>La plataforma rechazó la orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the request&apos;s timestamp or nonce (is this computer&apos;s clock right?).</source>
        <translation>La plataforma rechazó la marca de tiempo o el nonce de la solicitud (¿está en hora el reloj de este equipo?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown — check: the answer to the order was lost and Bourse could not tell whether it was placed. Look at the open orders and the order history on the exchange before sending it again.</source>
        <translation>Desconocido — compruébelo: la respuesta a la orden se perdió y Bourse no pudo saber si se colocó. Revise las órdenes abiertas y el historial de órdenes en la plataforma antes de volver a enviarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the order was lost; Bourse checked with the exchange and the order was not placed. It is safe to send it again.</source>
        <translation>La respuesta a la orden se perdió; Bourse lo comprobó con la plataforma y la orden no se colocó. Puede volver a enviarla sin riesgo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate limited: too many requests. The exchange asks to wait %1 seconds before the next one.</source>
        <translation>Límite de frecuencia: demasiadas solicitudes. La plataforma pide esperar %1 segundos antes de la siguiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited: too many requests. The exchange asks to slow down.</source>
        <translation>Límite de frecuencia: demasiadas solicitudes. La plataforma pide reducir el ritmo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange&apos;s protection blocked the request (an anti-DDoS page or a ban for too many requests). Wait a while before trying again.</source>
        <translation>La protección de la plataforma bloqueó la solicitud (una página anti-DDoS o un bloqueo por demasiadas solicitudes). Espere un rato antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange did not answer in time.</source>
        <translation>La plataforma no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is down for maintenance.</source>
        <translation>La plataforma está en mantenimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is not available right now (a server error, or it could not be reached).</source>
        <translation>La plataforma no está disponible en este momento (un error del servidor, o no se pudo conectar con ella).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the exchange failed.</source>
        <translation>Falló la conexión con la plataforma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not offer this.</source>
        <translation>La plataforma no ofrece esto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not list this market.</source>
        <translation>La plataforma no incluye este mercado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange sent an answer Bourse cannot read.</source>
        <translation>La plataforma envió una respuesta que Bourse no puede leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange reported an error.</source>
        <translation>La plataforma informó de un error.</translation>
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
        <translation>Una cuenta necesita una etiqueta y una plataforma.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contains a line break. Copy it again from the exchange&apos;s API page, in one piece.</source>
        <translation>%1 contiene un salto de línea. Vuelva a copiar el valor desde la página de API de la plataforma, completo y de una vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a space. Keys have none: copy it again from the exchange&apos;s API page.</source>
        <translation>%1 contiene un espacio. Las claves no llevan ninguno: vuelva a copiar el valor desde la página de API de la plataforma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains an invisible character. Copy it again from the exchange&apos;s API page.</source>
        <translation>%1 contiene un carácter invisible. Vuelva a copiar el valor desde la página de API de la plataforma.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The API host must be an https:// address without a path, such as https://api.example.com.</source>
        <translation>El host de la API debe ser una dirección https:// sin ruta, como https://api.example.com.</translation>
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
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requests are failing; polling goes on</source>
        <translation>las solicitudes fallan; el sondeo continúa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at market</source>
        <translation>a mercado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at %1 %2</source>
        <translation>a %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, triggered at %1 %2</source>
        <translation>, con activación a %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order sent: %1 %2 %3 %4 %5%6</source>
        <translation>orden enviada: %1 %2 %3 %4 %5%6</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>bourse::models::BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+142"/>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available</source>
        <extracomment>A column: the part of a balance free to trade</extracomment>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In orders</source>
        <extracomment>A column: the part of a balance held by open orders</extracomment>
        <translation>En órdenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <extracomment>A column: a balance, free and held together</extracomment>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>bourse::models::CredentialVault</name>
    <message>
        <location filename="../models/accounts/CredentialVault.cpp" line="+74"/>
        <source>No API key is stored in the keychain for this account.</source>
        <translation>No hay ninguna clave API guardada en el llavero para esta cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access: it is locked or the request was declined. Unlock it and try again. (%1)</source>
        <translation>El llavero denegó el acceso: está bloqueado o se rechazó la solicitud. Desbloquéelo y vuelva a intentarlo. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available. Bourse keeps API keys only in the system keychain (GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service on Linux); start one and try again. Nothing was stored anywhere else. (%1)</source>
        <translation>No hay ningún llavero disponible. Bourse guarda las claves API solo en el llavero del sistema (GNOME Keyring, KWallet o el Secret Service de KeePassXC en Linux); inicie uno y vuelva a intentarlo. No se guardó nada en ningún otro sitio. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not delete the entry: %1</source>
        <translation>El llavero no pudo eliminar la entrada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be used (%1). Bourse keeps API keys only in the system keychain; nothing was stored anywhere else.</source>
        <translation>No se pudo usar el llavero (%1). Bourse guarda las claves API solo en el llavero del sistema; no se guardó nada en ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The keychain entry of this account is not one Bourse wrote; enter the keys again.</source>
        <translation>La entrada del llavero de esta cuenta no la escribió Bourse; vuelva a introducir las claves.</translation>
    </message>
</context>
<context>
    <name>bourse::models::ExchangeSession</name>
    <message>
        <location filename="../models/session/ExchangeSession.cpp" line="+141"/>
        <source>no adapter serves %1 yet</source>
        <translation>todavía no hay ningún adaptador para %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <location filename="../models/session/ExchangeSessionStreams.cpp" line="+123"/>
        <source>%1 stream</source>
        <translation>flujo de %1</translation>
    </message>
</context>
<context>
    <name>bourse::models::MarketListModel</name>
    <message>
        <location filename="../models/MarketListModel.cpp" line="+204"/>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1B</source>
        <extracomment>Billions, abbreviated (a 24h volume)</extracomment>
        <translation>%1 mil M</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1M</source>
        <extracomment>Millions, abbreviated (a 24h volume)</extracomment>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1K</source>
        <extracomment>Thousands, abbreviated (a 24h volume)</extracomment>
        <translation>%1 mil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last</source>
        <extracomment>A column: the market&apos;s last traded price</extracomment>
        <translation>Último</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24h %</source>
        <extracomment>A column: the price change over 24 hours, in percent</extracomment>
        <translation>% 24h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h high</source>
        <translation>Máx. 24h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h low</source>
        <translation>Mín. 24h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrderBookModel</name>
    <message>
        <location filename="../models/OrderBookModel.cpp" line="+365"/>
        <source>Your open orders here: %1</source>
        <translation>Sus órdenes abiertas aquí: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <extracomment>A column: the amount summed from the best price to this level</extracomment>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+316"/>
        <source>stop %1 @ %2</source>
        <translation>stop %1 @ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+94"/>
        <source>market</source>
        <extracomment>An order type: at the best price the book offers now</extracomment>
        <translation>mercado</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>limit</source>
        <extracomment>An order type: at a set price or better</extracomment>
        <translation>límite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open</source>
        <extracomment>An order&apos;s status: waiting in the book</extracomment>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled</source>
        <extracomment>An order&apos;s status: completely filled</extracomment>
        <translation>ejecutada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>vencida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown — check</source>
        <extracomment>An order&apos;s status: its answer was lost and the exchange could not say whether it was placed</extracomment>
        <translation>Desconocido — compruébelo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Dismiss</source>
        <extracomment>A button in the row of an order whose fate is unknown: the user looked on the exchange</extracomment>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <extracomment>A button in each open order&apos;s row</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled</source>
        <extracomment>A column: how much of the order was executed</extracomment>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>bourse::models::TradesModel</name>
    <message>
        <location filename="../models/TradesModel.cpp" line="+107"/>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <extracomment>A column: price times amount</extracomment>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceLayout</name>
    <message>
        <location filename="../models/workspace/WorkspaceLayout.cpp" line="+61"/>
        <source>workspace format %1 is not one this version of Bourse reads</source>
        <translation>esta versión de Bourse no lee el formato de espacio de trabajo %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>panel &apos;%1&apos; of unknown kind &apos;%2&apos; left out</source>
        <translation>se omitió el panel &apos;%1&apos; de tipo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 panel without a name of its own left out</source>
        <translation>se omitió un panel de tipo %1 sin nombre propio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no exchange; left out</source>
        <translation>el panel &apos;%1&apos; no indica ninguna plataforma; se omitió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no market; left out</source>
        <translation>el panel &apos;%1&apos; no indica ningún mercado; se omitió</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceStore</name>
    <message>
        <location filename="../models/workspace/WorkspaceStore.cpp" line="+43"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>no es un JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Bourse workspace file</source>
        <translation>no es un archivo de espacios de trabajo de Bourse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Bourse (format %1)</source>
        <translation>escrito por una versión más reciente de Bourse (formato %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspaces file %1 is %2; it was kept as %3 and the default workspace is shown.</source>
        <translation>El archivo de espacios de trabajo %1 no se puede usar (%2); se conservó como %3 y se muestra el espacio de trabajo predeterminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspaces file %1 is %2 and could not be set aside; workspaces will not be saved.</source>
        <translation>El archivo de espacios de trabajo %1 no se puede usar (%2) y no se pudo apartar; los espacios de trabajo no se guardarán.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A workspace needs a name.</source>
        <translation>Un espacio de trabajo necesita un nombre.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no data folder to save workspaces in.</source>
        <translation>No hay ninguna carpeta de datos donde guardar los espacios de trabajo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the workspaces to %1: %2</source>
        <translation>No se pudieron guardar los espacios de trabajo en %1: %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="+29"/>
        <source>Exchange accounts</source>
        <translation>Cuentas de plataformas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Binance main</source>
        <translation>p. ej. Binance principal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (2019 API)</source>
        <extracomment>An exchange that closed or left ccxt: Bourse speaks the API it documented in 2019</extracomment>
        <translation>%1 (API de 2019)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exchange&apos;s own</source>
        <translation>el propio del exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a venue that closed or moved: every request of this account goes to this host instead, keys included. Enter only a host you trust.</source>
        <translation>Para un exchange que cerró o se mudó: cada solicitud de esta cuenta va a este host, claves incluidas. Introduzca solo un host de confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;host:</source>
        <translation>&amp;Host de la API:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys are kept in the system keychain only. Give them trading rights only if you trade from Bourse, and never withdrawal rights.</source>
        <translation>Las claves se guardan solo en el llavero del sistema. Concédales permiso para operar solo si opera desde Bourse, y nunca permiso de retiro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the keys from the keychain…</source>
        <translation>Leyendo las claves del llavero…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keys read from the keychain.</source>
        <translation>Claves leídas del llavero.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the account a label.</source>
        <translation>Asigne una etiqueta a la cuenta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An account named “%1” exists already.</source>
        <translation>Ya existe una cuenta llamada «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the keys in the keychain…</source>
        <translation>Guardando las claves en el llavero…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved. The keys are in the system keychain.</source>
        <translation>Guardado. Las claves están en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” and delete its keys from the keychain?</source>
        <translation>¿Eliminar la cuenta «%1» y borrar sus claves del llavero?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed “%1” and its keys.</source>
        <translation>Se eliminó «%1» junto con sus claves.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking %1 for the balance…</source>
        <translation>Solicitando el saldo a %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Connected: the keys work; the account holds %n currencies.</source>
        <translation>
            <numerusform>Conectado: las claves funcionan; la cuenta tiene %n moneda.</numerusform>
            <numerusform>Conectado: las claves funcionan; la cuenta tiene %n monedas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::AddPanelDialog</name>
    <message>
        <location filename="../ui/workspace/AddPanelDialog.cpp" line="+24"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Exchange:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Market:</source>
        <translation>&amp;Mercado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link group:</source>
        <translation>Grupo de &amp;enlace:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No account (market data only)</source>
        <translation>Sin cuenta (solo datos de mercado)</translation>
    </message>
</context>
<context>
    <name>bourse::ui::BalancesPanel</name>
    <message>
        <location filename="../ui/panels/BalancesPanel.cpp" line="+52"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice account: simulated funds</source>
        <translation>Cuenta de práctica: fondos simulados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account for %1 to see its balances</source>
        <translation>Añada una cuenta de %1 para ver sus saldos</translation>
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
        <translation>24h %1%2%</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>O</source>
        <extracomment>Open: the first price of a candle</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H</source>
        <extracomment>High: the highest price of a candle</extracomment>
        <translation>Máx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L</source>
        <extracomment>Low: the lowest price of a candle</extracomment>
        <translation>Mín</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C</source>
        <extracomment>Close: the last price of a candle</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vol</source>
        <extracomment>Volume, abbreviated</extracomment>
        <translation>Vol</translation>
    </message>
</context>
<context>
    <name>bourse::ui::ChartPanel</name>
    <message>
        <location filename="../ui/panels/ChartPanel.cpp" line="+67"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the order book&apos;s depth instead of the candles</source>
        <translation>Mostrar la profundidad del libro de órdenes en lugar de las velas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the %1 study</source>
        <translation>Mostrar u ocultar el indicador %1</translation>
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
        <translation>Cantidad acumulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>bourse::ui::FeedBadge</name>
    <message>
        <location filename="../ui/panels/FeedBadge.cpp" line="+42"/>
        <source>Live</source>
        <extracomment>A panel&apos;s data badge: the exchange pushes its changes over a websocket stream</extracomment>
        <translation>En vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange pushes every change as it happens (websocket stream)</source>
        <translation>El exchange envía cada cambio en el momento en que ocurre (flujo websocket)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polled</source>
        <extracomment>A panel&apos;s data badge: the data is asked of the exchange at intervals</extracomment>
        <translation>Consultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of the exchange at intervals: it has no stream for this, or its stream failed and is tried again in a minute</source>
        <translation>Se consulta al exchange a intervalos: no tiene flujo para esto, o su flujo falló y se reintentará en un minuto</translation>
    </message>
</context>
<context>
    <name>bourse::ui::LinkGroups</name>
    <message>
        <location filename="../ui/workspace/LinkGroups.cpp" line="+37"/>
        <source>Blue group</source>
        <translation>Grupo azul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber group</source>
        <translation>Grupo ámbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violet group</source>
        <translation>Grupo violeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyan group</source>
        <translation>Grupo cian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked</source>
        <translation>Sin enlazar</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+68"/>
        <source>Account %1: %2</source>
        <translation>Cuenta %1: %2</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>The %1 panel could not be restored.</source>
        <translation>No se pudo restaurar el panel %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The saved arrangement could not be read; the panels are in their default places.</source>
        <translation>No se pudo leer la disposición guardada; los paneles están en sus posiciones predeterminadas.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace not saved</source>
        <translation>Espacio de trabajo no guardado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

Close anyway?</source>
        <translation>%1

¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest problem; View &gt; Activity log keeps the history</source>
        <translation>El último problema; Ver &gt; Registro de actividad guarda el historial</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>Add %1…</source>
        <translation>Añadir %1…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;System default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Trade</source>
        <translation>&amp;Operar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity &amp;log</source>
        <translation>&amp;Registro de actividad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Bourse</source>
        <translation>&amp;Acerca de Bourse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save workspace</source>
        <translation>&amp;Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace</source>
        <translation>&amp;Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete workspace</source>
        <translation>&amp;Eliminar espacio de trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete workspace</source>
        <translation>Eliminar espacio de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the workspace “%1”?</source>
        <translation>¿Eliminar el espacio de trabajo «%1»?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset to the default layout</source>
        <translation>&amp;Restablecer la disposición predeterminada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connected (in-process)</source>
        <translation>conectado (en proceso)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>latency —</source>
        <translation>latencia —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation>sondeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stream %1 · poll %2</source>
        <translation>flujo %1 · sondeo %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stream</source>
        <translation>flujo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate %1/%2</source>
        <translation>cupo %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clock %1%2 ms</source>
        <translation>reloj %1%2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rate budget: %1 of %2 request units in use, one unit back every %3 ms; %n request(s) waiting.</source>
        <translation>
            <numerusform>Cupo de solicitudes: %1 de %2 unidades en uso, se recupera una unidad cada %3 ms; %n solicitud en espera.</numerusform>
            <numerusform>Cupo de solicitudes: %1 de %2 unidades en uso, se recupera una unidad cada %3 ms; %n solicitudes en espera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clock: the exchange&apos;s clock is %1 ms ahead of this computer&apos;s.</source>
        <translation>Reloj: el reloj de la plataforma va %1 ms por delante del de este equipo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bourse</source>
        <translation>Bourse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bourse</source>
        <translation>Acerca de Bourse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;A native multi-exchange crypto trading terminal.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;Un terminal nativo para operar con criptomonedas en varias plataformas.&lt;/p&gt;&lt;p&gt;Licencia: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/TradeActions.cpp" line="+93"/>
        <source>&amp;Order ticket</source>
        <translation>Ticket de &amp;orden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buy</source>
        <translation>&amp;Comprar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sell</source>
        <translation>&amp;Vender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel all orders…</source>
        <translation>Cancelar &amp;todas las órdenes…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Next panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous panel</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MarketListPanel</name>
    <message>
        <location filename="../ui/panels/MarketListPanel.cpp" line="+95"/>
        <source>Search markets</source>
        <translation>Buscar mercados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the markets of one quote currency, or your favourites</source>
        <translation>Mostrar los mercados de una moneda de cotización, o sus favoritos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderBookPanel</name>
    <message>
        <location filename="../ui/panels/OrderBookPanel.cpp" line="+76"/>
        <source>Group price levels to multiples of this step</source>
        <translation>Agrupar los niveles de precio en múltiplos de este paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <extracomment>The label of the list of price steps the book&apos;s levels are grouped to</extracomment>
        <translation>Agrupar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a level to use its price in the order ticket; Shift+click takes its amount too</source>
        <translation>Haga clic en un nivel para usar su precio en el ticket de orden; Mayús+clic toma también su cantidad</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderLines</name>
    <message>
        <location filename="../ui/chart/OrderLines.cpp" line="+81"/>
        <source>BUY %1 @ %2</source>
        <extracomment>A tag on the chart: an open buy order&apos;s amount @ its price</extracomment>
        <translation>COMPRA %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL %1 @ %2</source>
        <extracomment>A tag on the chart: an open sell order&apos;s amount @ its price</extracomment>
        <translation>VENTA %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUY stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop buy order&apos;s amount @ its trigger price</extracomment>
        <translation>COMPRA stop %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop sell order&apos;s amount @ its trigger price</extracomment>
        <translation>VENTA stop %1 @ %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderTicketPanel</name>
    <message>
        <location filename="../ui/panels/OrderTicketPanel.cpp" line="+55"/>
        <source>Confirm order</source>
        <translation>Confirmar orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send order</source>
        <translation>Enviar orden</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+511"/>
        <source>Buy</source>
        <extracomment>The side of an order: buy</extracomment>
        <translation>Comprar</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+509"/>
        <source>Sell</source>
        <extracomment>The side of an order: sell</extracomment>
        <translation>Vender</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Trigger</source>
        <extracomment>The price at which a stop order is triggered</extracomment>
        <translation>Activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>The order type: limit, market, stop...</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of the available balance</source>
        <translation>%1% del saldo disponible</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Total</source>
        <extracomment>The order&apos;s value: price times amount</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm before sending</source>
        <translation>Confirmar antes de enviar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>market price</source>
        <translation>precio de mercado</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Digits and one decimal point only, and no more than %1 after the point on this market.</source>
        <translation>Solo dígitos y un punto decimal, con no más de %1 decimales tras el punto en este mercado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole numbers only on this market: digits, no decimal point.</source>
        <translation>En este mercado solo se admiten números enteros: dígitos, sin punto decimal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop limit</source>
        <translation>Stop límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop market</source>
        <translation>Stop mercado</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Enter a price first</source>
        <translation>Introduzca primero un precio</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The price is %1% %2 the last price %3.</source>
        <translation>El precio está un %1% %2 del último precio %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minimum amount is %1 %2.</source>
        <translation>La cantidad mínima es %1 %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum amount is %1 %2.</source>
        <translation>La cantidad máxima es %1 %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum order value is %1 %2.</source>
        <translation>El valor mínimo de la orden es %1 %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not enough %1: %2 available.</source>
        <translation>%1 insuficiente: %2 disponible.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Available: %1 %2</source>
        <translation>Disponible: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee: up to %1 %2 (%3% taker)</source>
        <translation>Comisión: hasta %1 %2 (%3% taker)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee: %1% maker, %2% taker</source>
        <translation>Comisión: %1% maker, %2% taker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an account to trade</source>
        <translation>Añada una cuenta para operar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy %1</source>
        <translation>Comprar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell %1</source>
        <translation>Vender %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Send this order to %1?</source>
        <translation>¿Enviar esta orden a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 on %4</source>
        <translation>%1 %2 %3 en %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop %1</source>
        <translation>stop %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger price: %1 %2</source>
        <translation>Precio de activación: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price: market</source>
        <translation>Precio: mercado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price: %1 %2</source>
        <translation>Precio: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value: about %1 %2</source>
        <translation>Valor: aprox. %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: up to %1 %2</source>
        <translation>Comisión: hasta %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the order…</source>
        <translation>Comprobando la orden…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent.</source>
        <translation>No enviada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 %2: %3 %4 %5</source>
        <translation>Orden %1 %2: %3 %4 %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <translation>venta</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrdersPanel</name>
    <message>
        <location filename="../ui/panels/OrdersPanel.cpp" line="+86"/>
        <source>Order history</source>
        <translation>Historial de órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel all</source>
        <translation>Cancelar todas</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel orders</source>
        <translation>Cancelar órdenes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open orders (%1)</source>
        <translation>Órdenes abiertas (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling %1…</source>
        <translation>Cancelando %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 cancelled</source>
        <translation>Orden %1 cancelada</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancel all %n open order(s) on %1?</source>
        <translation>
            <numerusform>¿Cancelar %n orden abierta en %1?</numerusform>
            <numerusform>¿Cancelar las %n órdenes abiertas en %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n order(s) cancelled</source>
        <translation>
            <numerusform>%n orden cancelada</numerusform>
            <numerusform>%n órdenes canceladas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelFactory</name>
    <message>
        <location filename="../ui/workspace/PanelFactory.cpp" line="+59"/>
        <source>Markets</source>
        <translation>Mercados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order book</source>
        <translation>Libro de órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ticket</source>
        <translation>Ticket de orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My trades</source>
        <translation>Mis operaciones</translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelTitleBar</name>
    <message>
        <location filename="../ui/workspace/PanelTitleBar.cpp" line="+102"/>
        <source>Float or dock this panel</source>
        <translation>Desacoplar o acoplar este panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this panel</source>
        <translation>Quitar este panel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link group: %1</source>
        <translation>Grupo de enlace: %1</translation>
    </message>
</context>
<context>
    <name>bourse::ui::TradesPanel</name>
    <message>
        <location filename="../ui/panels/TradesPanel.cpp" line="+98"/>
        <source>Add an account for %1 to see your trades</source>
        <translation>Añada una cuenta de %1 para ver sus operaciones</translation>
    </message>
</context>
</TS>
