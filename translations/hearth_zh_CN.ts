<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Hearth::Cli</name>
    <message>
        <source>hearthctl: %1</source>
        <translation>hearthctl：%1</translation>
    </message>
    <message>
        <source>hearthctl init: create the database or bring it up to date.</source>
        <translation>hearthctl init：创建数据库或将其升级到最新结构。</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <source>... and %1 more bad rows</source>
        <translation>……另有 %1 行有错误</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>已标记：%1</translation>
    </message>
    <message>
        <source>The channel mapping (see &apos;hearthctl mappings&apos;).</source>
        <translation>渠道映射（见“hearthctl mappings”）。</translation>
    </message>
    <message>
        <source>How text dates are ordered: YMD, MDY or DMY.</source>
        <translation>文本日期的顺序：YMD、MDY 或 DMY。</translation>
    </message>
    <message>
        <source>Import the good orders when some rows are bad.</source>
        <translation>部分行有错误时，仍导入正确的订单。</translation>
    </message>
    <message>
        <source>Check the files; write nothing.</source>
        <translation>只检查文件，不写入任何数据。</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>hearthctl import: import channel export files.</source>
        <translation>hearthctl import：导入渠道导出的文件。</translation>
    </message>
    <message>
        <source>hearthctl import: give --mapping NAME and at least one file</source>
        <translation>hearthctl import：请提供 --mapping 名称和至少一个文件</translation>
    </message>
    <message>
        <source>hearthctl import: --date-order takes YMD, MDY or DMY</source>
        <translation>hearthctl import：--date-order 只接受 YMD、MDY 或 DMY</translation>
    </message>
    <message>
        <source>At most N orders (default 50).</source>
        <translation>最多 N 张订单（默认 50）。</translation>
    </message>
    <message>
        <source>store, dealer, ecommerce, designer or other.</source>
        <translation>store（直营门店）、dealer（经销商）、ecommerce（电商平台）、designer（设计师）或 other（其他）。</translation>
    </message>
    <message>
        <source>Signed on or after (YYYY-MM-DD).</source>
        <translation>签单日期不早于（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Signed on or before (YYYY-MM-DD).</source>
        <translation>签单日期不晚于（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The delivery province.</source>
        <translation>收货省份。</translation>
    </message>
    <message>
        <source>hearthctl orders list|search TEXT|show ORDER_NO</source>
        <translation>hearthctl orders list|search 文本|show 订单号</translation>
    </message>
    <message>
        <source>hearthctl: unknown channel %1</source>
        <translation>hearthctl：未知渠道 %1</translation>
    </message>
    <message>
        <source>hearthctl: unknown status %1</source>
        <translation>hearthctl：未知状态 %1</translation>
    </message>
    <message>
        <source>hearthctl: dates are written YYYY-MM-DD</source>
        <translation>hearthctl：日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>hearthctl: --limit takes a positive number</source>
        <translation>hearthctl：--limit 需要一个正数</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3)</source>
        <translation>订单 %1（%2 %3）</translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation>客户：%1 %2</translation>
    </message>
    <message>
        <source>Address: %1 %2</source>
        <translation>地址：%1 %2</translation>
    </message>
    <message>
        <source>Deposit %1, total %2</source>
        <translation>定金 %1，总额 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>显示了 %n 张订单</numerusform>
        </translation>
    </message>
    <message>
        <source>hearthctl mappings: list the channel mappings.</source>
        <translation>hearthctl mappings：列出渠道映射。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>hearthctl stats: counts of orders, lines, customers, products, and the sums of line amounts and quantities.</source>
        <translation>hearthctl stats：统计订单、订单行、客户和产品的数量，以及订单行金额与数量的合计。</translation>
    </message>
    <message>
        <source>Orders: %1
Lines: %2
Customers: %3
Products: %4
Amount: %5
Quantity: %6
Profit: %7
Returned orders: %8</source>
        <translation>订单：%1
订单行：%2
客户：%3
产品：%4
金额：%5
数量：%6
利润：%7
退货订单：%8</translation>
    </message>
    <message>
        <source>hearthctl demo: create a demo database from the bundled sample orders (again and again: it imports each sample once).</source>
        <translation>hearthctl demo：用自带的示例订单创建演示数据库（可重复运行：每个示例只导入一次）。</translation>
    </message>
    <message>
        <source>hearthctl: the sample orders are missing from this build</source>
        <translation>hearthctl：此版本中缺少示例订单</translation>
    </message>
    <message>
        <source>Demo database %1: %2 orders, %3 lines, %4 customers.</source>
        <translation>演示数据库 %1：%2 张订单，%3 个订单行，%4 位客户。</translation>
    </message>
    <message>
        <source>hearthctl: unknown command &quot;%1&quot;</source>
        <translation>hearthctl：未知命令“%1”</translation>
    </message>
    <message>
        <source>Sign in to the desktop app as &quot;admin&quot; with the password %1.</source>
        <translation>请在桌面程序中以“admin”登录，密码为 %1。</translation>
    </message>
    <message>
        <source>Sign in to the desktop app as &quot;admin&quot; with the password you set in HEARTH_ADMIN_PASSWORD.</source>
        <translation>请在桌面程序中以“admin”登录，密码为 HEARTH_ADMIN_PASSWORD 中设置的密码。</translation>
    </message>
    <message>
        <source>hearthctl: there is no database at %1; create one with &apos;hearthctl init&apos; or &apos;hearthctl demo&apos;</source>
        <translation>hearthctl：%1 处没有数据库；请用“hearthctl init”或“hearthctl demo”创建</translation>
    </message>
    <message>
        <source>new, reviewing, approved, in_production, shipped, installed, closed or cancelled.</source>
        <translation>new（新建）、reviewing（审核中）、approved（已审核）、in_production（生产中）、shipped（已发货）、installed（已安装）、closed（已完成）或 cancelled（已取消）。</translation>
    </message>
    <message>
        <source>hearthctl check: check the database file for damage (SQLite&apos;s integrity check and foreign keys).</source>
        <translation>hearthctl check：检查数据库文件是否损坏（SQLite 完整性检查和外键检查）。</translation>
    </message>
    <message>
        <source>%1: no damage found.</source>
        <translation>%1：未发现损坏。</translation>
    </message>
    <message>
        <source>%1: the database is damaged; restore it from a backup or sync it again from the server.</source>
        <translation>%1：数据库已损坏；请从备份恢复，或从服务器重新同步。</translation>
    </message>
    <message>
        <source>hearthctl: try --date-order %1</source>
        <translation>hearthctl：请尝试 --date-order %1</translation>
    </message>
    <message>
        <source>The text encoding of CSV files: auto, utf-8, gb18030, windows-1252 or utf-16 (default: the mapping&apos;s).</source>
        <translation>CSV 文件的文本编码：auto、utf-8、gb18030、windows-1252 或 utf-16（默认使用映射中的设置）。</translation>
    </message>
    <message>
        <source>hearthctl import: --encoding takes auto, utf-8, gb18030, windows-1252 or utf-16</source>
        <translation>hearthctl import：--encoding 的取值为 auto、utf-8、gb18030、windows-1252 或 utf-16</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>签单 %1</translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation>承诺交期 %1</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>发货 %1</translation>
    </message>
    <message>
        <source>ship mode %1</source>
        <translation>发货方式 %1</translation>
    </message>
    <message>
        <source>Dates: %1; status %2</source>
        <translation>日期：%1；状态 %2</translation>
    </message>
    <message>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <source>, %1% off</source>
        <translation>，优惠 %1%</translation>
    </message>
    <message>
        <source>Note %1 %2: %3</source>
        <translation>备注 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>Hearth::Cli::Parsed</name>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
</context>
<context>
    <name>Hearth::Desktop::AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>关于 Hearth</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Follows each order of a custom-furniture maker from every channel — own stores, dealers, online shops and designers — through review, splitting, production, delivery and installation to payment, and shows what each order earned.</source>
        <translation>为定制家居企业跟踪来自各个渠道（直营门店、经销商、电商平台和设计师）的每一张订单：从审单、拆单、生产、发货、安装直到收款，并算清每张订单实际赚了多少。</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>基于 Qt %1 构建。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Hearth::Desktop::CommandLine</name>
    <message>
        <source>Usage:
  hearth [--db FILE] [--lang zh_CN|en]
  hearth --render PAGE --out FILE.png [--db FILE] [--lang zh_CN|en] [--size WxH]
  hearth --render list

Options:
  --db FILE       the database to open (default: hearth.db in the data folder)
  --lang CODE     the interface language for this run: zh_CN or en
  --render PAGE   draw one page to a PNG file offscreen and exit; &quot;list&quot; prints the pages
  --out FILE.png  where --render writes the picture
  --size WxH      the picture&apos;s size in pixels, e.g. 1280x800
  --help          show this text
  --version       show the version
</source>
        <translation>用法：
  hearth [--db 文件] [--lang zh_CN|en]
  hearth --render 页面 --out 文件.png [--db 文件] [--lang zh_CN|en] [--size 宽x高]
  hearth --render list

选项：
  --db 文件       要打开的数据库（默认：数据目录中的 hearth.db）
  --lang 代码     本次运行的界面语言：zh_CN 或 en
  --render 页面   在后台把一个页面绘制成 PNG 文件后退出；&quot;list&quot; 列出所有页面
  --out 文件.png  --render 输出图片的位置
  --size 宽x高    图片尺寸（像素），例如 1280x800
  --help          显示本帮助
  --version       显示版本
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db 需要一个文件名</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use zh_CN or en</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>--render needs a page id; &quot;--render list&quot; prints them</source>
        <translation>--render 需要页面标识；用“--render list”可列出全部页面</translation>
    </message>
    <message>
        <source>--render needs --out FILE.png</source>
        <translation>--render 需要配合 --out 文件.png</translation>
    </message>
    <message>
        <source>--out and --size go with --render</source>
        <translation>--out 和 --size 只能与 --render 一起使用</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, each from %1 to %2, e.g. 1280x800</source>
        <translation>--size 的格式为“宽x高”（像素），每边 %1 到 %2，例如 1280x800</translation>
    </message>
</context>
<context>
    <name>Hearth::Desktop::DesktopApp</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Hearth cannot open %1:

%2</source>
        <translation>Hearth 无法打开 %1：

%2</translation>
    </message>
    <message>
        <source>Cannot Create the Administrator</source>
        <translation>无法创建管理员</translation>
    </message>
    <message>
        <source>Sign in as %1 with the password you just noted.</source>
        <translation>请用刚才记下的密码以 %1 登录。</translation>
    </message>
    <message>
        <source>Sign in as %1 with the password set in HEARTH_ADMIN_PASSWORD.</source>
        <translation>请用 HEARTH_ADMIN_PASSWORD 中设定的密码以 %1 登录。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Hearth databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Hearth 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Hearth::Desktop::MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Your role has no pages to show yet.
Ask an administrator to give you a role that does.</source>
        <translation>您的角色暂时没有可查看的页面。
请联系管理员为您分配合适的角色。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Navigation Panel</source>
        <translation>导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>关于 Hearth(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Offline — sync not configured</source>
        <translation>离线 — 未配置同步</translation>
    </message>
    <message>
        <source>This page could not be opened.</source>
        <translation>无法打开此页面。</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
</context>
<context>
    <name>Hearth::Desktop::PageRenderer</name>
    <message>
        <source>The main window with its first page</source>
        <translation>显示第一个页面的主窗口</translation>
    </message>
    <message>
        <source>Sign-in dialog</source>
        <translation>登录对话框</translation>
    </message>
    <message>
        <source>First-start administrator password</source>
        <translation>首次启动时的管理员密码</translation>
    </message>
    <message>
        <source>Settings dialog</source>
        <translation>设置对话框</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>关于 Hearth</translation>
    </message>
    <message>
        <source>hearth: unknown page &quot;%1&quot;; the pages are: %2</source>
        <translation>hearth：未知页面“%1”；可用页面：%2</translation>
    </message>
    <message>
        <source>hearth: cannot open the database %1: %2</source>
        <translation>hearth：无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>hearth: the database has no active administrator to render as</source>
        <translation>hearth：数据库中没有可用于绘制页面的有效管理员</translation>
    </message>
    <message>
        <source>hearth: the module &quot;%1&quot; did not create the page &quot;%2&quot;</source>
        <translation>hearth：模块“%1”未能创建页面“%2”</translation>
    </message>
    <message>
        <source>hearth: cannot write the picture to %1</source>
        <translation>hearth：无法把图片写入 %1</translation>
    </message>
    <message>
        <source>hearth: wrote %1 (%2×%3)</source>
        <translation>hearth：已写入 %1（%2×%3）</translation>
    </message>
    <message>
        <source>New user dialog</source>
        <translation>新建用户对话框</translation>
    </message>
    <message>
        <source>Reset password dialog</source>
        <translation>重置密码对话框</translation>
    </message>
    <message>
        <source>hearth: cannot make a temporary folder: %1</source>
        <translation>hearth：无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>hearth: no first password of this database is waiting to be shown; the picture shows dots in its place</source>
        <translation>hearth：此数据库没有待显示的初始密码；图片中以圆点代替</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the header has no column %1; it has: %2</source>
        <translation>表头中没有第 %1 列；现有列：%2</translation>
    </message>
    <message>
        <source>the file has neither an amount nor a unit price column</source>
        <translation>文件中既没有金额列，也没有单价列</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>this is not a CSV text file but a zip archive; an Excel workbook must be imported as .xlsx</source>
        <translation>这不是 CSV 文本文件，而是 zip 压缩包；Excel 工作簿请按 .xlsx 导入</translation>
    </message>
    <message>
        <source>this is not a CSV text file: it holds binary data; if it is UTF-16 text, choose that encoding</source>
        <translation>这不是 CSV 文本文件：其中含有二进制数据；如果是 UTF-16 文本，请选择该编码</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>this system cannot decode %1 text (Qt was built without ICU)</source>
        <translation>本系统无法解码 %1 文本（Qt 构建时未包含 ICU）</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>文件为空；应有一行表头</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2; check the delimiter and the quoting</source>
        <translation>此行有 %1 个字段，而表头有 %2 个；请检查分隔符和引号</translation>
    </message>
    <message>
        <source>a quoted field is not closed; expected a closing double quote (&quot;) before the end of the file</source>
        <translation>有一个带引号的字段没有结束；文件结束前应有一个右双引号（&quot;）</translation>
    </message>
    <message>
        <source>the text is not valid %1 here; choose the file&apos;s encoding for the import</source>
        <translation>此处的文本不是有效的 %1 编码；请为导入选择文件的编码</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>the file holds no records; expected an array of objects with the orders&apos; fields</source>
        <translation>文件中没有记录；应为包含订单字段的对象数组</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>一个 JSON 值</translation>
    </message>
    <message>
        <source>the file is empty; expected JSON records</source>
        <translation>文件为空；应有 JSON 记录</translation>
    </message>
    <message>
        <source>an array of records or an object with an &quot;orders&quot; array</source>
        <translation>记录数组，或带有“orders”数组的对象</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>“,”或“}”</translation>
    </message>
    <message>
        <source>the object holds no &quot;orders&quot; or &quot;rows&quot; array; expected the records there</source>
        <translation>该对象中没有“orders”或“rows”数组；记录应放在那里</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>“,”或“]”</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>文件结尾</translation>
    </message>
    <message>
        <source>the record is not an object; expected {&quot;field&quot;: value, ...}</source>
        <translation>该记录不是对象；应为 {&quot;字段&quot;: 值, ...}</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice</source>
        <translation>字段“%1”出现了两次</translation>
    </message>
    <message>
        <source>the file changed while it was read; import it again</source>
        <translation>读取期间文件发生了变化；请重新导入</translation>
    </message>
    <message>
        <source>less deeply nested data (at most %1 levels)</source>
        <translation>嵌套层数更少的数据（最多 %1 层）</translation>
    </message>
    <message>
        <source>a string in quotes</source>
        <translation>带引号的字符串</translation>
    </message>
    <message>
        <source>UTF-8 text (JSON files are UTF-8)</source>
        <translation>UTF-8 文本（JSON 文件使用 UTF-8）</translation>
    </message>
    <message>
        <source>a closing &apos;&quot;&apos;</source>
        <translation>右引号“&quot;”</translation>
    </message>
    <message>
        <source>an escape such as \n instead of a control character in the string</source>
        <translation>字符串中应使用 \n 之类的转义，而不是控制字符</translation>
    </message>
    <message>
        <source>a \u escape pair for a character beyond U+FFFF</source>
        <translation>U+FFFF 以上字符的一对 \u 转义</translation>
    </message>
    <message>
        <source>an escape: \&quot; \\ \/ \b \f \n \r \t or \u</source>
        <translation>转义序列：\&quot; \\ \/ \b \f \n \r \t 或 \u</translation>
    </message>
    <message>
        <source>four hex digits after \u</source>
        <translation>\u 后面的四位十六进制数字</translation>
    </message>
    <message>
        <source>a number such as 12, -3.5 or 1e6</source>
        <translation>数字，例如 12、-3.5 或 1e6</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true、false 或 null</translation>
    </message>
    <message>
        <source>the JSON is broken: expected %1, found %2</source>
        <translation>JSON 格式有误：应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (offset %4)</source>
        <translation>%1，第 %2 行，第 %3 列（偏移 %4）</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1，第 %2 条记录</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be read (%2); open it in Excel and save it again</source>
        <translation>工作簿已损坏：无法读取其组成部分 %1（%2）；请用 Excel 打开后重新保存</translation>
    </message>
    <message>
        <source>the compressed data is corrupt</source>
        <translation>压缩数据已损坏</translation>
    </message>
    <message>
        <source>the part ends too early</source>
        <translation>该部分提前结束</translation>
    </message>
    <message>
        <source>XML error at line %1, column %2: %3</source>
        <translation>XML 错误，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx): it is not a zip archive. An old .xls or a password-protected workbook must be saved as a plain .xlsx first</source>
        <translation>这不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包。旧的 .xls 或有密码保护的工作簿须先另存为普通 .xlsx</translation>
    </message>
    <message>
        <source>this zip archive holds no Excel workbook; expected an .xlsx file saved by Excel, WPS or LibreOffice</source>
        <translation>此 zip 压缩包中没有 Excel 工作簿；应为由 Excel、WPS 或 LibreOffice 保存的 .xlsx 文件</translation>
    </message>
    <message>
        <source>the workbook is damaged: the data of sheet “%1” is missing</source>
        <translation>工作簿已损坏：缺少工作表“%1”的数据</translation>
    </message>
    <message>
        <source>sheet “%1” is empty; expected a header row</source>
        <translation>工作表“%1”为空；应有一行表头</translation>
    </message>
    <message>
        <source>a value outside the table: the header ends at column %1; give this column a header or clear the cell</source>
        <translation>表格范围外有数据：表头到第 %1 列为止；请为此列加上表头或清空该单元格</translation>
    </message>
    <message>
        <source>the cell reference “%1” is broken</source>
        <translation>单元格引用“%1”有误</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell refers to text number %1, which is not in the workbook</source>
        <translation>工作簿已损坏：单元格引用的第 %1 号文本在工作簿中不存在</translation>
    </message>
    <message>
        <source>the workbook is damaged: expected a number in the cell, found “%1”</source>
        <translation>工作簿已损坏：单元格中应为数字，实际为“%1”</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, row %3, column %4</source>
        <translation>%1，工作表“%2”，第 %3 行，第 %4 列</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1”; its sheets are: %2</source>
        <translation>工作簿中没有工作表“%1”；现有工作表：%2</translation>
    </message>
    <message>
        <source>Own store</source>
        <translation>直营门店</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审单中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>件</translation>
    </message>
    <message>
        <source>set</source>
        <translation>套</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>㎡</translation>
    </message>
    <message>
        <source>linear m</source>
        <translation>延米</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>the workbook&apos;s text is too large to import (more than 256 MB); save the sheet as CSV and import that</source>
        <translation>工作簿中的文本太大，无法导入（超过 256 MB）；请把工作表另存为 CSV 后导入</translation>
    </message>
    <message>
        <source>sheet “%1” is a chart or macro sheet, not a table; choose a worksheet</source>
        <translation>“%1”是图表或宏表，不是数据表；请选择一个工作表</translation>
    </message>
    <message>
        <source>the text is not UTF-8, GB18030 or Windows-1252 (byte 0x%1); choose the file&apos;s encoding for the import</source>
        <translation>文本不是 UTF-8、GB18030 或 Windows-1252 编码（字节 0x%1）；请为导入选择文件的编码</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>%1 (channel order %2): changed in the file, but the order is already %3; not updated</source>
        <translation>%1（渠道订单号 %2）：文件中有改动，但订单已处于“%3”状态，未更新</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ChannelMapping</name>
    <message>
        <source>the mapping has no &quot;name&quot;</source>
        <translation>映射缺少“name”</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; use store, dealer, ecommerce, designer or other</source>
        <translation>未知渠道“%1”；请使用 store、dealer、ecommerce、designer 或 other</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use auto, csv, xlsx or json</source>
        <translation>未知格式“%1”；请使用 auto、csv、xlsx 或 json</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>unknown date order &quot;%1&quot;; use auto, YMD, MDY or DMY</source>
        <translation>未知日期顺序“%1”；请使用 auto、YMD、MDY 或 DMY</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; has no column</source>
        <translation>必填字段“%1”没有对应的列</translation>
    </message>
    <message>
        <source>the mapping needs a column for &quot;amount&quot; or &quot;unit_price&quot;</source>
        <translation>映射需要为“amount”（金额）或“unit_price”（单价）指定一列</translation>
    </message>
    <message>
        <source>no channel mapping named &quot;%1&quot;; known: %2</source>
        <translation>没有名为“%1”的渠道映射；现有：%2</translation>
    </message>
    <message>
        <source>cannot read the mapping: %1</source>
        <translation>无法读取映射：%1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a mapping needs a plain name without slashes</source>
        <translation>映射名称不能包含斜杠</translation>
    </message>
    <message>
        <source>cannot write the mapping: %1</source>
        <translation>无法保存映射：%1</translation>
    </message>
    <message>
        <source>unknown &quot;discount_is&quot; value &quot;%1&quot;; use off or paid_share</source>
        <translation>未知的“discount_is”取值“%1”；请使用 off 或 paid_share</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::EditOrderCommand</name>
    <message>
        <source>Edit of %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>%1 was changed since this edit; its newer version was kept.</source>
        <translation>%1 在这次修改之后又被改过；已保留较新的版本。</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ImportPanel</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>编辑映射</translation>
    </message>
    <message>
        <source>Save as new mapping…</source>
        <translation>另存为新映射…</translation>
    </message>
    <message>
        <source>Channel mapping</source>
        <translation>渠道映射</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>A name for the new mapping (letters, digits, - and _):</source>
        <translation>新映射的名称（字母、数字、- 和 _）：</translation>
    </message>
    <message>
        <source>Saved the mapping “%1”.</source>
        <translation>已保存映射“%1”。</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>映射未保存：%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing is written until every row has been checked; a cancelled import leaves the orders as they were.</source>
        <translation>所有行检查完毕之前不会写入任何数据；取消导入不会改动现有订单。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Which way are the dates written?</source>
        <translation>日期是按哪种顺序书写的？</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>全部不导入</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>导入正确的行</translation>
    </message>
    <message>
        <source>Some rows cannot be imported</source>
        <translation>部分行无法导入</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>Choose channel export files</source>
        <translation>选择渠道导出文件</translation>
    </message>
    <message>
        <source>Channel exports (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>渠道导出文件 (*.csv *.xlsx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose how the files&apos; columns are read.</source>
        <translation>选择如何读取文件中的各列。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>This file cannot be read with this mapping: %1</source>
        <translation>无法用此映射读取该文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1 as this mapping reads them.</source>
        <translation>
            <numerusform>按此映射读取的 %1 前 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in these rows, e.g. %1.</source>
        <translation>
            <numerusform>这些行中有 %n 个问题，例如 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) with “%1”</source>
        <translation>
            <numerusform>正在用“%1”导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入已停止：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Dates such as %1 can be read month-first or day-first, and nothing in the files tells which. Every date of the import is read the same way.</source>
        <translation>像 %1 这样的日期既可按“月在前”也可按“日在前”读取，文件中无法判断是哪一种。本次导入的所有日期都会按同一种方式读取。</translation>
    </message>
    <message>
        <source>Month first: %1 is %2</source>
        <translation>月在前：%1 即 %2</translation>
    </message>
    <message>
        <source>Day first: %1 is %2</source>
        <translation>日在前：%1 即 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, in %1 order(s). Nothing has been written yet. Import the good rows to skip those orders and import the rest, or import nothing and correct the file first.</source>
        <translation>
            <numerusform>有 %n 行存在问题，涉及 %1 张订单。目前尚未写入任何数据。可以选择“导入正确的行”跳过这些订单、导入其余订单，或者全部不导入，先修正文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the files a shop, dealer or designer exported: CSV (UTF-8 or GBK), Excel .xlsx or JSON.</source>
        <translation>选择店铺、经销商或设计师导出的文件：CSV（UTF-8 或 GBK）、Excel .xlsx 或 JSON。</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ImportReport</name>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The dates in the file can be read day-first or month-first (e.g. %1); choose the order.</source>
        <translation>文件中的日期既可按日在前也可按月在前读取（例如 %1）；请选择顺序。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new orders, %3 updated, %4 unchanged</source>
        <translation>读取 %1 行：新订单 %2 张，更新 %3 张，未变 %4 张</translation>
    </message>
    <message>
        <source>, %1 changed but already in progress (not updated)</source>
        <translation>，%1 张有改动但已在处理中（未更新）</translation>
    </message>
    <message>
        <source>, %1 bad rows (%2 orders skipped)</source>
        <translation>，%1 行有错误（跳过 %2 张订单）</translation>
    </message>
    <message>
        <source>, %1 orders marked returned</source>
        <translation>，%1 张订单标记为退货</translation>
    </message>
    <message>
        <source>Nothing new: these orders were all imported before.</source>
        <translation>没有新内容：这些订单以前都已导入。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <source>The dates look day-first (day/month/year): import with that date order.</source>
        <translation>日期看起来是日在前（日/月/年）：请按此日期顺序导入。</translation>
    </message>
    <message>
        <source>The dates look month-first (month/day/year): import with that date order.</source>
        <translation>日期看起来是月在前（月/日/年）：请按此日期顺序导入。</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ImportSummary</name>
    <message>
        <source>Import more files</source>
        <translation>导入更多文件</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>没有导入任何数据</translation>
    </message>
    <message numerus="yes">
        <source>The files were left as they are; %n row(s) had problems. Correct them and import the files again.</source>
        <translation>
            <numerusform>文件未作任何导入；有 %n 行存在问题。请修正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>已更新订单</translation>
    </message>
    <message>
        <source>Orders unchanged</source>
        <translation>未变订单</translation>
    </message>
    <message>
        <source>Lines written</source>
        <translation>写入订单行</translation>
    </message>
    <message>
        <source>Orders skipped for bad rows</source>
        <translation>因错误行跳过的订单</translation>
    </message>
    <message>
        <source>Orders marked returned</source>
        <translation>标记为退货的订单</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>新订单 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) updated</source>
        <translation>
            <numerusform>更新 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) unchanged</source>
        <translation>
            <numerusform>未变 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not updated because they had moved on</source>
        <translation>
            <numerusform>%n 张因已进入后续环节而未更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); %1 order(s) skipped</source>
        <translation>
            <numerusform>错误行 %n 行，跳过 %1 张订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked returned</source>
        <translation>
            <numerusform>标记退货 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; the files held no orders.</source>
        <translation>
            <numerusform>读取 %n 行；文件中没有订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1.</source>
        <translation>
            <numerusform>读取 %n 行：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Nothing new: these orders were all imported before.</source>
        <translation>没有新内容：这些订单以前都已导入。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status of orders: how many</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) changed in the file but had already moved on (%1), so they were not updated:</source>
        <translation>
            <numerusform>%n 张订单在文件中有改动，但已进入后续环节（%1），因此未更新：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) changed in the file but had already moved on, so they were not updated:</source>
        <translation>
            <numerusform>%n 张订单在文件中有改动，但已进入后续环节，因此未更新：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed in the file, but already %2</source>
        <translation>%1：文件中有改动，但订单已是“%2”</translation>
    </message>
    <message>
        <source>%1 (channel order %2): changed in the file, but already %3</source>
        <translation>%1（渠道订单号 %2）：文件中有改动，但订单已是“%3”</translation>
    </message>
    <message>
        <source>Orders not updated (moved on)</source>
        <translation>未更新的订单（已进入后续环节）</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::Importer</name>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>the file mixes day-first and month-first dates</source>
        <translation>文件中混用了日在前和月在前的日期</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::Internal::ImportPasses</name>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>the file has no data rows; expected orders below the header</source>
        <translation>文件没有数据行；表头下方应有订单</translation>
    </message>
    <message>
        <source>%1, row %2, order %3</source>
        <translation>%1，第 %2 行，订单 %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>工作表“%1”中没有“%2”列</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::Internal::OrderWriter</name>
    <message>
        <source>Not updated from %1, because the order is already %2. The file changes: %3.</source>
        <translation>未按 %1 更新，因为订单已处于“%2”状态。文件中的改动：%3。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>ship mode</source>
        <translation>发货方式</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>line %1 added: %2</source>
        <translation>新增第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1 removed: %2</source>
        <translation>删除第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1 product</source>
        <translation>第 %1 行产品</translation>
    </message>
    <message>
        <source>line %1 quantity</source>
        <translation>第 %1 行数量</translation>
    </message>
    <message>
        <source>line %1 unit price</source>
        <translation>第 %1 行单价</translation>
    </message>
    <message>
        <source>line %1 discount</source>
        <translation>第 %1 行折扣</translation>
    </message>
    <message>
        <source>line %1 amount</source>
        <translation>第 %1 行金额</translation>
    </message>
    <message>
        <source>line %1: other details</source>
        <translation>第 %1 行：其他细节</translation>
    </message>
    <message>
        <source>other details of the order</source>
        <translation>订单的其他细节</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另有 %1 处</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::Internal::RowParser</name>
    <message>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size in whole mm (1–10000)</source>
        <translation>“%1”不是以整毫米表示的尺寸（1–10000）</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>未知渠道“%1”</translation>
    </message>
    <message>
        <source>the channel&apos;s order number is missing</source>
        <translation>缺少渠道订单号</translation>
    </message>
    <message>
        <source>unknown order status &quot;%1&quot;</source>
        <translation>未知订单状态“%1”</translation>
    </message>
    <message>
        <source>the customer&apos;s name is missing</source>
        <translation>缺少客户姓名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <source>the line names no product</source>
        <translation>该行没有写明产品</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size like 800×600×300</source>
        <translation>“%1”不是形如 800×600×300 的尺寸</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>the quantity is missing</source>
        <translation>缺少数量</translation>
    </message>
    <message>
        <source>the quantity must be above zero</source>
        <translation>数量必须大于零</translation>
    </message>
    <message>
        <source>the unit price times the quantity is too large</source>
        <translation>单价乘以数量的结果过大</translation>
    </message>
    <message>
        <source>the line has neither an amount nor a unit price</source>
        <translation>该行既没有金额也没有单价</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>order %1 is from channel %2 in %3; all rows of an order must agree</source>
        <translation>订单 %1 在%3中的渠道是%2；同一订单的各行必须一致</translation>
    </message>
    <message>
        <source>order %1 names another customer in %2; all rows of an order must agree</source>
        <translation>订单 %1 在%2中是另一位客户；同一订单的各行必须一致</translation>
    </message>
    <message>
        <source>order %1 was signed on %2 in %3; all rows of an order must agree</source>
        <translation>订单 %1 在%3中的签单日期是 %2；同一订单的各行必须一致</translation>
    </message>
    <message>
        <source>line %1 of order %2 repeats %3</source>
        <translation>订单 %2 的第 %1 行与%3重复</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected e.g. 11/8/2016, month/day/year)</source>
        <translation>“%1”不是日期（应为如 11/8/2016 的月/日/年格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected e.g. 8/11/2016, day/month/year)</source>
        <translation>“%1”不是日期（应为如 8/11/2016 的日/月/年格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected e.g. 2024-03-05)</source>
        <translation>“%1”不是日期（应为如 2024-03-05 的格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (at most 12 digits before the decimal point)</source>
        <translation>“%1”过大（小数点前最多 12 位）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 6 decimals</source>
        <translation>“%1”的小数超过 6 位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discount (the share paid: 0.8, 80% or 8折)</source>
        <translation>“%1”不是折扣（按实付比例：0.8、80% 或 8折）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discount (0.2, 20% or 8折)</source>
        <translation>“%1”不是折扣（可写 0.2、20% 或 8折）</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::MappingEditor</name>
    <message>
        <source>Channel order no.</source>
        <translation>渠道订单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>Date promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Date shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Ship mode</source>
        <translation>发货方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Address (one line)</source>
        <translation>地址（一整行）</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Dealer code</source>
        <translation>经销商编码</translation>
    </message>
    <message>
        <source>Dealer name</source>
        <translation>经销商名称</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Designer code</source>
        <translation>设计师编码</translation>
    </message>
    <message>
        <source>Designer name</source>
        <translation>设计师姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Channel line no.</source>
        <translation>渠道行号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Size W×H×D (one cell)</source>
        <translation>尺寸 宽×高×深（同一单元格）</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>宽（mm）</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>高（mm）</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>深（mm）</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>根据文件自动判断</translation>
    </message>
    <message>
        <source>Year, month, day (2024-03-05)</source>
        <translation>年、月、日（2024-03-05）</translation>
    </message>
    <message>
        <source>Month, day, year (03/05/2024)</source>
        <translation>月、日、年（03/05/2024）</translation>
    </message>
    <message>
        <source>Day, month, year (05/03/2024)</source>
        <translation>日、月、年（05/03/2024）</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Excel)</source>
        <translation>GBK / GB18030（中文版 Excel）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Excel)</source>
        <translation>Windows-1252（西文版 Excel）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>文本编码（CSV）</translation>
    </message>
    <message>
        <source>Fields marked * are required; an amount or a unit price is needed for each line.</source>
        <translation>带 * 的字段为必填；每个订单行都需要金额或单价。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1（此文件中没有）</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrderDetailPane</name>
    <message>
        <source>Select an order to see its lines, notes and history.</source>
        <translation>选择一张订单，查看其订单行、备注和历史记录。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Write a note for everyone who works on this order</source>
        <translation>给处理这张订单的所有人写一条备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>订单行（%1）</translation>
    </message>
    <message>
        <source>%1 · returned</source>
        <translation>%1 · 已退货</translation>
    </message>
    <message>
        <source>%1 · channel order %2</source>
        <translation>%1 · 渠道订单号 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>备注（%1）</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>暂无备注。</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>暂无历史记录。</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>备注未添加：%1</translation>
    </message>
    <message>
        <source>The file was not attached: %1</source>
        <translation>文件未添加为附件：%1</translation>
    </message>
    <message>
        <source>Attach a file to the order</source>
        <translation>为订单添加附件</translation>
    </message>
    <message>
        <source>Ship mode</source>
        <translation>发货方式</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrderEditor</name>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>the shop&apos;s or dealer&apos;s own number</source>
        <translation>店铺或经销商自己的单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel order no.</source>
        <translation>渠道订单号</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>定金（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>11 digits, or a landline with area code</source>
        <translation>11 位手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>street and number; a whole address pasted here is split</source>
        <translation>街道和门牌号；在此粘贴完整地址会自动拆分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>销售方</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Choose one, or type a new name to add it.</source>
        <translation>选择一项，或输入新名称来添加。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加订单行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除订单行</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>write the deposit as a number of yuan</source>
        <translation>定金请填写元为单位的数字</translation>
    </message>
    <message>
        <source>the deposit has at most two decimals</source>
        <translation>定金最多两位小数</translation>
    </message>
    <message>
        <source>The order was not saved: %1</source>
        <translation>订单未保存：%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrderFilterBar</name>
    <message>
        <source>Search order no., customer, mobile, address, product</source>
        <translation>搜索订单号、客户、手机、地址、产品</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Signed any time</source>
        <translation>签单时间不限</translation>
    </message>
    <message>
        <source>Signed this month</source>
        <translation>本月签单</translation>
    </message>
    <message>
        <source>Signed last month</source>
        <translation>上月签单</translation>
    </message>
    <message>
        <source>Signed this year</source>
        <translation>今年签单</translation>
    </message>
    <message>
        <source>Signed last year</source>
        <translation>去年签单</translation>
    </message>
    <message>
        <source>Signed between…</source>
        <translation>签单时间介于…</translation>
    </message>
    <message>
        <source>Signed on or after</source>
        <translation>签单日期不早于</translation>
    </message>
    <message>
        <source>Signed on or before</source>
        <translation>签单日期不晚于</translation>
    </message>
    <message>
        <source>All dealers</source>
        <translation>全部经销商</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Signed last 30 days</source>
        <translation>近 30 天签单</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrderLinesModel</name>
    <message>
        <source>line %1, %2: “%3” is not a valid value</source>
        <translation>第 %1 行，%2：“%3”不是有效的值</translation>
    </message>
    <message>
        <source>“%1” is not a valid value</source>
        <translation>“%1”不是有效的值</translation>
    </message>
    <message>
        <source>unit price × quantity × (1 − discount)</source>
        <translation>单价 × 数量 × (1 − 折扣)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product / description</source>
        <translation>产品 / 描述</translation>
    </message>
    <message>
        <source>Size W × H × D</source>
        <translation>尺寸 宽 × 高 × 深</translation>
    </message>
    <message>
        <source>W mm</source>
        <translation>宽 mm</translation>
    </message>
    <message>
        <source>H mm</source>
        <translation>高 mm</translation>
    </message>
    <message>
        <source>D mm</source>
        <translation>深 mm</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source> −%1</source>
        <translation> −%1</translation>
    </message>
    <message>
        <source>Qty × price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <source>as paid: %1 per unit; changing the price or the discount prices the line anew</source>
        <translation>按实付金额：每单位 %1；修改单价或折扣将重新计算金额</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrderListModel</name>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel order no.</source>
        <translation>渠道订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>省 / 市</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单总额</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrderRepository</name>
    <message>
        <source>a customer name is required</source>
        <translation>必须填写客户姓名</translation>
    </message>
    <message>
        <source>a mainland mobile number has 11 digits starting 13–19</source>
        <translation>大陆手机号为 11 位，以 13–19 开头</translation>
    </message>
    <message>
        <source>the date signed is required</source>
        <translation>必须填写签单日期</translation>
    </message>
    <message>
        <source>the promised date is before the date signed</source>
        <translation>承诺交期早于签单日期</translation>
    </message>
    <message>
        <source>the deposit cannot be negative</source>
        <translation>定金不能为负数</translation>
    </message>
    <message>
        <source>an order needs at least one line</source>
        <translation>订单至少需要一个订单行</translation>
    </message>
    <message>
        <source>line %1 has neither a product nor a description</source>
        <translation>第 %1 行既没有产品也没有描述</translation>
    </message>
    <message>
        <source>line %1: the quantity must be above zero</source>
        <translation>第 %1 行：数量必须大于零</translation>
    </message>
    <message>
        <source>line %1: sizes are in mm, between 1 and 10000</source>
        <translation>第 %1 行：尺寸以毫米为单位，须在 1 到 10000 之间</translation>
    </message>
    <message>
        <source>line %1: the discount is a rate between 0 and 1</source>
        <translation>第 %1 行：折扣是 0 到 1 之间的比率</translation>
    </message>
    <message>
        <source>the deposit is more than the order total</source>
        <translation>定金超过了订单总额</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>no order numbered %1</source>
        <translation>没有订单号为 %1 的订单</translation>
    </message>
    <message>
        <source>the order no longer exists</source>
        <translation>该订单已不存在</translation>
    </message>
    <message>
        <source>a note cannot be empty</source>
        <translation>备注不能为空</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than 50 MB</source>
        <translation>文件大于 50 MB</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrdersModule</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>Undo order edit</source>
        <translation>撤销订单修改</translation>
    </message>
    <message>
        <source>Redo order edit</source>
        <translation>重做订单修改</translation>
    </message>
    <message>
        <source>Orders from the files that shops, dealers and designers export</source>
        <translation>从店铺、经销商和设计师导出的文件中导入订单</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrdersPage</name>
    <message>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Orders from stores, dealers, online shops and designers</source>
        <translation>来自门店、经销商、电商平台和设计师的订单</translation>
    </message>
    <message>
        <source>Create an order by hand</source>
        <translation>手工新建订单</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import orders from channel files</source>
        <translation>从渠道文件导入订单</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>正在统计订单…</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>没有符合筛选条件的订单。</translation>
    </message>
    <message>
        <source>No orders yet — import a channel file or create one.</source>
        <translation>还没有订单 — 请导入渠道文件或新建订单。</translation>
    </message>
    <message>
        <source>someone else changed %1 while you edited it; close the editor and open the order again</source>
        <translation>您编辑期间其他人修改了 %1；请关闭编辑器后重新打开该订单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 张订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Search looks in order numbers, customers, mobiles, addresses and products.</source>
        <translation>搜索范围包括订单号、客户、手机、地址和产品。</translation>
    </message>
    <message>
        <source>Shops, dealers and designers send their orders as CSV, Excel or JSON files; Hearth reads them with a channel mapping.</source>
        <translation>店铺、经销商和设计师以 CSV、Excel 或 JSON 文件发来订单；Hearth 通过渠道映射读取它们。</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::RowError</name>
    <message>
        <source>%1, row %2, column &quot;%3&quot;: %4</source>
        <translation>%1，第 %2 行，“%3”列：%4</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::TimelineFormat</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>edited in the orders page</source>
        <translation>在订单页面中修改</translation>
    </message>
    <message>
        <source>undo of an edit</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>redo of an edit</source>
        <translation>重做修改</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel order no.</source>
        <translation>渠道订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>width (mm)</source>
        <translation>宽（mm）</translation>
    </message>
    <message>
        <source>height (mm)</source>
        <translation>高（mm）</translation>
    </message>
    <message>
        <source>depth (mm)</source>
        <translation>深（mm）</translation>
    </message>
    <message>
        <source>material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Line %1 added: %2</source>
        <translation>新增第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Line %1 removed: %2</source>
        <translation>删除第 %1 行：%2</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>添加了备注</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>添加了附件</translation>
    </message>
    <message numerus="yes">
        <source>Created the order with %n line(s), total %1</source>
        <translation>
            <numerusform>创建了订单，共 %n 行，总额 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the order</source>
        <translation>删除了订单</translation>
    </message>
    <message>
        <source>Changed the order</source>
        <translation>修改了订单</translation>
    </message>
    <message>
        <source>No visible change</source>
        <translation>没有可见的改动</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>re-imported from %1</source>
        <translation>从 %1 重新导入</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>Hearth::Storage::Database</name>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>the database file is read-only; Hearth records every change in it, so it needs write access (check the file&apos;s permissions)</source>
        <translation>数据库文件是只读的；Hearth 会把每次更改记录在其中，需要写入权限（请检查文件权限）</translation>
    </message>
    <message>
        <source>this SQLite file is not a Hearth database (it holds other tables); choose a Hearth database or a new file name</source>
        <translation>这个 SQLite 文件不是 Hearth 数据库（其中有其他表）；请选择 Hearth 数据库或新的文件名</translation>
    </message>
</context>
<context>
    <name>Hearth::Storage::Migrator</name>
    <message>
        <source>this database has schema version %1, newer than this Hearth understands (%2); install the newer Hearth that wrote it, or open another database</source>
        <translation>该数据库的结构版本为 %1，比当前 Hearth 支持的版本（%2）更新；请安装写入它的新版 Hearth，或打开其他数据库</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>缺少迁移脚本 %1</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>迁移 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::InitialPasswordDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>欢迎使用 Hearth</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>I Have Noted It</source>
        <translation>我已记下</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database is new, so Hearth created its administrator.&lt;/b&gt;&lt;br&gt;Write the password down now: once the administrator has signed in, it is not shown again. Then create an account for each colleague under Users and Roles.</source>
        <translation>&lt;b&gt;这是一个新数据库，Hearth 已为它创建了管理员账号。&lt;/b&gt;&lt;br&gt;请立即记下密码：管理员登录之后，它不会再显示。然后到“用户与角色”中为每位同事创建账号。</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::LoginDialog</name>
    <message>
        <source>Sign In to Hearth</source>
        <translation>登录 Hearth</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Orders for custom furniture makers</source>
        <translation>定制家居订单管理</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>用户名或密码错误，或账号已停用。</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::PasswordFields</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>随机生成</translation>
    </message>
    <message>
        <source>Fill in a random password and show it</source>
        <translation>填入一个随机密码并显示出来</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::PasswordHasher</name>
    <message>
        <source>the password library could not start</source>
        <translation>密码组件无法启动</translation>
    </message>
    <message>
        <source>not enough memory to protect the password</source>
        <translation>内存不足，无法加密保存密码</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::Permissions</name>
    <message>
        <source>See orders</source>
        <translation>查看订单</translation>
    </message>
    <message>
        <source>Create and edit orders</source>
        <translation>新建和修改订单</translation>
    </message>
    <message>
        <source>Import orders from channel files</source>
        <translation>从渠道文件导入订单</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>Review orders</source>
        <translation>审单</translation>
    </message>
    <message>
        <source>Split orders into work</source>
        <translation>拆单</translation>
    </message>
    <message>
        <source>See production</source>
        <translation>查看生产</translation>
    </message>
    <message>
        <source>Plan and report production</source>
        <translation>排产与生产报工</translation>
    </message>
    <message>
        <source>See stock</source>
        <translation>查看库存</translation>
    </message>
    <message>
        <source>Move stock</source>
        <translation>出入库操作</translation>
    </message>
    <message>
        <source>See shipments and installations</source>
        <translation>查看发货与安装</translation>
    </message>
    <message>
        <source>Ship and dispatch installations</source>
        <translation>发货与派工安装</translation>
    </message>
    <message>
        <source>See payments and costs</source>
        <translation>查看收款与成本</translation>
    </message>
    <message>
        <source>Record payments and settle</source>
        <translation>登记收款与结算</translation>
    </message>
    <message>
        <source>See reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>Change company settings</source>
        <translation>修改公司设置</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2). Hand it on in person; the old password stops working at once.</source>
        <translation>为 %1（%2）设置新密码。请当面告知本人；旧密码将立即失效。</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Order clerk</source>
        <translation>订单专员</translation>
    </message>
    <message>
        <source>Production planner</source>
        <translation>生产计划员</translation>
    </message>
    <message>
        <source>Warehouse keeper</source>
        <translation>仓库管理员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Everything, including users and company settings</source>
        <translation>全部权限，包括用户管理和公司设置</translation>
    </message>
    <message>
        <source>Takes in, imports, reviews and edits orders</source>
        <translation>接单、导入、审单和修改订单</translation>
    </message>
    <message>
        <source>Splits orders into work and schedules production</source>
        <translation>拆单并安排生产（排产）</translation>
    </message>
    <message>
        <source>Receives, stores, packs and ships goods</source>
        <translation>收货、入库、包装和发货</translation>
    </message>
    <message>
        <source>Records payments, costs and settlements</source>
        <translation>登记收款、成本和结算</translation>
    </message>
    <message>
        <source>Enters and follows the dealer&apos;s own orders</source>
        <translation>录入并跟进经销商自己的订单</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>The window switches to the new language at once.</source>
        <translation>窗口会立即切换到新语言。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Remember the last user name on this computer</source>
        <translation>在这台电脑上记住上次登录的用户名</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Offline: no sync server is configured</source>
        <translation>离线：未配置同步服务器</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>同步：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this zone everywhere: the timeline, notes, attachments and users.</source>
        <translation>时间以 UTC 保存，各处（时间线、备注、附件和用户）均按此时区显示。</translation>
    </message>
    <message>
        <source>Site time zone:</source>
        <translation>时区：</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::UserEditDialog</name>
    <message>
        <source>New User</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>for signing in, e.g. wangfang</source>
        <translation>用于登录，例如 wangfang</translation>
    </message>
    <message>
        <source>as colleagues know them, e.g. 王芳</source>
        <translation>同事们熟悉的称呼，例如 王芳</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::UserStore</name>
    <message>
        <source>a user name has 2 to %1 characters</source>
        <translation>用户名须为 2 到 %1 个字符</translation>
    </message>
    <message>
        <source>a user name may hold letters, digits, dots, dashes and underscores, but no spaces</source>
        <translation>用户名只能包含字母、数字、点、短横线和下划线，不能有空格</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>密码不能全是空格</translation>
    </message>
    <message>
        <source>a display name has 1 to %1 characters</source>
        <translation>姓名须为 1 到 %1 个字符</translation>
    </message>
    <message>
        <source>the user name is taken</source>
        <translation>该用户名已被占用</translation>
    </message>
    <message>
        <source>cannot save the user: %1</source>
        <translation>无法保存用户：%1</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>没有这个用户</translation>
    </message>
    <message>
        <source>the last active administrator must stay an administrator</source>
        <translation>最后一位有效的管理员必须保留管理员角色</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>不能停用您自己的账号</translation>
    </message>
    <message>
        <source>the last active administrator cannot be disabled</source>
        <translation>不能停用最后一位有效的管理员</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passwords; try again in %n second(s)</source>
        <translation>
            <numerusform>密码错误次数过多，请在 %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong user name or password, or the account is disabled</source>
        <translation>用户名或密码错误，或账号已停用</translation>
    </message>
    <message>
        <source>System Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::UsersModule</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>用户与角色</translation>
    </message>
</context>
<context>
    <name>Hearth::Users::UsersPage</name>
    <message>
        <source>New User…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Filter by user name, name or role</source>
        <translation>按用户名、姓名或角色筛选</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <source>This role may:</source>
        <translation>该角色可以：</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may sign in to this database</source>
        <translation>
            <numerusform>%n 位用户可以登录此数据库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n 位已停用</numerusform>
        </translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 · disabled</source>
        <translation>%1 · 已停用</translation>
    </message>
    <message>
        <source>Password Set</source>
        <translation>密码已设置</translation>
    </message>
    <message>
        <source>%1 can now sign in with the new password.</source>
        <translation>%1 现在可以用新密码登录了。</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They can no longer sign in; what they did stays in the records.</source>
        <translation>要停用 %1（%2）吗？停用后将无法登录，其操作记录仍会保留。</translation>
    </message>
    <message>
        <source>User Not Changed</source>
        <translation>用户未修改</translation>
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation>不能停用您自己的账号</translation>
    </message>
</context>
<context>
    <name>Hearth::Widgets::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>Hearth::Widgets::StatusBar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
