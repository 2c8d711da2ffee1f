<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/bourse/Application.cpp" line="+108"/>
        <source>Bourse, a multi-exchange crypto trading terminal.</source>
        <translation>Bourse, terminal perdagangan kripto untuk banyak bursa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a board on exchange &lt;id&gt;.</source>
        <translation>Buka papan di bursa &lt;id&gt;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window off screen once the first data arrived, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Gambar jendela utama di luar layar begitu data pertama tiba, simpan sebagai PNG ke &lt;file&gt;, lalu keluar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the board on market &lt;symbol&gt;.</source>
        <translation>Buka papan di pasar &lt;symbol&gt;.</translation>
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
Coba &apos;bourse --help&apos;.
</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>bourse: --screenshot needs a file name
</source>
        <translation>bourse: --screenshot memerlukan nama berkas
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bourse: no adapter serves &apos;%1&apos; yet; &apos;bourse-cli list&apos; shows the exchanges.
</source>
        <translation>bourse: belum ada adaptor untuk &apos;%1&apos;; &apos;bourse-cli list&apos; menampilkan daftar bursa.
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>bourse: cannot write the screenshot to %1
</source>
        <translation>bourse: tidak dapat menulis tangkapan layar ke %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bourse: no data arrived within %1 s; no screenshot taken
</source>
        <translation>bourse: tidak ada data yang tiba dalam %1 dtk; tangkapan layar tidak dibuat
</translation>
    </message>
</context>
<context>
    <name>bourse::models</name>
    <message>
        <location filename="../models/ErrorText.cpp" line="+24"/>
        <source>The API key lacks the permission for this.</source>
        <translation>Kunci API tidak memiliki izin untuk ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange refused the API key (wrong key or secret, expired, or not allowed from this IP).</source>
        <translation>Bursa menolak kunci API (kunci atau kunci rahasia salah, kedaluwarsa, atau tidak diizinkan dari IP ini).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough funds.</source>
        <translation>Dana tidak cukup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not know this order.</source>
        <translation>Bursa tidak mengenali order ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the order.</source>
        <translation>Bursa menolak order ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the request&apos;s timestamp or nonce (is this computer&apos;s clock right?).</source>
        <translation>Bursa menolak stempel waktu atau nonce permintaan (apakah jam komputer ini sudah tepat?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown — check: the answer to the order was lost and Bourse could not tell whether it was placed. Look at the open orders and the order history on the exchange before sending it again.</source>
        <translation>Tidak diketahui — periksa: jawaban atas order ini hilang dan Bourse tidak dapat memastikan apakah order sudah dipasang. Periksa order terbuka dan riwayat order di bursa sebelum mengirimnya lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the order was lost; Bourse checked with the exchange and the order was not placed. It is safe to send it again.</source>
        <translation>Jawaban atas order ini hilang; Bourse sudah memeriksa ke bursa dan order tidak terpasang. Aman untuk mengirimnya lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate limited: too many requests. The exchange asks to wait %1 seconds before the next one.</source>
        <translation>Batas laju tercapai: terlalu banyak permintaan. Bursa meminta menunggu %1 detik sebelum permintaan berikutnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited: too many requests. The exchange asks to slow down.</source>
        <translation>Batas laju tercapai: terlalu banyak permintaan. Bursa meminta agar laju diperlambat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange&apos;s protection blocked the request (an anti-DDoS page or a ban for too many requests). Wait a while before trying again.</source>
        <translation>Perlindungan bursa memblokir permintaan (halaman anti-DDoS atau larangan karena terlalu banyak permintaan). Tunggu sebentar sebelum mencoba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange did not answer in time.</source>
        <translation>Bursa tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is down for maintenance.</source>
        <translation>Bursa sedang dalam pemeliharaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange is not available right now (a server error, or it could not be reached).</source>
        <translation>Bursa sedang tidak tersedia (galat server, atau bursa tidak dapat dijangkau).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the exchange failed.</source>
        <translation>Koneksi ke bursa gagal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not offer this.</source>
        <translation>Bursa tidak menyediakan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange does not list this market.</source>
        <translation>Bursa tidak mencantumkan pasar ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange sent an answer Bourse cannot read.</source>
        <translation>Bursa mengirim jawaban yang tidak dapat dibaca Bourse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange reported an error.</source>
        <translation>Bursa melaporkan galat.</translation>
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
        <translation>Akun memerlukan label dan bursa.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User ID</source>
        <translation>ID pengguna</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a value.</source>
        <translation>%1 harus diisi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contains a line break. Copy it again from the exchange&apos;s API page, in one piece.</source>
        <translation>%1 berisi jeda baris. Salin lagi dari halaman API bursa, secara utuh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a space. Keys have none: copy it again from the exchange&apos;s API page.</source>
        <translation>%1 berisi spasi. Kunci tidak pernah berisi spasi: salin lagi dari halaman API bursa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains an invisible character. Copy it again from the exchange&apos;s API page.</source>
        <translation>%1 berisi karakter tak terlihat. Salin lagi dari halaman API bursa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The API host must be an https:// address without a path, such as https://api.example.com.</source>
        <translation>Host API harus berupa alamat https:// tanpa path, misalnya https://api.example.com.</translation>
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
        <translation>menghubungkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>terhubung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requests are failing; polling goes on</source>
        <translation>permintaan gagal; kueri berkala tetap berjalan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable: %1</source>
        <translation>tidak tersedia: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at market</source>
        <translation>pada harga pasar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at %1 %2</source>
        <translation>pada %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, triggered at %1 %2</source>
        <translation>, dipicu pada %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order sent: %1 %2 %3 %4 %5%6</source>
        <translation>order terkirim: %1 %2 %3 %4 %5%6</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Bursa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Kejadian</translation>
    </message>
</context>
<context>
    <name>bourse::models::BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+142"/>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available</source>
        <extracomment>A column: the part of a balance free to trade</extracomment>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In orders</source>
        <extracomment>A column: the part of a balance held by open orders</extracomment>
        <translation>Dalam order</translation>
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
        <translation>Tidak ada kunci API yang tersimpan di rantai kunci untuk akun ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access: it is locked or the request was declined. Unlock it and try again. (%1)</source>
        <translation>Rantai kunci menolak akses: rantai kunci terkunci atau permintaan ditolak. Buka kuncinya, lalu coba lagi. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available. Bourse keeps API keys only in the system keychain (GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service on Linux); start one and try again. Nothing was stored anywhere else. (%1)</source>
        <translation>Tidak ada rantai kunci yang tersedia. Bourse menyimpan kunci API hanya di rantai kunci sistem (GNOME Keyring, KWallet, atau Secret Service KeePassXC di Linux); jalankan salah satunya, lalu coba lagi. Tidak ada yang disimpan di tempat lain. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Rantai kunci tidak dapat menghapus entri: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be used (%1). Bourse keeps API keys only in the system keychain; nothing was stored anywhere else.</source>
        <translation>Rantai kunci tidak dapat digunakan (%1). Bourse menyimpan kunci API hanya di rantai kunci sistem; tidak ada yang disimpan di tempat lain.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The keychain entry of this account is not one Bourse wrote; enter the keys again.</source>
        <translation>Entri rantai kunci akun ini tidak ditulis oleh Bourse; masukkan kunci lagi.</translation>
    </message>
</context>
<context>
    <name>bourse::models::ExchangeSession</name>
    <message>
        <location filename="../models/session/ExchangeSession.cpp" line="+141"/>
        <source>no adapter serves %1 yet</source>
        <translation>belum ada adaptor untuk %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>demo data</source>
        <translation>data demo</translation>
    </message>
    <message>
        <location filename="../models/session/ExchangeSessionStreams.cpp" line="+123"/>
        <source>%1 stream</source>
        <translation>aliran %1</translation>
    </message>
</context>
<context>
    <name>bourse::models::MarketListModel</name>
    <message>
        <location filename="../models/MarketListModel.cpp" line="+204"/>
        <source>Remove from favourites</source>
        <translation>Hapus dari favorit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to favourites</source>
        <translation>Tambahkan ke favorit</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1B</source>
        <extracomment>Billions, abbreviated (a 24h volume)</extracomment>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1M</source>
        <extracomment>Millions, abbreviated (a 24h volume)</extracomment>
        <translation>%1 jt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1K</source>
        <extracomment>Thousands, abbreviated (a 24h volume)</extracomment>
        <translation>%1 rb</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Market</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last</source>
        <extracomment>A column: the market&apos;s last traded price</extracomment>
        <translation>Terakhir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24h %</source>
        <extracomment>A column: the price change over 24 hours, in percent</extracomment>
        <translation>% 24j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h high</source>
        <translation>Tertinggi 24j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h low</source>
        <translation>Terendah 24j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
</context>
<context>
    <name>bourse::models::OrderBookModel</name>
    <message>
        <location filename="../models/OrderBookModel.cpp" line="+365"/>
        <source>Your open orders here: %1</source>
        <translation>Order terbuka Anda di sini: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
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
        <translation>Beli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell</source>
        <translation>Jual</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+94"/>
        <source>market</source>
        <extracomment>An order type: at the best price the book offers now</extracomment>
        <translation>pasar</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>limit</source>
        <extracomment>An order type: at a set price or better</extracomment>
        <translation>limit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open</source>
        <extracomment>An order&apos;s status: waiting in the book</extracomment>
        <translation>terbuka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled</source>
        <extracomment>An order&apos;s status: completely filled</extracomment>
        <translation>terisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected</source>
        <extracomment>An order&apos;s status</extracomment>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown — check</source>
        <extracomment>An order&apos;s status: its answer was lost and the exchange could not say whether it was placed</extracomment>
        <translation>Tidak diketahui — periksa</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Dismiss</source>
        <extracomment>A button in the row of an order whose fate is unknown: the user looked on the exchange</extracomment>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <extracomment>A button in each open order&apos;s row</extracomment>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>Sisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled</source>
        <extracomment>A column: how much of the order was executed</extracomment>
        <translation>Terisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>bourse::models::TradesModel</name>
    <message>
        <location filename="../models/TradesModel.cpp" line="+107"/>
        <source>Buy</source>
        <translation>Beli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell</source>
        <translation>Jual</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <extracomment>A column: buy or sell</extracomment>
        <translation>Sisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <extracomment>A column: price times amount</extracomment>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceLayout</name>
    <message>
        <location filename="../models/workspace/WorkspaceLayout.cpp" line="+61"/>
        <source>workspace format %1 is not one this version of Bourse reads</source>
        <translation>format ruang kerja %1 tidak dapat dibaca oleh versi Bourse ini</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>panel &apos;%1&apos; of unknown kind &apos;%2&apos; left out</source>
        <translation>panel &apos;%1&apos; dengan jenis tak dikenal &apos;%2&apos; dilewati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 panel without a name of its own left out</source>
        <translation>panel %1 tanpa nama sendiri dilewati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no exchange; left out</source>
        <translation>panel &apos;%1&apos; tidak menyebutkan bursa; dilewati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>panel &apos;%1&apos; names no market; left out</source>
        <translation>panel &apos;%1&apos; tidak menyebutkan pasar; dilewati</translation>
    </message>
</context>
<context>
    <name>bourse::models::WorkspaceStore</name>
    <message>
        <location filename="../models/workspace/WorkspaceStore.cpp" line="+43"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>bukan JSON yang valid (%1 pada bita %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Bourse workspace file</source>
        <translation>bukan berkas ruang kerja Bourse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Bourse (format %1)</source>
        <translation>ditulis oleh Bourse versi lebih baru (format %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspaces file %1 is %2; it was kept as %3 and the default workspace is shown.</source>
        <translation>Berkas ruang kerja %1 tidak dapat digunakan (%2); berkas disimpan sebagai %3 dan ruang kerja bawaan ditampilkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspaces file %1 is %2 and could not be set aside; workspaces will not be saved.</source>
        <translation>Berkas ruang kerja %1 tidak dapat digunakan (%2) dan tidak dapat disisihkan; ruang kerja tidak akan disimpan.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A workspace needs a name.</source>
        <translation>Ruang kerja memerlukan nama.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no data folder to save workspaces in.</source>
        <translation>Tidak ada folder data untuk menyimpan ruang kerja.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the workspaces to %1: %2</source>
        <translation>Tidak dapat menyimpan ruang kerja ke %1: %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="+29"/>
        <source>Exchange accounts</source>
        <translation>Akun bursa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Binance main</source>
        <translation>mis. Binance utama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (2019 API)</source>
        <extracomment>An exchange that closed or left ccxt: Bourse speaks the API it documented in 2019</extracomment>
        <translation>%1 (API 2019)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exchange&apos;s own</source>
        <translation>milik bursa sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a venue that closed or moved: every request of this account goes to this host instead, keys included. Enter only a host you trust.</source>
        <translation>Untuk bursa yang tutup atau pindah: setiap permintaan akun ini dikirim ke host ini, termasuk kuncinya. Masukkan hanya host yang Anda percayai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>B&amp;ursa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;host:</source>
        <translation>&amp;Host API:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys are kept in the system keychain only. Give them trading rights only if you trade from Bourse, and never withdrawal rights.</source>
        <translation>Kunci hanya disimpan di rantai kunci sistem. Beri izin perdagangan hanya jika Anda bertransaksi dari Bourse, dan jangan pernah beri izin penarikan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>Uji &amp;koneksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the keys from the keychain…</source>
        <translation>Membaca kunci dari rantai kunci…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keys read from the keychain.</source>
        <translation>Kunci sudah dibaca dari rantai kunci.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the account a label.</source>
        <translation>Beri label untuk akun ini.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An account named “%1” exists already.</source>
        <translation>Akun bernama “%1” sudah ada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the keys in the keychain…</source>
        <translation>Menyimpan kunci di rantai kunci…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved. The keys are in the system keychain.</source>
        <translation>Tersimpan. Kunci ada di rantai kunci sistem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” and delete its keys from the keychain?</source>
        <translation>Hapus akun “%1” beserta kuncinya dari rantai kunci?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed “%1” and its keys.</source>
        <translation>Akun “%1” beserta kuncinya sudah dihapus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking %1 for the balance…</source>
        <translation>Meminta saldo dari %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Connected: the keys work; the account holds %n currencies.</source>
        <translation>
            <numerusform>Terhubung: kunci berfungsi; akun ini memiliki %n mata uang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::AddPanelDialog</name>
    <message>
        <location filename="../ui/workspace/AddPanelDialog.cpp" line="+24"/>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Exchange:</source>
        <translation>&amp;Bursa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Market:</source>
        <translation>&amp;Pasar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link group:</source>
        <translation>&amp;Grup tautan:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No account (market data only)</source>
        <translation>Tanpa akun (hanya data pasar)</translation>
    </message>
</context>
<context>
    <name>bourse::ui::BalancesPanel</name>
    <message>
        <location filename="../ui/panels/BalancesPanel.cpp" line="+52"/>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice account: simulated funds</source>
        <translation>Akun latihan: dana simulasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account for %1 to see its balances</source>
        <translation>Tambahkan akun %1 untuk melihat saldonya</translation>
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
        <translation>24j %1%2%</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>O</source>
        <extracomment>Open: the first price of a candle</extracomment>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H</source>
        <extracomment>High: the highest price of a candle</extracomment>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L</source>
        <extracomment>Low: the lowest price of a candle</extracomment>
        <translation>Rendah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C</source>
        <extracomment>Close: the last price of a candle</extracomment>
        <translation>Tutup</translation>
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
        <translation>Kedalaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the order book&apos;s depth instead of the candles</source>
        <translation>Tampilkan kedalaman buku order sebagai ganti candlestick</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the %1 study</source>
        <translation>Tampilkan atau sembunyikan indikator %1</translation>
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
        <translation>Jumlah kumulatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
</context>
<context>
    <name>bourse::ui::FeedBadge</name>
    <message>
        <location filename="../ui/panels/FeedBadge.cpp" line="+42"/>
        <source>Live</source>
        <extracomment>A panel&apos;s data badge: the exchange pushes its changes over a websocket stream</extracomment>
        <translation>Langsung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange pushes every change as it happens (websocket stream)</source>
        <translation>Bursa mengirim setiap perubahan saat terjadi (aliran websocket)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polled</source>
        <extracomment>A panel&apos;s data badge: the data is asked of the exchange at intervals</extracomment>
        <translation>Ditarik berkala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of the exchange at intervals: it has no stream for this, or its stream failed and is tried again in a minute</source>
        <translation>Ditanyakan ke bursa secara berkala: bursa tidak punya aliran untuk ini, atau alirannya gagal dan akan dicoba lagi dalam satu menit</translation>
    </message>
</context>
<context>
    <name>bourse::ui::LinkGroups</name>
    <message>
        <location filename="../ui/workspace/LinkGroups.cpp" line="+37"/>
        <source>Blue group</source>
        <translation>Grup biru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber group</source>
        <translation>Grup ambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violet group</source>
        <translation>Grup ungu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyan group</source>
        <translation>Grup sian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked</source>
        <translation>Tidak ditautkan</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+68"/>
        <source>Account %1: %2</source>
        <translation>Akun %1: %2</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>The %1 panel could not be restored.</source>
        <translation>Panel %1 tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The saved arrangement could not be read; the panels are in their default places.</source>
        <translation>Susunan yang tersimpan tidak dapat dibaca; panel berada di posisi bawaannya.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace not saved</source>
        <translation>Ruang kerja tidak tersimpan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

Close anyway?</source>
        <translation>%1

Tetap tutup?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Activity log</source>
        <translation>Catatan aktivitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest problem; View &gt; Activity log keeps the history</source>
        <translation>Masalah terbaru; Tampilan &gt; Catatan aktivitas menyimpan riwayatnya</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Akun…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>Add %1…</source>
        <translation>Tambah %1…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;System default</source>
        <translation>&amp;Bawaan sistem</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Trade</source>
        <translation>&amp;Transaksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Ta&amp;mpilan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity &amp;log</source>
        <translation>&amp;Catatan aktivitas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Ruang kerja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Bourse</source>
        <translation>&amp;Tentang Bourse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save workspace</source>
        <translation>&amp;Simpan ruang kerja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save workspace &amp;as…</source>
        <translation>Simpan ruang kerja seb&amp;agai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace</source>
        <translation>&amp;Buka ruang kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete workspace</source>
        <translation>&amp;Hapus ruang kerja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete workspace</source>
        <translation>Hapus ruang kerja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the workspace “%1”?</source>
        <translation>Hapus ruang kerja “%1”?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset to the default layout</source>
        <translation>&amp;Kembalikan ke tata letak bawaan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save workspace</source>
        <translation>Simpan ruang kerja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connecting…</source>
        <translation>menghubungkan…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connected (in-process)</source>
        <translation>terhubung (dalam proses)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation>terhubung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors</source>
        <translation>galat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unavailable: %1</source>
        <translation>tidak tersedia: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>latency —</source>
        <translation>latensi —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 md</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation>kueri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stream %1 · poll %2</source>
        <translation>aliran %1 · kueri %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stream</source>
        <translation>aliran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate %1/%2</source>
        <translation>laju %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n antre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clock %1%2 ms</source>
        <translation>jam %1%2 md</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rate budget: %1 of %2 request units in use, one unit back every %3 ms; %n request(s) waiting.</source>
        <translation>
            <numerusform>Jatah laju: %1 dari %2 unit permintaan terpakai, satu unit kembali setiap %3 md; %n permintaan menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clock: the exchange&apos;s clock is %1 ms ahead of this computer&apos;s.</source>
        <translation>Jam: jam bursa %1 md lebih cepat daripada jam komputer ini.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bourse</source>
        <translation>Bourse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bourse</source>
        <translation>Tentang Bourse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;A native multi-exchange crypto trading terminal.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bourse %1&lt;/h3&gt;&lt;p&gt;Terminal perdagangan kripto asli untuk banyak bursa.&lt;/p&gt;&lt;p&gt;Lisensi: %2&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/TradeActions.cpp" line="+93"/>
        <source>&amp;Order ticket</source>
        <translation>&amp;Tiket order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buy</source>
        <translation>&amp;Beli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sell</source>
        <translation>&amp;Jual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel all orders…</source>
        <translation>Batalkan semua &amp;order…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Next panel</source>
        <translation>Panel beri&amp;kutnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous panel</source>
        <translation>Panel &amp;sebelumnya</translation>
    </message>
</context>
<context>
    <name>bourse::ui::MarketListPanel</name>
    <message>
        <location filename="../ui/panels/MarketListPanel.cpp" line="+95"/>
        <source>Search markets</source>
        <translation>Cari pasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the markets of one quote currency, or your favourites</source>
        <translation>Tampilkan pasar dari satu mata uang kuotasi, atau favorit Anda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ Favourites</source>
        <translation>★ Favorit</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderBookPanel</name>
    <message>
        <location filename="../ui/panels/OrderBookPanel.cpp" line="+76"/>
        <source>Group price levels to multiples of this step</source>
        <translation>Kelompokkan level harga ke kelipatan langkah ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <extracomment>The label of the list of price steps the book&apos;s levels are grouped to</extracomment>
        <translation>Kelompokkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a level to use its price in the order ticket; Shift+click takes its amount too</source>
        <translation>Klik sebuah level untuk memakai harganya di tiket order; Shift+klik juga mengambil jumlahnya</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderLines</name>
    <message>
        <location filename="../ui/chart/OrderLines.cpp" line="+81"/>
        <source>BUY %1 @ %2</source>
        <extracomment>A tag on the chart: an open buy order&apos;s amount @ its price</extracomment>
        <translation>BELI %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL %1 @ %2</source>
        <extracomment>A tag on the chart: an open sell order&apos;s amount @ its price</extracomment>
        <translation>JUAL %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUY stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop buy order&apos;s amount @ its trigger price</extracomment>
        <translation>BELI stop %1 @ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELL stop %1 @ %2</source>
        <extracomment>A tag on the chart: a stop sell order&apos;s amount @ its trigger price</extracomment>
        <translation>JUAL stop %1 @ %2</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrderTicketPanel</name>
    <message>
        <location filename="../ui/panels/OrderTicketPanel.cpp" line="+55"/>
        <source>Confirm order</source>
        <translation>Konfirmasi order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send order</source>
        <translation>Kirim order</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+511"/>
        <source>Buy</source>
        <extracomment>The side of an order: buy</extracomment>
        <translation>Beli</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+509"/>
        <source>Sell</source>
        <extracomment>The side of an order: sell</extracomment>
        <translation>Jual</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Trigger</source>
        <extracomment>The price at which a stop order is triggered</extracomment>
        <translation>Pemicu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>The order type: limit, market, stop...</extracomment>
        <translation>Tipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of the available balance</source>
        <translation>%1% dari saldo tersedia</translation>
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
        <translation>Konfirmasi sebelum mengirim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>market price</source>
        <translation>harga pasar</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Digits and one decimal point only, and no more than %1 after the point on this market.</source>
        <translation>Hanya angka dan satu titik desimal, dengan tidak lebih dari %1 angka di belakang titik di pasar ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole numbers only on this market: digits, no decimal point.</source>
        <translation>Hanya bilangan bulat di pasar ini: angka, tanpa titik desimal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop limit</source>
        <translation>Stop-limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop market</source>
        <translation>Stop pasar</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Enter a price first</source>
        <translation>Masukkan harga terlebih dahulu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The price is %1% %2 the last price %3.</source>
        <translation>Harga %1% %2 harga terakhir %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>di bawah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>di atas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minimum amount is %1 %2.</source>
        <translation>Jumlah minimum adalah %1 %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum amount is %1 %2.</source>
        <translation>Jumlah maksimum adalah %1 %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum order value is %1 %2.</source>
        <translation>Nilai order minimum adalah %1 %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not enough %1: %2 available.</source>
        <translation>%1 tidak cukup: tersedia %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Available: %1 %2</source>
        <translation>Tersedia: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee: up to %1 %2 (%3% taker)</source>
        <translation>Biaya: hingga %1 %2 (%3% taker)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee: %1% maker, %2% taker</source>
        <translation>Biaya: %1% maker, %2% taker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an account to trade</source>
        <translation>Tambahkan akun untuk bertransaksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy %1</source>
        <translation>Beli %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell %1</source>
        <translation>Jual %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Send this order to %1?</source>
        <translation>Kirim order ini ke %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 on %4</source>
        <translation>%1 %2 %3 di %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: %1</source>
        <translation>Tipe: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop %1</source>
        <translation>stop %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger price: %1 %2</source>
        <translation>Harga pemicu: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price: market</source>
        <translation>Harga: pasar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price: %1 %2</source>
        <translation>Harga: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value: about %1 %2</source>
        <translation>Nilai: sekitar %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: up to %1 %2</source>
        <translation>Biaya: hingga %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the order…</source>
        <translation>Memeriksa order…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent.</source>
        <translation>Tidak terkirim.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 %2: %3 %4 %5</source>
        <translation>Order %1 %2: %3 %4 %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buy</source>
        <translation>beli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <translation>jual</translation>
    </message>
</context>
<context>
    <name>bourse::ui::OrdersPanel</name>
    <message>
        <location filename="../ui/panels/OrdersPanel.cpp" line="+86"/>
        <source>Order history</source>
        <translation>Riwayat order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel all</source>
        <translation>Batalkan semua</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel orders</source>
        <translation>Batalkan order</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open orders (%1)</source>
        <translation>Order terbuka (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling %1…</source>
        <translation>Membatalkan %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 cancelled</source>
        <translation>Order %1 dibatalkan</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancel all %n open order(s) on %1?</source>
        <translation>
            <numerusform>Batalkan semua %n order terbuka di %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n order(s) cancelled</source>
        <translation>
            <numerusform>%n order dibatalkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelFactory</name>
    <message>
        <location filename="../ui/workspace/PanelFactory.cpp" line="+59"/>
        <source>Markets</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order book</source>
        <translation>Buku order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trades</source>
        <translation>Perdagangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ticket</source>
        <translation>Tiket order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My trades</source>
        <translation>Perdagangan saya</translation>
    </message>
</context>
<context>
    <name>bourse::ui::PanelTitleBar</name>
    <message>
        <location filename="../ui/workspace/PanelTitleBar.cpp" line="+102"/>
        <source>Float or dock this panel</source>
        <translation>Lepas atau tambatkan panel ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this panel</source>
        <translation>Hapus panel ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link group: %1</source>
        <translation>Grup tautan: %1</translation>
    </message>
</context>
<context>
    <name>bourse::ui::TradesPanel</name>
    <message>
        <location filename="../ui/panels/TradesPanel.cpp" line="+98"/>
        <source>Add an account for %1 to see your trades</source>
        <translation>Tambahkan akun %1 untuk melihat perdagangan Anda</translation>
    </message>
</context>
</TS>
