<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Core</name>
    <message>
        <source>position %1</source>
        <translation>第 %1 位</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>the dashboard could not read %1: %2</source>
        <translation>经营概览无法读取 %1：%2</translation>
    </message>
    <message>
        <source>expected a month such as 2026-03, not "%1"</source>
        <translation>月份应形如 2026-03，而不是“%1”</translation>
    </message>
</context>
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
        <source>The channel mapping (see 'hearthctl mappings').</source>
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
        <source>hearthctl: unknown command "%1"</source>
        <translation>hearthctl：未知命令“%1”</translation>
    </message>
    <message>
        <source>Sign in to the desktop app as "admin" with the password %1.</source>
        <translation>请在桌面程序中以“admin”登录，密码为 %1。</translation>
    </message>
    <message>
        <source>Sign in to the desktop app as "admin" with the password you set in HEARTH_ADMIN_PASSWORD.</source>
        <translation>请在桌面程序中以“admin”登录，密码为 HEARTH_ADMIN_PASSWORD 中设置的密码。</translation>
    </message>
    <message>
        <source>hearthctl: there is no database at %1; create one with 'hearthctl init' or 'hearthctl demo'</source>
        <translation>hearthctl：%1 处没有数据库；请用“hearthctl init”或“hearthctl demo”创建</translation>
    </message>
    <message>
        <source>new, reviewing, approved, in_production, shipped, installed, closed or cancelled.</source>
        <translation>new（新建）、reviewing（审核中）、approved（已审核）、in_production（生产中）、shipped（已发货）、installed（已安装）、closed（已完成）或 cancelled（已取消）。</translation>
    </message>
    <message>
        <source>hearthctl check: check the database file for damage (SQLite's integrity check and foreign keys).</source>
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
        <source>The text encoding of CSV files: auto, utf-8, gb18030, windows-1252 or utf-16 (default: the mapping's).</source>
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
    <message>
        <source>hearthctl: --now takes a time such as 2026-12-04T09:00:00+08:00</source>
        <translation>hearthctl：--now 需要一个时间，例如 2026-12-04T09:00:00+08:00</translation>
    </message>
    <message>
        <source>hearthctl: there is no active user "%1"</source>
        <translation>hearthctl：没有在职用户“%1”</translation>
    </message>
    <message>
        <source>Only this order (its number).</source>
        <translation>只处理这张订单（填订单号）。</translation>
    </message>
    <message>
        <source>An event for the order: resubmit, cancel, production_done, shipped, installed, paid, ...</source>
        <translation>订单事件：resubmit（重新提交）、cancel（取消）、production_done（生产完成）、shipped（已发货）、installed（已安装）、paid（已付款）等。</translation>
    </message>
    <message>
        <source>Why, for the timeline.</source>
        <translation>原因，记入时间线。</translation>
    </message>
    <message>
        <source>Count deadlines from this time instead of the clock's.</source>
        <translation>从这个时间起计算期限，而不是按当前时钟。</translation>
    </message>
    <message>
        <source>hearthctl process: run the process engine over the orders that wait for it (review, approvals, split into tasks, amendments), or handle an event on one order.</source>
        <translation>hearthctl process：对等待处理的订单运行流程引擎（审单、审批、拆单为任务、改单），或处理某张订单的一个事件。</translation>
    </message>
    <message>
        <source>hearthctl process: --event needs --order</source>
        <translation>hearthctl process：--event 需要配合 --order 使用</translation>
    </message>
    <message>
        <source>hearthctl: no order %1</source>
        <translation>hearthctl：没有订单 %1</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>%1 orders looked at: %2 moved on, %3 held by review, %4 waiting for approval, %5 split, %6 amended; %7 tasks created; %8 failed.</source>
        <translation>共处理 %1 张订单：%2 张已推进，%3 张被审单挂起，%4 张等待审批，%5 张已拆单，%6 张已改单；创建了 %7 个任务；%8 张失败。</translation>
    </message>
    <message>
        <source>First signing date of the dry run.</source>
        <translation>试运行的起始签单日期。</translation>
    </message>
    <message>
        <source>Last signing date of the dry run.</source>
        <translation>试运行的截止签单日期。</translation>
    </message>
    <message>
        <source>The candidate rules: a folder with review.json, split.json and templates/ (default: the newest saved version).</source>
        <translation>候选规则：包含 review.json、split.json 和 templates/ 的文件夹（默认：最新保存的版本）。</translation>
    </message>
    <message>
        <source>Why the rules changed.</source>
        <translation>规则修改的原因。</translation>
    </message>
    <message>
        <source>list, export DIR, check DIR, save DIR, activate N or dry-run</source>
        <translation>list、export 文件夹、check 文件夹、save 文件夹、activate 版本号或 dry-run</translation>
    </message>
    <message>
        <source>hearthctl rules: the review and split rules — list the versions, export the active one to a folder to edit, check and save an edited folder as a new version, activate a version, and dry-run a candidate over the orders of a period.</source>
        <translation>hearthctl rules：审单与拆单规则——列出各版本，把启用中的版本导出到文件夹以便编辑，检查修改后的文件夹并保存为新版本，启用某个版本，以及用候选规则对一段时间内的订单试运行。</translation>
    </message>
    <message>
        <source>hearthctl rules: give list, export DIR, check DIR, save DIR, activate N or dry-run --from DATE --to DATE</source>
        <translation>hearthctl rules：请给出 list、export 文件夹、check 文件夹、save 文件夹、activate 版本号或 dry-run --from 日期 --to 日期</translation>
    </message>
    <message>
        <source>%1: the rules are valid.</source>
        <translation>%1：规则有效。</translation>
    </message>
    <message>
        <source>Rule set version %1 written to %2.</source>
        <translation>规则集版本 %1 已写入 %2。</translation>
    </message>
    <message>
        <source>Saved as rule set version %1; it is not active until 'hearthctl rules activate %1'.</source>
        <translation>已保存为规则集版本 %1；运行“hearthctl rules activate %1”之后才会启用。</translation>
    </message>
    <message>
        <source>hearthctl rules activate: give a version number</source>
        <translation>hearthctl rules activate：请给出版本号</translation>
    </message>
    <message>
        <source>Rule set version %1 is active; new splits and reviews use it.</source>
        <translation>规则集版本 %1 已启用；此后的审单和拆单都使用该版本。</translation>
    </message>
    <message>
        <source>hearthctl rules: unknown action "%1"</source>
        <translation>hearthctl rules：未知操作“%1”</translation>
    </message>
    <message>
        <source>hearthctl rules dry-run: give --from and --to as YYYY-MM-DD</source>
        <translation>hearthctl rules dry-run：请以 YYYY-MM-DD 格式给出 --from 和 --to</translation>
    </message>
    <message>
        <source>hearthctl rules dry-run: no saved version newer than the active one; give --rules DIR</source>
        <translation>hearthctl rules dry-run：没有比启用版本更新的已保存版本；请用 --rules 指定文件夹</translation>
    </message>
    <message>
        <source>Only the tasks of this user (their own and their pools').</source>
        <translation>只列出该用户的任务（本人的任务及其任务池中的任务）。</translation>
    </message>
    <message>
        <source>Only overdue tasks.</source>
        <translation>只列出逾期任务。</translation>
    </message>
    <message>
        <source>Only the tasks of this order.</source>
        <translation>只列出这张订单的任务。</translation>
    </message>
    <message>
        <source>Done and cancelled tasks too.</source>
        <translation>同时列出已完成和已取消的任务。</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>最多列出这么多条（默认 100）。</translation>
    </message>
    <message>
        <source>Escalate overdue tasks to their leads.</source>
        <translation>把逾期任务升级给负责人。</translation>
    </message>
    <message>
        <source>hearthctl tasks: list tasks, due and overdue first; 'tasks escalate' sends overdue tasks to their owners' leads.</source>
        <translation>hearthctl tasks：列出任务，即将到期和已逾期的排在前面；“tasks escalate”把逾期任务升级给处理人的上级。</translation>
    </message>
    <message>
        <source>%1 task(s) escalated.</source>
        <translation>已升级 %1 个任务。</translation>
    </message>
    <message>
        <source>The user who decides.</source>
        <translation>作出决定的用户。</translation>
    </message>
    <message>
        <source>Reject instead of approving.</source>
        <translation>驳回，而不是批准。</translation>
    </message>
    <message>
        <source>Why (required for a rejection).</source>
        <translation>原因（驳回时必填）。</translation>
    </message>
    <message>
        <source>hearthctl approve: approve or reject a pending approval step as a user; the order moves on when every step is approved.</source>
        <translation>hearthctl approve：以某个用户的身份批准或驳回一个待审批步骤；所有步骤都批准后，订单继续流转。</translation>
    </message>
    <message>
        <source>hearthctl approve: give the approval id and --as USER</source>
        <translation>hearthctl approve：请给出审批 id 和 --as 用户</translation>
    </message>
    <message>
        <source>list, export CODE FILE, check FILE, save FILE or activate ID</source>
        <translation>list、export 编码 文件、check 文件、save 文件或 activate ID</translation>
    </message>
    <message>
        <source>hearthctl processes: the process definitions — list the stored versions, export the active one of a code to a file to edit, check and save an edited file as the next version (new orders start with it; orders already started keep theirs), activate an older version.</source>
        <translation>hearthctl processes：流程定义——列出已保存的版本，把某个编码的启用版本导出到文件以便编辑，检查修改后的文件并保存为下一个版本（新订单按新版本开始，已开始的订单保持原有版本），重新启用较早的版本。</translation>
    </message>
    <message>
        <source>hearthctl processes: give list, export CODE FILE, check FILE, save FILE or activate ID</source>
        <translation>hearthctl processes：请给出 list、export 编码 文件、check 文件、save 文件或 activate ID</translation>
    </message>
    <message>
        <source>%1: %2 is valid.</source>
        <translation>%1：%2 有效。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 张订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 已写入 %2。</translation>
    </message>
    <message>
        <source>hearthctl processes: no process "%1"</source>
        <translation>hearthctl processes：没有流程“%1”</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1：不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>Saved as %1; new orders start with it.</source>
        <translation>已保存为 %1；新订单将按此版本开始。</translation>
    </message>
    <message>
        <source>%1 is active; new orders start with it.</source>
        <translation>%1 已启用；新订单将按此版本开始。</translation>
    </message>
    <message>
        <source>hearthctl processes: unknown action "%1"</source>
        <translation>hearthctl processes：未知操作“%1”</translation>
    </message>
    <message>
        <source>Demo staff (zhang, li, zhao, wu, wu2, qian, sun, zhou, chen, lin) sign in with the password %1.</source>
        <translation>演示员工（zhang、li、zhao、wu、wu2、qian、sun、zhou、chen、lin）用密码 %1 登录。</translation>
    </message>
    <message>
        <source>Process engine: %1 orders looked at, %2 held by review, %3 waiting for approval, %4 split; %5 tasks created.</source>
        <translation>流程引擎：共处理 %1 张订单，%2 张被审单挂起，%3 张等待审批，%4 张已拆单；创建了 %5 个任务。</translation>
    </message>
    <message>
        <source>The approval task's id as 'hearthctl tasks' lists it, or the approval step's id.</source>
        <translation>审批任务的编号（即 hearthctl tasks 列出的编号），或审批步骤的编号。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 parts, %2 m²</source>
        <translation>%1 件，%2 m²</translation>
    </message>
    <message>
        <source>rush</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Made, packed and cancelled ones too.</source>
        <translation>也列出已完工、已包装和已取消的。</translation>
    </message>
    <message>
        <source>make or list</source>
        <translation>make 或 list</translation>
    </message>
    <message>
        <source>hearthctl workorders: make work orders (工单) from the split's work order tasks and exploded parts, or list them.</source>
        <translation>hearthctl workorders：由拆单的生产任务和拆出的板件生成工单，或列出工单。</translation>
    </message>
    <message>
        <source>hearthctl workorders: give make or list</source>
        <translation>hearthctl workorders：请给出 make 或 list</translation>
    </message>
    <message>
        <source>%1 work order(s) made, %2 changed, %3 cancelled, %4 unchanged; %5 problem(s).</source>
        <translation>生成工单 %1 个，变更 %2 个，取消 %3 个，未变 %4 个；问题 %5 个。</translation>
    </message>
    <message>
        <source>%1 work order(s).</source>
        <translation>工单 %1 个。</translation>
    </message>
    <message>
        <source>Plan each work order as late as it can still end by its due date (just in time) instead of as early as it can.</source>
        <translation>倒排：每个工单尽量晚开工、按交期完工（准时制），而不是尽早开工。</translation>
    </message>
    <message>
        <source>Repair the saved plan (after a rush order or a breakdown), moving as little as it must, instead of planning afresh.</source>
        <translation>修补已保存的计划（插单或设备故障后），尽量少挪动，而不是重新排产。</translation>
    </message>
    <message>
        <source>Plan from this time instead of now: 2026-10-12T08:00:00+08:00, or 2026-10-12 08:00 on the site's clock.</source>
        <translation>从该时间而不是现在开始排产：2026-10-12T08:00:00+08:00，或按工厂时区的 2026-10-12 08:00。</translation>
    </message>
    <message>
        <source>Plan, but save nothing.</source>
        <translation>只排产，不保存。</translation>
    </message>
    <message>
        <source>The earliest date the factory can finish this order given today's load; saves nothing.</source>
        <translation>按当前负荷，工厂最早能完成该订单的日期；不保存任何内容。</translation>
    </message>
    <message>
        <source>hearthctl plan: plan the factory (排产) with finite capacity, work calendars and setups, and save the plan; or give a promise date for an order.</source>
        <translation>hearthctl plan：按有限产能、工作日历和换型时间为工厂排产并保存计划；或给出订单的承诺交期。</translation>
    </message>
    <message>
        <source>hearthctl plan: --backward plans afresh; it does not go with --reschedule</source>
        <translation>hearthctl plan：--backward 是重新排产，不能与 --reschedule 同用</translation>
    </message>
    <message>
        <source>hearthctl plan: --from takes a time such as 2026-10-12T08:00:00+08:00</source>
        <translation>hearthctl plan：--from 需要时间，例如 2026-10-12T08:00:00+08:00</translation>
    </message>
    <message>
        <source>%1: the factory can finish it by %2; promise date %3.</source>
        <translation>%1：工厂可在 %2 前完成；承诺交期 %3。</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>重排</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>排产</translation>
    </message>
    <message>
        <source>%1 operation(s) planned, %2 kept where they were, %3 moved, %4 with no room; %5 changeover(s).</source>
        <translation>已排工序 %1 道，保持原位 %2 道，挪动 %3 道，排不下 %4 道；换型 %5 次。</translation>
    </message>
    <message>
        <source>%1 of %2 work order(s) late; the last operation ends %3.</source>
        <translation>%2 个工单中 %1 个延期；最后一道工序结束于 %3。</translation>
    </message>
    <message>
        <source>due %1, ends %2, %3 late</source>
        <translation>交期 %1，完工 %2，延期 %3</translation>
    </message>
    <message>
        <source>Nothing saved (dry run).</source>
        <translation>未保存（试排）。</translation>
    </message>
    <message>
        <source>%1 operation(s) saved.</source>
        <translation>已保存工序 %1 道。</translation>
    </message>
    <message>
        <source>demo plan</source>
        <translation>演示排产</translation>
    </message>
    <message>
        <source>Production demo: %1 custom order(s) added, %2 work order(s) made, %3 operation(s) planned (%4 work order(s) late), %5 shop-floor report(s).</source>
        <translation>生产演示：新增定制订单 %1 个，生成工单 %2 张，排产工序 %3 道（延期工单 %4 张），车间报工 %5 条。</translation>
    </message>
    <message>
        <source>job %1.%2 at %3</source>
        <translation>作业 %1.%2 于 %3</translation>
    </message>
    <message>
        <source>machine %1: %2</source>
        <translation>机器 %1：%2</translation>
    </message>
    <message>
        <source>A job-shop instance in the standard text layout.</source>
        <translation>标准文本格式的作业车间（job-shop）算例。</translation>
    </message>
    <message>
        <source>How long to search, in seconds (default 10).</source>
        <translation>搜索时长，秒（默认 10）。</translation>
    </message>
    <message>
        <source>Seed of the search's random choices (default 1).</source>
        <translation>搜索随机选择的种子（默认 1）。</translation>
    </message>
    <message>
        <source>Stop after this many search steps: with --seed, the same result on every run.</source>
        <translation>搜索这么多步后停止：配合 --seed 每次结果相同。</translation>
    </message>
    <message>
        <source>Also print each machine's sequence with start times (jobs and steps counted from 1).</source>
        <translation>同时打印每台机器的加工顺序和开始时间（作业和工步从 1 计）。</translation>
    </message>
    <message>
        <source>Print the result and the schedule as JSON (jobs, steps and machines counted from 0).</source>
        <translation>以 JSON 打印结果和排程（作业、工步和机器从 0 计）。</translation>
    </message>
    <message>
        <source>hearthctl schedule: solve a job-shop problem and print its makespan.</source>
        <translation>hearthctl schedule：求解作业车间问题并打印最大完工时间。</translation>
    </message>
    <message>
        <source>hearthctl schedule: --jobshop FILE is needed</source>
        <translation>hearthctl schedule：需要 --jobshop FILE</translation>
    </message>
    <message>
        <source>hearthctl schedule: --seconds takes a positive number, not "%1"</source>
        <translation>hearthctl schedule：--seconds 需要正数，而不是“%1”</translation>
    </message>
    <message>
        <source>hearthctl schedule: --seed takes a whole number of 0 or more, not "%1"</source>
        <translation>hearthctl schedule：--seed 需要 0 或更大的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>hearthctl schedule: --iterations takes a positive whole number, not "%1"</source>
        <translation>hearthctl schedule：--iterations 需要正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: makespan %2</source>
        <translation>%1：最大完工时间 %2</translation>
    </message>
    <message>
        <source>%1 jobs on %2 machines; lower bound %3%4; the MWKR rule gives %5; %6 search steps in %7 s</source>
        <translation>%1 个作业、%2 台机器；下界 %3%4；MWKR 规则得 %5；%7 秒内搜索 %6 步</translation>
    </message>
    <message>
        <source> (met: the schedule is optimal)</source>
        <translation>（已达到：排程最优）</translation>
    </message>
    <message>
        <source>hearthctl plan: --from %1 is more than a week before now or a year ahead; try it with --dry-run</source>
        <translation>hearthctl plan：--from %1 早于现在一周以上或晚于一年以后；请先用 --dry-run 试排</translation>
    </message>
    <message>
        <source>hearthctl plan: --promise needs an order number</source>
        <translation>hearthctl plan：--promise 需要订单号</translation>
    </message>
    <message>
        <source>hearthctl plan: %1 (%2): a promise date is for an order not yet made</source>
        <translation>hearthctl plan：%1（%2）：承诺交期只针对尚未生产完成的订单</translation>
    </message>
    <message>
        <source>hearthctl: %1: %2</source>
        <translation>hearthctl：%1：%2</translation>
    </message>
    <message>
        <source>Group by order, category, region, channel, dealer or month.</source>
        <translation>按订单、品类、区域、渠道、经销商或月份分组。</translation>
    </message>
    <message>
        <source>hearthctl profit: --by takes order, category, region, channel, dealer or month, not "%1"</source>
        <translation>hearthctl profit：--by 可取 order、category、region、channel、dealer 或 month，而不是“%1”</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单总额</translation>
    </message>
    <message numerus="yes">
        <source>hearthctl profit: %n line(s) carry no cost yet and count at cost 0</source>
        <translation>
            <numerusform>hearthctl profit：%n 行尚无成本，按成本 0 计算</numerusform>
        </translation>
    </message>
    <message>
        <source>The order (its number).</source>
        <translation>订单（订单号）。</translation>
    </message>
    <message>
        <source>hearthctl receipts: an order's receipts (收款), what it has paid and still owes, and its payment schedule.</source>
        <translation>hearthctl receipts：订单的收款记录、已付和待收金额，以及收款计划。</translation>
    </message>
    <message>
        <source>hearthctl receipts: give --order NO</source>
        <translation>hearthctl receipts：请给出 --order 订单号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Fapiao</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total %1, deposit reported by the channel %2, received %3, refunded %4, still due %5</source>
        <translation>合计 %1，渠道报告定金 %2，已收 %3，已退 %4，待收 %5</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>hearthctl stock: no item with the code or GTIN %1</source>
        <translation>hearthctl stock：没有编码或GTIN为 %1 的物料</translation>
    </message>
    <message>
        <source>hearthctl stock: --%1: no bin %2</source>
        <translation>hearthctl stock：--%1：没有库位 %2</translation>
    </message>
    <message>
        <source>hearthctl stock seed: %1</source>
        <translation>hearthctl stock seed：%1</translation>
    </message>
    <message>
        <source>%1 warehouse(s), %2 bin(s) and %3 item(s) written; codes already there were kept.</source>
        <translation>已写入 %1 个仓库、%2 个库位和 %3 个物料；已有的编码保持不变。</translation>
    </message>
    <message>
        <source>hearthctl stock balance: %1</source>
        <translation>hearthctl stock balance：%1</translation>
    </message>
    <message>
        <source>%1 on hand: %2</source>
        <translation>%1 现存：%2</translation>
    </message>
    <message>
        <source>hearthctl stock valuation: no warehouse %1</source>
        <translation>hearthctl stock valuation：没有仓库 %1</translation>
    </message>
    <message>
        <source>hearthctl stock valuation: %1</source>
        <translation>hearthctl stock valuation：%1</translation>
    </message>
    <message>
        <source>%1 line(s), value %2</source>
        <translation>%1 行，金额 %2</translation>
    </message>
    <message>
        <source>hearthctl stock moves: %1</source>
        <translation>hearthctl stock moves：%1</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>盘点数 %1</translation>
    </message>
    <message>
        <source>%1 move(s).</source>
        <translation>%1 条出入库记录。</translation>
    </message>
    <message>
        <source>hearthctl stock check: %1</source>
        <translation>hearthctl stock check：%1</translation>
    </message>
    <message>
        <source>%1 difference(s) between the balance summaries and the moves.</source>
        <translation>库存汇总与出入库记录有 %1 处不一致。</translation>
    </message>
    <message>
        <source>The balances match the moves.</source>
        <translation>库存汇总与出入库记录一致。</translation>
    </message>
    <message>
        <source>The item's code or GTIN.</source>
        <translation>物料编码或GTIN。</translation>
    </message>
    <message>
        <source>The bin: received into, issued or moved from, counted.</source>
        <translation>库位：收货入、领料或移库出、盘点的库位。</translation>
    </message>
    <message>
        <source>transfer: the bin the goods go to.</source>
        <translation>transfer：货品移入的库位。</translation>
    </message>
    <message>
        <source>The quantity in the item's unit; count: what was counted.</source>
        <translation>以物料单位计的数量；count：盘点数。</translation>
    </message>
    <message>
        <source>receive: yuan per unit (default: the moving average).</source>
        <translation>receive：单价（元，默认按移动加权平均）。</translation>
    </message>
    <message>
        <source>issue: the work order's number.</source>
        <translation>issue：工单号。</translation>
    </message>
    <message>
        <source>The lot (batch) number.</source>
        <translation>批次号。</translation>
    </message>
    <message>
        <source>Names the move once: the same key again books nothing.</source>
        <translation>出入库的唯一键：同一个键再次提交不会重复记账。</translation>
    </message>
    <message>
        <source>valuation: one warehouse.</source>
        <translation>valuation：只看一个仓库。</translation>
    </message>
    <message>
        <source>moves: at most N (default 50).</source>
        <translation>moves：最多 N 条（默认 50）。</translation>
    </message>
    <message>
        <source>balance, moves: the item.</source>
        <translation>balance、moves：物料。</translation>
    </message>
    <message>
        <source>hearthctl stock: the stock ledger (库存台账): seed, balance ITEM [--bin B], valuation [--warehouse W], moves ITEM [--limit N], check, receive|issue|transfer|count --item I --bin B [--to B2] --qty Q [--cost C] [--wo WO] [--lot L] --key K.</source>
        <translation>hearthctl stock：库存台账：seed、balance ITEM [--bin B]、valuation [--warehouse W]、moves ITEM [--limit N]、check、receive|issue|transfer|count --item I --bin B [--to B2] --qty Q [--cost C] [--wo WO] [--lot L] --key K。</translation>
    </message>
    <message>
        <source>hearthctl stock %1: give the item's code</source>
        <translation>hearthctl stock %1：请给出物料编码</translation>
    </message>
    <message>
        <source>hearthctl stock moves: --limit takes a number above 0</source>
        <translation>hearthctl stock moves：--limit 需要大于 0 的数字</translation>
    </message>
    <message>
        <source>hearthctl stock %1: --%2 is needed</source>
        <translation>hearthctl stock %1：需要 --%2</translation>
    </message>
    <message>
        <source>hearthctl stock %1: --qty %2 is no number</source>
        <translation>hearthctl stock %1：--qty %2 不是数字</translation>
    </message>
    <message>
        <source>hearthctl stock %1: --cost takes yuan per unit, on a receipt only</source>
        <translation>hearthctl stock %1：--cost 为单价（元），仅用于收货</translation>
    </message>
    <message>
        <source>hearthctl stock issue: --wo is needed</source>
        <translation>hearthctl stock issue：需要 --wo</translation>
    </message>
    <message>
        <source>hearthctl stock issue: --wo: no work order %1</source>
        <translation>hearthctl stock issue：--wo：没有工单 %1</translation>
    </message>
    <message>
        <source>hearthctl stock %1: %2</source>
        <translation>hearthctl stock %1：%2</translation>
    </message>
    <message>
        <source>Already booked under this key; nothing new was written.</source>
        <translation>此键已记过账；未写入新记录。</translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation>%1 现有 %2</translation>
    </message>
    <message>
        <source>The dealer's unit code.</source>
        <translation>经销商的组织单元编码。</translation>
    </message>
    <message>
        <source>The first day, YYYY-MM-DD.</source>
        <translation>起始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>截止日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Also write the statement as xlsx.</source>
        <translation>同时将对账单写为 xlsx。</translation>
    </message>
    <message>
        <source>Also write the statement as PDF.</source>
        <translation>同时将对账单写为 PDF。</translation>
    </message>
    <message>
        <source>hearthctl statement: a dealer's statement (对账单) for a period: opening balance, orders, payments, rebates and closing balance.</source>
        <translation>hearthctl statement：经销商某一期间的对账单：期初余额、订单、收款、返利和期末余额。</translation>
    </message>
    <message>
        <source>hearthctl statement: give --dealer CODE, --from and --to as YYYY-MM-DD</source>
        <translation>hearthctl statement：请给出 --dealer 编码，以及 YYYY-MM-DD 格式的 --from 和 --to</translation>
    </message>
    <message>
        <source>%1 (%2), %3 to %4</source>
        <translation>%1（%2），%3 至 %4</translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation>期初余额：%1</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>收款：%1</translation>
    </message>
    <message>
        <source>Rebates: %1</source>
        <translation>返利：%1</translation>
    </message>
    <message>
        <source>Closing balance: %1</source>
        <translation>期末余额：%1</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>%1 于 %2 确认</translation>
    </message>
    <message>
        <source>hearthctl profit: revenue, cost and profit (单单清算) per order, category, region, channel, dealer or month: an order's cost lines where it has them, else a line's amount less its profit where the line carries one.</source>
        <translation>hearthctl profit：按订单、品类、区域、渠道、经销商或月份统计收入、成本和利润（单单清算）：有成本明细的订单用其成本明细，否则用订单行金额减去其利润。</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>起始日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>截止日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Also write the table to an xlsx file.</source>
        <translation>同时将表格写入 xlsx 文件。</translation>
    </message>
    <message>
        <source>hearthctl costs: expected a day such as 2026-03-01, not "%1"</source>
        <translation>hearthctl costs：日期应形如 2026-03-01，而不是“%1”</translation>
    </message>
    <message>
        <source>The sync server, https://host:port (kept for the next time).</source>
        <translation>同步服务器，https://主机:端口（保存供下次使用）。</translation>
    </message>
    <message>
        <source>The user to sign in as (kept for the next time).</source>
        <translation>登录所用的用户（保存供下次使用）。</translation>
    </message>
    <message>
        <source>The server's self-signed certificate (PEM) to trust.</source>
        <translation>要信任的服务器自签名证书（PEM）。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 600).</source>
        <translation>超过这么多秒则放弃（默认 600）。</translation>
    </message>
    <message>
        <source>hearthctl sync: one sync round with the server (同步), without a display. The password comes from HEARTH_PASSWORD or the first line of standard input; the server, user and certificate given once are kept in the database.</source>
        <translation>hearthctl sync：无界面地与服务器同步一轮。密码取自 HEARTH_PASSWORD 或标准输入的第一行；给过一次的服务器、用户和证书会保存在数据库中。</translation>
    </message>
    <message>
        <source>hearthctl sync: --timeout: a number of seconds, not %1</source>
        <translation>hearthctl sync：--timeout 应为秒数，而不是 %1</translation>
    </message>
    <message>
        <source>hearthctl sync: --cert: %1</source>
        <translation>hearthctl sync：--cert：%1</translation>
    </message>
    <message>
        <source>hearthctl sync: this desk has no sync server yet: give --server and --user</source>
        <translation>hearthctl sync：本机尚未设置同步服务器：请给出 --server 和 --user</translation>
    </message>
    <message>
        <source>hearthctl sync: %1</source>
        <translation>hearthctl sync：%1</translation>
    </message>
    <message>
        <source>hearthctl sync: the stored settings are wrong: %1</source>
        <translation>hearthctl sync：保存的设置有误：%1</translation>
    </message>
    <message>
        <source>cannot sign in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>已以 %2 身份登录 %1</translation>
    </message>
    <message>
        <source>downloading: %1 rows (%2 %)</source>
        <translation>正在下载：%1 行（%2 %）</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有应答</numerusform>
        </translation>
    </message>
    <message>
        <source>hearthctl sync: no password: set HEARTH_PASSWORD or write it on standard input</source>
        <translation>hearthctl sync：没有密码：请设置 HEARTH_PASSWORD 或从标准输入提供</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: the %n change(s) made here wait for the next round.</source>
        <translation>
            <numerusform>没有丢失任何内容：本机的 %n 项更改等待下一轮同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) still waiting, </source>
        <translation>
            <numerusform>已同步：仍有 %n 项更改待发送，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>hearthctl demo: %1</source>
        <translation>hearthctl demo：%1</translation>
    </message>
    <message>
        <source>2025 dealer volume rebate</source>
        <translation>2025 年经销商业绩返利</translation>
    </message>
    <message>
        <source>hearthctl: HEARTH_ADMIN_PASSWORD is too short: a password needs at least %1 characters; nothing was written</source>
        <translation>hearthctl：HEARTH_ADMIN_PASSWORD 太短：密码至少需要 %1 个字符；未写入任何内容</translation>
    </message>
    <message>
        <source>hearthctl costs: cost accounting (成本核算), the cost of each type (material, hardware, labour, outsourcing, logistics, installation, re-makes, overhead) by product line, channel, dealer, designer, month or the party a re-make is charged to, from the orders' cost lines.</source>
        <translation>hearthctl costs：成本核算，根据订单成本明细，按产品线、渠道、经销商、设计师、月份或补件责任方统计各类成本（材料、五金、人工、外协、物流、安装、补件、制造费用）。</translation>
    </message>
    <message>
        <source>Why, for the timeline and the audit trail (required).</source>
        <translation>原因，记入时间线和审计记录（必填）。</translation>
    </message>
    <message>
        <source>The order's number.</source>
        <translation>订单号。</translation>
    </message>
    <message>
        <source>hearthctl orders delete ORDER_NO --reason TEXT: delete an order entered by mistake (nothing done on it yet); it is deleted on every desk at the next sync.</source>
        <translation>hearthctl orders delete 订单号 --reason 原因：删除误录的订单（尚未做任何处理）；下次同步时在所有电脑上删除。</translation>
    </message>
    <message>
        <source>hearthctl orders cancel ORDER_NO --reason TEXT: cancel (作废) an order not yet in production; its open tasks are cancelled.</source>
        <translation>hearthctl orders cancel 订单号 --reason 原因：作废尚未投产的订单，其未完成的任务一并取消。</translation>
    </message>
    <message>
        <source>hearthctl orders %1: give one order number and --reason</source>
        <translation>hearthctl orders %1：请给出一个订单号和 --reason</translation>
    </message>
    <message>
        <source>The month, such as 2026-03.</source>
        <translation>月份，如 2026-03。</translation>
    </message>
    <message>
        <source>Close the month.</source>
        <translation>结账（关闭该月）。</translation>
    </message>
    <message>
        <source>Reopen the month (with --reason).</source>
        <translation>重新打开该月（需 --reason）。</translation>
    </message>
    <message>
        <source>Why the month is reopened.</source>
        <translation>重新打开该月的原因。</translation>
    </message>
    <message>
        <source>Who closes or reopens it.</source>
        <translation>由谁结账或重新打开。</translation>
    </message>
    <message>
        <source>hearthctl close: month close (月结). Without --commit it prints the month's checks and figures; --commit closes the month, --reopen --reason TEXT reopens it.</source>
        <translation>hearthctl close：月结。不带 --commit 时列出该月的检查项和数据；--commit 结账，--reopen --reason 原因 重新打开该月。</translation>
    </message>
    <message>
        <source>hearthctl close: give --month YYYY-MM, such as 2026-03</source>
        <translation>hearthctl close：请给出 --month YYYY-MM，如 2026-03</translation>
    </message>
    <message>
        <source>hearthctl close: --commit and --reopen go one at a time</source>
        <translation>hearthctl close：--commit 与 --reopen 不能同时使用</translation>
    </message>
    <message>
        <source>hearthctl close: --reopen needs --reason TEXT</source>
        <translation>hearthctl close：--reopen 需要 --reason 原因</translation>
    </message>
    <message>
        <source>%1 is closed by %2.</source>
        <translation>%1 已由 %2 结账。</translation>
    </message>
    <message>
        <source>%1 is reopened by %2.</source>
        <translation>%1 已由 %2 重新打开。</translation>
    </message>
    <message>
        <source>closed by %1 on %2</source>
        <translation>已结账（%1，%2）</translation>
    </message>
    <message>
        <source>reopened by %1: %2</source>
        <translation>已由 %1 重新打开：%2</translation>
    </message>
    <message>
        <source>Month %1: %2</source>
        <translation>月份 %1：%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>结账时</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>hearthctl close: %1</source>
        <translation>hearthctl close：%1</translation>
    </message>
    <message>
        <source>hearthctl stats: counts of orders, lines, customers, products, the sum of line amounts, the quantities per unit and the profit imported with the lines that carry one.</source>
        <translation>hearthctl stats：订单、订单行、客户、产品的数量，订单行金额合计，按单位的数量合计，以及导入时带有利润的订单行的利润。</translation>
    </message>
    <message>
        <source>Orders: %1
Lines: %2
Customers: %3
Products: %4
Amount: %5</source>
        <translation>订单：%1
订单行：%2
客户：%3
产品：%4
金额：%5</translation>
    </message>
    <message>
        <source>Quantity (%1): %2</source>
        <translation>数量（%1）：%2</translation>
    </message>
    <message>
        <source>Imported profit: no line carries one ('hearthctl profit' works profit out from the costs)</source>
        <translation>导入利润：没有订单行带利润（'hearthctl profit' 按成本计算利润）</translation>
    </message>
    <message>
        <source>Imported profit (on the %1 of %2 lines that carry one): %3</source>
        <translation>导入利润（%2 行中带利润的 %1 行）：%3</translation>
    </message>
    <message>
        <source>Returned orders: %1</source>
        <translation>退货订单：%1</translation>
    </message>
    <message>
        <source>hearthctl: the folder %1 does not exist; create it or choose another</source>
        <translation>hearthctl：文件夹 %1 不存在；请先创建，或另选一个</translation>
    </message>
    <message>
        <source>hearthctl: the folder %1 cannot be written to; choose another</source>
        <translation>hearthctl：无法写入文件夹 %1；请另选一个</translation>
    </message>
    <message>
        <source>hearthctl statement: --from (%1) is after --to (%2)</source>
        <translation>hearthctl statement：--from（%1）晚于 --to（%2）</translation>
    </message>
    <message>
        <source>hearthctl: no dealer with the code %1</source>
        <translation>hearthctl：没有编码为 %1 的经销商</translation>
    </message>
    <message>
        <source>hearthctl rules dry-run: --from (%1) is after --to (%2)</source>
        <translation>hearthctl rules dry-run：--from（%1）晚于 --to（%2）</translation>
    </message>
    <message>
        <source>hearthctl approve: there is no approval step or approval task with the id %1; 'hearthctl tasks' lists the pending ones</source>
        <translation>hearthctl approve：没有 ID 为 %1 的审批步骤或审批任务；用 'hearthctl tasks' 查看待办</translation>
    </message>
    <message>
        <source>Cost by type alone ("type"), or by type and product_line, channel, dealer, designer, month or charged_to (who a re-make is charged to; "type,channel" reads the same as "channel").</source>
        <translation>只按成本类型（"type"），或按成本类型加 product_line、channel、dealer、designer、month 或 charged_to（补件费用由谁承担；"type,channel" 与 "channel" 相同）汇总成本。</translation>
    </message>
    <message>
        <source>hearthctl costs: --by takes type, or type and one of product_line, channel, dealer, designer, month or charged_to, not "%1"</source>
        <translation>hearthctl costs：--by 只接受 type，或 type 加 product_line、channel、dealer、designer、month、charged_to 之一，不接受 "%1"</translation>
    </message>
    <message>
        <source>hearthctl costs: --from (%1) is after --to (%2)</source>
        <translation>hearthctl costs：--from（%1）晚于 --to（%2）</translation>
    </message>
    <message>
        <source>hearthctl costs: --xlsx writes an xlsx workbook: give a file name ending in .xlsx, not "%1"</source>
        <translation>hearthctl costs：--xlsx 写出的是 xlsx 工作簿，文件名须以 .xlsx 结尾，不能是 "%1"</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Print the conflicts as JSON.</source>
        <translation>以 JSON 输出冲突。</translation>
    </message>
    <message>
        <source>The conflict's number.</source>
        <translation>冲突编号。</translation>
    </message>
    <message>
        <source>hearthctl conflicts [keep-mine|take-server|recreate ID]: the sync conflicts of this desk (同步冲突), or settle one: keep-mine sends the desk's version again, take-server takes the server's at the next sync, recreate makes a row the server deleted anew.</source>
        <translation>hearthctl conflicts [keep-mine|take-server|recreate 编号]：本机的同步冲突，或处理其中一个：keep-mine 重新发送本机版本，take-server 在下次同步时采用服务器版本，recreate 把服务器已删除的记录重新建立。</translation>
    </message>
    <message>
        <source>hearthctl conflicts: say keep-mine, take-server or recreate, not "%1"</source>
        <translation>hearthctl conflicts：请指定 keep-mine、take-server 或 recreate，而不是“%1”</translation>
    </message>
    <message>
        <source>hearthctl conflicts %1: give the conflict's number (hearthctl conflicts lists them)</source>
        <translation>hearthctl conflicts %1：请给出冲突编号（hearthctl conflicts 可列出）</translation>
    </message>
    <message>
        <source>No sync conflicts to resolve.</source>
        <translation>没有待处理的同步冲突。</translation>
    </message>
    <message>
        <source>Conflict %1: made anew as %2.</source>
        <translation>冲突 %1：已重新建立为 %2。</translation>
    </message>
    <message>
        <source>hearthctl conflicts: %1</source>
        <translation>hearthctl conflicts：%1</translation>
    </message>
    <message>
        <source>Conflict %1 settled: the next sync sends this desk's version.</source>
        <translation>冲突 %1 已处理：下次同步将发送本机版本。</translation>
    </message>
    <message>
        <source>Conflict %1 settled: the next sync brings the server's.</source>
        <translation>冲突 %1 已处理：下次同步将取回服务器版本。</translation>
    </message>
    <message numerus="yes">
        <source>Information: %n reference(s) %1 name people of another desk (users do not sync); not damage.</source>
        <translation>
            <numerusform>信息：%n 条引用（%1）指向其他工作站的人员（用户不同步），不属于损坏。</numerusform>
        </translation>
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
  --render PAGE   draw one page to a PNG file offscreen and exit; "list" prints the pages
  --out FILE.png  where --render writes the picture
  --size WxH      the picture's size in pixels, e.g. 1280x800
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
  --render 页面   在后台把一个页面绘制成 PNG 文件后退出；"list" 列出所有页面
  --out 文件.png  --render 输出图片的位置
  --size 宽x高    图片尺寸（像素），例如 1280x800
  --help          显示本帮助
  --version       显示版本
</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db 需要一个文件名</translation>
    </message>
    <message>
        <source>unknown language "%1"; use zh_CN or en</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>--render needs a page id; "--render list" prints them</source>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <source>hearth: unknown page "%1"; the pages are: %2</source>
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
        <source>hearth: the module "%1" did not create the page "%2"</source>
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
    <name>Hearth::Finance::Allocation</name>
    <message>
        <source>%1 fen cannot be split over no parts</source>
        <translation>%1 分无法分摊到零个部分</translation>
    </message>
    <message>
        <source>the weights add up to zero, so %1 fen has no proportion to follow; weights: %2 parts</source>
        <translation>权重合计为零，%1 分无比例可依；权重：%2 项</translation>
    </message>
    <message>
        <source>share %1 is %2; expected a share from 0 to 1</source>
        <translation>第 %1 个比例为 %2；应为 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>the shares add up to %1; expected exactly 1 (100 %)</source>
        <translation>比例合计为 %1；应正好为 1（100 %）</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::CostAnalysisPage</name>
    <message>
        <source>Cost accounting</source>
        <translation>成本核算</translation>
    </message>
    <message>
        <source>Cost by type, by product line, channel, dealer, designer or month; double click a cell for its orders</source>
        <translation>按产品线、渠道、经销商、设计师或月份查看各类成本；双击单元格查看相关订单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>不限开始</translation>
    </message>
    <message>
        <source>until today</source>
        <translation>不限结束</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Double click a cell to list its orders.</source>
        <translation>双击单元格列出其订单。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>all costs</source>
        <translation>全部成本</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n order(s)</source>
        <translation>
            <numerusform>%1，%2：%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cost accounting</source>
        <translation>导出成本核算</translation>
    </message>
    <message>
        <source>costs-%1.xlsx</source>
        <translation>成本-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::CostLedger</name>
    <message>
        <source>no order with id "%1"</source>
        <translation>没有 ID 为“%1”的订单</translation>
    </message>
    <message>
        <source>the settings could not be read</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>expected an overhead rate from 0 to 10 such as 0.08, not "%1"</source>
        <translation>制造费用率应在 0 到 10 之间（如 0.08），而不是“%1”</translation>
    </message>
    <message>
        <source>expected an overhead rate from 0 to 10 such as 0.08, not %1</source>
        <translation>制造费用率应在 0 到 10 之间（如 0.08），而不是 %1</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>a cost line needs an order, a source table and a source row</source>
        <translation>成本行须有订单、来源表和来源行</translation>
    </message>
    <message>
        <source>a cost line needs the time its cost arose</source>
        <translation>成本行须有成本发生的时间</translation>
    </message>
    <message>
        <source>overhead and re-make lines are gathered, not recorded</source>
        <translation>制造费用和补件成本由系统归集，不能直接记录</translation>
    </message>
    <message>
        <source>expected the freight basis "packages" or "weight", not "%1"</source>
        <translation>运费分摊依据应为“packages”或“weight”，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::CostLine</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>五金</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Machine time</source>
        <translation>机器工时</translation>
    </message>
    <message>
        <source>Bought-in</source>
        <translation>外购件</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>委外加工</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Re-makes</source>
        <translation>补件</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>制造费用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::CostReport</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>五金</translation>
    </message>
    <message>
        <source>Labour and machine</source>
        <translation>人工及机时</translation>
    </message>
    <message>
        <source>Outsourcing and bought-in</source>
        <translation>外协外购</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Re-makes</source>
        <translation>补件</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>制造费用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Charged to</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Not a re-make</source>
        <translation>非补件</translation>
    </message>
    <message>
        <source>Re-make, no party given</source>
        <translation>补件（未填责任方）</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::CostWorkbook</name>
    <message>
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>Cost by type</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Costs that arose from %1 to %2</source>
        <translation>%1 至 %2 发生的成本</translation>
    </message>
    <message>
        <source>Cost type</source>
        <translation>成本类型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::DashboardPage</name>
    <message>
        <source>Business overview</source>
        <translation>经营概览</translation>
    </message>
    <message>
        <source>A month's figures as the month close and the profit report give them, the last 12 months, and what needs attention</source>
        <translation>与月结和利润报表口径一致的当月数字、近 12 个月走势及待处理事项</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Received, net of refunds</source>
        <translation>收款净额（扣除退款）</translation>
    </message>
    <message>
        <source>Receivables open</source>
        <translation>应收未收</translation>
    </message>
    <message>
        <source>Revenue and profit, last 12 months (by month signed)</source>
        <translation>近 12 个月收入与利润（按签单月份）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Revenue, cost and profit of the orders signed in %1; receipts received in it; receivables open at its end. Compared with %2.</source>
        <translation>收入、成本和利润按 %1 签订的订单计；收款按当月收到的款项计；应收未收为月末余额。对比 %2。</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Last month %1</source>
        <translation>上月 %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>变化 %1</translation>
    </message>
    <message>
        <source>Needs attention (month close and dealer statements of %1)</source>
        <translation>待处理（%1 的月结与经销商对账）</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>已由 %1 于 %2 结账</translation>
    </message>
    <message>
        <source>Not closed yet; every check passes, it can be closed</source>
        <translation>尚未结账；各项检查均已通过，可以结账</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>未结账：%1</translation>
    </message>
    <message>
        <source>Reopened by %1 (%2). %3</source>
        <translation>已由 %1 重新打开（%2）。%3</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Dealer statement</source>
        <translation>经销商对账单</translation>
    </message>
    <message>
        <source>Changed after the dealer confirmed it: to confirm again</source>
        <translation>经销商确认后已有变动，需重新确认</translation>
    </message>
    <message>
        <source>No confirmed statement covers %1</source>
        <translation>没有覆盖 %1 的已确认对账单</translation>
    </message>
    <message>
        <source>Losing money</source>
        <translation>亏损</translation>
    </message>
    <message>
        <source>Below the margin</source>
        <translation>低于最低毛利率</translation>
    </message>
    <message>
        <source>%1 · revenue %2, cost %3, margin %4</source>
        <translation>%1 · 收入 %2，成本 %3，毛利率 %4</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::DealerCredit</name>
    <message>
        <source>a credit limit cannot be below 0, not %1</source>
        <translation>信用额度不能小于 0，而不是 %1</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::DealerStatements</name>
    <message>
        <source>a statement's period must end on or after the day it starts</source>
        <translation>对账期间的结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>no dealer %1</source>
        <translation>没有经销商 %1</translation>
    </message>
    <message>
        <source>no dealer with the code %1</source>
        <translation>没有编码为 %1 的经销商</translation>
    </message>
    <message>
        <source>say who at the dealer confirmed the statement</source>
        <translation>请填写经销商方的确认人</translation>
    </message>
    <message>
        <source>say on which day the dealer confirmed the statement</source>
        <translation>请填写经销商确认对账单的日期</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Deposit with order</source>
        <translation>随单定金</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>返利</translation>
    </message>
    <message>
        <source>Rebate claw-back</source>
        <translation>返利追回</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::DealersPage</name>
    <message>
        <source>Dealer statements and rebates</source>
        <translation>经销商对账与返利</translation>
    </message>
    <message>
        <source>A dealer's account for a period, its credit and its rebates</source>
        <translation>经销商某一期间的往来账、信用额度与返利</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>导出 xlsx…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Record confirmation…</source>
        <translation>登记确认…</translation>
    </message>
    <message>
        <source>Credit limit…</source>
        <translation>信用额度…</translation>
    </message>
    <message>
        <source>This build of Hearth cannot write statements to files</source>
        <translation>此版本的 Hearth 无法将对账单导出为文件</translation>
    </message>
    <message>
        <source>Dealer:</source>
        <translation>经销商：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation>返利</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>返利政策</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>Rate reached</source>
        <translation>已达比例</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>应返</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待结</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>下一档</translation>
    </message>
    <message>
        <source>Settle rebate</source>
        <translation>结算返利</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>No dealer is set up: add an organisation unit of the kind Dealer.</source>
        <translation>尚未设置经销商：请添加类型为“经销商”的组织单元。</translation>
    </message>
    <message>
        <source>Every policy period begun by %1, with its progress to the next tier; settling pays what is due and not yet paid.</source>
        <translation>截至 %1 已开始的各返利期间及其距下一档的进度；结算只支付应返未付的部分。</translation>
    </message>
    <message>
        <source>Not yet confirmed by the dealer.</source>
        <translation>经销商尚未确认。</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2 with a closing balance of %3; entries changed since: ask the dealer to confirm again.</source>
        <translation>%1 于 %2 确认，期末余额 %3；此后明细有变动，请经销商重新确认。</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation>%1 于 %2 确认。</translation>
    </message>
    <message>
        <source>Owes %1 now; no credit limit.</source>
        <translation>当前欠款 %1；未设信用额度。</translation>
    </message>
    <message>
        <source>Owes %1 now of a credit limit of %2; %3 available.</source>
        <translation>当前欠款 %1，信用额度 %2，可用 %3。</translation>
    </message>
    <message>
        <source>Retroactive: the rate reached applies to the whole volume</source>
        <translation>追溯：达到的比例适用于全部业绩</translation>
    </message>
    <message>
        <source>Marginal: each rate applies to the volume in its band</source>
        <translation>超额累进：各档比例只适用于本档内的业绩</translation>
    </message>
    <message>
        <source>below the first tier</source>
        <translation>未达第一档</translation>
    </message>
    <message>
        <source>%1 more to reach %2 (from %3)</source>
        <translation>再完成 %1 达到 %2（门槛 %3）</translation>
    </message>
    <message>
        <source>top tier reached</source>
        <translation>已达最高档</translation>
    </message>
    <message>
        <source>Export the statement as xlsx</source>
        <translation>将对账单导出为 xlsx</translation>
    </message>
    <message>
        <source>Export the statement as PDF</source>
        <translation>将对账单导出为 PDF</translation>
    </message>
    <message>
        <source>Record confirmation</source>
        <translation>登记确认</translation>
    </message>
    <message>
        <source>Who at %1 confirmed the statement of %2 to %3 (closing balance %4)?</source>
        <translation>%1 的哪位确认了 %2 至 %3 的对账单（期末余额 %4）？</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>The most %1 may owe, in yuan (order review holds orders above it):</source>
        <translation>%1 最多可欠款（元），超过时审单将暂停订单：</translation>
    </message>
    <message>
        <source>Expected an amount in yuan, such as 50000 or 50000.00, not “%1”.</source>
        <translation>请输入以元为单位的金额，如 50000 或 50000.00，而不是“%1”。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pays what the period has earned and was not paid, or records the claw-back of what it was paid too much</source>
        <translation>支付本周期应返未付的返利，或记录多付返利的追回</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Settled up to</source>
        <translation>已结算至</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新建政策</translation>
    </message>
    <message>
        <source>Edit policy</source>
        <translation>编辑政策</translation>
    </message>
    <message>
        <source>End policy</source>
        <translation>结束政策</translation>
    </message>
    <message>
        <source>Ends the policy today, or after its last settled period</source>
        <translation>今天结束该政策，或在其最后一个已结算周期之后结束</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>返利台账</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>返利政策</translation>
    </message>
    <message>
        <source>Settled %1 but now earns %2: settling records a claw-back of %3.</source>
        <translation>已结 %1，但现在应返 %2：结算将记录追回 %3。</translation>
    </message>
    <message>
        <source>Every dealer</source>
        <translation>全部经销商</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::FinanceFormat</name>
    <message>
        <source>no revenue</source>
        <translation>无收入</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::FinanceModule</name>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Order profit</source>
        <translation>单单清算</translation>
    </message>
    <message>
        <source>Orders below margin</source>
        <translation>亏损及低毛利订单</translation>
    </message>
    <message>
        <source>Dealer statements</source>
        <translation>经销商对账</translation>
    </message>
    <message>
        <source>Cost accounting</source>
        <translation>成本核算</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Business overview</source>
        <translation>经营概览</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::MarginWatch</name>
    <message>
        <source>the settings could not be read</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>expected a margin between -1 and 1 such as 0.15, not "%1"</source>
        <translation>毛利率应在 -1 到 1 之间（如 0.15），而不是“%1”</translation>
    </message>
    <message>
        <source>expected a margin between -1 and 1 such as 0.15, not %1</source>
        <translation>毛利率应在 -1 到 1 之间（如 0.15），而不是 %1</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::MarginWatchPage</name>
    <message>
        <source>Orders below margin</source>
        <translation>亏损及低毛利订单</translation>
    </message>
    <message>
        <source>Orders losing money or earning less than the lowest margin</source>
        <translation>亏损或毛利率低于下限的订单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Lowest margin:</source>
        <translation>毛利率下限：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::MonthClose</name>
    <message>
        <source>expected a month such as 2026-03, not "%1"</source>
        <translation>月份应形如 2026-03，而不是“%1”</translation>
    </message>
    <message>
        <source>Costs gathered</source>
        <translation>成本已归集</translation>
    </message>
    <message>
        <source>the pending costs could not be gathered: %1</source>
        <translation>待归集的成本无法归集：%1</translation>
    </message>
    <message>
        <source>costs still to gather</source>
        <translation>成本待归集</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) still have cost marks pending</source>
        <translation>
            <numerusform>%n 个订单仍有待归集的成本</numerusform>
        </translation>
    </message>
    <message>
        <source>No cost marks are pending</source>
        <translation>没有待归集的成本</translation>
    </message>
    <message>
        <source>Orders with actual costs</source>
        <translation>订单实际成本</translation>
    </message>
    <message>
        <source>estimate only</source>
        <translation>仅有预估</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with revenue have no actual cost lines: their profit is the estimate only</source>
        <translation>
            <numerusform>%n 个有收入的订单没有实际成本明细：其利润仅为预估</numerusform>
        </translation>
    </message>
    <message>
        <source>Every order of the month with revenue has actual costs</source>
        <translation>本月有收入的订单均有实际成本</translation>
    </message>
    <message>
        <source>Receipts of the month</source>
        <translation>本月收款</translation>
    </message>
    <message>
        <source>No receipts in the month</source>
        <translation>本月没有收款</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s), %1 net: %2; %3</source>
        <translation>
            <numerusform>%n 笔收款，净额 %1：%2；%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Dealer statements confirmed</source>
        <translation>经销商对账已确认</translation>
    </message>
    <message>
        <source>%1 %2: the statement changed after the dealer confirmed it</source>
        <translation>%1 %2：经销商确认后对账单又有变化</translation>
    </message>
    <message>
        <source>%1 %2: no confirmed statement covers %3</source>
        <translation>%1 %2：没有覆盖 %3 的已确认对账单</translation>
    </message>
    <message numerus="yes">
        <source>%n dealer(s) with entries in the month have no confirmed statement covering it as it stands</source>
        <translation>
            <numerusform>本月有往来的经销商中有 %n 个没有与当前数据一致的已确认对账单</numerusform>
        </translation>
    </message>
    <message>
        <source>No dealer has entries in the month</source>
        <translation>本月没有经销商往来</translation>
    </message>
    <message>
        <source>Every dealer with entries in the month confirmed its statement</source>
        <translation>本月有往来的经销商均已确认对账单</translation>
    </message>
    <message>
        <source>Rebates settled</source>
        <translation>返利已结算</translation>
    </message>
    <message numerus="yes">
        <source>%n rebate period(s) ended by the month's end are still to settle or to claw back</source>
        <translation>
            <numerusform>截至月末已结束的返利期间中有 %n 个仍待结算或待追回</numerusform>
        </translation>
    </message>
    <message>
        <source>No rebate period ended by the month's end is left to settle</source>
        <translation>截至月末已结束的返利期间均已结算</translation>
    </message>
    <message>
        <source>Orders losing money</source>
        <translation>亏损订单</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of the month lose money</source>
        <translation>
            <numerusform>本月有 %n 个订单亏损</numerusform>
        </translation>
    </message>
    <message>
        <source>No order of the month loses money</source>
        <translation>本月没有亏损订单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结账</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>阻止结账</translation>
    </message>
    <message>
        <source>%1 has not ended yet: it can be closed from %2</source>
        <translation>%1 尚未结束：%2 起才能结账</translation>
    </message>
    <message>
        <source>%1 is already closed (by %2 on %3)</source>
        <translation>%1 已结账（%2，%3）</translation>
    </message>
    <message>
        <source>close %1 first: months close in order, and %1 has orders or receipts and is still open</source>
        <translation>请先结账 %1：月份须按顺序结账，%1 有订单或收款且尚未结账</translation>
    </message>
    <message>
        <source>%1 cannot be closed yet: %2</source>
        <translation>%1 暂不能结账：%2</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>say why %1 is reopened</source>
        <translation>请说明重新打开 %1 的原因</translation>
    </message>
    <message>
        <source>%1 is not closed</source>
        <translation>%1 未结账</translation>
    </message>
    <message>
        <source>%1 was never closed</source>
        <translation>%1 从未结账</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>成本：%1</translation>
    </message>
    <message>
        <source>Cost: imported lines' own cost</source>
        <translation>成本：导入明细自带成本</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收款笔数</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>收款：%1</translation>
    </message>
    <message>
        <source>Received, net of refunds</source>
        <translation>收款净额（扣除退款）</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::MonthClosePage</name>
    <message>
        <source>Month close</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>The checks before closing a month, its figures, closing and reopening; click a check for what is behind it</source>
        <translation>结账前的检查、本月数据、结账与重新打开；点击检查项查看明细</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Click a check to list what is behind it.</source>
        <translation>点击检查项查看其明细。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>结账时</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Figures of the month</source>
        <translation>本月数据</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Why the month is reopened (required)</source>
        <translation>重新打开本月的原因（必填）</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Open: never closed</source>
        <translation>未结账</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>已结账：%1，%2</translation>
    </message>
    <message>
        <source>Reopened by %1: %2 (closed before by %3)</source>
        <translation>已由 %1 重新打开：%2（此前由 %3 结账）</translation>
    </message>
    <message>
        <source>Not closed yet: these figures are stored when the month closes.</source>
        <translation>尚未结账：结账时将保存这些数据。</translation>
    </message>
    <message>
        <source>Nothing changed since the close.</source>
        <translation>结账后数据没有变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) changed since the close (rows that arrived later, such as a receipt from an offline desk).</source>
        <translation>
            <numerusform>结账后有 %n 项数据发生变化（后到的数据，如离线终端同步来的收款）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to list.</source>
        <translation>%1：没有明细。</translation>
    </message>
    <message>
        <source>%1: double click an order to open its settlement.</source>
        <translation>%1：双击订单查看其单单清算。</translation>
    </message>
    <message>
        <source>%1: what is behind it.</source>
        <translation>%1：明细如下。</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 已结账。</translation>
    </message>
    <message>
        <source>%1 is reopened.</source>
        <translation>%1 已重新打开。</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::OrderCosts</name>
    <message>
        <source>no order with id "%1"</source>
        <translation>没有 ID 为“%1”的订单</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::OrderEstimate</name>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::OrderProfitPage</name>
    <message>
        <source>Order profit</source>
        <translation>单单清算</translation>
    </message>
    <message>
        <source>Re-estimate</source>
        <translation>重新预估</translation>
    </message>
    <message>
        <source>Estimate the order again from its parts and routings now</source>
        <translation>按当前板件和工艺路线重新预估该订单</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Charged to</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Double click a line to open the move, report or bill it came from</source>
        <translation>双击一行可打开其来源的出入库、报工或单据</translation>
    </message>
    <message>
        <source>No order numbered "%1".</source>
        <translation>没有单号为“%1”的订单。</translation>
    </message>
    <message>
        <source>Revenue &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Actual cost &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; Profit &lt;b&gt;&lt;span style="color:%3"&gt;%4&lt;/span&gt;&lt;/b&gt; (%5)</source>
        <translation>收入 &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 实际成本 &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; 利润 &lt;b&gt;&lt;span style="color:%3"&gt;%4&lt;/span&gt;&lt;/b&gt;（%5）</translation>
    </message>
    <message>
        <source>Estimated cost %1, estimated profit %2</source>
        <translation>预估成本 %1，预估利润 %2</translation>
    </message>
    <message>
        <source>No standard cost for: %1</source>
        <translation>以下无标准成本：%1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Cost source</source>
        <translation>成本来源</translation>
    </message>
    <message>
        <source>%1, row %2. No page shows this kind of source yet.</source>
        <translation>%1，行 %2。暂无页面可显示此类来源。</translation>
    </message>
    <message>
        <source>Stock move</source>
        <translation>出入库</translation>
    </message>
    <message>
        <source>Operation report</source>
        <translation>报工</translation>
    </message>
    <message>
        <source>Overhead rate</source>
        <translation>制造费用率</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Installation settlement</source>
        <translation>安装结算</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>套</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::PaymentSchedule</name>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::ProfitReport</name>
    <message>
        <source>the profit by %1 could not be read: %2</source>
        <translation>无法读取按 %1 的利润：%2</translation>
    </message>
    <message>
        <source>the profit total could not be read: %1</source>
        <translation>无法读取利润合计：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>the cost lines could not be read: %1</source>
        <translation>无法读取成本明细：%1</translation>
    </message>
    <message>
        <source>the order lines could not be read: %1</source>
        <translation>无法读取订单行：%1</translation>
    </message>
    <message>
        <source>the profit of %1 could not be read: %2</source>
        <translation>无法读取 %1 的利润：%2</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::ProfitWaterfall</name>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Estimate at signing</source>
        <translation>签单预估</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <source>Revenue and profit</source>
        <translation>收入与利润</translation>
    </message>
    <message>
        <source>(no estimate yet)</source>
        <translation>（尚无预估）</translation>
    </message>
    <message>
        <source>est. %1</source>
        <translation>预估 %1</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::RebateLedger</name>
    <message>
        <source>%1 is outside the policy %2 (%3 to %4)</source>
        <translation>%1 不在返利政策 %2 的期间内（%3 至 %4）</translation>
    </message>
    <message>
        <source>a settlement needs its idempotency key, so that settling twice pays once</source>
        <translation>结算需要幂等键，以免重复结算重复支付</translation>
    </message>
    <message>
        <source>a settlement needs the day it is paid</source>
        <translation>结算需要支付日期</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>the key %1 was already used for another settlement</source>
        <translation>键 %1 已用于另一笔结算</translation>
    </message>
    <message>
        <source>no rebate policy %1</source>
        <translation>没有返利政策 %1</translation>
    </message>
    <message>
        <source>the policy %1 is not this dealer's</source>
        <translation>返利政策 %1 不属于该经销商</translation>
    </message>
    <message>
        <source>nothing earned</source>
        <translation>未达返利</translation>
    </message>
    <message>
        <source>to settle</source>
        <translation>待结算</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>to claw back</source>
        <translation>待追回</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::RebatePolicies</name>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>Code: every rebate policy needs a code.</source>
        <translation>代码：每个返利政策都需要代码。</translation>
    </message>
    <message>
        <source>Dates: the policy %1 needs a start and an end date.</source>
        <translation>日期：政策 %1 需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>End date: %1 is before the start date %2.</source>
        <translation>结束日期：%1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>Tiers: the policy %1 has no tiers; add at least one.</source>
        <translation>档位：政策 %1 没有档位，请至少添加一档。</translation>
    </message>
    <message>
        <source>Tier %1: the threshold cannot be below 0.</source>
        <translation>第 %1 档：门槛不能小于 0。</translation>
    </message>
    <message>
        <source>Tier %1: the threshold %2 is not above %3 of tier %4; thresholds must ascend.</source>
        <translation>第 %1 档：门槛 %2 不高于第 %4 档的 %3；门槛必须逐档递增。</translation>
    </message>
    <message>
        <source>Tier %1: the rate cannot be below 0 %.</source>
        <translation>第 %1 档：返利比例不能小于 0 %。</translation>
    </message>
    <message>
        <source>Tier %1: the rate %2 is too high; a rate must be below 100 %.</source>
        <translation>第 %1 档：返利比例 %2 过高，必须低于 100 %。</translation>
    </message>
    <message>
        <source>Code: %1 is already the code of the policy “%2”.</source>
        <translation>代码：%1 已是政策“%2”的代码。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>The policy %1 is settled up to %2, so its %3 can no longer change; end it and start a new policy for later periods.</source>
        <translation>政策 %1 已结算至 %2，其%3不能再修改；请结束该政策，并为之后的周期新建政策。</translation>
    </message>
    <message>
        <source>End date: the policy %1 is settled up to %2 and cannot end before it.</source>
        <translation>结束日期：政策 %1 已结算至 %2，不能早于该日结束。</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::RebatePolicyEditor</name>
    <message>
        <source>such as Q-2027</source>
        <translation>例如 Q-2027</translation>
    </message>
    <message>
        <source>Retroactive: the rate reached applies to the whole volume. Marginal: each rate applies to the volume in its band.</source>
        <translation>追溯：达到的比例适用于全部业绩。超额累进：各档比例只适用于本档内的业绩。</translation>
    </message>
    <message>
        <source>Without tax: each order counts at its net amount, as its tax document gives it.</source>
        <translation>不含税：每个订单按其税务单据上的不含税金额计入业绩。</translation>
    </message>
    <message>
        <source>From volume (yuan)</source>
        <translation>业绩起点（元）</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>返利比例（%）</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存政策</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Dealer:</source>
        <translation>经销商：</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Every dealer</source>
        <translation>全部经销商</translation>
    </message>
    <message>
        <source>New rebate policy</source>
        <translation>新建返利政策</translation>
    </message>
    <message>
        <source>Rebate policy %1</source>
        <translation>返利政策 %1</translation>
    </message>
    <message>
        <source>End the rebate policy %1</source>
        <translation>结束返利政策 %1</translation>
    </message>
    <message>
        <source>Settled up to %1: only the name and the end date can change, and the policy cannot end before that day. For new terms, end it and add a new policy.</source>
        <translation>已结算至 %1：只能修改名称和结束日期，且不能早于该日结束。如需新条款，请结束本政策并新建政策。</translation>
    </message>
    <message>
        <source>Tier %1: expected a threshold in yuan, such as 50000.00, not “%2”.</source>
        <translation>第 %1 档：门槛应为以元计的金额，例如 50000.00，而不是“%2”。</translation>
    </message>
    <message>
        <source>Tier %1: expected a rate in per cent with at most four decimals, such as 2.5, not “%2”.</source>
        <translation>第 %1 档：返利比例应为百分数，最多四位小数，例如 2.5，而不是“%2”。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Whole term</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>Retroactive</source>
        <translation>追溯</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>超额累进</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>≥ %1: %2</source>
        <translation>≥ %1：%2</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::ReceiptBook</name>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Balance payment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>the amount must be more than 0, not %1</source>
        <translation>金额必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <source>a receipt needs its idempotency key, so that entering it twice records it once</source>
        <translation>收款需要幂等键，重复录入时只记录一次</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>the key %1 was already used for another receipt (%2 %3)</source>
        <translation>键 %1 已用于另一笔收款（%2 %3）</translation>
    </message>
    <message>
        <source>a refund of %1 is more than the %2 paid on this order</source>
        <translation>退款 %1 超过本订单已付的 %2</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>没有订单 %1</translation>
    </message>
    <message>
        <source>%1 is closed (by %2 on %3): a receipt received on %4 cannot be recorded; reopen the month first</source>
        <translation>%1 已结账（%2，%3）：%4 的收款无法登记；请先重新打开该月</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::StatementExport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>%1 于 %2 确认</translation>
    </message>
    <message>
        <source> (the dealer confirmed a closing balance of %1; entries changed since)</source>
        <translation>（经销商确认的期末余额为 %1，此后明细有变动）</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation>返利</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>could not create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Dealer statement</source>
        <translation>经销商对账单</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Confirmed by the dealer (signature and seal): ____________  Date: ____________</source>
        <translation>经销商确认（签字盖章）：____________  日期：____________</translation>
    </message>
    <message>
        <source>could not write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>this build of Hearth cannot write xlsx statements</source>
        <translation>此版本的 Hearth 无法导出 xlsx 对账单</translation>
    </message>
    <message>
        <source>writing a PDF needs the graphical application (fonts)</source>
        <translation>生成 PDF 需要图形界面程序（字体）</translation>
    </message>
    <message>
        <source>could not write the PDF</source>
        <translation>无法写入 PDF</translation>
    </message>
    <message>
        <source>Dealer: %1 (%2)</source>
        <translation>经销商：%1（%2）</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>this build of Hearth cannot write PDF statements</source>
        <translation>此版本的 Hearth 无法导出 PDF 对账单</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::TaxCalculator</name>
    <message>
        <source>the document's tax cannot be spread over its lines: %1</source>
        <translation>单据税额无法分摊到各行：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::TaxDocumentStore</name>
    <message>
        <source>expected the kind invoice or proforma, not "%1"</source>
        <translation>类型应为 invoice（发票）或 proforma（形式发票），而不是“%1”</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>no tax document %1</source>
        <translation>没有税务单据 %1</translation>
    </message>
    <message>
        <source>%1 is closed (by %2 on %3): a tax document dated %4 cannot be issued; reopen the month first</source>
        <translation>%1 已结账（%2，%3）：无法开具日期为 %4 的票据；请先重新打开该月</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::TaxPolicy</name>
    <message>
        <source>expected a VAT rate from 0 to 1 such as 0.13, not "%1"</source>
        <translation>增值税率应为 0 到 1 之间，如 0.13，而不是“%1”</translation>
    </message>
    <message>
        <source>expected "line" or "document", not "%1"</source>
        <translation>应为“line”（按行）或“document”（按单），而不是“%1”</translation>
    </message>
    <message>
        <source>expected 1 (prices include tax) or 0, not "%1"</source>
        <translation>应为 1（含税价）或 0，而不是“%1”</translation>
    </message>
    <message>
        <source>the settings could not be read</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>expected a VAT rate from 0 to 1 such as 0.13, not %1</source>
        <translation>增值税率应为 0 到 1 之间，如 0.13，而不是 %1</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::TrendChart</name>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>亏损</translation>
    </message>
    <message>
        <source>No orders were signed in these months.</source>
        <translation>这些月份没有签订的订单。</translation>
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
        <source>a quoted field is not closed; expected a closing double quote (") before the end of the file</source>
        <translation>有一个带引号的字段没有结束；文件结束前应有一个右双引号（"）</translation>
    </message>
    <message>
        <source>the text is not valid %1 here; choose the file's encoding for the import</source>
        <translation>此处的文本不是有效的 %1 编码；请为导入选择文件的编码</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>the file holds no records; expected an array of objects with the orders' fields</source>
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
        <source>an array of records or an object with an "orders" array</source>
        <translation>记录数组，或带有“orders”数组的对象</translation>
    </message>
    <message>
        <source>',' or '}'</source>
        <translation>“,”或“}”</translation>
    </message>
    <message>
        <source>the object holds no "orders" or "rows" array; expected the records there</source>
        <translation>该对象中没有“orders”或“rows”数组；记录应放在那里</translation>
    </message>
    <message>
        <source>',' or ']'</source>
        <translation>“,”或“]”</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>文件结尾</translation>
    </message>
    <message>
        <source>the record is not an object; expected {"field": value, ...}</source>
        <translation>该记录不是对象；应为 {"字段": 值, ...}</translation>
    </message>
    <message>
        <source>the field "%1" appears twice</source>
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
        <source>a closing '"'</source>
        <translation>右引号“"”</translation>
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
        <source>an escape: \" \\ \/ \b \f \n \r \t or \u</source>
        <translation>转义序列：\" \\ \/ \b \f \n \r \t 或 \u</translation>
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
        <source>the workbook's text is too large to import (more than 256 MB); save the sheet as CSV and import that</source>
        <translation>工作簿中的文本太大，无法导入（超过 256 MB）；请把工作表另存为 CSV 后导入</translation>
    </message>
    <message>
        <source>sheet “%1” is a chart or macro sheet, not a table; choose a worksheet</source>
        <translation>“%1”是图表或宏表，不是数据表；请选择一个工作表</translation>
    </message>
    <message>
        <source>the text is not UTF-8, GB18030 or Windows-1252 (byte 0x%1); choose the file's encoding for the import</source>
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
    <message>
        <source>parts</source>
        <translation>板件数</translation>
    </message>
    <message>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>edge banding</source>
        <translation>封边</translation>
    </message>
    <message>
        <source>material</source>
        <translation>板材</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ChannelMapping</name>
    <message>
        <source>the mapping has no "name"</source>
        <translation>映射缺少“name”</translation>
    </message>
    <message>
        <source>unknown channel "%1"; use store, dealer, ecommerce, designer or other</source>
        <translation>未知渠道“%1”；请使用 store、dealer、ecommerce、designer 或 other</translation>
    </message>
    <message>
        <source>unknown format "%1"; use auto, csv, xlsx or json</source>
        <translation>未知格式“%1”；请使用 auto、csv、xlsx 或 json</translation>
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>unknown date order "%1"; use auto, YMD, MDY or DMY</source>
        <translation>未知日期顺序“%1”；请使用 auto、YMD、MDY 或 DMY</translation>
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>the required field "%1" has no column</source>
        <translation>必填字段“%1”没有对应的列</translation>
    </message>
    <message>
        <source>the mapping needs a column for "amount" or "unit_price"</source>
        <translation>映射需要为“amount”（金额）或“unit_price”（单价）指定一列</translation>
    </message>
    <message>
        <source>no channel mapping named "%1"; known: %2</source>
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
        <source>unknown "discount_is" value "%1"; use off or paid_share</source>
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
        <source>Choose how the files' columns are read.</source>
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
        <source>the sheet "%1" has no column "%2"</source>
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
        <source>"%1" is not a size in whole mm (1–10000)</source>
        <translation>“%1”不是以整毫米表示的尺寸（1–10000）</translation>
    </message>
    <message>
        <source>unknown channel "%1"</source>
        <translation>未知渠道“%1”</translation>
    </message>
    <message>
        <source>the channel's order number is missing</source>
        <translation>缺少渠道订单号</translation>
    </message>
    <message>
        <source>unknown order status "%1"</source>
        <translation>未知订单状态“%1”</translation>
    </message>
    <message>
        <source>the customer's name is missing</source>
        <translation>缺少客户姓名</translation>
    </message>
    <message>
        <source>"%1" is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <source>the line names no product</source>
        <translation>该行没有写明产品</translation>
    </message>
    <message>
        <source>"%1" is not a size like 800×600×300</source>
        <translation>“%1”不是形如 800×600×300 的尺寸</translation>
    </message>
    <message>
        <source>unknown unit "%1"</source>
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
        <source>"%1" is not a date (expected e.g. 11/8/2016, month/day/year)</source>
        <translation>“%1”不是日期（应为如 11/8/2016 的月/日/年格式）</translation>
    </message>
    <message>
        <source>"%1" is not a date (expected e.g. 8/11/2016, day/month/year)</source>
        <translation>“%1”不是日期（应为如 8/11/2016 的日/月/年格式）</translation>
    </message>
    <message>
        <source>"%1" is not a date (expected e.g. 2024-03-05)</source>
        <translation>“%1”不是日期（应为如 2024-03-05 的格式）</translation>
    </message>
    <message>
        <source>"%1" is too large (at most 12 digits before the decimal point)</source>
        <translation>“%1”过大（小数点前最多 12 位）</translation>
    </message>
    <message>
        <source>"%1" has more than 6 decimals</source>
        <translation>“%1”的小数超过 6 位</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>"%1" is not a discount (the share paid: 0.8, 80% or 8折)</source>
        <translation>“%1”不是折扣（按实付比例：0.8、80% 或 8折）</translation>
    </message>
    <message>
        <source>"%1" is not a discount (0.2, 20% or 8折)</source>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Re-make…</source>
        <translation>补件…</translation>
    </message>
    <message>
        <source>Make parts of this order again, charged to whoever caused it</source>
        <translation>补做本订单的部分内容，费用由责任方承担</translation>
    </message>
    <message>
        <source>Re-make of %1</source>
        <translation>补件单，原订单 %1</translation>
    </message>
    <message>
        <source>charged to %1</source>
        <translation>责任方：%1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Re-makes: %1</source>
        <translation>补件单：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
        <source>the shop's or dealer's own number</source>
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
    <message>
        <source>Re-make…</source>
        <translation>补件…</translation>
    </message>
    <message>
        <source>Make parts of the order again, charged to whoever caused it</source>
        <translation>补做订单的部分内容，费用由责任方承担</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::RemakeDialog</name>
    <message>
        <source>Re-make of %1</source>
        <translation>%1 补件</translation>
    </message>
    <message>
        <source>Choose how many of each line to make again. The re-make is a new order at no price; what it costs is charged to %1 and to the party you name.</source>
        <translation>选择每行需要补做的数量。补件单是一张不计价的新订单，其成本计入 %1，并由您指定的责任方承担。</translation>
    </message>
    <message>
        <source>Lines to make again</source>
        <translation>补做的订单行</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Make again</source>
        <translation>补做数量</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make again of line %1</source>
        <translation>第 %1 行补做数量</translation>
    </message>
    <message>
        <source>What went wrong, e.g. door panel scratched in transport</source>
        <translation>出了什么问题，例如：门板运输途中划伤</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Charged to:</source>
        <translation>责任方(&amp;C)：</translation>
    </message>
    <message>
        <source>Optional: the person or company responsible</source>
        <translation>选填：责任人或责任单位</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>责任人(&amp;P)：</translation>
    </message>
    <message>
        <source>Create re-make</source>
        <translation>创建补件单</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::Remakes</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>安装师傅</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is cancelled; a cancelled order cannot have a re-make</source>
        <translation>%1 已取消，已取消的订单不能补件</translation>
    </message>
    <message>
        <source>give the reason for the re-make</source>
        <translation>请填写补件原因</translation>
    </message>
    <message>
        <source>"%1" is not a party a re-make can be charged to; choose one of %2</source>
        <translation>“%1”不是补件可计入的责任方，请从 %2 中选择</translation>
    </message>
    <message>
        <source>choose at least one line to make again</source>
        <translation>请至少选择一行需要补做的订单行</translation>
    </message>
    <message>
        <source>line "%1" is not a line of %2</source>
        <translation>“%1”不是 %2 的订单行</translation>
    </message>
    <message>
        <source>%1: the quantity to make again must be above zero</source>
        <translation>%1：补做数量必须大于零</translation>
    </message>
    <message>
        <source>%1: %2 is more than the %3 ordered</source>
        <translation>%1：%2 超过了订购数量 %3</translation>
    </message>
    <message>
        <source>re-make: %1</source>
        <translation>补件：%1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::RowError</name>
    <message>
        <source>%1, row %2, column "%3": %4</source>
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
    <message>
        <source>Task created: %1</source>
        <translation>任务已创建：%1</translation>
    </message>
    <message>
        <source>Task claimed: %1</source>
        <translation>任务已认领：%1</translation>
    </message>
    <message>
        <source>Task handed over: %1</source>
        <translation>任务已转交：%1</translation>
    </message>
    <message>
        <source>Task started: %1</source>
        <translation>任务已开始：%1</translation>
    </message>
    <message>
        <source>Task completed: %1</source>
        <translation>任务已完成：%1</translation>
    </message>
    <message>
        <source>Task cancelled: %1</source>
        <translation>任务已取消：%1</translation>
    </message>
    <message>
        <source>Task changed: %1</source>
        <translation>任务已变更：%1</translation>
    </message>
    <message>
        <source>Task overdue, escalated: %1</source>
        <translation>任务逾期，已升级：%1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Approved (step %1): %2</source>
        <translation>已批准（第 %1 步）：%2</translation>
    </message>
    <message>
        <source>Rejected (step %1): %2</source>
        <translation>已驳回（第 %1 步）：%2</translation>
    </message>
    <message>
        <source>Approval withdrawn (step %1)</source>
        <translation>审批已撤回（第 %1 步）</translation>
    </message>
    <message>
        <source>Approval asked (step %1): %2</source>
        <translation>已申请审批（第 %1 步）：%2</translation>
    </message>
    <message>
        <source>Approval waits for the step before (step %1): %2</source>
        <translation>审批等待上一步完成（第 %1 步）：%2</translation>
    </message>
    <message>
        <source>Commented on a task</source>
        <translation>评论了任务</translation>
    </message>
    <message>
        <source>Order review: %1</source>
        <translation>审单：%1</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>流程：%1</translation>
    </message>
    <message>
        <source>made from the split</source>
        <translation>由拆单生成</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>排产</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已下达</translation>
    </message>
    <message>
        <source>in production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <source>made</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待加工</translation>
    </message>
    <message>
        <source>started</source>
        <translation>加工中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Work order %1 created</source>
        <translation>生成工单 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s), %1</source>
        <translation>
            <numerusform>%n 块板件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order %1 changed</source>
        <translation>工单 %1 已变更</translation>
    </message>
    <message>
        <source>Work order %1 cancelled</source>
        <translation>工单 %1 已取消</translation>
    </message>
    <message>
        <source>Work order %1 made: every operation done</source>
        <translation>工单 %1 完工：全部工序已完成</translation>
    </message>
    <message>
        <source>Work order %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>Work order %1, operation %2: %3</source>
        <translation>工单 %1 第 %2 道工序：%3</translation>
    </message>
    <message>
        <source>Work order %1 started (%2)</source>
        <translation>工单 %1 开工 (%2)</translation>
    </message>
    <message>
        <source>Work order %1 reported (%2)</source>
        <translation>工单 %1 报工 (%2)</translation>
    </message>
    <message>
        <source>Work order %1 finished (%2)</source>
        <translation>工单 %1 完工 (%2)</translation>
    </message>
    <message>
        <source>Work order %1 packed</source>
        <translation>工单 %1 包装完成</translation>
    </message>
    <message>
        <source>Work order %1: production reported</source>
        <translation>工单 %1：已报工</translation>
    </message>
    <message>
        <source>%1 good, %2 scrap</source>
        <translation>合格 %1，报废 %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <source>Imported from the MES</source>
        <translation>由 MES 导入</translation>
    </message>
    <message>
        <source>Reported for %1</source>
        <translation>发生于 %1</translation>
    </message>
    <message>
        <source>Recorded a change to %1</source>
        <translation>记录了 %1 的一项修改</translation>
    </message>
</context>
<context>
    <name>Hearth::Printing::Barcode</name>
    <message>
        <source>%1 has no text to encode</source>
        <translation>%1 没有可编码的内容</translation>
    </message>
    <message>
        <source>%1: zint could not allocate a symbol</source>
        <translation>%1：zint 无法分配条码</translation>
    </message>
    <message>
        <source>%1 cannot encode "%2": %3</source>
        <translation>%1 无法编码“%2”：%3</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128 条码</translation>
    </message>
    <message>
        <source>GS1-128</source>
        <translation>GS1-128 条码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>Data Matrix 码</translation>
    </message>
    <message>
        <source>%1 "%2" has no printer resolution</source>
        <translation>%1“%2”没有指定打印分辨率</translation>
    </message>
    <message>
        <source>%1 "%2" does not fit: its %3 × %4 modules with quiet zones need %5 × %6 mm at %7 dpi (%8 dots a module), but only %9 × %10 mm is free</source>
        <translation>%1“%2”放不下：连同静区共 %3 × %4 个模块，在 %7 dpi（每模块 %8 点）下需要 %5 × %6 mm，但只有 %9 × %10 mm 可用</translation>
    </message>
</context>
<context>
    <name>Hearth::Printing::LabelPrinter</name>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cannot write the PDF file</source>
        <translation>无法写入 PDF 文件</translation>
    </message>
    <message>
        <source>The printer did not start printing</source>
        <translation>打印机未能开始打印</translation>
    </message>
    <message numerus="yes">
        <source>The printer stopped after %n label(s)</source>
        <translation>
            <numerusform>打印机在第 %n 张标签后停止</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no label to print</source>
        <translation>没有要打印的标签</translation>
    </message>
    <message>
        <source>Part label %1</source>
        <translation>板件标签 %1</translation>
    </message>
    <message>
        <source>The label stock has no printable area</source>
        <translation>标签纸没有可打印区域</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 mm</source>
        <translation>%1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>生产工单</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>封边</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Package label %1</source>
        <translation>包件标签 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1/%2 件</translation>
    </message>
</context>
<context>
    <name>Hearth::Printing::PrintFonts</name>
    <message>
        <source>No font for Chinese is installed (looked for %1); install fonts-wqy-microhei so that printed Chinese is not lost</source>
        <translation>未安装中文字体（已查找 %1）；请安装 fonts-wqy-microhei，否则打印的中文会丢失</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>Hearth::Printing::WorkOrderSheet</name>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>No printer resolution was given</source>
        <translation>未指定打印机分辨率</translation>
    </message>
    <message>
        <source>The printer did not start printing</source>
        <translation>打印机未能开始打印</translation>
    </message>
    <message>
        <source>The printer stopped after page %1</source>
        <translation>打印机在第 %1 页后停止</translation>
    </message>
    <message>
        <source>Cannot write the PDF file</source>
        <translation>无法写入 PDF 文件</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>工序计划</translation>
    </message>
    <message numerus="yes">
        <source>Panels: %n piece(s), %1 m²</source>
        <translation>
            <numerusform>板件：%n 块，%1 m²</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>五金</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>生产工单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Done by / date</source>
        <translation>操作人 / 日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>板件</translation>
    </message>
    <message>
        <source>L × W × T mm</source>
        <translation>长 × 宽 × 厚 mm</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <source>Edge mm</source>
        <translation>封边 mm</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>封边</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>纹路</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>顺纹</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>横纹</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>Received by (workshop)</source>
        <translation>车间接收</translation>
    </message>
    <message>
        <source>Inspected by (QC)</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::CalendarRules</name>
    <message>
        <source>"%1" is not a span of hours such as 08:00-12:00 or 22:00-06:00</source>
        <translation>“%1”不是时段，应如 08:00-12:00 或 22:00-06:00</translation>
    </message>
    <message>
        <source>%1 runs past midnight, so no span may start after it (%2)</source>
        <translation>%1 跨过午夜，其后不能再有时段（%2）</translation>
    </message>
    <message>
        <source>working hours overlap: %1 and %2</source>
        <translation>工作时段重叠：%1 与 %2</translation>
    </message>
    <message>
        <source>%1 runs into the next day's %2</source>
        <translation>%1 延伸到次日的 %2</translation>
    </message>
    <message>
        <source>no work calendar with this id</source>
        <translation>没有此编号的工作日历</translation>
    </message>
    <message>
        <source>work calendar %1</source>
        <translation>工作日历 %1</translation>
    </message>
    <message>
        <source>"%1" is not a time zone this computer knows</source>
        <translation>本机不认识时区“%1”</translation>
    </message>
    <message>
        <source>"%1" is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::GanttBarDelegate</name>
    <message>
        <source>Waiting</source>
        <translation>待开工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <extracomment>Date and time on the Gantt chart, a QDateTime format; zh_CN "M月d日 HH:mm".</extracomment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>Work order: %1</source>
        <translation>工单：%1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>%1, %2 % made</source>
        <translation>%1，已完成 %2%</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>延期 %1</translation>
    </message>
    <message>
        <source>Locked by the planner</source>
        <translation>计划员已锁定</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::GanttChart</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Go to now</source>
        <translation>回到现在</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Rows by work center</source>
        <translation>按工作中心</translation>
    </message>
    <message>
        <source>Rows by order</source>
        <translation>按订单</translation>
    </message>
    <message>
        <source>Only the days in view</source>
        <translation>仅导出可见日期</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Promised date: %1</source>
        <translation>承诺交期：%1</translation>
    </message>
    <message>
        <source>dddd, MMM d, yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms · drag a bar to move it, an end to stretch it · double-click opens the order</source>
        <translation>Ctrl+滚轮缩放 · 拖动工序条移动，拖动两端调整时长 · 双击打开订单</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>尚无排产。</translation>
    </message>
    <message>
        <source>%1 is locked: a planner fixed it here. Unlock it in the plan to move it.</source>
        <translation>%1 已锁定：计划员把它固定在这里。要移动，请先在计划中解锁。</translation>
    </message>
    <message>
        <source>%1 stays where it was: %2</source>
        <translation>%1 未移动：%2</translation>
    </message>
    <message>
        <source>%1 now runs %2 – %3</source>
        <translation>%1 改为 %2 – %3</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::GanttEditCommand</name>
    <message>
        <source>Move %1 to another work center</source>
        <translation>将 %1 移到其他工作中心</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Change the start of %1</source>
        <translation>修改 %1 的开始时间</translation>
    </message>
    <message>
        <source>Change the end of %1</source>
        <translation>修改 %1 的结束时间</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::GanttExport</name>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>A date in export titles, a QDate format; zh_CN "yyyy年M月d日".</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Production plan %1 – %2</source>
        <translation>排产计划 %1 – %2</translation>
    </message>
    <message>
        <source>The page is too small for the chart; choose a larger paper size.</source>
        <translation>纸张太小，放不下甘特图；请选择更大的纸张。</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>Could not start page %1.</source>
        <translation>无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>The chart would be %1 × %2 pixels, more than an image may hold; zoom out or export only the days in view.</source>
        <translation>甘特图将有 %1 × %2 像素，超出图片的上限；请缩小，或只导出可见日期。</translation>
    </message>
    <message>
        <source>PNG export</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>内存不足，无法生成 %1 × %2 像素的图片。</translation>
    </message>
    <message>
        <source>Could not write the image.</source>
        <translation>无法写入图片。</translation>
    </message>
    <message>
        <source>Could not write the PDF.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>Export the Gantt chart as PDF</source>
        <translation>将甘特图导出为 PDF</translation>
    </message>
    <message>
        <source>Export the Gantt chart as PNG</source>
        <translation>将甘特图导出为 PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>production-plan</source>
        <translation>排产计划</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Print the Gantt chart</source>
        <translation>打印甘特图</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已发送 %n 页到打印机。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::GanttLayout</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::GanttRenderer</name>
    <message>
        <source>ddd d</source>
        <extracomment>Day cell of the Gantt header, a QDate format; zh_CN "d日 ddd" (29日 周日).</extracomment>
        <translation>d日 ddd</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Work centers</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间按 %1</translation>
    </message>
    <message>
        <source>dddd, MMM d, yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>第%1周 · %2</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>%1周</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>The promised date in the row label; %1 is the date, zh_CN "交期 %1".</extracomment>
        <translation>交期 %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Non-working time</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>工序顺序</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::JobShopBounds</name>
    <message>
        <source>expected a header line</source>
        <translation>应有标题行</translation>
    </message>
    <message>
        <source>expected the columns name, optimum_or_best_upper and lower_bound in the header</source>
        <translation>标题行应包含 name、optimum_or_best_upper 和 lower_bound 列</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>应有 %1 列，实际 %2 列</translation>
    </message>
    <message>
        <source>optimum_or_best_upper: expected a positive whole number, found "%1"</source>
        <translation>optimum_or_best_upper：应为正整数，实际为“%1”</translation>
    </message>
    <message>
        <source>lower_bound: expected a positive whole number no larger than %1, found "%2"</source>
        <translation>lower_bound：应为不大于 %1 的正整数，实际为“%2”</translation>
    </message>
    <message>
        <source>name: expected an instance name</source>
        <translation>name：应为算例名称</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::JobShopDispatch</name>
    <message>
        <source>SPT</source>
        <translation>SPT（最短加工时间）</translation>
    </message>
    <message>
        <source>LPT</source>
        <translation>LPT（最长加工时间）</translation>
    </message>
    <message>
        <source>MWKR</source>
        <translation>MWKR（剩余工作最多）</translation>
    </message>
    <message>
        <source>MOPNR</source>
        <translation>MOPNR（剩余工序最多）</translation>
    </message>
    <message>
        <source>FCFS</source>
        <translation>FCFS（先到先做）</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::JobShopInstance</name>
    <message>
        <source>a job-shop problem needs at least one job and one machine</source>
        <translation>作业车间问题至少需要一个作业和一台机器</translation>
    </message>
    <message>
        <source>job 1 has no steps</source>
        <translation>作业 1 没有工步</translation>
    </message>
    <message>
        <source>more than %1 operations</source>
        <translation>工序超过 %1 道</translation>
    </message>
    <message>
        <source>job %1 has %2 steps where job 1 has %3</source>
        <translation>作业 %1 有 %2 个工步，而作业 1 有 %3 个</translation>
    </message>
    <message>
        <source>job %1, step %2: machine %3 is outside 0-%4</source>
        <translation>作业 %1 工步 %2：机器 %3 不在 0-%4 之内</translation>
    </message>
    <message>
        <source>job %1, step %2: the duration %3 is negative</source>
        <translation>作业 %1 工步 %2：时长 %3 为负数</translation>
    </message>
    <message>
        <source>the durations add up to more than %1</source>
        <translation>时长合计超过 %1</translation>
    </message>
    <message>
        <source>expected the size line "jobs machines" (two whole numbers); the file has none</source>
        <translation>应有规模行“作业数 机器数”（两个整数）；文件中没有</translation>
    </message>
    <message>
        <source>expected the size line "jobs machines" (two whole numbers), found "%1"</source>
        <translation>应有规模行“作业数 机器数”（两个整数），实际为“%1”</translation>
    </message>
    <message>
        <source>expected at least one job and one machine and at most %1 operations, found %2 jobs and %3 machines</source>
        <translation>应至少有一个作业和一台机器、至多 %1 道工序，实际为 %2 个作业、%3 台机器</translation>
    </message>
    <message>
        <source>expected %1 job lines after the size line, found %2</source>
        <translation>规模行之后应有 %1 行作业，实际 %2 行</translation>
    </message>
    <message>
        <source>job %1: expected %2 numbers (a machine and a duration for each of the %3 machines), found %4</source>
        <translation>作业 %1：应有 %2 个数（%3 台机器各一对机器号和时长），实际 %4 个</translation>
    </message>
    <message>
        <source>job %1, step %2: expected a machine from 0 to %3, found "%4"</source>
        <translation>作业 %1 工步 %2：机器号应为 0 到 %3，实际为“%4”</translation>
    </message>
    <message>
        <source>job %1, step %2: expected a duration (a whole number, 0 or more), found "%3"</source>
        <translation>作业 %1 工步 %2：时长应为 0 或更大的整数，实际为“%3”</translation>
    </message>
    <message>
        <source>expected the end of the file after the %1 jobs, found "%2"</source>
        <translation>%1 个作业之后应到文件末尾，实际还有“%2”</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::JobShopSolver</name>
    <message>
        <source>the instance has no operations</source>
        <translation>算例没有工序</translation>
    </message>
    <message>
        <source>the search ended with machine orders that hold a cycle</source>
        <translation>搜索结束时机器顺序中有环</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::JobShopValidator</name>
    <message>
        <source>job %1, step %2 (machine %3)</source>
        <translation>作业 %1 工步 %2（机器 %3）</translation>
    </message>
    <message>
        <source>the schedule has %1 operations; the instance has %2</source>
        <translation>排程有 %1 道工序；算例有 %2 道</translation>
    </message>
    <message>
        <source>%1 is not scheduled</source>
        <translation>%1 未排程</translation>
    </message>
    <message>
        <source>%1 starts at %2, before the step ahead of it ends at %3</source>
        <translation>%1 开始于 %2，早于前一工步在 %3 结束</translation>
    </message>
    <message>
        <source>%1 starts at %2 while %3 runs on the same machine until %4</source>
        <translation>%1 开始于 %2，而 %3 在同一机器上运行到 %4</translation>
    </message>
    <message>
        <source>the schedule claims a makespan of %1 but its last operation ends at %2</source>
        <translation>排程声称最大完工时间为 %1，但最后一道工序结束于 %2</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::MesExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::MesImportReport</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded</source>
        <translation>
            <numerusform>记录 %n 条报工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded before</source>
        <translation>
            <numerusform>%n 条此前已记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported, nothing of them written: %1.</source>
        <translation>
            <numerusform>%n 个文件未导入，其内容均未写入：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); fix them and import the file again.</source>
        <translation>
            <numerusform>%n 行有误；请修正后重新导入该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::MesImporter</name>
    <message>
        <source>two columns hold %1: "%2" and "%3"; keep one</source>
        <translation>两列都是 %1：“%2”和“%3”；请只保留一列</translation>
    </message>
    <message>
        <source>expected a column "%1" (or "%2")</source>
        <translation>缺少“%1”列（或“%2”）</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>expected the MES's id of the event</source>
        <translation>缺少 MES 的事件号</translation>
    </message>
    <message>
        <source>event id %1 repeats row %2</source>
        <translation>事件号 %1 与第 %2 行重复</translation>
    </message>
    <message>
        <source>"%1" is not an event kind: expected start, report, finish or pack</source>
        <translation>“%1”不是事件类型：应为 start（开工）、report（报工）、finish（完工）或 pack（包装）</translation>
    </message>
    <message>
        <source>"%1" is not a number of parts: expected a whole number, 0 or more</source>
        <translation>“%1”不是件数：应为 0 或以上的整数</translation>
    </message>
    <message>
        <source>no work center with the code %1</source>
        <translation>没有编码为 %1 的工作中心</translation>
    </message>
    <message>
        <source>no user %1: expected a Hearth user name or id</source>
        <translation>没有用户 %1：应为 Hearth 的用户名或用户 ID</translation>
    </message>
    <message>
        <source>expected a work order number</source>
        <translation>缺少工单号</translation>
    </message>
    <message>
        <source>"%1" is not an operation number: expected one of %2 of %3</source>
        <translation>“%1”不是工序号：应为 %3 的工序 %2 之一</translation>
    </message>
    <message>
        <source>%1 has no operation %2 (its operations: %3)</source>
        <translation>%1 没有工序 %2（其工序：%3）</translation>
    </message>
    <message>
        <source>the database is busy: import again</source>
        <translation>数据库忙：请重新导入</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>正在记录 %1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::MesTime</name>
    <message>
        <source>"%1" is not a time: expected a date and time such as 2026-03-02T09:15:00+08:00, with Z or an offset, or without one for the site's time (%2)</source>
        <translation>“%1”不是时间：应为日期和时间，例如 2026-03-02T09:15:00+08:00，带 Z 或时区偏移；不带偏移时按工厂所在时区（%2）</translation>
    </message>
    <message>
        <source>%1 does not exist in the site's zone %2 (the clocks skip it); give the time with its offset</source>
        <translation>%1 在工厂时区 %2 中不存在（夏令时跳过了这段时间）；请写明时区偏移</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::Plan</name>
    <message>
        <source>the operation is not in the plan</source>
        <translation>该工序不在计划中</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanChecker</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>machine %1 of %2</source>
        <translation>%2 的第 %1 台机器</translation>
    </message>
    <message>
        <source>%1 needs %2 of working time (setup %3, changeover %4, run %5), but %6 to %7 holds %8</source>
        <translation>%1 需要工作时间 %2（准备 %3，换型 %4，加工 %5），但 %6 至 %7 只有 %8</translation>
    </message>
    <message>
        <source> (%1 before it on the machine is %2 %3)</source>
        <translation>（机器上它前面的 %1 是 %2 %3）</translation>
    </message>
    <message>
        <source>%1 is out of use from %2 to %3 (%4)</source>
        <translation>%1 在 %2 至 %3 停用（%4）</translation>
    </message>
    <message>
        <source>it would overlap %1 on %2 (%3 to %4)</source>
        <translation>会与 %2 上的 %1 重叠（%3 至 %4）</translation>
    </message>
    <message>
        <source>the job after it on the machine would need a changeover: %1</source>
        <translation>机器上它后面的工件将需要换型：%1</translation>
    </message>
    <message>
        <source>the operation is not in the plan</source>
        <translation>该工序不在计划中</translation>
    </message>
    <message>
        <source>it is done and cannot be moved</source>
        <translation>已完工，不能移动</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>it has started on the floor: only its end can change</source>
        <translation>车间已开工：只能调整结束时间</translation>
    </message>
    <message>
        <source>it would end before it starts</source>
        <translation>结束时间会早于开始时间</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the planning horizon (%3 to %4)</source>
        <translation>%1 至 %2 超出计划范围（%3 至 %4）</translation>
    </message>
    <message>
        <source>it would start at %1, outside the working hours of %2</source>
        <translation>会在 %1 开始，不在 %2 的工作时间内</translation>
    </message>
    <message>
        <source>it would start at %1, outside the working hours of %2; the next working time is %3</source>
        <translation>会在 %1 开始，不在 %2 的工作时间内；下一个工作时间是 %3</translation>
    </message>
    <message>
        <source>it would start at %1, before %2 ends at %3</source>
        <translation>会在 %1 开始，早于 %2 在 %3 结束</translation>
    </message>
    <message>
        <source>it would end at %1, after %2 starts at %3</source>
        <translation>会在 %1 结束，晚于 %2 在 %3 开始</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n machine(s); there is no machine %2</source>
        <translation>
            <numerusform>%1 有 %n 台机器；没有第 %2 台</numerusform>
        </translation>
    </message>
    <message>
        <source>every machine of %1 is taken then; on the first: %2</source>
        <translation>%1 的所有机器那时都被占用；第一台上是：%2</translation>
    </message>
    <message>
        <source>moving it away changes what runs before %1: %2</source>
        <translation>移走它会改变 %1 之前运行的工件：%2</translation>
    </message>
    <message>
        <source>it overlaps %1 on %2</source>
        <translation>与 %2 上的 %1 重叠</translation>
    </message>
    <message>
        <source>%1 is out of use then (%2)</source>
        <translation>%1 那时停用（%2）</translation>
    </message>
    <message>
        <source>it lies outside the planning horizon</source>
        <translation>超出计划范围</translation>
    </message>
    <message>
        <source>it starts at %1, outside the working hours of %2</source>
        <translation>在 %1 开始，不在 %2 的工作时间内</translation>
    </message>
    <message numerus="yes">
        <source>it is on machine %1, but %2 has %n machine(s)</source>
        <translation>
            <numerusform>排在第 %1 台机器上，但 %2 只有 %n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs %2 operations at once at its busiest, more than its %3 machines</source>
        <translation>%1 最忙时同时运行 %2 道工序，超过其 %3 台机器</translation>
    </message>
    <message>
        <source>it starts at %1, before %2 ends at %3</source>
        <translation>在 %1 开始，早于 %2 在 %3 结束</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanEditChecker</name>
    <message>
        <source>the plan is not loaded yet</source>
        <translation>计划尚未载入</translation>
    </message>
    <message>
        <source>the operation is no longer in the plan; refresh it</source>
        <translation>该工序已不在计划中，请刷新</translation>
    </message>
    <message>
        <source>an operation stays on the work center its routing names</source>
        <translation>工序只能留在其工艺路线指定的工作中心</translation>
    </message>
    <message>
        <source>the new times are not valid</source>
        <translation>新的时间无效</translation>
    </message>
    <message>
        <source>it would start at %1, which has passed</source>
        <translation>开始时间 %1 已经过去</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanEditor</name>
    <message>
        <source>Gantt chart: undone</source>
        <translation>甘特图：撤销</translation>
    </message>
    <message>
        <source>Gantt chart: redone</source>
        <translation>甘特图：重做</translation>
    </message>
    <message>
        <source>%1 is not in the plan</source>
        <translation>%1 不在计划中</translation>
    </message>
    <message>
        <source>Gantt chart: moved by the planner</source>
        <translation>甘特图：计划员手动调整</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanGanttBuilder</name>
    <message>
        <source>Cutting</source>
        <translation>开料</translation>
    </message>
    <message>
        <source>Edge banding</source>
        <translation>封边</translation>
    </message>
    <message>
        <source>Boring</source>
        <translation>排钻</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>分拣</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>组装</translation>
    </message>
    <message>
        <source>Painting</source>
        <translation>喷涂</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>委外</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>load %1%</source>
        <extracomment>A work center's load over the days shown; zh_CN "负荷 %1%".</extracomment>
        <translation>负荷 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>late</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanLateCount</name>
    <message>
        <source>late work orders could not be counted: %1</source>
        <translation>无法统计延期工单：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanPage</name>
    <message>
        <source>Production plan</source>
        <translation>排产计划</translation>
    </message>
    <message>
        <source>Operations on the work centers in time; drag a bar to move it</source>
        <translation>各工作中心的工序时间安排；拖动工序条即可调整</translation>
    </message>
    <message>
        <source>The order cannot be opened from here.</source>
        <translation>无法从这里打开该订单。</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>改动未保存：%1</translation>
    </message>
    <message>
        <source>you may look at the plan but not change it</source>
        <translation>您可以查看计划，但无权修改</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Make work orders</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>Make work orders from split orders and put the new ones in the plan's gaps</source>
        <translation>根据已拆单的订单生成工单，并把新工单排入计划空档</translation>
    </message>
    <message>
        <source>Plan forward</source>
        <translation>顺排</translation>
    </message>
    <message>
        <source>Plan every operation that is not locked or started as early as it can, from now</source>
        <translation>从现在起，把未锁定、未开工的工序尽早排入</translation>
    </message>
    <message>
        <source>Plan backward</source>
        <translation>倒排</translation>
    </message>
    <message>
        <source>Plan each work order as late as it can still end by its due date (just in time)</source>
        <translation>每个工单尽量晚排，但保证在交期前完工（准时制）</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>重排</translation>
    </message>
    <message>
        <source>Repair the plan after a rush order or a breakdown, moving as little as it must</source>
        <translation>插单或设备故障后修复计划，尽量少移动工序</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the plan from the database again</source>
        <translation>从数据库重新读取计划</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the run at its next step; what it has not saved is dropped</source>
        <translation>在下一步停止运行；尚未保存的结果将被丢弃</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>No work orders to plan: make them from split orders with "Make work orders".</source>
        <translation>没有可排产的工单：请用“生成工单”从已拆单的订单生成。</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) have no place in the plan yet: plan forward or reschedule.</source>
        <translation>
            <numerusform>%n 道工序尚未排入计划：请顺排或重排。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan loaded: %n operation(s).</source>
        <translation>
            <numerusform>计划已载入：%n 道工序。</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan is being worked on; wait until that is done</source>
        <translation>正在计算计划，请等待完成</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanRunner</name>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消：未保存任何改动。</translation>
    </message>
    <message>
        <source>%1 operations planned, %2 kept where they were, %3 moved, %4 with no room; %5 of %6 work orders late.</source>
        <translation>已排 %1 道工序，%2 道保持不动，%3 道移动，%4 道无处可排；%6 个工单中 %5 个延期。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the first: %1</source>
        <translation>
            <numerusform>%n 个问题；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the plan…</source>
        <translation>正在载入计划…</translation>
    </message>
    <message>
        <source>Making work orders…</source>
        <translation>正在生成工单…</translation>
    </message>
    <message>
        <source>Planning forward from now…</source>
        <translation>正在从现在起顺排…</translation>
    </message>
    <message>
        <source>Planning backward from due dates…</source>
        <translation>正在按交期倒排…</translation>
    </message>
    <message>
        <source>Rescheduling…</source>
        <translation>正在重排…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>Making work orders from the split…</source>
        <translation>正在根据拆单生成工单…</translation>
    </message>
    <message>
        <source>Production is not set up: %1</source>
        <translation>生产尚未设置：%1</translation>
    </message>
    <message>
        <source>Work orders could not be made: %1</source>
        <translation>无法生成工单：%1</translation>
    </message>
    <message>
        <source>Work orders: %1 made, %2 changed, %3 cancelled, %4 unchanged.</source>
        <translation>工单：新生成 %1 个，更新 %2 个，取消 %3 个，未变 %4 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be made; the first: %1</source>
        <translation>
            <numerusform>%n 个无法生成；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting the new work orders in the plan…</source>
        <translation>正在把新工单排入计划…</translation>
    </message>
    <message>
        <source>Saving the plan…</source>
        <translation>正在保存计划…</translation>
    </message>
    <message>
        <source>new work orders planned</source>
        <translation>新工单排产</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>无法保存计划：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of the new work orders put in the plan's gaps.</source>
        <translation>
            <numerusform>新工单的 %n 道工序已排入计划空档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>重排</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>排产</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanSidePanel</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>工序计划</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Late work orders, latest first; click one to see its last operation on the chart</source>
        <translation>延期工单，延期最多的在前；点击可在甘特图上查看其最后一道工序</translation>
    </message>
    <message>
        <source>Late work order</source>
        <translation>延期工单</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Selected operation</source>
        <translation>所选工序</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Show the sales order of this operation (or double-click its bar)</source>
        <translation>查看该工序所属的销售订单（或双击工序条）</translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>已排 %n 道</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 planned, %2 without a place</source>
        <translation>已排 %1 道，%2 道未排</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work order(s)</source>
        <translation>
            <numerusform>%n 个工单中 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>None: click a bar on the chart</source>
        <translation>无：请点击甘特图上的工序条</translation>
    </message>
    <message>
        <source>Order %1, due %2</source>
        <translation>订单 %1，交期 %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1, machine %2</source>
        <translation>%1，%2 号机</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>尚未排产</translation>
    </message>
    <message>
        <source>%1 pieces · setup %2 · run %3</source>
        <translation>%1 件 · 准备 %2 · 加工 %3</translation>
    </message>
    <message>
        <source>%1, %2% made</source>
        <translation>%1，已完成 %2%</translation>
    </message>
    <message>
        <source>The work order is late by %1</source>
        <translation>工单延期 %1</translation>
    </message>
    <message>
        <source>The work order ends %1 before its deadline</source>
        <translation>工单比交期提前 %1 完工</translation>
    </message>
    <message>
        <source>Locked where a planner put it</source>
        <translation>已由计划员锁定位置</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanStore</name>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>the order has nothing made in the factory</source>
        <translation>该订单没有工厂生产的内容</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProductionHandoff</name>
    <message>
        <source>Work order %1 made</source>
        <translation>工单 %1 已完工</translation>
    </message>
    <message numerus="yes">
        <source>%1 made; %n work order(s) of %2 still in production</source>
        <translation>
            <numerusform>%1 已完工；%2 还有 %n 个工单在生产中</numerusform>
        </translation>
    </message>
    <message>
        <source>every work order of %1 is made</source>
        <translation>%1 的所有工单均已完工</translation>
    </message>
    <message>
        <source>every work order of %1 is made: the order moves on</source>
        <translation>%1 的所有工单均已完工：订单进入下一步</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProductionModule</name>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Production plan</source>
        <translation>排产计划</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Shop-floor scanning</source>
        <translation>车间扫码报工</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) planned to end after their due date</source>
        <translation>
            <numerusform>%n 个工单计划完工晚于交期</numerusform>
        </translation>
    </message>
    <message>
        <source>Make work orders</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>Plan forward from now</source>
        <translation>从现在起顺排</translation>
    </message>
    <message>
        <source>Plan backward from due dates</source>
        <translation>按交期倒排</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>重排</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProductionSetup</name>
    <message>
        <source>the default production data is missing</source>
        <translation>缺少默认生产数据</translation>
    </message>
    <message>
        <source>not a list of "%1"</source>
        <translation>不是“%1”列表</translation>
    </message>
    <message>
        <source>no calendar "%1" in calendars.json</source>
        <translation>calendars.json 中没有日历“%1”</translation>
    </message>
    <message>
        <source>default work centers</source>
        <translation>默认工作中心</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProgressEventsModel</name>
    <message>
        <source>%1 (part)</source>
        <translation>%1（板件）</translation>
    </message>
    <message>
        <source>MES</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>生产工单</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProgressQuery</name>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报工</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>no work order with id %1</source>
        <translation>没有 ID 为 %1 的工单</translation>
    </message>
    <message>
        <source>no work order %1: scan the code on the work order sheet</source>
        <translation>没有工单 %1：请扫描工单上的条码</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProgressRecorder</name>
    <message>
        <source>%1 is cancelled: it takes no progress</source>
        <translation>%1 已取消：不能报工</translation>
    </message>
    <message>
        <source>%1 belongs to order %2, which is cancelled</source>
        <translation>%1 所属的订单 %2 已取消</translation>
    </message>
    <message>
        <source>%1 belongs to an order that was deleted</source>
        <translation>%1 所属的订单已删除</translation>
    </message>
    <message>
        <source>"%1" is a station or command code: scan a work order or part</source>
        <translation>“%1”是工位码或指令码：请扫描工单或板件</translation>
    </message>
    <message>
        <source>choose this desk's station first</source>
        <translation>请先选择本机的工位</translation>
    </message>
    <message>
        <source>no work center with id %1</source>
        <translation>没有 ID 为 %1 的工作中心</translation>
    </message>
    <message>
        <source>no part %1 here: the label belongs to another site or to a removed order</source>
        <translation>这里没有板件 %1：标签属于其他工厂或已删除的订单</translation>
    </message>
    <message>
        <source>part %1 of order %2 has no work order yet</source>
        <translation>订单 %2 的板件 %1 还没有工单</translation>
    </message>
    <message>
        <source>part %1 belongs to %2 of order %3, not to %4 on this station: scan %2 to work on it</source>
        <translation>板件 %1 属于订单 %3 的 %2，不属于本工位当前的 %4：请先扫描 %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 has no operations</source>
        <translation>%1 没有工序</translation>
    </message>
    <message>
        <source>%1 has no operation at station %2 (its operations: %3)</source>
        <translation>%1 在工位 %2 没有工序（其工序：%3）</translation>
    </message>
    <message>
        <source>a scan needs the desk's scan id</source>
        <translation>扫码缺少本机的扫码 ID</translation>
    </message>
    <message>
        <source>the database is busy: scan again</source>
        <translation>数据库忙：请重新扫码</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙：请重试</translation>
    </message>
    <message>
        <source>a production event needs a source key</source>
        <translation>报工事件缺少来源键</translation>
    </message>
    <message>
        <source>%1: this scan was recorded before; nothing new</source>
        <translation>%1：这次扫码此前已记录，未作新的更改</translation>
    </message>
    <message>
        <source>good and scrap cannot be negative</source>
        <translation>合格数和报废数不能为负</translation>
    </message>
    <message>
        <source>no user with id %1</source>
        <translation>没有 ID 为 %1 的用户</translation>
    </message>
    <message>
        <source>no operation with id %1</source>
        <translation>没有 ID 为 %1 的工序</translation>
    </message>
    <message>
        <source>a %1 event needs its operation</source>
        <translation>%1 事件需要指明工序</translation>
    </message>
    <message>
        <source>%1 is already packed</source>
        <translation>%1 已包装</translation>
    </message>
    <message>
        <source>%1 is not made yet: %2 of %3 operations finished</source>
        <translation>%1 尚未完工：%3 道工序完成了 %2 道</translation>
    </message>
    <message>
        <source>%1 operation %2 (%3)</source>
        <translation>%1 工序 %2（%3）</translation>
    </message>
    <message>
        <source>%1 runs at %2, not at %3</source>
        <translation>%1 在 %2 加工，不在 %3</translation>
    </message>
    <message>
        <source>%1 is cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <source>%1 is already finished (%2 good, %3 scrap)</source>
        <translation>%1 已完工（合格 %2，报废 %3）</translation>
    </message>
    <message>
        <source>%1 was already started at %2: report its quantities or finish it</source>
        <translation>%1 已于 %2 开工：请报工或完工</translation>
    </message>
    <message>
        <source>a start reports no quantities: report them after</source>
        <translation>开工不报数量：请开工后再报工</translation>
    </message>
    <message>
        <source>%1 cannot start: the operation before it, %2 (%3), has no good parts yet</source>
        <translation>%1 不能开工：上一道工序 %2（%3）还没有合格件</translation>
    </message>
    <message>
        <source>%1 has not been started: scan start first</source>
        <translation>%1 尚未开工：请先扫开工</translation>
    </message>
    <message>
        <source>%1 cannot take a %2 at %3: it started later, at %4</source>
        <translation>%1 不能在 %3 %2：它在 %4 才开工</translation>
    </message>
    <message>
        <source>report a good or scrap quantity for %1</source>
        <translation>请填写 %1 的合格数或报废数</translation>
    </message>
    <message>
        <source>good %1 + scrap %2 exceeds the %3 parts of %4</source>
        <translation>合格 %1 + 报废 %2 超过了 %4 的 %3 件</translation>
    </message>
    <message>
        <source>good %1 + scrap %2 exceeds the %3 parts left of %4: %5 of its %6 parts are reported already</source>
        <translation>合格 %1 + 报废 %2 超过了 %4 剩余的 %3 件：%6 件中已报 %5 件</translation>
    </message>
    <message>
        <source>no part %1 here</source>
        <translation>这里没有板件 %1</translation>
    </message>
    <message>
        <source>part %1 is not one of %2</source>
        <translation>板件 %1 不属于 %2</translation>
    </message>
    <message>
        <source>part %1 is already reported at %2: %3 of %4</source>
        <translation>板件 %1 已在 %2 报过工：%4 件中已报 %3 件</translation>
    </message>
    <message>
        <source>%1 has %2 parts reported, more than the %3 good parts of operation %4 (%5) so far</source>
        <translation>%1 已报 %2 件，多于工序 %4（%5）目前的 %3 件合格件</translation>
    </message>
    <message>
        <source>%1 finished with %2 of its %3 parts reported: %4 missing</source>
        <translation>%1 完工时 %3 件中只报了 %2 件：缺 %4 件</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1：已开工</translation>
    </message>
    <message>
        <source>%1: %2 good and %3 scrap reported, %4 of %5 parts left</source>
        <translation>%1：报工合格 %2、报废 %3，%5 件还剩 %4 件</translation>
    </message>
    <message>
        <source>%1: finished with %2 good and %3 scrap</source>
        <translation>%1：已完工，合格 %2，报废 %3</translation>
    </message>
    <message>
        <source>%1: packed</source>
        <translation>%1：已包装</translation>
    </message>
    <message>
        <source>; the work order is now %1</source>
        <translation>；工单现为%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProgressStatus</name>
    <message>
        <source>No work orders</source>
        <translation>无工单</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开工</translation>
    </message>
    <message>
        <source>Partly made</source>
        <translation>部分完工</translation>
    </message>
    <message>
        <source>Fully made</source>
        <translation>全部完工</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>%1 (%2/%3 made)</source>
        <translation>%1（%2/%3 完工）</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::RoutingStore</name>
    <message>
        <source>routing %1</source>
        <translation>工艺路线 %1</translation>
    </message>
    <message>
        <source>a routing needs a code and a name</source>
        <translation>工艺路线需要编码和名称</translation>
    </message>
    <message>
        <source>a routing needs at least one step</source>
        <translation>工艺路线至少需要一道工序</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>step %1 needs a work center and a name</source>
        <translation>工序 %1 需要工作中心和名称</translation>
    </message>
    <message>
        <source>step %1: times cannot be negative</source>
        <translation>工序 %1：时间不能为负数</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::Scheduler</name>
    <message>
        <source>no free working time for it on its work center before %1, or the operation before it found none</source>
        <translation>在 %1 之前其工作中心上没有空闲工作时间，或其前道工序没有找到</translation>
    </message>
    <message>
        <source>it overlaps other fixed work on every machine of %1 from %2 to %3</source>
        <translation>%2 至 %3 与 %1 每台机器上的其他固定工作重叠</translation>
    </message>
    <message>
        <source>it cannot end before the locked %1 starts at %2</source>
        <translation>不能在已锁定的 %1 于 %2 开始之前完成</translation>
    </message>
    <message>
        <source>no room for the work</source>
        <translation>排不下这些工作</translation>
    </message>
    <message>
        <source>there is no work to promise a date for</source>
        <translation>没有可承诺交期的工作</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ShopfloorCode</name>
    <message>
        <source>nothing was read: scan a work order, part, station or command code</source>
        <translation>没有读到内容：请扫描工单、板件、工位或指令码</translation>
    </message>
    <message>
        <source>unknown code "%1": not a work order (WO:), part (PT:), station (WC:) or command (CMD:) code</source>
        <translation>无法识别的条码“%1”：不是工单（WO:）、板件（PT:）、工位（WC:）或指令（CMD:）码</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ShopfloorPage</name>
    <message>
        <source>Shop-floor scanning</source>
        <translation>车间扫码报工</translation>
    </message>
    <message>
        <source>Scan work order and part codes at this station to report start, quantities and finish</source>
        <translation>在本工位扫描工单码和板件码，报开工、数量和完工</translation>
    </message>
    <message>
        <source>Scan a work order, part or command code here</source>
        <translation>在此扫描工单、板件或指令码</translation>
    </message>
    <message>
        <source>Command codes: CMD:START start · CMD:REPORT report the counts · CMD:FINISH finish · CMD:CLEAR clear · WC:&lt;code&gt; change station</source>
        <translation>指令码：CMD:START 开工 · CMD:REPORT 报工 · CMD:FINISH 完工 · CMD:CLEAR 清除 · WC:&lt;编码&gt; 切换工位</translation>
    </message>
    <message>
        <source>Ready: scan a work order or part</source>
        <translation>就绪：请扫描工单或板件</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报工</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Operator: not signed in</source>
        <translation>操作员：未登录</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>最近报工</translation>
    </message>
    <message>
        <source>Recent events at %1</source>
        <translation>%1 最近报工</translation>
    </message>
    <message>
        <source>Cannot read the station's events: %1</source>
        <translation>无法读取本工位的报工记录：%1</translation>
    </message>
    <message>
        <source>Station %1: scan a work order or part</source>
        <translation>工位 %1：请扫描工单或板件</translation>
    </message>
    <message>
        <source>no station with the code %1</source>
        <translation>没有编码为 %1 的工位</translation>
    </message>
    <message>
        <source>%1: operation %2 %3 is already finished here</source>
        <translation>%1：本工位的工序 %2 %3 已完工</translation>
    </message>
    <message>
        <source>%1: operation %2 %3, %4 of %5 parts left</source>
        <translation>%1：工序 %2 %3，%5 件还剩 %4 件</translation>
    </message>
    <message>
        <source>scan a work order first</source>
        <translation>请先扫描工单</translation>
    </message>
    <message>
        <source>No work order</source>
        <translation>未选工单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>车间 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>交期 %1</translation>
    </message>
    <message>
        <source>Scan the code on a work order sheet or a part label</source>
        <translation>请扫描工单或板件标签上的条码</translation>
    </message>
    <message>
        <source>Here: operation %1 %2 (%3)</source>
        <translation>本工位：工序 %1 %2（%3）</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>工艺路线：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkCenterStore</name>
    <message>
        <source>work center %1</source>
        <translation>工作中心 %1</translation>
    </message>
    <message>
        <source>a work center needs a code</source>
        <translation>工作中心需要编码</translation>
    </message>
    <message>
        <source>a work center needs a name</source>
        <translation>工作中心需要名称</translation>
    </message>
    <message>
        <source>"%1" is not a kind of work center: use %2</source>
        <translation>“%1”不是工作中心类型：请用 %2</translation>
    </message>
    <message>
        <source>capacity must be at least 1</source>
        <translation>产能至少为 1</translation>
    </message>
    <message>
        <source>setup and changeover times cannot be negative</source>
        <translation>准备和换型时间不能为负数</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>the work center does not exist (any more)</source>
        <translation>该工作中心不存在（或已删除）</translation>
    </message>
    <message>
        <source>work calendar %1</source>
        <translation>工作日历 %1</translation>
    </message>
    <message>
        <source>a work calendar needs a code and a name</source>
        <translation>工作日历需要编码和名称</translation>
    </message>
    <message>
        <source>"%1" is not a time zone this computer knows</source>
        <translation>本机不认识时区“%1”</translation>
    </message>
    <message>
        <source>work calendar day %1</source>
        <translation>工作日历日期 %1</translation>
    </message>
    <message>
        <source>give a date</source>
        <translation>请给出日期</translation>
    </message>
    <message>
        <source>an outage must end after it starts</source>
        <translation>停机的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>say why the work center is out of use</source>
        <translation>请说明工作中心停用的原因</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderDetailPane</name>
    <message>
        <source>since %1</source>
        <translation>%1 开工</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Select a work order to see its operations, panels and hardware.</source>
        <translation>选择一张工单，查看其工序、板件和五金。</translation>
    </message>
    <message>
        <source>Rush</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>工序计划</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>板件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>五金</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>板件</translation>
    </message>
    <message>
        <source>L × W × T (mm)</source>
        <translation>长 × 宽 × 厚 (mm)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>封边</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>%1 × %2 mm, %3 dpi</source>
        <translation>%1 × %2 mm，%3 dpi</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>Labels as PDF…</source>
        <translation>标签存为 PDF…</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · due %4</source>
        <translation>订单 %1 · %2 · %3 · 交期 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s), %1 m², %2 m of edge banding</source>
        <translation>
            <numerusform>%n 块板件，%1 m²，封边 %2 m</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未排产</translation>
    </message>
    <message>
        <source>Operations (%1)</source>
        <translation>工序 (%1)</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>Panels (%1)</source>
        <translation>板件 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s), one per piece</source>
        <translation>
            <numerusform>%n 张标签，每块板件一张</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardware (%1)</source>
        <translation>五金 (%1)</translation>
    </message>
    <message>
        <source>The work order could not be shown: %1</source>
        <translation>无法显示该工单：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderDocumentBuilder</name>
    <message>
        <source>pcs</source>
        <translation>个</translation>
    </message>
    <message>
        <source>set(s)</source>
        <translation>套</translation>
    </message>
    <message>
        <source>pair(s)</source>
        <translation>副</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 %2 号</translation>
    </message>
    <message>
        <source>Rush: make before ordinary work.</source>
        <translation>加急：优先于普通工单生产。</translation>
    </message>
    <message>
        <source>Main board: %1 %2</source>
        <translation>主材：%1 %2</translation>
    </message>
    <message>
        <source>Ready for the installation booked for %1.</source>
        <translation>须在预约安装时间 %1 前完工。</translation>
    </message>
    <message>
        <source>the work order does not exist (any more)</source>
        <translation>该工单不存在（或已删除）</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderListModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>延期 %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>%1 (rush)</source>
        <translation>%1（加急）</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未排产</translation>
    </message>
    <message>
        <source>partly planned</source>
        <translation>部分排产</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>生产工单</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积 (m²)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderMaker</name>
    <message>
        <source>order %1, task %2</source>
        <translation>订单 %1，任务 %2</translation>
    </message>
    <message>
        <source>the task names no workshop</source>
        <translation>任务未指定车间</translation>
    </message>
    <message>
        <source>no routing for workshop %1 (product %2): add one to the production settings</source>
        <translation>车间 %1（产品 %2）没有工艺路线：请在生产设置中添加</translation>
    </message>
    <message>
        <source>routing %1, step %2: its work center is gone</source>
        <translation>工艺路线 %1 工序 %2：其工作中心已不存在</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>its task was cancelled, but production has started: decide by hand whether to finish or stop it</source>
        <translation>其任务已取消，但生产已开工：请人工决定完成还是停止</translation>
    </message>
    <message>
        <source>its task was cancelled</source>
        <translation>其任务已取消</translation>
    </message>
    <message>
        <source>made from the split</source>
        <translation>由拆单生成</translation>
    </message>
    <message>
        <source>the order was amended</source>
        <translation>订单已变更</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderStatusProvider</name>
    <message>
        <source>Production status</source>
        <translation>生产状态</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderStatuses</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已下达</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待开工</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>加工中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完工</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderStore</name>
    <message>
        <source>the work order does not exist (any more)</source>
        <translation>该工单不存在（或已删除）</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>the operation does not exist (any more)</source>
        <translation>该工序不存在（或已删除）</translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrdersPage</name>
    <message>
        <source>Work orders: %1 made, %2 changed, %3 cancelled, %4 unchanged.</source>
        <translation>工单：新生成 %1 个，更新 %2 个，取消 %3 个，未变 %4 个。</translation>
    </message>
    <message>
        <source>new work orders planned</source>
        <translation>新工单排产</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) planned into the gaps of the plan.</source>
        <translation>
            <numerusform>已将 %n 道工序排入计划空档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>共 %Ln 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Each workshop's work: plan, progress and printing</source>
        <translation>各车间的生产工单：排产、进度与打印</translation>
    </message>
    <message>
        <source>Make work orders</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>Make work orders for the split orders that have none yet and put them into the plan's gaps</source>
        <translation>为已拆单但尚无工单的订单生成工单，并排入计划空档</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the selected work order</source>
        <translation>打印选中的工单</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <source>Save the selected work order as a PDF</source>
        <translation>将选中的工单存为 PDF</translation>
    </message>
    <message>
        <source>Export for MES…</source>
        <translation>导出给 MES…</translation>
    </message>
    <message>
        <source>Export the work orders of the status, workshop and due filters with their operations, as CSV or JSON</source>
        <translation>按状态、车间和交期筛选导出工单及其工序（CSV 或 JSON）</translation>
    </message>
    <message>
        <source>Import progress…</source>
        <translation>导入进度…</translation>
    </message>
    <message>
        <source>Import progress and actual times reported by an MES</source>
        <translation>导入 MES 报告的进度和实际工时</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Work order, order no. or customer</source>
        <translation>工单号、订单号或客户</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not made yet</source>
        <translation>未完工</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>全部交期</translation>
    </message>
    <message>
        <source>Due before today</source>
        <translation>交期已过</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due in 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Due between…</source>
        <translation>交期介于…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>File or order</source>
        <translation>文件或订单</translation>
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
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <source>No work orders match these filters.</source>
        <translation>没有符合筛选条件的工单。</translation>
    </message>
    <message>
        <source>No work orders yet. Orders get them once they are split: make them now, or let the planner do it.</source>
        <translation>还没有工单。订单拆单后才有工单：现在生成，或由计划员生成。</translation>
    </message>
    <message>
        <source>Counting work orders…</source>
        <translation>正在统计工单…</translation>
    </message>
    <message>
        <source>Making work orders and planning the new ones…</source>
        <translation>正在生成工单并为新工单排产…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while making work orders; the rest were made.</source>
        <translation>
            <numerusform>生成工单时有 %n 个问题，其余工单已生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 as PDF…</source>
        <translation>正在将 %1 存为 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The work order has no panels to label.</source>
        <translation>该工单没有可打标签的板件。</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n label(s) as PDF…</source>
        <translation>
            <numerusform>正在将 %n 张标签存为 PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张标签保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting work orders for the MES…</source>
        <translation>正在导出工单给 MES…</translation>
    </message>
    <message>
        <source>Exported %1 work order(s) with %2 operation(s) to %3.</source>
        <translation>已导出 %1 张工单（%2 道工序）到 %3。</translation>
    </message>
    <message>
        <source>Importing progress from the MES…</source>
        <translation>正在从 MES 导入进度…</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Print the work order</source>
        <translation>打印工单</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>已将 %1 发送到打印机。</translation>
    </message>
    <message>
        <source>Part labels %1</source>
        <translation>板件标签 %1</translation>
    </message>
    <message>
        <source>Print part labels</source>
        <translation>打印板件标签</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 张标签发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the work order as PDF</source>
        <translation>将工单存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the part labels as PDF</source>
        <translation>将板件标签存为 PDF</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>%1 标签</translation>
    </message>
    <message>
        <source>Export work orders for the MES</source>
        <translation>导出工单给 MES</translation>
    </message>
    <message>
        <source>CSV for Excel and most MES (*.csv)</source>
        <translation>CSV，适用于 Excel 和多数 MES (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>work-orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Import progress from the MES</source>
        <translation>从 MES 导入进度</translation>
    </message>
    <message>
        <source>MES progress files (*.csv *.json)</source>
        <translation>MES 进度文件 (*.csv *.json)</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::Accounts</name>
    <message>
        <source>unknown kind of unit "%1" (%2)</source>
        <translation>未知的组织单元类型“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>a unit needs a code and a name</source>
        <translation>组织单元需要编码和名称</translation>
    </message>
    <message>
        <source>no such parent unit</source>
        <translation>上级单元不存在</translation>
    </message>
    <message>
        <source>the unit code is taken</source>
        <translation>该单元编码已被使用</translation>
    </message>
    <message>
        <source>no such organisation unit</source>
        <translation>组织单元不存在</translation>
    </message>
    <message>
        <source>the user name is taken</source>
        <translation>该用户名已被使用</translation>
    </message>
    <message>
        <source>the user name is taken (as %1)</source>
        <translation>用户名已被占用（%1）</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ApiServer</name>
    <message>
        <source>hearth-server speaks only HTTPS and needs a certificate and its key (--cert FILE --key FILE, or "cert" and "key" in the config file); for a trial, make a pair with "hearth-server gen-cert --out DIR"</source>
        <translation>hearth-server 只提供 HTTPS，需要证书及其私钥（--cert FILE --key FILE，或配置文件中的 "cert" 和 "key"）；试用时可用 "hearth-server gen-cert --out DIR" 生成一对</translation>
    </message>
    <message>
        <source>cannot read the certificate: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <source>the file holds no PEM certificate</source>
        <translation>文件中没有 PEM 证书</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>cannot read the key: %1</source>
        <translation>无法读取私钥：%1</translation>
    </message>
    <message>
        <source>the file holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>文件中没有未加密的 PEM 私钥（RSA 或 EC）</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>the request body is larger than %1 bytes</source>
        <translation>请求体超过 %1 字节</translation>
    </message>
    <message>
        <source>no such route</source>
        <translation>没有这个接口</translation>
    </message>
    <message>
        <source>%1 takes %2 only</source>
        <translation>%1 只接受 %2</translation>
    </message>
    <message>
        <source>too many wrong passwords: this account is locked; try again in %1 minutes</source>
        <translation>密码错误次数过多，账户已锁定；请在 %1 分钟后重试</translation>
    </message>
    <message>
        <source>wrong passwords in a row: wait %1 seconds before the next try</source>
        <translation>连续输错密码：请等待 %1 秒后再试</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>send the channel's API key in %1</source>
        <translation>请在 %1 中发送渠道的 API 密钥</translation>
    </message>
    <message>
        <source>no unit has this code</source>
        <translation>没有使用此编码的组织单元</translation>
    </message>
    <message>
        <source>is one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>the server is stopping; try again in a moment</source>
        <translation>服务器正在停止，请稍后再试</translation>
    </message>
    <message>
        <source>the server cannot reach its database; the server log says why</source>
        <translation>服务器无法连接数据库，原因见服务器日志</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::AttachmentRoutes</name>
    <message>
        <source>no attachment you may see has this id</source>
        <translation>没有你可查看的此编号附件</translation>
    </message>
    <message>
        <source>no such route</source>
        <translation>没有此接口</translation>
    </message>
    <message>
        <source>must be a UUID made by the client</source>
        <translation>须为客户端生成的 UUID</translation>
    </message>
    <message>
        <source>give either job_id or order_id</source>
        <translation>请给出 job_id 或 order_id 之一</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>must be a media type, e.g. image/jpeg</source>
        <translation>须为媒体类型，例如 image/jpeg</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>须为 64 位十六进制数字</translation>
    </message>
    <message>
        <source>must be 1 byte or more</source>
        <translation>至少须为 1 字节</translation>
    </message>
    <message>
        <source>is larger than the %1 bytes a file may have</source>
        <translation>超过单个文件上限 %1 字节</translation>
    </message>
    <message>
        <source>a different upload was already declared with this id</source>
        <translation>此编号已声明过另一个上传</translation>
    </message>
    <message>
        <source>no job you may attach to has this id</source>
        <translation>没有你可添加附件的此编号工单</translation>
    </message>
    <message>
        <source>no order you may attach to has this id</source>
        <translation>没有你可添加附件的此编号订单</translation>
    </message>
    <message>
        <source>this id was declared at the same moment; send it again</source>
        <translation>此编号同时被声明，请重新发送</translation>
    </message>
    <message>
        <source>this upload failed its SHA-256 check and was dropped; declare it again</source>
        <translation>此上传未通过 SHA-256 校验，已丢弃，请重新声明</translation>
    </message>
    <message>
        <source>this upload has chunks 0 to %1</source>
        <translation>此上传的分块编号为 0 至 %1</translation>
    </message>
    <message>
        <source>chunk %1 holds %2 bytes; it must hold %3</source>
        <translation>第 %1 块为 %2 字节，应为 %3 字节</translation>
    </message>
    <message>
        <source>the bytes received do not have the SHA-256 declared; nothing was kept, declare the upload again</source>
        <translation>收到的内容与声明的 SHA-256 不符，未保存任何内容，请重新声明上传</translation>
    </message>
    <message>
        <source>the upload is %1; its content is not here yet</source>
        <translation>上传状态为 %1，内容尚未到齐</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::AttachmentStore</name>
    <message>
        <source>the stored content of attachment %1 holds %2 bytes, not %3</source>
        <translation>附件 %1 已存内容为 %2 字节，而不是 %3 字节</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::CertificateMaker</name>
    <message>
        <source>"%1" is not a host name or IP address</source>
        <translation>“%1”不是主机名或 IP 地址</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key</source>
        <translation>OpenSSL 无法生成密钥</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL 无法签署证书</translation>
    </message>
    <message>
        <source>OpenSSL could not write PEM</source>
        <translation>OpenSSL 无法写出 PEM</translation>
    </message>
    <message>
        <source>cannot write the key</source>
        <translation>无法写入私钥</translation>
    </message>
    <message>
        <source>cannot write the certificate</source>
        <translation>无法写入证书</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>no CA certificate here: make the CA with gen-cert --ca-out DIR and give that folder</source>
        <translation>此处没有 CA 证书：请先用 gen-cert --ca-out DIR 生成 CA，再指定该文件夹</translation>
    </message>
    <message>
        <source>no CA key beside the CA certificate: bring the CA's folder with both files</source>
        <translation>CA 证书旁没有 CA 私钥：请提供同时包含两个文件的 CA 文件夹</translation>
    </message>
    <message>
        <source>not a PEM certificate (BEGIN CERTIFICATE)</source>
        <translation>不是 PEM 证书（BEGIN CERTIFICATE）</translation>
    </message>
    <message>
        <source>not an unencrypted PEM private key (BEGIN PRIVATE KEY)</source>
        <translation>不是未加密的 PEM 私钥（BEGIN PRIVATE KEY）</translation>
    </message>
    <message>
        <source>this certificate is not a certificate authority (CA:TRUE with keyCertSign)</source>
        <translation>此证书不是证书颁发机构（需 CA:TRUE 和 keyCertSign）</translation>
    </message>
    <message>
        <source>the key does not belong to the CA certificate %1</source>
        <translation>该私钥与 CA 证书 %1 不匹配</translation>
    </message>
    <message>
        <source>the CA expired on %1: make a new CA</source>
        <translation>CA 已于 %1 过期：请生成新的 CA</translation>
    </message>
    <message>
        <source>a CA name has at most 64 characters</source>
        <translation>CA 名称最多 64 个字符</translation>
    </message>
    <message>
        <source>a CA is already in this folder: servers' certificates depend on its key, so it is not replaced; choose another folder</source>
        <translation>此文件夹中已有 CA：各服务器证书依赖它的私钥，因此不会替换；请另选文件夹</translation>
    </message>
    <message>
        <source>the CA expires on %1, before this certificate would: give fewer days, or make a new CA</source>
        <translation>CA 将于 %1 过期，早于此证书：请缩短有效天数，或生成新的 CA</translation>
    </message>
    <message>
        <source>a certificate is valid for 1 to 3650 days</source>
        <translation>证书有效期为 1 到 3650 天</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ChannelKeys</name>
    <message>
        <source>a channel key needs a name</source>
        <translation>渠道密钥需要名称</translation>
    </message>
    <message>
        <source>a channel key of that name exists</source>
        <translation>同名的渠道密钥已存在</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ConnectionGuard</name>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>请求行超过 %1 字节</translation>
    </message>
    <message>
        <source>the request's headers are longer than %1 bytes</source>
        <translation>请求头超过 %1 字节</translation>
    </message>
    <message>
        <source>the request body is larger than %1 bytes</source>
        <translation>请求正文超过 %1 字节</translation>
    </message>
    <message>
        <source>send the body with a Content-Length, not in chunks</source>
        <translation>请用 Content-Length 发送正文，不要分块发送</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::DatabaseUri</name>
    <message>
        <source>no database given (sqlite:///path/file.db or postgresql://user@host:port/database)</source>
        <translation>未指定数据库（sqlite:///path/file.db 或 postgresql://user@host:port/database）</translation>
    </message>
    <message>
        <source>"%1" is not a database URI</source>
        <translation>“%1”不是数据库 URI</translation>
    </message>
    <message>
        <source>a SQLite URI names a file: sqlite:///path/file.db</source>
        <translation>SQLite URI 应指向文件：sqlite:///path/file.db</translation>
    </message>
    <message>
        <source>unknown database "%1" (sqlite or postgresql)</source>
        <translation>未知的数据库“%1”（sqlite 或 postgresql）</translation>
    </message>
    <message>
        <source>a PostgreSQL URI names a host and a database: postgresql://user@host:port/database</source>
        <translation>PostgreSQL URI 应包含主机和数据库：postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::DeskRegistry</name>
    <message>
        <source>the desk %1 could not be registered; try again</source>
        <translation>终端 %1 未能注册，请重试</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>须为 UUID</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::FieldRoutes</name>
    <message>
        <source>must be a UUID made by the client, e.g. "0f8fad5b-d9cb-469f-a165-70867728950e"</source>
        <translation>须为客户端生成的 UUID，例如 "0f8fad5b-d9cb-469f-a165-70867728950e"</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>须为 %1 至 %2 之间的数</translation>
    </message>
    <message>
        <source>must be a time with its zone, e.g. "2026-12-01T09:30:00+08:00"</source>
        <translation>须为带时区的时间，例如 "2026-12-01T09:30:00+08:00"</translation>
    </message>
    <message>
        <source>is more than an hour ahead of the server's clock; set the phone's clock right</source>
        <translation>比服务器时间快一小时以上，请校正手机时间</translation>
    </message>
    <message>
        <source>is more than %1 days ago</source>
        <translation>早于 %1 天前</translation>
    </message>
    <message>
        <source>no job of yours has this id</source>
        <translation>没有属于你的此编号工单</translation>
    </message>
    <message>
        <source>no such route</source>
        <translation>没有此接口</translation>
    </message>
    <message>
        <source>only installers of an installation team use this route</source>
        <translation>仅安装团队的安装师傅可使用此接口</translation>
    </message>
    <message>
        <source>your role may not do this (it needs %1)</source>
        <translation>您的角色无权执行此操作（需要 %1）</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be after slot_start</source>
        <translation>须晚于 slot_start</translation>
    </message>
    <message>
        <source>a different job was already created with this id</source>
        <translation>此编号已用于另一个工单</translation>
    </message>
    <message>
        <source>no order you may see has this id</source>
        <translation>没有你可查看的此编号订单</translation>
    </message>
    <message>
        <source>no installation team has this code</source>
        <translation>没有此编码的安装团队</translation>
    </message>
    <message>
        <source>no active installer of an installation team has this user name</source>
        <translation>没有此用户名的在职安装团队师傅</translation>
    </message>
    <message>
        <source>is not in the team %1</source>
        <translation>不在团队 %1 中</translation>
    </message>
    <message>
        <source>is required: the order does not name its customer</source>
        <translation>为必填项：订单未写明客户</translation>
    </message>
    <message>
        <source>the job was stored concurrently; send it again</source>
        <translation>工单同时被保存，请重新发送</translation>
    </message>
    <message>
        <source>the job keeps changing under this request; send it again</source>
        <translation>工单在处理期间不断变化，请重新发送</translation>
    </message>
    <message>
        <source>is not a field of this request</source>
        <translation>不是此请求的字段</translation>
    </message>
    <message>
        <source>the job is %1 and cannot be taken</source>
        <translation>工单状态为 %1，不能领取</translation>
    </message>
    <message>
        <source>%1 has already taken this job</source>
        <translation>%1 已抢到此工单</translation>
    </message>
    <message>
        <source>the job was cancelled</source>
        <translation>该工单已取消</translation>
    </message>
    <message>
        <source>check in at the customer's first</source>
        <translation>请先在客户处签到</translation>
    </message>
    <message>
        <source>is before the check-in at %1</source>
        <translation>早于 %1 的签到时间</translation>
    </message>
    <message>
        <source>must be from 1 to 5</source>
        <translation>须为 1 至 5</translation>
    </message>
    <message>
        <source>the customer already rated this job %1</source>
        <translation>客户已为此工单评分 %1</translation>
    </message>
    <message>
        <source>the customer already signed this job</source>
        <translation>客户已为此工单签名</translation>
    </message>
    <message>
        <source>no complete upload of this job has this id</source>
        <translation>此工单没有此编号的完整上传</translation>
    </message>
    <message>
        <source>must be an image (its mime type starts with image/)</source>
        <translation>须为图片（媒体类型以 image/ 开头）</translation>
    </message>
    <message>
        <source>the job is done and cannot be cancelled</source>
        <translation>工单已完成，不能取消</translation>
    </message>
    <message>
        <source>must hold from 1 to %1 pings</source>
        <translation>须包含 1 至 %1 条定位</translation>
    </message>
    <message>
        <source>only administrators keep the settlement rules</source>
        <translation>只有管理员可以维护结算规则</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::FieldSession</name>
    <message>
        <source>%1 takes %2 only</source>
        <translation>%1 只接受 %2</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::InstallGate</name>
    <message>
        <source>order %1 has no packages yet: an installation is booked once its packages are packed and scanned into staging (齐套)</source>
        <translation>订单 %1 还没有包件：包件打包并扫入待发区（齐套）后才能预约安装</translation>
    </message>
    <message>
        <source>%1 of the %2 packages of order %3 are not in staging yet: book the installation once every package is staged (齐套)</source>
        <translation>订单 %3 的 %2 个包件中有 %1 个尚未进入待发区：所有包件入待发区（齐套）后再预约安装</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::InstallSettlement</name>
    <message>
        <source>every team</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>installation commission, rule of %1 from %2: %3 fixed + %4 % of %5</source>
        <translation>安装佣金，%1 自 %2 起的规则：固定 %3 + %5 的 %4 %</translation>
    </message>
    <message>
        <source>, less %1 for a rating of %2 or lower</source>
        <translation>，评分 %2 分及以下扣 %1</translation>
    </message>
    <message>
        <source>must hold at most %1 rules</source>
        <translation>最多 %1 条规则</translation>
    </message>
    <message>
        <source>must be a whole number of fen from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数（单位：分）</translation>
    </message>
    <message>
        <source>must be basis points from 0 to %1 (300 is 3 %)</source>
        <translation>必须是 0 到 %1 之间的基点数（300 即 3 %）</translation>
    </message>
    <message>
        <source>must be a rating from 1 to 5, or 0 for no deduction</source>
        <translation>必须是 1 到 5 的评分，0 表示不扣款</translation>
    </message>
    <message>
        <source>is required with low_rating_deduction_fen: the rating at or below which it is deducted</source>
        <translation>填写 low_rating_deduction_fen 时必填：评分不高于此值时扣款</translation>
    </message>
    <message>
        <source>must be the id of a rule as GET answers it, or left out</source>
        <translation>必须是 GET 返回的规则 id，或不填</translation>
    </message>
    <message>
        <source>is the id of another rule here</source>
        <translation>与本列表中另一条规则的 id 重复</translation>
    </message>
    <message>
        <source>must be a day, e.g. "2026-12-01"</source>
        <translation>必须是日期，例如 "2026-12-01"</translation>
    </message>
    <message>
        <source>no installation team has this code</source>
        <translation>没有此编码的安装团队</translation>
    </message>
    <message>
        <source>another rule of the same team starts on this day</source>
        <translation>同一团队已有另一条规则从这一天起生效</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::JsonBody</name>
    <message>
        <source>a string without control characters</source>
        <translation>不含控制字符的字符串</translation>
    </message>
    <message>
        <source>a decimal number written as a string, e.g. "1999.00"</source>
        <translation>以字符串书写的十进制数，例如 "1999.00"</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>对象数组</translation>
    </message>
    <message>
        <source>the request has no body; a JSON object was expected</source>
        <translation>请求没有正文；应为 JSON 对象</translation>
    </message>
    <message>
        <source>the JSON breaks at line %1, column %2 (byte %3): %4</source>
        <translation>JSON 在第 %1 行第 %2 列（第 %3 字节）出错：%4</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>请求正文必须是 JSON 对象</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>is not a field of this request</source>
        <translation>不是此请求的字段</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::NaturalKeys</name>
    <message>
        <source>another row of %1 has this row's %2 (entered on another desk): this one is now %3</source>
        <translation>%1 中另一行已占用本行的 %2（在另一台工作站录入）：本行现为 %3</translation>
    </message>
    <message>
        <source>another row of %1 has %2 %3 (entered on another desk): this one is now %4</source>
        <translation>%1 中已有另一行的 %2 为 %3（在另一台工作站录入）：本行现为 %4</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::OrderFilter</name>
    <message>
        <source>must be at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>must be valid Unicode text</source>
        <translation>须为有效的 Unicode 文本</translation>
    </message>
    <message>
        <source>must not hold control characters</source>
        <translation>不得包含控制字符</translation>
    </message>
    <message>
        <source>unknown query parameter</source>
        <translation>未知的查询参数</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>重复给出</translation>
    </message>
    <message>
        <source>is one of %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>须为日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be from 1 to %1</source>
        <translation>须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>must not be before signed_from</source>
        <translation>不得早于 signed_from</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::OrderIntake</name>
    <message>
        <source>send an %1 header of 1 to %2 visible ASCII characters, the same on every retry of this order</source>
        <translation>请发送 %1 请求头，由 1 至 %2 个可见 ASCII 字符组成，重试同一订单时保持不变</translation>
    </message>
    <message>
        <source>the order could not be stored now; send it again with the same %1</source>
        <translation>订单暂时无法保存；请使用相同的 %1 重新发送</translation>
    </message>
    <message>
        <source>this %1 was already used for another order body; use a new key for a new order</source>
        <translation>此 %1 已用于另一份订单内容；新订单请使用新的键</translation>
    </message>
    <message>
        <source>order %1 of this channel was received before with other content; it is not changed through intake</source>
        <translation>该渠道的订单 %1 之前已以不同内容接收；订单接入不会修改已有订单</translation>
    </message>
    <message>
        <source>the first answer for this order is missing</source>
        <translation>找不到此订单的首次应答</translation>
    </message>
    <message>
        <source>this key orders for dealer %1 only</source>
        <translation>此密钥只能为经销商 %1 下单</translation>
    </message>
    <message>
        <source>this key orders for store %1 only</source>
        <translation>此密钥只能为门店 %1 下单</translation>
    </message>
    <message>
        <source>no dealer has the code %1</source>
        <translation>没有编码为 %1 的经销商</translation>
    </message>
    <message>
        <source>no store has the code %1</source>
        <translation>没有编码为 %1 的门店</translation>
    </message>
    <message>
        <source>order %1 of this channel is held already as %2 (entered on a desk); it is not changed through intake</source>
        <translation>该渠道的订单 %1 已作为 %2 保存（由工作站录入）；不能通过接单接口修改</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::OrderJson</name>
    <message>
        <source>an order needs at least one line</source>
        <translation>订单至少需要一行明细</translation>
    </message>
    <message>
        <source>an order may have at most %1 lines</source>
        <translation>一个订单最多 %1 行明细</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::OrderRoutes</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>没有该订单</translation>
    </message>
    <message>
        <source>%1 orders match; export at most %2 at a time: narrow the signing dates</source>
        <translation>共 %1 个订单符合；每次最多导出 %2 个：请缩小签单日期范围</translation>
    </message>
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
        <source>Signed on</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>the amounts add up to more than a total can hold; narrow the filters</source>
        <translation>金额合计超出可表示的范围；请缩小筛选条件</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>未读到内容</translation>
    </message>
    <message>
        <source>no order you may see has this code</source>
        <translation>您可查看的订单中没有此编码</translation>
    </message>
    <message>
        <source>the code names several orders; choose one</source>
        <translation>此编码对应多个订单，请选择一个</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::RequestAuth</name>
    <message>
        <source>sign in first: the token is missing, expired or revoked</source>
        <translation>请先登录：令牌缺失、已过期或已注销</translation>
    </message>
    <message>
        <source>your role may not do this (it needs %1)</source>
        <translation>您的角色无权执行此操作（需要 %1）</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ServerCommands</name>
    <message>
        <source>hearth-server: %1</source>
        <translation>hearth-server：%1</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>database URI</source>
        <translation>数据库 URI</translation>
    </message>
    <message>
        <source>first administrator's user name</source>
        <translation>第一个管理员的用户名</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init 需要 --admin NAME</translation>
    </message>
    <message>
        <source>%1 has users already; init makes the first administrator only</source>
        <translation>%1 已有用户；init 只创建第一个管理员</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>created %1 with administrator "%2"</source>
        <translation>已创建 %1，管理员为“%2”</translation>
    </message>
    <message>
        <source>password (shown this once, write it down): %1</source>
        <translation>密码（只显示这一次，请记下）：%1</translation>
    </message>
    <message>
        <source>JSON config file</source>
        <translation>JSON 配置文件</translation>
    </message>
    <message>
        <source>IP address to listen on (127.0.0.1)</source>
        <translation>监听的 IP 地址（127.0.0.1）</translation>
    </message>
    <message>
        <source>port (8443)</source>
        <translation>端口（8443）</translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation>PEM 证书</translation>
    </message>
    <message>
        <source>PEM private key</source>
        <translation>PEM 私钥</translation>
    </message>
    <message>
        <source>--address: "%1" is not an IP address</source>
        <translation>--address：“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>--port: a port is a number from 1 to 65535 (0: any free port)</source>
        <translation>--port：端口为 1 至 65535 的数字（0：任一空闲端口）</translation>
    </message>
    <message>
        <source>hearth-server %1 listening on https://%2:%3/ with %4</source>
        <translation>hearth-server %1 正在监听 https://%2:%3/，数据库 %4</translation>
    </message>
    <message>
        <source>folder for the pair</source>
        <translation>证书和私钥的存放文件夹</translation>
    </message>
    <message>
        <source>host name or IP the server is reached by</source>
        <translation>访问服务器所用的主机名或 IP</translation>
    </message>
    <message>
        <source>certificate: %1
key: %2
This certificate is self-signed: clients must be told to trust it. Use one from your certificate authority in production.</source>
        <translation>证书：%1
私钥：%2
这是自签名证书：客户端须明确设置信任它。正式使用请采用证书颁发机构签发的证书。</translation>
    </message>
    <message>
        <source>store, dealer, ecommerce, designer or other</source>
        <translation>store、dealer、ecommerce、designer 或 other</translation>
    </message>
    <message>
        <source>the system that will use the key</source>
        <translation>将使用该密钥的系统</translation>
    </message>
    <message>
        <source>--channel must be store, dealer, ecommerce, designer or other</source>
        <translation>--channel 必须是 store、dealer、ecommerce、designer 或 other</translation>
    </message>
    <message>
        <source>API key for "%1" (shown this once; send it as %2): %3</source>
        <translation>“%1”的 API 密钥（只显示这一次；请以 %2 发送）：%3</translation>
    </message>
    <message>
        <source>the organisation unit (a dealer's or store's code) whose orders the key sends: every order it sends is theirs, whatever dealer code it names</source>
        <translation>该密钥所发送订单的组织单元（经销商或门店编码）：它发送的每个订单都归该单元，不论订单写的是哪个经销商编码</translation>
    </message>
    <message>
        <source>--unit: no organisation unit has the code %1</source>
        <translation>--unit：没有编码为 %1 的组织单元</translation>
    </message>
    <message>
        <source>days valid (365; 3650 for a CA)</source>
        <translation>有效天数（365；CA 为 3650）</translation>
    </message>
    <message>
        <source>make a company certificate authority (CA) in this folder instead</source>
        <translation>改为在此文件夹中生成公司证书颁发机构（CA）</translation>
    </message>
    <message>
        <source>the CA's name (Hearth company CA)</source>
        <translation>CA 名称（Hearth company CA）</translation>
    </message>
    <message>
        <source>sign the server's certificate with the CA in this folder</source>
        <translation>用此文件夹中的 CA 签发服务器证书</translation>
    </message>
    <message>
        <source>--ca-out makes a CA only: issue the server's certificate with a second gen-cert --out DIR --ca DIR</source>
        <translation>--ca-out 只生成 CA：请再运行一次 gen-cert --out DIR --ca DIR 签发服务器证书</translation>
    </message>
    <message>
        <source>gen-cert needs --out DIR (or --ca-out DIR to make a CA)</source>
        <translation>gen-cert 需要 --out DIR（或用 --ca-out DIR 生成 CA）</translation>
    </message>
    <message>
        <source>CA certificate: %1
CA key: %2
Keep the CA's folder offline; issue each server's certificate with gen-cert --out DIR --ca DIR, and give the desks the CA certificate (not the key).</source>
        <translation>CA 证书：%1
CA 私钥：%2
请离线保管 CA 文件夹；用 gen-cert --out DIR --ca DIR 签发各服务器的证书，并把 CA 证书（不是私钥）交给各桌面端。</translation>
    </message>
    <message>
        <source>certificate: %1
key: %2
Signed by the CA in %3: desks that trust that CA accept this server.</source>
        <translation>证书：%1
私钥：%2
由 %3 中的 CA 签发：信任该 CA 的桌面端会接受此服务器。</translation>
    </message>
    <message>
        <source>usage: hearth-server &lt;command&gt; [options]
  init --db URI --admin NAME     create the database and its first administrator
                                 (password from HEARTH_ADMIN_PASSWORD, or made
                                 and printed once)
  serve [--config FILE] [--address IP] [--port N] [--cert FILE] [--key FILE]
        [--db URI] [--threads N] answer HTTPS requests
  gen-cert --out DIR [--host NAME] [--days N] [--ca DIR]
                                 make a self-signed certificate for a trial, or
                                 one signed by the company CA in --ca DIR
  gen-cert --ca-out DIR [--ca-name NAME] [--days N]
                                 make a company CA (keep it offline)
  channel-key --db URI --channel CODE --name NAME [--unit CODE]
                                 make an API key for a channel's order intake
URI: sqlite:///path/file.db or postgresql://user@host:port/database
</source>
        <translation>用法：hearth-server &lt;命令&gt; [选项]
  init --db URI --admin NAME     创建数据库及第一个管理员
                                 （密码取自 HEARTH_ADMIN_PASSWORD，
                                 或自动生成并只显示一次）
  serve [--config FILE] [--address IP] [--port N] [--cert FILE] [--key FILE]
        [--db URI] [--threads N] 提供 HTTPS 服务
  gen-cert --out DIR [--host NAME] [--days N] [--ca DIR]
                                 生成试用的自签名证书，或由
                                 --ca DIR 中的公司 CA 签发的证书
  gen-cert --ca-out DIR [--ca-name NAME] [--days N]
                                 生成公司 CA（请离线保管）
  channel-key --db URI --channel CODE --name NAME [--unit CODE]
                                 为渠道订单接入生成 API 密钥
URI：sqlite:///path/file.db 或 postgresql://user@host:port/database
</translation>
    </message>
    <message>
        <source>worker threads answering requests (the larger of 4 and the number of cores)</source>
        <translation>处理请求的工作线程数（默认取 4 与 CPU 核数中的较大者）</translation>
    </message>
    <message>
        <source>--threads: a number of worker threads from 1 to %1</source>
        <translation>--threads：工作线程数须为 1 到 %1</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ServerConfig</name>
    <message>
        <source>cannot read the config file: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <source>the config file is not a JSON object (byte %1: %2)</source>
        <translation>配置文件不是 JSON 对象（第 %1 字节：%2）</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>必须是文本值</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535</source>
        <translation>必须是 1 至 65535 的端口号</translation>
    </message>
    <message>
        <source>must be a size from 1024 to 268435456 bytes</source>
        <translation>必须是 1024 至 268435456 字节之间的大小</translation>
    </message>
    <message>
        <source>must be from 1 to 2160 hours</source>
        <translation>必须在 1 至 2160 小时之间</translation>
    </message>
    <message>
        <source>must be from 1 to 3600 seconds</source>
        <translation>须为 1 到 3600 秒</translation>
    </message>
    <message>
        <source>must be from 1 to %1 worker threads</source>
        <translation>工作线程数须为 1 到 %1</translation>
    </message>
    <message>
        <source>unknown setting (known: address, port, cert, key, db, max_body_bytes, session_hours, idle_timeout_seconds, threads)</source>
        <translation>未知设置（可用：address、port、cert、key、db、max_body_bytes、session_hours、idle_timeout_seconds、threads）</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ServerStore</name>
    <message>
        <source>the database %1 does not exist; create it with "hearth-server init"</source>
        <translation>数据库 %1 不存在；请用 "hearth-server init" 创建</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>"%1" is not a database name init can create (letters, digits and _)</source>
        <translation>“%1”不是 init 可以创建的数据库名（仅限字母、数字和 _）</translation>
    </message>
    <message>
        <source>cannot reach PostgreSQL at %1: %2</source>
        <translation>无法连接 %1 上的 PostgreSQL：%2</translation>
    </message>
    <message>
        <source>cannot create the database: %1</source>
        <translation>无法创建数据库：%1</translation>
    </message>
    <message>
        <source>the database %1 has no Hearth server schema; create it with "hearth-server init"</source>
        <translation>数据库 %1 中没有 Hearth 服务器的表结构；请用 "hearth-server init" 创建</translation>
    </message>
    <message>
        <source>cannot update the schema (%1): %2</source>
        <translation>无法更新表结构（%1）：%2</translation>
    </message>
    <message>
        <source>the database has schema %1, newer than this server knows (%2); update hearth-server</source>
        <translation>数据库的表结构版本为 %1，高于本服务器所知的版本（%2）；请升级 hearth-server</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>迁移脚本 %1 执行失败：%2</translation>
    </message>
    <message>
        <source>migration %1 ends without a semicolon</source>
        <translation>迁移脚本 %1 末尾缺少分号</translation>
    </message>
    <message>
        <source>the database could not carry out the request; the server log says why</source>
        <translation>数据库无法完成此请求；原因见服务器日志</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>the counter %1 is missing</source>
        <translation>计数器 %1 不存在</translation>
    </message>
    <message>
        <source>cannot read the orders' numbers: %1</source>
        <translation>无法读取订单编号：%1</translation>
    </message>
    <message>
        <source>cannot record the order number %1: %2</source>
        <translation>无法记录订单编号 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the rows held: %1</source>
        <translation>无法读取服务器已保存的行：%1</translation>
    </message>
    <message>
        <source>cannot record the order of a line: %1</source>
        <translation>无法记录订单行所属的订单：%1</translation>
    </message>
    <message>
        <source>cannot record the key of an event: %1</source>
        <translation>无法记录事件的键：%1</translation>
    </message>
    <message>
        <source>cannot start a transaction: one is open already</source>
        <translation>无法开始事务：已有一个事务尚未结束</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ServerSync</name>
    <message>
        <source>the order's process does not allow this status change</source>
        <translation>订单流程不允许此状态变更</translation>
    </message>
    <message>
        <source>%1 holds events, which are never changed or deleted; record a new event instead</source>
        <translation>%1 记录的是事件，不能修改或删除；请另记一条新事件</translation>
    </message>
    <message>
        <source>the order's process does not allow the status to go from %1 to %2</source>
        <translation>订单流程不允许状态从 %1 变为 %2</translation>
    </message>
    <message>
        <source>the same event as a row of %1 received before (%2 %3)</source>
        <translation>与此前收到的 %1 中的一行是同一事件（%2 %3）</translation>
    </message>
    <message>
        <source>only head office can give an order to another dealer or store (%1)</source>
        <translation>只有总部可以把订单转给其他经销商或门店（%1）</translation>
    </message>
    <message>
        <source>an order made here cannot name another dealer or store (%1)</source>
        <translation>本机建立的订单不能指定其他经销商或门店（%1）</translation>
    </message>
    <message>
        <source>your role may not change %1 (it needs %2)</source>
        <translation>您的角色不能修改 %1（需要 %2 权限）</translation>
    </message>
    <message>
        <source>no row of %1 that you may change has this id</source>
        <translation>%1 中没有您可修改的、编号为此的记录</translation>
    </message>
    <message>
        <source>the order or unit this row belongs to is not one you may change</source>
        <translation>此记录所属的订单或单位不在您可修改的范围内</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::SyncRoutes</name>
    <message>
        <source>%1 takes %2 only</source>
        <translation>%1 只接受 %2</translation>
    </message>
    <message>
        <source>is more than an hour ahead of the server's clock; set the desk's clock right</source>
        <translation>比服务器时钟快了一个多小时；请校准本机时钟</translation>
    </message>
    <message>
        <source>must be a revision, 0 or more</source>
        <translation>必须是 0 或更大的版本号</translation>
    </message>
    <message>
        <source>must be from 1 to %1</source>
        <translation>必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>unknown query parameter</source>
        <translation>未知的查询参数</translation>
    </message>
</context>
<context>
    <name>Hearth::Storage::Database</name>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>the database file is read-only; Hearth records every change in it, so it needs write access (check the file's permissions)</source>
        <translation>数据库文件是只读的；Hearth 会把每次更改记录在其中，需要写入权限（请检查文件权限）</translation>
    </message>
    <message>
        <source>this SQLite file is not a Hearth database (it holds other tables); choose a Hearth database or a new file name</source>
        <translation>这个 SQLite 文件不是 Hearth 数据库（其中有其他表）；请选择 Hearth 数据库或新的文件名</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore it from a backup</source>
        <translation>数据库文件已损坏（%1）；请从备份恢复</translation>
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
    <name>Hearth::Sync::ConflictResolver</name>
    <message>
        <source>cannot read the sync conflicts: %1</source>
        <translation>无法读取同步冲突：%1</translation>
    </message>
    <message>
        <source>sync conflict %1 is not open: it was resolved already or does not exist</source>
        <translation>同步冲突 %1 不是待处理状态：已处理过或不存在</translation>
    </message>
    <message>
        <source>sync conflict %1 is not open</source>
        <translation>同步冲突 %1 不是待处理状态</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>%1 does not sync; only the server's version can be taken</source>
        <translation>%1 不参与同步，只能采用服务器的版本</translation>
    </message>
    <message>
        <source>another desk deleted this row and the delete is final; keep your version as a new row or take the server's</source>
        <translation>其他终端已删除此记录，删除不可撤销；可将本机版本另存为新记录，或采用服务器的版本</translation>
    </message>
    <message>
        <source>the desk has no row of its own to keep; take the server's instead</source>
        <translation>本机没有可保留的记录，请采用服务器的版本</translation>
    </message>
    <message>
        <source>only a row deleted on another desk can come back as a new row</source>
        <translation>只有在其他终端被删除的记录才能另存为新记录</translation>
    </message>
    <message>
        <source>the desk kept no fields of this row to make a new one from</source>
        <translation>本机没有保存此记录的字段，无法新建</translation>
    </message>
    <message>
        <source>the order's process does not allow this status change; take the server's status and move the order on through its process</source>
        <translation>订单流程不允许此状态变更；请采用服务器的状态，再按流程推进订单</translation>
    </message>
    <message>
        <source>another row had this code or number, so the server gave this row a new one; take the server's to acknowledge it</source>
        <translation>另一行已使用此编码或编号，服务器为本行另行编号；请选择“采用服务器版本”以确认</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::ConflictTableModel</name>
    <message>
        <source>Deleted on another desk</source>
        <translation>已在其他终端删除</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>服务器拒绝</translation>
    </message>
    <message>
        <source>Could not be stored here</source>
        <translation>本机无法保存</translation>
    </message>
    <message>
        <source>Status change refused</source>
        <translation>状态变更被拒绝</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Changed here while another desk deleted it; the delete stands unless you keep your version as a new row.</source>
        <translation>本机修改时其他终端已将其删除；除非将本机版本另存为新记录，否则以删除为准。</translation>
    </message>
    <message>
        <source>The server did not take this change (outside your orders, or not allowed).</source>
        <translation>服务器未接受此修改（不在您的订单范围内，或不允许）。</translation>
    </message>
    <message>
        <source>The server's version could not be saved on this desk.</source>
        <translation>服务器的版本无法保存到本机。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The order's process does not allow this status change; the server's status stands.</source>
        <translation>订单流程不允许此状态变更，以服务器的状态为准。</translation>
    </message>
    <message>
        <source>Code or number changed</source>
        <translation>编码或编号已更改</translation>
    </message>
    <message>
        <source>Another desk's row had this code or number, so the server gave this row a new one; check whether the two rows are one and the same.</source>
        <translation>另一台工作站的记录已使用此编码或编号，服务器为本行另行编号；请核对两条记录是否为同一事物。</translation>
    </message>
    <message>
        <source>%1 %2 was another desk's row's already; this row is now %3</source>
        <translation>%1 %2 已被另一台工作站的记录占用；本行现为 %3</translation>
    </message>
    <message>
        <source>The order's process does not allow the status to go from %1 to %2; the server's status stands.</source>
        <translation>订单流程不允许状态从 %1 变为 %2；以服务器上的状态为准。</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::DeskReplica</name>
    <message>
        <source>cannot open the database for sync: %1</source>
        <translation>无法打开用于同步的数据库：%1</translation>
    </message>
    <message>
        <source>the database is busy; sync will try again</source>
        <translation>数据库忙，同步将重试</translation>
    </message>
    <message>
        <source>the server sent a row of %1, which does not sync</source>
        <translation>服务器发来了不同步的表 %1 的行</translation>
    </message>
    <message>
        <source>%1 of %2 must be a JSON array of rows</source>
        <translation>%2 的 %1 必须是由行组成的 JSON 数组</translation>
    </message>
    <message>
        <source>a row of %1 of %2 has no %3</source>
        <translation>%2 的 %1 中有一行缺少 %3</translation>
    </message>
    <message>
        <source>the row now belongs to another organisation unit (its order went to another dealer or store) and left this desk; this change was not sent</source>
        <translation>该记录现属于另一个组织单位（其订单已转给另一家经销商或门店），已从本机移除；此修改未发送</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::PasswordPrompt</name>
    <message>
        <source>Sign In to the Sync Server</source>
        <translation>登录同步服务器</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::Protocol</name>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>must be an array of changes</source>
        <translation>必须是变更数组</translation>
    </message>
    <message>
        <source>holds %1 changes; send at most %2 at a time</source>
        <translation>包含 %1 条变更；每次最多发送 %2 条</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a text of 1 to %1 characters</source>
        <translation>必须是 1 到 %1 个字符的文本</translation>
    </message>
    <message>
        <source>must be a hybrid clock time (milliseconds-counter-node)</source>
        <translation>必须是混合逻辑时钟时间（毫秒-计数-节点）</translation>
    </message>
    <message>
        <source>must be insert, update or delete</source>
        <translation>必须是 insert、update 或 delete</translation>
    </message>
    <message>
        <source>is not a table that syncs (%1)</source>
        <translation>不是同步的表（%1）</translation>
    </message>
    <message>
        <source>must be an object of the row's fields</source>
        <translation>必须是该行字段组成的对象</translation>
    </message>
    <message>
        <source>is not a field of %1 that syncs</source>
        <translation>不是 %1 的同步字段</translation>
    </message>
    <message>
        <source>must be a text, a whole number, true, false or null</source>
        <translation>必须是文本、整数、true、false 或 null</translation>
    </message>
    <message>
        <source>must be an array of statuses (texts of 1 to %1 characters)</source>
        <translation>必须是状态的数组（每项为 1 至 %1 个字符的文本）</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncClient</name>
    <message>
        <source>the server's answer to a push was not understood</source>
        <translation>无法理解服务器对推送的应答</translation>
    </message>
    <message>
        <source>the server's answer to a pull was not understood</source>
        <translation>无法理解服务器对拉取的应答</translation>
    </message>
    <message>
        <source>cannot reach the sync server: %1</source>
        <translation>无法连接同步服务器：%1</translation>
    </message>
    <message>
        <source>the sync server refused (%1): %2</source>
        <translation>同步服务器拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>it is not made out for %1 (it names %2)</source>
        <translation>它不是为 %1 签发的（证书上的名称：%2）</translation>
    </message>
    <message>
        <source>it is not signed by the company CA that this desk trusts (%1)</source>
        <translation>它不是由本桌面端信任的公司 CA（%1）签发的</translation>
    </message>
    <message>
        <source>it is not the certificate pinned in the sync settings</source>
        <translation>它不是同步设置中固定的证书</translation>
    </message>
    <message>
        <source>it is not signed by a certificate authority this system trusts</source>
        <translation>它不是由本系统信任的证书颁发机构签发的</translation>
    </message>
    <message>
        <source>the sync server's certificate was refused: %1</source>
        <translation>已拒绝同步服务器的证书：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncEngine</name>
    <message>
        <source>the sync server went back to revision %1 from %2</source>
        <translation>同步服务器的版本从 %2 退回到了 %1</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncModule</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个同步冲突待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncPage</name>
    <message>
        <source>Sync Now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>This desk works offline and exchanges its changes with the server in the background.</source>
        <translation>本机可离线工作，并在后台与服务器交换修改。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Changes to send:</source>
        <translation>待发送修改：</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>待处理冲突：</translation>
    </message>
    <message>
        <source>First download:</source>
        <translation>首次下载：</translation>
    </message>
    <message>
        <source>Server and account</source>
        <translation>服务器与账号</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>服务器证书：</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>同步间隔：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>Take the Server's</source>
        <translation>采用服务器版本</translation>
    </message>
    <message>
        <source>Signed out of the sync server.</source>
        <translation>已退出同步服务器。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Signed in; syncing.</source>
        <translation>已登录，正在同步。</translation>
    </message>
    <message>
        <source>Trusts the system's certificate authorities.</source>
        <translation>信任系统的证书颁发机构。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Enter the server address and the user name, and save them first.</source>
        <translation>请先填写服务器地址和用户名并保存。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) downloaded</source>
        <translation>
            <numerusform>已下载 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Keep Mine as a New Row</source>
        <translation>将本机版本另存为新记录</translation>
    </message>
    <message>
        <source>Your version comes back as a new row; it is sent with the next sync.</source>
        <translation>本机版本已另存为新记录，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Your version is sent again with the next sync.</source>
        <translation>本机版本将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>The server's version comes back with the next sync.</source>
        <translation>服务器的版本将在下次同步时取回。</translation>
    </message>
    <message>
        <source>Stay signed in on this desk after a restart</source>
        <translation>重启后在本机保持登录</translation>
    </message>
    <message>
        <source>The session is kept in this desk's database until it expires. Turn this off on a desk that several people use.</source>
        <translation>登录会话保存在本机数据库中，直到过期。多人共用的电脑请关闭此项。</translation>
    </message>
    <message>
        <source>PEM file: the server's self-signed certificate or the company CA (optional)</source>
        <translation>PEM 文件：服务器的自签名证书或公司 CA（可选）</translation>
    </message>
    <message>
        <source>Trusts the company CA %1, SHA-256:
%2</source>
        <translation>信任公司 CA %1，SHA-256：
%2</translation>
    </message>
    <message>
        <source>Pinned server certificate, SHA-256:
%1</source>
        <translation>已固定服务器证书，SHA-256：
%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncService</name>
    <message>
        <source>the server address must be https://host:port, such as https://hearth.example.com:8443</source>
        <translation>服务器地址须为 https://主机:端口，例如 https://hearth.example.com:8443</translation>
    </message>
    <message>
        <source>enter the user name to sign in with</source>
        <translation>请输入登录用的用户名</translation>
    </message>
    <message>
        <source>the server certificate is not a PEM certificate</source>
        <translation>服务器证书不是 PEM 证书</translation>
    </message>
    <message>
        <source>the interval must be from 1 to 1440 minutes</source>
        <translation>同步间隔须在 1 至 1440 分钟之间</translation>
    </message>
    <message>
        <source>cannot read the certificate: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <source>expected one PEM certificate (BEGIN CERTIFICATE), found %1</source>
        <translation>应为一个 PEM 证书（BEGIN CERTIFICATE），实际找到 %1 个</translation>
    </message>
    <message>
        <source>Enter the server address and the user name first.</source>
        <translation>请先填写服务器地址和用户名。</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>服务器拒绝登录（%1）。</translation>
    </message>
    <message>
        <source>the server asks to sign in again</source>
        <translation>服务器要求重新登录</translation>
    </message>
    <message>
        <source>Your session on the sync server ended. Enter your password to sign in again.</source>
        <translation>您在同步服务器上的会话已结束，请输入密码重新登录。</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>未设置同步</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>First download…</source>
        <translation>首次下载中…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation>离线 — 稍后重试</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>sync is running; resolve the conflict when it ends</source>
        <translation>正在同步，请在同步结束后处理冲突</translation>
    </message>
    <message>
        <source>The server's certificate was refused: %1.</source>
        <translation>已拒绝服务器的证书：%1。</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n 条待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the sync page</source>
        <translation>打开同步页面</translation>
    </message>
    <message>
        <source>%1
Open the sync page</source>
        <translation>%1
打开同步页面</translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncTables</name>
    <message>
        <source>must be a whole number (or null)</source>
        <translation>必须是整数（或 null）</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be more than 0 (a refund is a receipt of kind refund)</source>
        <translation>必须大于 0（退款请记为类型为 refund 的收款）</translation>
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
    <message>
        <source>Approve orders held for a manager</source>
        <translation>审批需经理批准的订单</translation>
    </message>
    <message>
        <source>See and work on tasks</source>
        <translation>查看并处理任务</translation>
    </message>
    <message>
        <source>Change processes and rules</source>
        <translation>修改流程与规则</translation>
    </message>
    <message>
        <source>Report progress at a shop-floor station</source>
        <translation>在车间工位扫码报工</translation>
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
        <source>Enters and follows the dealer's own orders</source>
        <translation>录入并跟进经销商自己的订单</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>采购员</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>安装师傅</translation>
    </message>
    <message>
        <source>Approves discounts and large orders; leads the order clerks</source>
        <translation>审批折扣和大额订单；管理订单专员</translation>
    </message>
    <message>
        <source>Gives the final approval of large orders; sees every figure</source>
        <translation>对大额订单作最终审批；可查看所有数据</translation>
    </message>
    <message>
        <source>Buys bought-in items and materials from suppliers</source>
        <translation>向供应商采购外购件和材料</translation>
    </message>
    <message>
        <source>Installs orders at customers' homes and reports the visit</source>
        <translation>上门为客户安装并反馈上门情况</translation>
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
    <name>Hearth::Warehouse::AggregatorSettings</name>
    <message>
        <source>the tracking endpoint "%1" is not an http or https URL</source>
        <translation>物流查询地址“%1”不是 http 或 https 网址</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::AggregatorTracking</name>
    <message>
        <source>the tracking service's answer is not valid JSON (at byte %1: %2)</source>
        <translation>物流查询服务的应答不是有效的 JSON（第 %1 字节：%2）</translation>
    </message>
    <message>
        <source>the tracking service's answer is not a JSON object</source>
        <translation>物流查询服务的应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>the tracking service's answer has no numeric "code"</source>
        <translation>物流查询服务的应答缺少数字“code”</translation>
    </message>
    <message>
        <source>the tracking service answered code %1: %2</source>
        <translation>物流查询服务返回代码 %1：%2</translation>
    </message>
    <message>
        <source>the tracking service's "data.tracks" is not a list</source>
        <translation>物流查询服务的“data.tracks”不是列表</translation>
    </message>
    <message>
        <source>a track is not a JSON object</source>
        <translation>一条轨迹不是 JSON 对象</translation>
    </message>
    <message>
        <source>the track's time "%1" is not a date and time (expected 2026-12-03 14:05:00)</source>
        <translation>轨迹时间“%1”不是日期时间（应为 2026-12-03 14:05:00）</translation>
    </message>
    <message>
        <source>tracking %1 %2</source>
        <translation>查询物流 %1 %2</translation>
    </message>
    <message>
        <source>no tracking service is set up: enter its endpoint and key in the settings (tracking.endpoint, tracking.api_key)</source>
        <translation>尚未设置物流查询服务：请在设置中填写地址和密钥（tracking.endpoint、tracking.api_key）</translation>
    </message>
    <message>
        <source>the tracking service's key is not set (tracking.api_key)</source>
        <translation>未设置物流查询服务的密钥（tracking.api_key）</translation>
    </message>
    <message>
        <source>a carrier and a tracking number are needed to track</source>
        <translation>查询物流需要承运商和运单号</translation>
    </message>
    <message>
        <source>tracking was cancelled</source>
        <translation>物流查询已取消</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; try again later</source>
        <translation>%1 在 %2 秒内没有应答，请稍后再试</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 refused the key (HTTP %2): check tracking.api_key in the settings</source>
        <translation>%1 拒绝了密钥（HTTP %2）：请检查设置中的 tracking.api_key</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, which Hearth does not expect</source>
        <translation>%1 返回了意外的 HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests (HTTP 429) after %n try(ies); poll less often or raise the plan's limit</source>
        <translation>
            <numerusform>%1 限制了请求频率（HTTP 429），已尝试 %n 次；请降低查询频率或提高套餐额度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed with HTTP %2 after %n try(ies); try again later</source>
        <translation>
            <numerusform>%1 出错（HTTP %2），已尝试 %n 次，请稍后再试</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::CodeCheckHandler</name>
    <message>
        <source>Not accepted: nothing changed</source>
        <translation>不予接受：未做任何改动</translation>
    </message>
    <message>
        <source>A shop-floor station card: scan it on the shop-floor page, not in the warehouse</source>
        <translation>这是车间工位卡：请在车间扫码报工页扫描，不在仓库扫</translation>
    </message>
    <message numerus="yes">
        <source>Already scanned for %1 (read %n time(s)); nothing changed</source>
        <translation>
            <numerusform>%1已扫过此码（第 %n 次读到），未做任何改动</numerusform>
        </translation>
    </message>
    <message>
        <source>Code checked: %1. Nothing is booked yet</source>
        <translation>条码有效：%1。尚未记账</translation>
    </message>
    <message>
        <source>no symbology identifier</source>
        <translation>无码制标识</translation>
    </message>
    <message>
        <source>Receive: scan the supplier's carton or pallet label</source>
        <translation>收货：扫描供应商的箱标或托盘标签</translation>
    </message>
    <message>
        <source>Issue: scan the work order, then each item taken</source>
        <translation>领料：先扫工单，再扫每件领出的物料</translation>
    </message>
    <message>
        <source>Transfer: scan the bin it leaves, the goods, then the bin it goes to</source>
        <translation>移库：先扫原库位，再扫货物，最后扫目标库位</translation>
    </message>
    <message>
        <source>Count: scan the bin, then every item in it</source>
        <translation>盘点：先扫库位，再扫其中每件物品</translation>
    </message>
    <message>
        <source>Pack: scan each part, then the package label</source>
        <translation>包装：逐件扫描板件，最后扫包件标签</translation>
    </message>
    <message>
        <source>Load: scan each package as it goes on the truck</source>
        <translation>装车：每个包件上车时扫描</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::Completeness</name>
    <message>
        <source>no work order made yet for task %1</source>
        <translation>任务 %1 尚未生成工单</translation>
    </message>
    <message>
        <source>work order %1 was cancelled</source>
        <translation>工单 %1 已取消</translation>
    </message>
    <message>
        <source>work order %1 not finished</source>
        <translation>工单 %1 未完工</translation>
    </message>
    <message>
        <source>work order %1 not finished: operation %2 %3 in progress</source>
        <translation>工单 %1 未完工：工序 %2 %3 进行中</translation>
    </message>
    <message>
        <source>work order %1 not finished: waiting for operation %2 %3</source>
        <translation>工单 %1 未完工：等待工序 %2 %3</translation>
    </message>
    <message>
        <source>its requisition was cancelled</source>
        <translation>其请购已取消</translation>
    </message>
    <message>
        <source>requisitioned, not on a purchase order yet</source>
        <translation>已请购，尚未下采购单</translation>
    </message>
    <message>
        <source>on %1 line %2, no delivery date from the supplier yet</source>
        <translation>采购单 %1 第 %2 行，供应商尚未给出交期</translation>
    </message>
    <message>
        <source>on %1 line %2, expected %3</source>
        <translation>采购单 %1 第 %2 行，预计 %3 到货</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>没有该订单</translation>
    </message>
    <message>
        <source>Package plan</source>
        <translation>包装方案</translation>
    </message>
    <message>
        <source>no packages planned: plan them on the packages page</source>
        <translation>尚未规划包件：请在包装与齐套页面规划</translation>
    </message>
    <message>
        <source>nothing packed yet</source>
        <translation>尚未装箱</translation>
    </message>
    <message>
        <source>being packed: %1 of %2 lines in</source>
        <translation>包装中：已装 %1/%2 行</translation>
    </message>
    <message>
        <source>closed, not scanned into staging</source>
        <translation>已封箱，未扫入待发区</translation>
    </message>
    <message>
        <source>Package %1/%2</source>
        <translation>包件 %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 lines packed</source>
        <translation>已装 %1/%2 行</translation>
    </message>
    <message>
        <source>made; not in the package plan: plan the packages again</source>
        <translation>已生产；不在包装方案中：请重新规划包件</translation>
    </message>
    <message>
        <source>made; not packed yet (package %1)</source>
        <translation>已生产；尚未装箱（包件 %1）</translation>
    </message>
    <message>
        <source>%1 %2×%3</source>
        <translation>%1 %2×%3</translation>
    </message>
    <message>
        <source>%1 of %2 pieces packed</source>
        <translation>已装 %1/%2 件</translation>
    </message>
    <message>
        <source>purchase not received: %1 is no stock item yet</source>
        <translation>采购未到货：%1 尚未建立物料</translation>
    </message>
    <message>
        <source>purchase not received: %1 in stock, %2 needed</source>
        <translation>采购未到货：库存 %1，需要 %2</translation>
    </message>
    <message>
        <source>received; not in the package plan: plan the packages again</source>
        <translation>已到货；不在包装方案中：请重新规划包件</translation>
    </message>
    <message>
        <source>received; not packed yet (package %1)</source>
        <translation>已到货；尚未装箱（包件 %1）</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>；%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 packed</source>
        <translation>已装 %1/%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::CountHandler</name>
    <message>
        <source>Count: scan the bin to count</source>
        <translation>盘点：请扫描要盘点的库位</translation>
    </message>
    <message>
        <source>Counting %1: scan every item in it, then the card CMD:FINISH</source>
        <translation>盘点 %1：扫描其中每件物料，最后扫描指令卡 CMD:FINISH</translation>
    </message>
    <message>
        <source>Counting bin</source>
        <translation>盘点库位</translation>
    </message>
    <message>
        <source>Lines counted</source>
        <translation>已盘行数</translation>
    </message>
    <message>
        <source>Count of %1 not closed</source>
        <translation>%1 的盘点未结束</translation>
    </message>
    <message>
        <source>The database is busy: scan CMD:FINISH again</source>
        <translation>数据库忙：请再次扫描 CMD:FINISH</translation>
    </message>
    <message numerus="yes">
        <source>Count of %1 closed: %n line(s)</source>
        <translation>
            <numerusform>%1 盘点结束：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything as booked; scan the next bin</source>
        <translation>账实相符；请扫描下一个库位</translation>
    </message>
    <message>
        <source>Differences booked: %1</source>
        <translation>已记盘点差异：%1</translation>
    </message>
    <message>
        <source>A count of %1 is open</source>
        <translation>%1 的盘点尚未结束</translation>
    </message>
    <message>
        <source>Close it with CMD:FINISH, or drop it with CMD:CLEAR, before counting %1. Nothing changed</source>
        <translation>盘点 %1 之前，请用 CMD:FINISH 结束或用 CMD:CLEAR 放弃当前盘点。未做任何更改</translation>
    </message>
    <message>
        <source>Counting bin %1</source>
        <translation>盘点库位 %1</translation>
    </message>
    <message>
        <source>%1: scan every item in it, then CMD:FINISH</source>
        <translation>%1：扫描其中每件物料，最后扫描 CMD:FINISH</translation>
    </message>
    <message>
        <source>Close a count with CMD:FINISH; nothing changed</source>
        <translation>请用 CMD:FINISH 结束盘点；未做任何更改</translation>
    </message>
    <message>
        <source>No count is open: scan a bin first</source>
        <translation>没有进行中的盘点：请先扫描库位</translation>
    </message>
    <message>
        <source>Not goods to count: scan the goods' label. Nothing changed</source>
        <translation>不是可盘点的货品：请扫描货品标签。未做任何更改</translation>
    </message>
    <message>
        <source>Scan the bin to count first. Nothing changed</source>
        <translation>请先扫描要盘点的库位。未做任何更改</translation>
    </message>
    <message>
        <source>Already counted (the same read); nothing changed</source>
        <translation>已盘过（同一次读取）；未做任何更改</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <translation>+%1 %2</translation>
    </message>
    <message>
        <source>Counted in %1 so far: %2</source>
        <translation>%1 已盘数量：%2</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::Gs1</name>
    <message>
        <source>%1 has no data after it</source>
        <translation>%1 后面没有数据</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n character(s); a group separator (GS) may be missing</source>
        <translation>
            <numerusform>%1 超过 %n 个字符，可能缺少分组分隔符 (GS)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s), found %2</source>
        <translation>
            <numerusform>%1 应为 %n 位数字，实际 %2 位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: "%2" is not a digit</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: the character "%2" (U+%3) is not allowed in GS1 data</source>
        <translation>%1：GS1 数据中不允许字符“%2”(U+%3)</translation>
    </message>
    <message>
        <source>%1: check digit %2 is wrong, expected %3</source>
        <translation>%1：校验位 %2 错误，应为 %3</translation>
    </message>
    <message>
        <source>%1: the decimal point digit %2 is out of range, expected 0 to %3</source>
        <translation>%1：小数位数 %2 超出范围，应为 0 到 %3</translation>
    </message>
    <message>
        <source>%1: month %2 does not exist (date %3, YYMMDD)</source>
        <translation>%1：月份 %2 不存在（日期 %3，格式 YYMMDD）</translation>
    </message>
    <message>
        <source>%1: day %2 is not in %3-%4 (date %5, YYMMDD)</source>
        <translation>%1：%3-%4 没有第 %2 日（日期 %5，格式 YYMMDD）</translation>
    </message>
    <message>
        <source>%1: %2:%3 is not a time of day (hhmm)</source>
        <translation>%1：%2:%3 不是有效时刻（格式 hhmm）</translation>
    </message>
    <message>
        <source>AI %1 appears twice with different data: "%2" at position %3 and "%4"</source>
        <translation>AI %1 出现两次且数据不同：第 %3 位的“%2”和“%4”</translation>
    </message>
    <message>
        <source>expected an application identifier (2 to 4 digits), found "%1"</source>
        <translation>此处应为应用标识符（2 到 4 位数字），实际为“%1”</translation>
    </message>
    <message>
        <source>unknown application identifier at "%1"</source>
        <translation>未知的应用标识符：“%1”</translation>
    </message>
    <message>
        <source>no GS1 data after the separator</source>
        <translation>分隔符后没有 GS1 数据</translation>
    </message>
    <message>
        <source>expected "(" and an application identifier</source>
        <translation>此处应为“(”和应用标识符</translation>
    </message>
    <message>
        <source>the application identifier has no closing ")"</source>
        <translation>应用标识符缺少右括号“)”</translation>
    </message>
    <message>
        <source>unknown application identifier "%1"</source>
        <translation>未知的应用标识符“%1”</translation>
    </message>
    <message>
        <source>no GS1 data</source>
        <translation>没有 GS1 数据</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::IssueHandler</name>
    <message>
        <source>Issue: scan the work order the goods are for</source>
        <translation>领料：请扫描领料的工单</translation>
    </message>
    <message>
        <source>Issue to %1: scan the bin the goods are taken from</source>
        <translation>领料到 %1：请扫描取货的库位</translation>
    </message>
    <message>
        <source>Issue to %1 from %2: scan each item taken</source>
        <translation>从 %2 领料到 %1：请逐件扫描所取物料</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>From bin</source>
        <translation>出库位</translation>
    </message>
    <message>
        <source>No bin holds it</source>
        <translation>没有库位存放它</translation>
    </message>
    <message>
        <source>It is in %1</source>
        <translation>它在 %1</translation>
    </message>
    <message>
        <source>Scan the work order first. Nothing changed</source>
        <translation>请先扫描工单。未做任何更改</translation>
    </message>
    <message>
        <source>No part of this site has that code; nothing changed</source>
        <translation>本厂没有这个编码的板件；未做任何更改</translation>
    </message>
    <message>
        <source>Another order's goods: %1</source>
        <translation>其他订单的货品：%1</translation>
    </message>
    <message>
        <source>Work order %1 is for order %2; nothing changed</source>
        <translation>工单 %1 属于订单 %2；未做任何更改</translation>
    </message>
    <message>
        <source>Parts and packages are not issued: pack them on the Pack job. Nothing changed</source>
        <translation>板件和包件不领料：请在包装作业中打包。未做任何更改</translation>
    </message>
    <message>
        <source>Unknown work order %1</source>
        <translation>未知工单 %1</translation>
    </message>
    <message>
        <source>No work order of this site has that number; nothing changed</source>
        <translation>本厂没有这个编号的工单；未做任何更改</translation>
    </message>
    <message>
        <source>Work order %1 is cancelled</source>
        <translation>工单 %1 已取消</translation>
    </message>
    <message>
        <source>Nothing is issued to a cancelled work order; nothing changed</source>
        <translation>已取消的工单不能领料；未做任何更改</translation>
    </message>
    <message>
        <source>Issuing to %1</source>
        <translation>领料到 %1</translation>
    </message>
    <message>
        <source>Order %1 · %2: now scan the bin</source>
        <translation>订单 %1 · %2：请扫描库位</translation>
    </message>
    <message>
        <source>Taking from bin %1</source>
        <translation>从库位 %1 取货</translation>
    </message>
    <message>
        <source>%1: now scan each item</source>
        <translation>%1：请逐件扫描物料</translation>
    </message>
    <message>
        <source>%1: now scan the work order</source>
        <translation>%1：请扫描工单</translation>
    </message>
    <message>
        <source>Issue needs no command: each item is booked when it is scanned. Nothing changed</source>
        <translation>领料无需指令卡：每件物料扫描即记账。未做任何更改</translation>
    </message>
    <message>
        <source>Scan the bin the goods are taken from first. Nothing changed</source>
        <translation>请先扫描取货的库位。未做任何更改</translation>
    </message>
    <message>
        <source>Already issued in this session (the same read); nothing changed</source>
        <translation>本次扫码已领过（同一次读取）；未做任何更改</translation>
    </message>
    <message>
        <source>%1 is not in bin %2</source>
        <translation>%1 不在库位 %2</translation>
    </message>
    <message>
        <source>; nothing changed</source>
        <translation>；未做任何更改</translation>
    </message>
    <message>
        <source>Issued %1 %2</source>
        <translation>已领料 %1 %2</translation>
    </message>
    <message>
        <source>To %1 from %2 · %3 left in the bin</source>
        <translation>领到 %1，出自 %2 · 库位剩余 %3</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::Item</name>
    <message>
        <source>board</source>
        <translation>板材</translation>
    </message>
    <message>
        <source>edge banding</source>
        <translation>封边条</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>五金</translation>
    </message>
    <message>
        <source>bought-in item</source>
        <translation>外购件</translation>
    </message>
    <message>
        <source>finished package</source>
        <translation>成品包件</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ItemStore</name>
    <message>
        <source>an item needs a code and a name</source>
        <translation>物料需要编码和名称</translation>
    </message>
    <message>
        <source>the pack size must not be negative</source>
        <translation>包装数量不能为负</translation>
    </message>
    <message>
        <source>the item code %1 is already used</source>
        <translation>物料编码 %1 已被使用</translation>
    </message>
    <message>
        <source>the GTIN %1 already names another item</source>
        <translation>GTIN %1 已属于另一物料</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>the item does not exist (any more)</source>
        <translation>物料不存在（或已删除）</translation>
    </message>
    <message>
        <source>a lot needs a number</source>
        <translation>批次需要批号</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::LoadHandler</name>
    <message>
        <source>Load %1: scan each package as it goes on the truck</source>
        <translation>装车 %1：每个包件上车时扫描</translation>
    </message>
    <message>
        <source>Not accepted: nothing changed</source>
        <translation>不予接受：未做任何改动</translation>
    </message>
    <message>
        <source>Only package labels are loaded; nothing changed</source>
        <translation>装车只扫描包件标签；未做任何更改</translation>
    </message>
    <message>
        <source>Unknown package %1</source>
        <translation>未知包件 %1</translation>
    </message>
    <message>
        <source>Order %1 has no package %2; nothing changed</source>
        <translation>订单 %1 没有包件 %2；未做任何更改</translation>
    </message>
    <message>
        <source>Package %1/%2 of order %3</source>
        <translation>订单 %3 的包件 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>The label is out of date: the order now has %n package(s); print its labels again; nothing changed</source>
        <translation>
            <numerusform>标签已过期：订单现有 %n 个包件；请重新打印标签；未做任何更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on this truck; nothing changed</source>
        <translation>已在本车上；未做任何更改</translation>
    </message>
    <message>
        <source>Already loaded on %1; nothing changed</source>
        <translation>已装上 %1；未做任何更改</translation>
    </message>
    <message>
        <source>%1 belongs to another order</source>
        <translation>%1 属于另一个订单</translation>
    </message>
    <message>
        <source>Order %1 is being loaded: %2 of %3 packages on; load the rest first; nothing changed</source>
        <translation>订单 %1 正在装车：已装 %2/%3 个包件；请先装完；未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 is incomplete: %n thing(s) missing</source>
        <translation>
            <numerusform>订单 %1 未齐套：缺 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>未装车</translation>
    </message>
    <message>
        <source>The database is busy; scan again</source>
        <translation>数据库繁忙，请重新扫描</translation>
    </message>
    <message>
        <source>Loaded on %1</source>
        <translation>装上 %1</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 已装车</translation>
    </message>
    <message>
        <source>%1 of %2 packages of the order on %3</source>
        <translation>订单已有 %1/%2 个包件装上 %3</translation>
    </message>
    <message>
        <source>; the order is all on</source>
        <translation>；订单已全部装车</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>装车 %1</translation>
    </message>
    <message>
        <source>; shipment %1 stays planned: %2</source>
        <translation>；发货单 %1 仍为计划中：%2</translation>
    </message>
    <message>
        <source> · shipment %1</source>
        <translation> · 发货单 %1</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackHandler</name>
    <message>
        <source>package %1/%2 of order %3</source>
        <translation>订单 %3 的包件 %1/%2</translation>
    </message>
    <message>
        <source>Pack: scan a panel or hardware to open its package, or a closed package's label to put it into staging</source>
        <translation>包装：扫描板件或五金开始装箱，或扫描已封箱包件的标签放入待发区</translation>
    </message>
    <message>
        <source>Pack: scan the next panel or hardware for %1</source>
        <translation>包装：扫描%1的下一块板件或五金</translation>
    </message>
    <message>
        <source>Pack: scan a panel or hardware</source>
        <translation>包装：扫描板件或五金</translation>
    </message>
    <message>
        <source>Not accepted: nothing changed</source>
        <translation>不予接受：未做任何改动</translation>
    </message>
    <message>
        <source>No package is open</source>
        <translation>没有正在装箱的包件</translation>
    </message>
    <message>
        <source>Nothing to set aside</source>
        <translation>没有可暂放的包件</translation>
    </message>
    <message>
        <source>%1 set aside</source>
        <translation>%1 已暂放</translation>
    </message>
    <message>
        <source>It stays open: its next panel carries on with it</source>
        <translation>保持未封箱：扫描其下一块板件即可继续</translation>
    </message>
    <message>
        <source>Not a panel, hardware, package or staging bin: scan it on its own page; nothing changed</source>
        <translation>不是板件、五金、包件或待发库位：请在对应页面扫描；未做任何更改</translation>
    </message>
    <message>
        <source>Unknown panel</source>
        <translation>未知板件</translation>
    </message>
    <message>
        <source>No order has a panel with this code; nothing changed</source>
        <translation>没有订单包含此编码的板件；未做任何更改</translation>
    </message>
    <message>
        <source>%1 %2×%3</source>
        <translation>%1 %2×%3</translation>
    </message>
    <message>
        <source>No item has this GTIN; nothing changed</source>
        <translation>没有物料使用此 GTIN；未做任何更改</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Already packed; nothing changed</source>
        <translation>已装箱；未做任何更改</translation>
    </message>
    <message>
        <source>No order waits for this item; nothing changed</source>
        <translation>没有订单需要此物料；未做任何更改</translation>
    </message>
    <message>
        <source>The open package's order does not need this item; nothing changed</source>
        <translation>当前包件的订单不需要此物料；未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) wait for this item: scan a panel of the order first to open its package; nothing changed</source>
        <translation>
            <numerusform>%n 个订单需要此物料：请先扫描该订单的板件以打开其包件；未做任何更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the order's package plan: plan its packages on the packages page; nothing changed</source>
        <translation>不在订单的包装方案中：请在包装与齐套页面规划包件；未做任何更改</translation>
    </message>
    <message>
        <source>%1 belongs to order %2</source>
        <translation>%1 属于订单 %2</translation>
    </message>
    <message>
        <source>%1 is open: finish it (CMD:FINISH) or set it aside (CMD:CLEAR) first; nothing changed</source>
        <translation>%1 正在装箱：请先封箱（CMD:FINISH）或暂放（CMD:CLEAR）；未做任何更改</translation>
    </message>
    <message>
        <source>Already packed in %1; nothing changed</source>
        <translation>已装入%1；未做任何更改</translation>
    </message>
    <message>
        <source>%1 belongs in package %2/%3</source>
        <translation>%1 应装入包件 %2/%3</translation>
    </message>
    <message>
        <source>Its package is gone; plan the order's packages again</source>
        <translation>其包件已不存在；请重新规划订单包件</translation>
    </message>
    <message>
        <source>Packed by scan</source>
        <translation>扫描装箱</translation>
    </message>
    <message>
        <source>The database is busy; scan again</source>
        <translation>数据库繁忙，请重新扫描</translation>
    </message>
    <message>
        <source>%1 is already closed; nothing changed</source>
        <translation>%1 已封箱；未做任何更改</translation>
    </message>
    <message>
        <source>%1 → package %2/%3</source>
        <translation>%1 → 包件 %2/%3</translation>
    </message>
    <message>
        <source>%1 is complete and closed: its label is printing</source>
        <translation>%1 已装齐并封箱：正在打印标签</translation>
    </message>
    <message>
        <source>%1 of %2 lines in %3</source>
        <translation>%3 已装 %1/%2 行</translation>
    </message>
    <message>
        <source>the package is gone</source>
        <translation>包件已不存在</translation>
    </message>
    <message>
        <source>Package closed</source>
        <translation>包件封箱</translation>
    </message>
    <message>
        <source>Scan a panel to open its package</source>
        <translation>扫描板件以打开其包件</translation>
    </message>
    <message>
        <source>%1 is not full</source>
        <translation>%1 尚未装齐</translation>
    </message>
    <message>
        <source>Still to pack: %1; nothing changed</source>
        <translation>仍需装箱：%1；未做任何更改</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 已封箱</translation>
    </message>
    <message>
        <source>Its label is printing</source>
        <translation>正在打印标签</translation>
    </message>
    <message>
        <source>; the label was not printed: %1</source>
        <translation>；标签未打印：%1</translation>
    </message>
    <message>
        <source>Unknown bin %1</source>
        <translation>未知库位 %1</translation>
    </message>
    <message>
        <source>No bin has this code; nothing changed</source>
        <translation>没有库位使用此编码；未做任何更改</translation>
    </message>
    <message>
        <source>Bin %1 %2</source>
        <translation>库位 %1 %2</translation>
    </message>
    <message>
        <source>Not a staging bin: packages are staged only in the staging area; nothing changed</source>
        <translation>不是待发库位：包件只能放入待发区；未做任何更改</translation>
    </message>
    <message>
        <source>Staging bin %1 %2</source>
        <translation>待发库位 %1 %2</translation>
    </message>
    <message>
        <source>Closed packages scanned next go into this bin</source>
        <translation>之后扫描的已封箱包件放入此库位</translation>
    </message>
    <message>
        <source>Unknown package %1</source>
        <translation>未知包件 %1</translation>
    </message>
    <message>
        <source>Order %1 has no package %2; nothing changed</source>
        <translation>订单 %1 没有包件 %2；未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>The label is out of date: the order now has %n package(s); print its labels again; nothing changed</source>
        <translation>
            <numerusform>标签已过期：订单现有 %n 个包件；请重新打印标签；未做任何更改</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed yet</source>
        <translation>%1 尚未封箱</translation>
    </message>
    <message>
        <source>Pack its remaining panels and hardware first; nothing changed</source>
        <translation>请先装入其余板件和五金；未做任何更改</translation>
    </message>
    <message>
        <source>Already in staging bin %1; nothing changed</source>
        <translation>已在待发库位 %1；未做任何更改</translation>
    </message>
    <message>
        <source>Already loaded on %1; nothing changed</source>
        <translation>已装上 %1；未做任何更改</translation>
    </message>
    <message>
        <source>The site has no staging bin: scan a staging bin's label (BN:) first; nothing changed</source>
        <translation>本厂没有待发库位：请先扫描待发库位标签（BN:）；未做任何更改</translation>
    </message>
    <message>
        <source>Package staged</source>
        <translation>包件入待发区</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 packages of the order in staging</source>
        <translation>订单已有 %1/%2 个包件在待发区</translation>
    </message>
    <message>
        <source>; the order is complete and ready to load</source>
        <translation>；订单已齐套，可以装车</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackPlanner</name>
    <message>
        <source>cannot read the order's panels: %1</source>
        <translation>无法读取订单板件：%1</translation>
    </message>
    <message>
        <source>cannot read the order's hardware: %1</source>
        <translation>无法读取订单五金：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::Package</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Being packed</source>
        <translation>包装中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已封箱</translation>
    </message>
    <message>
        <source>In staging</source>
        <translation>待发区</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已装车</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackageLabel</name>
    <message numerus="yes">
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n 块板件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hardware line(s)</source>
        <translation>
            <numerusform>%n 行五金</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.%2 kg</source>
        <translation>%1.%2 千克</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>包件不存在</translation>
    </message>
    <message>
        <source>%1 %2 ×%3</source>
        <translation>%1 %2 ×%3</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackageStore</name>
    <message>
        <source>the order has no panels or hardware to pack</source>
        <translation>该订单没有可包装的板件或五金</translation>
    </message>
    <message>
        <source>package %1 is already %2: packing has started, the plan stays as it is</source>
        <translation>包件 %1 已是“%2”：包装已开始，包装方案保持不变</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>%1: only %2 more to pack, %3 scanned</source>
        <translation>%1：只需再包 %2，扫描了 %3</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackagesModel</name>
    <message>
        <source>cannot read the orders: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未规划</translation>
    </message>
    <message>
        <source>%1/%2 closed</source>
        <translation>已封箱 %1/%2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已齐套</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>缺 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>包件数</translation>
    </message>
    <message>
        <source>In staging</source>
        <translation>待发区</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已装车</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>齐套</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackagesPage</name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包件</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>板件</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>外购件</translation>
    </message>
    <message>
        <source>Packages and completeness</source>
        <translation>包装与齐套</translation>
    </message>
    <message>
        <source>Orders being packed: packages closed, in staging and loaded, and what each order still lacks before it may be loaded</source>
        <translation>包装中的订单：已封箱、在待发区和已装车的包件，以及每个订单装车前还缺什么</translation>
    </message>
    <message>
        <source>Plan packages</source>
        <translation>规划包件</translation>
    </message>
    <message>
        <source>Proposes the selected order's packages: panels by work order, at most 10 pieces or 30 kg a package; hardware in one last package</source>
        <translation>为所选订单规划包件：板件按工单分箱，每箱最多 10 块或 30 千克；五金装在最后一箱</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>标签另存为 PDF</translation>
    </message>
    <message>
        <source>Writes the selected order's package labels to the labels folder</source>
        <translation>把所选订单的包件标签写入标签文件夹</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Why it is missing</source>
        <translation>缺件原因</translation>
    </message>
    <message>
        <source>Select an order to see what it lacks</source>
        <translation>选择订单查看缺件</translation>
    </message>
    <message>
        <source>%1 is complete: every package is in staging and may be loaded</source>
        <translation>%1 已齐套：所有包件都在待发区，可以装车</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks %n thing(s) before it may be loaded</source>
        <translation>
            <numerusform>%1 装车前还缺 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>请先选择订单</translation>
    </message>
    <message>
        <source>no order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Packages planned</source>
        <translation>已规划包件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n package(s) planned</source>
        <translation>
            <numerusform>%1：已规划 %n 个包件</numerusform>
        </translation>
    </message>
    <message>
        <source>the order has no packages yet: plan them first</source>
        <translation>该订单还没有包件：请先规划</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1</source>
        <translation>
            <numerusform>已保存 %n 张标签到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>Prints the selected order's package labels on a label printer (100 × 60 mm stock, 203 or 300 dpi)</source>
        <translation>在标签打印机上打印所选订单的包件标签（100 × 60 毫米标签纸，203 或 300 dpi）</translation>
    </message>
    <message>
        <source>Package labels</source>
        <translation>包件标签</translation>
    </message>
    <message>
        <source>Print package labels</source>
        <translation>打印包件标签</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to %1</source>
        <translation>
            <numerusform>已发送 %n 张标签到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PurchaseOrderDocument</name>
    <message>
        <source>no purchase order %1</source>
        <translation>没有采购单 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PurchaseOrderModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>cannot read the purchase orders: %1</source>
        <translation>无法读取采购单：%1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>采购单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Lines received</source>
        <translation>已收齐行</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PurchaseOrderPrinter</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需求日期</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺到货</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>采购单 %1</translation>
    </message>
    <message>
        <source>Supplier: %1 (%2)</source>
        <translation>供应商：%1（%2）</translation>
    </message>
    <message>
        <source>Contact: %1   Phone: %2</source>
        <translation>联系人：%1   电话：%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ordered on: %1   Status: %2</source>
        <translation>下单日期：%1   状态：%2</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>采购单</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>the purchase order has no page %1</source>
        <translation>采购单没有第 %1 页</translation>
    </message>
    <message>
        <source>cannot write the PDF file</source>
        <translation>无法写入 PDF 文件</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PurchaseOrderStore</name>
    <message>
        <source>a purchase order needs the day it is placed</source>
        <translation>采购单需要下单日期</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>no such purchase order</source>
        <translation>没有该采购单</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PurchaseReceipt</name>
    <message>
        <source>the quantity must be more than 0, not %1</source>
        <translation>数量必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>no purchase order line %1</source>
        <translation>没有采购单行 %1</translation>
    </message>
    <message>
        <source>purchase order line %1 (%2) names no stock item to receive</source>
        <translation>采购单行 %1（%2）没有可入库的库存物料</translation>
    </message>
    <message>
        <source>receiving %1 would make %2 received of %3 ordered on %4, more than the %5% over-receipt allowed</source>
        <translation>收货 %1 将使 %4 的已收数量达到 %2（订购 %3），超出允许的 %5% 超收</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>已收货 %1</translation>
    </message>
    <message>
        <source>every line of %1 received</source>
        <translation>%1 所有行已收齐</translation>
    </message>
    <message>
        <source>the over-receipt tolerance must not be negative</source>
        <translation>超收容差不能为负数</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PurchasingPage</name>
    <message>
        <source>Split (bought-in)</source>
        <translation>拆单（外购件）</translation>
    </message>
    <message>
        <source>Order hardware</source>
        <translation>订单五金</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Requisitions from the split, order hardware and reorder points, grouped into purchase orders per supplier; suppliers' confirmations and shipping notices; orders at risk</source>
        <translation>来自拆单、订单五金与再订货点的请购，按供应商合并为采购单；供应商订单确认与发货通知；受影响的订单</translation>
    </message>
    <message>
        <source>Collect requisitions</source>
        <translation>汇总请购</translation>
    </message>
    <message>
        <source>Reads what the split and the reorder points ask to be bought; collecting again writes nothing new</source>
        <translation>读取拆单与再订货点要求采购的物料；重复汇总不会新增任何内容</translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation>生成采购单</translation>
    </message>
    <message>
        <source>One purchase order per supplier of the open requisitions, in whole packs</source>
        <translation>按供应商为未结请购各生成一张采购单，按整包采购</translation>
    </message>
    <message>
        <source>Import confirmation…</source>
        <translation>导入订单确认…</translation>
    </message>
    <message>
        <source>Import shipping notice…</source>
        <translation>导入发货通知…</translation>
    </message>
    <message>
        <source>Print PO (PDF)</source>
        <translation>打印采购单（PDF）</translation>
    </message>
    <message>
        <source>Writes the selected purchase order as a PDF with its PO: barcode, which the receive scan accepts</source>
        <translation>将所选采购单输出为 PDF，附带 PO: 条码，收货扫码可直接识别</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需求日期</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结采购单</translation>
    </message>
    <message>
        <source>Closed orders</source>
        <translation>已结采购单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部采购单</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>采购单</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>采购数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>PO line</source>
        <translation>采购单行</translation>
    </message>
    <message>
        <source>Now expected</source>
        <translation>现预计到货</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>延误天数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>采购明细</translation>
    </message>
    <message>
        <source>Orders at risk</source>
        <translation>受影响订单</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open requisitions: none; Collect requisitions reads what the split and the reorder points ask to be bought</source>
        <translation>未结请购：无；点击“汇总请购”读取拆单与再订货点要求采购的物料</translation>
    </message>
    <message>
        <source>Open requisitions (%1)</source>
        <translation>未结请购（%1）</translation>
    </message>
    <message>
        <source>Shipping notice</source>
        <translation>发货通知</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>订单确认</translation>
    </message>
    <message>
        <source>cannot read the orders at risk: %1</source>
        <translation>无法读取受影响订单：%1</translation>
    </message>
    <message>
        <source>Orders at risk (%1)</source>
        <translation>受影响订单（%1）</translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation>%1 的明细</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1，交期 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Expected %1, after %2 when it is needed</source>
        <translation>预计 %1 到货，晚于需求日期 %2</translation>
    </message>
    <message>
        <source>Requisitions collected: %1 new (%2 for reorder points), %3 changed, %4 cancelled, %5 as before</source>
        <translation>请购已汇总：新增 %1 条（其中再订货点 %2 条），变更 %3 条，取消 %4 条，未变 %5 条</translation>
    </message>
    <message>
        <source>Purchase orders created</source>
        <translation>已生成采购单</translation>
    </message>
    <message>
        <source>No open requisitions: no purchase order was written</source>
        <translation>没有未结请购：未生成采购单</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s) created: %1</source>
        <translation>
            <numerusform>已生成 %n 张采购单：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported; %n error(s) to put right in the sheet</source>
        <translation>
            <numerusform>%1：未导入任何内容；表格中有 %n 处错误需要更正</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 line(s) changed, %4 as before</source>
        <translation>%1：%2 行，变更 %3 条采购单行，%4 条未变</translation>
    </message>
    <message numerus="yes">
        <source>; %n order(s) now at risk</source>
        <translation>
            <numerusform>；%n 个订单因此受影响</numerusform>
        </translation>
    </message>
    <message>
        <source>select a purchase order first</source>
        <translation>请先选择一张采购单</translation>
    </message>
    <message>
        <source>%1 saved to %2</source>
        <translation>%1 已保存到 %2</translation>
    </message>
    <message>
        <source>Import a supplier's order confirmation</source>
        <translation>导入供应商订单确认</translation>
    </message>
    <message>
        <source>Import a supplier's shipping notice</source>
        <translation>导入供应商发货通知</translation>
    </message>
    <message>
        <source>Supplier sheets (*.csv *.xlsx)</source>
        <translation>供应商表格 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ReceiveHandler</name>
    <message>
        <source>Receive into %1: scan each carton or piece; a new bin label changes the bin</source>
        <translation>收货到 %1：逐箱或逐件扫描；扫描新的库位标签即换库位</translation>
    </message>
    <message>
        <source>Into bin</source>
        <translation>入库位</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Receiving into bin %1</source>
        <translation>收货到库位 %1</translation>
    </message>
    <message>
        <source>%1: now scan the goods</source>
        <translation>%1：请扫描货品</translation>
    </message>
    <message>
        <source>Not goods to receive: scan the supplier's label or a bin label. Nothing changed</source>
        <translation>不是可收货的货品：请扫描供应商标签或库位标签。未做任何更改</translation>
    </message>
    <message>
        <source>Scan the bin label first: the goods need a bin. Nothing changed</source>
        <translation>请先扫描库位标签：货品需要库位。未做任何更改</translation>
    </message>
    <message>
        <source>Already received in this session (the same read); nothing changed</source>
        <translation>本次扫码已收过（同一次读取）；未做任何更改</translation>
    </message>
    <message>
        <source>Into %1</source>
        <translation>入 %1</translation>
    </message>
    <message>
        <source> · lot %1</source>
        <translation> · 批次 %1</translation>
    </message>
    <message>
        <source> · expires %1</source>
        <translation> · 有效期至 %1</translation>
    </message>
    <message>
        <source> · the bin now holds %1</source>
        <translation> · 库位现有 %1</translation>
    </message>
    <message>
        <source>Received %1 %2</source>
        <translation>已收货 %1 %2</translation>
    </message>
    <message>
        <source>Receive %1: scan the label of the bin the goods go into</source>
        <translation>收货 %1：请扫描货物要放入的库位标签</translation>
    </message>
    <message>
        <source>Receive: scan the label of the bin the goods go into (and the purchase order's PO: code to receive against it)</source>
        <translation>收货：请扫描货物要放入的库位标签（按采购单收货时再扫采购单的 PO: 码）</translation>
    </message>
    <message>
        <source>Receive %1 into %2: scan each carton or piece</source>
        <translation>收货 %1 入 %2：请逐箱或逐件扫描</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>采购单</translation>
    </message>
    <message>
        <source>Purchase order %1 is unknown</source>
        <translation>采购单 %1 不存在</translation>
    </message>
    <message>
        <source>No purchase order has this number; nothing changed</source>
        <translation>没有这个单号的采购单；未做任何更改</translation>
    </message>
    <message>
        <source>Purchase order %1 is cancelled</source>
        <translation>采购单 %1 已取消</translation>
    </message>
    <message>
        <source>Nothing is received against a cancelled order; nothing changed</source>
        <translation>已取消的采购单不能收货；未做任何更改</translation>
    </message>
    <message>
        <source>Purchase order %1 is closed</source>
        <translation>采购单 %1 已结</translation>
    </message>
    <message>
        <source>Every line of it was received; nothing changed</source>
        <translation>它的每一行都已收货；未做任何更改</translation>
    </message>
    <message>
        <source>Receiving against %1 (%2)</source>
        <translation>按采购单 %1（%2）收货</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still to receive: scan the goods</source>
        <translation>
            <numerusform>还有 %n 行待收货：请扫描货物</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still to receive: scan the bin label</source>
        <translation>
            <numerusform>还有 %n 行待收货：请扫描库位标签</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 不在 %2 上</translation>
    </message>
    <message>
        <source>Nothing changed: scan the goods of this order, or CMD:CLEAR and the right order's PO: code</source>
        <translation>未做任何更改：请扫描本采购单的货物，或扫 CMD:CLEAR 后再扫正确采购单的 PO: 码</translation>
    </message>
    <message>
        <source>Into %1 · %2 of %3 received</source>
        <translation>入 %1 · 已收 %2 / %3</translation>
    </message>
    <message>
        <source> · %1 is now complete and closed</source>
        <translation> · %1 已收齐并结单</translation>
    </message>
    <message>
        <source>Received %1 %2 on %3</source>
        <translation>已收货 %1 %2（%3）</translation>
    </message>
    <message>
        <source>The label names purchase order %1, not %2; nothing changed</source>
        <translation>标签上的采购单是 %1，不是 %2；未做任何更改</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ReorderPoints</name>
    <message>
        <source>no such item</source>
        <translation>物料不存在</translation>
    </message>
    <message>
        <source>the reorder point must not be negative and the reorder quantity must be more than 0</source>
        <translation>再订货点不能为负数，再订货量必须大于 0</translation>
    </message>
    <message>
        <source>no such supplier</source>
        <translation>没有该供应商</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>%1 is below its reorder point but no supplier sells it</source>
        <translation>%1 已低于再订货点，但没有供应商供应</translation>
    </message>
    <message>
        <source>%1 below its reorder point: %2 available</source>
        <translation>%1 低于再订货点：可用 %2</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::RequisitionStore</name>
    <message>
        <source>a requisition needs a source, a supplier and a description</source>
        <translation>请购需要来源、供应商和说明</translation>
    </message>
    <message>
        <source>the quantity must be more than 0, not %1</source>
        <translation>数量必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>purchase requisitions from the split</source>
        <translation>拆单生成的请购</translation>
    </message>
    <message>
        <source>order %1: the purchase task names the supplier "%2", which is not in the supplier list</source>
        <translation>订单 %1：采购任务指定的供应商“%2”不在供应商列表中</translation>
    </message>
    <message>
        <source>order %1, line %2: no quantity to buy</source>
        <translation>订单 %1 第 %2 行：没有要采购的数量</translation>
    </message>
    <message>
        <source>order %1, %2: no stock item is set for the hardware code "%3" (resources/warehouse/suppliers.json)</source>
        <translation>订单 %1，%2：五金编码“%3”未对应库存物料（resources/warehouse/suppliers.json）</translation>
    </message>
    <message>
        <source>order %1, %2: no supplier sells %3</source>
        <translation>订单 %1，%2：没有供应商供应 %3</translation>
    </message>
    <message>
        <source>%1: order %2 no longer needs the %3 %4 on a purchase order; change the purchase order by hand</source>
        <translation>%1：订单 %2 已不再需要采购单上的 %3 %4；请手工修改采购单</translation>
    </message>
    <message>
        <source>no longer needed by order %1</source>
        <translation>订单 %1 已不再需要</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ScanCode</name>
    <message>
        <source>the input method changed this read ("%1" at position %2): switch the Chinese input method off or to English (Ctrl+Space or Shift) and scan again</source>
        <translation>输入法改动了扫描内容（第 %2 位的“%1”）：请关闭中文输入法或切换到英文（Ctrl+空格 或 Shift）后重新扫描</translation>
    </message>
    <message>
        <source>only the symbology identifier %1 was read, no data</source>
        <translation>只读到码制标识 %1，没有数据</translation>
    </message>
    <message>
        <source>GS1 data %1: %2</source>
        <translation>GS1 数据%1：%2</translation>
    </message>
    <message>
        <source>%1 should send %2 digits, got "%3"</source>
        <translation>%1 应为 %2 位数字，实际读到“%3”</translation>
    </message>
    <message>
        <source>%1 %2: check digit %3 is wrong, expected %4</source>
        <translation>%1 %2：校验位 %3 错误，应为 %4</translation>
    </message>
    <message>
        <source>package code "%1": expected PK:&lt;order no&gt;-&lt;n&gt;/&lt;count&gt; with 1 ≤ n ≤ count, like PK:SO00000012-3/12</source>
        <translation>包件码“%1”格式错误：应为 PK:&lt;订单号&gt;-&lt;序号&gt;/&lt;总件数&gt;，1 ≤ 序号 ≤ 总件数，例如 PK:SO00000012-3/12</translation>
    </message>
    <message>
        <source>bin code "%1": the bin is missing after BN:</source>
        <translation>库位码“%1”：BN: 后缺少库位</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>未读到内容</translation>
    </message>
    <message>
        <source>work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>板件 %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>指令 %1</translation>
    </message>
    <message>
        <source>order %1, package %2 of %3</source>
        <translation>订单 %1，第 %2/%3 件</translation>
    </message>
    <message>
        <source>bin %1</source>
        <translation>库位 %1</translation>
    </message>
    <message>
        <source>SSCC %1</source>
        <translation>SSCC %1</translation>
    </message>
    <message>
        <source>GTIN %1</source>
        <translation>GTIN %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批号 %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>生产日期 %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>count %1</source>
        <translation>数量 %1</translation>
    </message>
    <message>
        <source>purchase order code "%1": the order number is missing after PO:</source>
        <translation>采购单码“%1”：PO: 后缺少单号</translation>
    </message>
    <message>
        <source>unknown code "%1": not a GS1 code, nor a Hearth work order, part, package, bin or purchase order code</source>
        <translation>未知的码“%1”：既不是 GS1 码，也不是 Hearth 的工单、板件、包件、库位或采购单码</translation>
    </message>
    <message>
        <source>purchase order %1</source>
        <translation>采购单 %1</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ScanEvent</name>
    <message>
        <source>the input method took part of this read ("%1"): switch the Chinese input method off or to English (Ctrl+Space or Shift) and scan again</source>
        <translation>输入法截获了部分扫描内容（“%1”）：请关闭中文输入法或切换到英文（Ctrl+空格 或 Shift）后重新扫描</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ScanHandler</name>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>领料</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>装车</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ScanPage</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warehouse scanning</source>
        <translation>仓库扫码</translation>
    </message>
    <message>
        <source>Scan one label after another: each read answers at once with a colour and a sound, and never opens a dialog</source>
        <translation>连续扫描标签：每次扫描立即以颜色和声音提示结果，不弹出对话框</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Code read</source>
        <translation>读到的条码</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Keyboard scanner: timing learned (%1 ms between keys)</source>
        <translation>键盘扫描枪：已学习节奏（按键间隔 %1 毫秒）</translation>
    </message>
    <message>
        <source>Keyboard scanner: ready</source>
        <translation>键盘扫描枪：就绪</translation>
    </message>
    <message>
        <source>A label that will not scan: type its code and press Enter</source>
        <translation>标签扫不出时：手动输入条码并按回车</translation>
    </message>
    <message>
        <source>Learn scanner timing</source>
        <translation>学习扫描枪节奏</translation>
    </message>
    <message>
        <source>Scan any label once after this: the page measures how fast your scanner types and which key ends its reads</source>
        <translation>点击后扫描任意标签一次：本页会测量扫描枪的输入速度和结束键</translation>
    </message>
    <message>
        <source>Keyboard scanner: scan any label to learn its timing</source>
        <translation>键盘扫描枪：请扫描任意标签以学习节奏</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Forget this job's reads: a new delivery, pallet or truck</source>
        <translation>清空本作业的扫描记录：换一批到货、一个托盘或一辆车</translation>
    </message>
    <message>
        <source>The warehouse this desk scans for: bins of other warehouses are refused</source>
        <translation>本机扫码的仓库：其他仓库的库位会被拒绝</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>1 per read</source>
        <translation>每扫一次计 1</translation>
    </message>
    <message>
        <source>A quantity for the next read: type it, then scan (or press Enter); the read after that counts 1 again</source>
        <translation>下一次扫码的数量：输入后扫码（或按回车）；之后的扫码重新按 1 计</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>不是有效数量</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field of the scanning bar</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>next read: %1</source>
        <translation>下一次扫码：%1</translation>
    </message>
    <message>
        <source>Keyboard scanner: ready · serial scanner on %1</source>
        <translation>键盘扫描枪：就绪 · 串口扫描枪：%1</translation>
    </message>
    <message>
        <source>The quantity "%1" is no number</source>
        <translation>数量“%1”不是数字</translation>
    </message>
    <message>
        <source>Type a quantity such as 12 or 2.5 in the bar, or clear it; nothing changed</source>
        <translation>请在栏中输入数量，如 12 或 2.5，或将其清空；未做任何更改</translation>
    </message>
    <message>
        <source>No job logic for %1 on this desk</source>
        <translation>本机没有%1作业的处理逻辑</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>请扫描</translation>
    </message>
    <message>
        <source>Works with the Chinese input method off; any field may have the focus</source>
        <translation>请关闭中文输入法；光标在任何输入框都可以扫描</translation>
    </message>
    <message>
        <source>Scanner settings</source>
        <translation>扫描枪设置</translation>
    </message>
    <message>
        <source>The serial scanner's port, the keyboard scanner's timing and the sound of this desk</source>
        <translation>本机串口扫描枪的端口、键盘式扫描枪的按键间隔和提示音</translation>
    </message>
    <message>
        <source>Kept for this desk.</source>
        <translation>已为本机保存。</translation>
    </message>
    <message>
        <source>Keyboard scanner: ready · serial scanner: %1</source>
        <translation>键盘式扫描枪：就绪 · 串口扫描枪：%1</translation>
    </message>
    <message>
        <source>Serial scanner on %1 is listening.</source>
        <translation>%1 上的串口扫描枪已就绪。</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ScannerSettings</name>
    <message>
        <source>the longest pause between a scanner's keys must be from %1 to %2 ms, not %3</source>
        <translation>扫描枪按键间的最长间隔应在 %1 到 %2 毫秒之间，而不是 %3</translation>
    </message>
    <message>
        <source>the shortest scan must be from 1 to %1 characters, not %2</source>
        <translation>最短扫描长度应在 1 到 %1 个字符之间，而不是 %2</translation>
    </message>
    <message>
        <source>a serial scanner's speed is one of 9600, 19200, 38400, 57600 or 115200 baud, not %1</source>
        <translation>串口扫描枪的波特率应为 9600、19200、38400、57600 或 115200，而不是 %1</translation>
    </message>
    <message>
        <source>the suffix is any, cr, lf, tab or none, not "%1"</source>
        <translation>后缀应为 any、cr、lf、tab 或 none，而不是“%1”</translation>
    </message>
    <message>
        <source>this is no serial port name</source>
        <translation>这不是串口名称</translation>
    </message>
    <message>
        <source>the scanner settings could not be kept: %1</source>
        <translation>无法保存扫描枪设置：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ScannerSettingsPanel</name>
    <message>
        <source>Enter (CR)</source>
        <translation>回车（CR）</translation>
    </message>
    <message>
        <source>Line feed (LF)</source>
        <translation>换行（LF）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>None (a pause ends a read)</source>
        <translation>无（停顿即结束）</translation>
    </message>
    <message>
        <source>Any of CR, LF, Tab</source>
        <translation>CR、LF、Tab 均可</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>串口扫描枪</translation>
    </message>
    <message>
        <source>The port a serial or USB virtual-COM scanner is on; empty when the scanners type as a keyboard</source>
        <translation>串口或 USB 虚拟串口扫描枪所在的端口；扫描枪以键盘方式输入时留空</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 波特</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Keyboard scanner: longest pause</source>
        <translation>键盘式扫描枪：最长间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Keys closer together than this are one scan; a person types slower. "Learn scanner timing" measures it</source>
        <translation>间隔小于此值的按键算作一次扫描，人手输入更慢。“学习扫描枪速度”可测出此值</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::SerialScanner</name>
    <message>
        <source>cannot open the scanner's port: %1</source>
        <translation>无法打开扫描枪串口：%1</translation>
    </message>
    <message>
        <source>cannot set the scanner's port to %1 baud, 8N1: %2</source>
        <translation>无法将扫描枪串口设为 %1 波特、8N1：%2</translation>
    </message>
    <message>
        <source>scanner on %1 stopped: %2</source>
        <translation>%1 上的扫描枪已停止：%2</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::Shipment</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已装车</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ShipmentStore</name>
    <message>
        <source>the freight cannot be negative</source>
        <translation>运费不能为负数</translation>
    </message>
    <message>
        <source>the database is busy: try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>tracking number %1 of %2 is already on another shipment</source>
        <translation>%2 的运单号 %1 已在另一张发货单上</translation>
    </message>
    <message>
        <source>a package needs its id and its order</source>
        <translation>包件需要编号和所属订单</translation>
    </message>
    <message>
        <source>the package's order does not exist</source>
        <translation>包件所属的订单不存在</translation>
    </message>
    <message>
        <source>package %1 is already on shipment %2</source>
        <translation>包件 %1 已在发货单 %2 上</translation>
    </message>
    <message>
        <source>the package is not on this shipment</source>
        <translation>该包件不在这张发货单上</translation>
    </message>
    <message>
        <source>shipment %1 is delivered: its tracking number stays</source>
        <translation>发货单 %1 已签收，运单号不能再改</translation>
    </message>
    <message>
        <source>a shipment that is %1 cannot become %2</source>
        <translation>%1的发货单不能改为%2</translation>
    </message>
    <message>
        <source>shipment %1 has no packages</source>
        <translation>发货单 %1 没有包件</translation>
    </message>
    <message>
        <source>shipment %1 needs a carrier and a tracking number to ship</source>
        <translation>发货单 %1 需要承运商和运单号才能发货</translation>
    </message>
    <message>
        <source>shipment %1 left</source>
        <translation>发货单 %1 已发出</translation>
    </message>
    <message>
        <source>%1 stays where it is: %2</source>
        <translation>%1 保持原状态：%2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>order %1 is incomplete, so shipment %2 cannot be %3:
%4</source>
        <translation>订单 %1 未齐套，发货单 %2 不能改为“%3”：
%4</translation>
    </message>
    <message>
        <source>only %1 of the %2 packages of order %3 are on a shipment: put the rest on before %4 leaves</source>
        <translation>订单 %3 的 %2 个包件中只有 %1 个在发货单上：%4 出发前请把其余包件装上</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ShipmentsPage</name>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <source>Deppon</source>
        <translation>德邦快递</translation>
    </message>
    <message>
        <source>ANE Logistics</source>
        <translation>安能物流</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <source>Shipping and tracking</source>
        <translation>发货与物流</translation>
    </message>
    <message>
        <source>Shipments of packages with their carrier, tracking number and freight; the carrier's events show on each order's timeline</source>
        <translation>包件发货单及其承运商、运单号和运费；物流轨迹显示在各订单的时间线上</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <source>Refresh tracking</source>
        <translation>刷新物流</translation>
    </message>
    <message>
        <source>Stop refreshing</source>
        <translation>停止刷新</translation>
    </message>
    <message>
        <source>Search by shipment, tracking or order number</source>
        <translation>按发货单号、运单号或订单号搜索</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>包件数</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Carrier and freight</source>
        <translation>承运商与运费</translation>
    </message>
    <message>
        <source>yuan, such as 860.00</source>
        <translation>元，如 860.00</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Package code</source>
        <translation>包件码</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>加入包件</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>装车</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记签收</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Freight share</source>
        <translation>分摊运费</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Refreshing tracking: %1 of %2</source>
        <translation>正在刷新物流：%1 / %2</translation>
    </message>
    <message>
        <source>Refreshing tracking…</source>
        <translation>正在刷新物流…</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <source>Taken off shipment %1</source>
        <translation>移出发货单 %1</translation>
    </message>
    <message>
        <source>Shipment %1 (%2 %3): %4</source>
        <translation>发货单 %1（%2 %3）：%4</translation>
    </message>
    <message>
        <source>Tracking %1 %2: %3</source>
        <translation>物流 %1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>On shipment %1: %n package(s), freight %2</source>
        <translation>
            <numerusform>装入发货单 %1：%n 件，运费 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipment %1: %n package(s), freight %2</source>
        <translation>
            <numerusform>发货单 %1：%n 件，运费 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>¥%1.%2</source>
        <translation>¥%1.%2</translation>
    </message>
    <message>
        <source>No shipment selected</source>
        <translation>未选择发货单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ship date: %1</source>
        <translation>发货日期：%1</translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation>尚未发货</translation>
    </message>
    <message>
        <source>Tracking asked %1</source>
        <translation>最近查询 %1</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message>
        <source>Shipment %1 created: add its packages, then load and ship it</source>
        <translation>已新建发货单 %1：请加入包件，然后装车、发货</translation>
    </message>
    <message>
        <source>The freight "%1" is not an amount in yuan</source>
        <translation>运费“%1”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Enter the package code and its order number</source>
        <translation>请输入包件码及其订单号</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>Package %1 of %2 added</source>
        <translation>已加入 %2 的包件 %1</translation>
    </message>
    <message>
        <source>Shipment is now %1</source>
        <translation>发货单现为%1</translation>
    </message>
    <message>
        <source>; orders moved on: %1</source>
        <translation>；订单已推进：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing stopped: %n new event(s) stored</source>
        <translation>
            <numerusform>已停止刷新：保存了 %n 条新轨迹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tracking refreshed for %n shipment(s)</source>
        <translation>
            <numerusform>已刷新 %n 张发货单的物流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n new event(s)</source>
        <translation>
            <numerusform>：%n 条新轨迹</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockBalance</name>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>from the moves</source>
        <translation>按流水</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockLedger</name>
    <message>
        <source>a %1 needs the bin the goods come from</source>
        <translation>%1需要指定出货库位</translation>
    </message>
    <message>
        <source>a %1 takes no bin the goods come from</source>
        <translation>%1不能指定出货库位</translation>
    </message>
    <message>
        <source>a count needs the bin that was counted</source>
        <translation>盘点需要指定所盘库位</translation>
    </message>
    <message>
        <source>a %1 needs the bin the goods go to</source>
        <translation>%1需要指定收货库位</translation>
    </message>
    <message>
        <source>a %1 takes no bin the goods go to</source>
        <translation>%1不能指定收货库位</translation>
    </message>
    <message>
        <source>a transfer needs two different bins</source>
        <translation>移库需要两个不同的库位</translation>
    </message>
    <message>
        <source>the quantity must be more than 0, not %1</source>
        <translation>数量必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <source>an issue needs the work order or order the goods go to</source>
        <translation>领料需要指定工单或订单</translation>
    </message>
    <message>
        <source>a %1 needs the order it is for</source>
        <translation>%1需要指定所属订单</translation>
    </message>
    <message>
        <source>the unit cost must not be negative</source>
        <translation>单位成本不能为负</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>the key %1 was already used for another stock move</source>
        <translation>键 %1 已用于另一笔出入库</translation>
    </message>
    <message>
        <source>no such item</source>
        <translation>物料不存在</translation>
    </message>
    <message>
        <source>the bin the goods come from does not exist or is closed</source>
        <translation>出货库位不存在或已停用</translation>
    </message>
    <message>
        <source>the bin the goods go to does not exist or is closed</source>
        <translation>收货库位不存在或已停用</translation>
    </message>
    <message>
        <source>%1 has no lot %2</source>
        <translation>%1 没有批次 %2</translation>
    </message>
    <message>
        <source>not enough %1 in bin %2: have %3, want %4</source>
        <translation>库位 %2 的 %1 不足：现有 %3，需要 %4</translation>
    </message>
    <message>
        <source>the stock move does not exist</source>
        <translation>出入库记录不存在</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockModel</name>
    <message>
        <source>cannot read the stock: %1</source>
        <translation>无法读取库存：%1</translation>
    </message>
    <message>
        <source>On hand plus on order, less what open orders still need, is below the reorder point</source>
        <translation>现存加在途减去未完成订单仍需的数量，低于再订货点</translation>
    </message>
    <message>
        <source>%1 · below</source>
        <translation>%1 · 低于</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockMove</name>
    <message>
        <source>receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>领料</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退货</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockMovesModel</name>
    <message>
        <source>%1 (counted %2)</source>
        <translation>%1（盘点 %2）</translation>
    </message>
    <message>
        <source>cannot read the stock moves: %1</source>
        <translation>无法读取出入库记录：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>From bin</source>
        <translation>源库位</translation>
    </message>
    <message>
        <source>To bin</source>
        <translation>目标库位</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Order / PO line</source>
        <translation>订单 / 采购单行</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Scan code</source>
        <translation>扫描码</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockPage</name>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>What each item has on hand and on order, its value at moving-average cost, and where it lies</source>
        <translation>各物料的现存与在途数量、按移动加权平均成本计的金额，以及存放位置</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>搜索编码或名称</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Below reorder point only</source>
        <translation>仅看低于再订货点</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Per bin and lot</source>
        <translation>按库位与批次</translation>
    </message>
    <message>
        <source>Latest moves (newest first; scroll for older)</source>
        <translation>最近出入库（最新在前，向下滚动查看更早）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), value %1 yuan</source>
        <translation>
            <numerusform>%n 种物料，金额 %1 元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n below reorder point</source>
        <translation>
            <numerusform>；%n 种低于再订货点</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item to see its bins and moves</source>
        <translation>选择物料以查看其库位与出入库</translation>
    </message>
    <message>
        <source>%1 %2: where it lies and how it moved</source>
        <translation>%1 %2：存放位置与出入库</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: none in stock and no moves yet</source>
        <translation>%1 %2：无库存，暂无出入库</translation>
    </message>
    <message>
        <source>Print bin labels…</source>
        <translation>打印库位标签…</translation>
    </message>
    <message>
        <source>Prints a label for every bin of the chosen warehouse (all warehouses when none is chosen) on a label printer</source>
        <translation>在标签打印机上为所选仓库（未选时为全部仓库）的每个库位打印标签</translation>
    </message>
    <message>
        <source>Bin labels</source>
        <translation>库位标签</translation>
    </message>
    <message>
        <source>Print bin labels</source>
        <translation>打印库位标签</translation>
    </message>
    <message>
        <source>the warehouse has no bins to label</source>
        <translation>该仓库没有可打标签的库位</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bin label(s) to %1</source>
        <translation>
            <numerusform>已发送 %n 张库位标签到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockScanHandler</name>
    <message>
        <source>the desk's warehouse could not be kept: %1</source>
        <translation>无法保存本机的仓库：%1</translation>
    </message>
    <message>
        <source>Not accepted: nothing changed</source>
        <translation>不予接受：未做任何改动</translation>
    </message>
    <message>
        <source>A shop-floor station card: scan it on the shop-floor page, not in the warehouse</source>
        <translation>这是车间工位卡：请在车间扫码报工页扫描，不在仓库扫</translation>
    </message>
    <message>
        <source>Cleared: nothing was written. %1</source>
        <translation>已清除：未写入任何记录。%1</translation>
    </message>
    <message>
        <source>Unknown bin %1</source>
        <translation>未知库位 %1</translation>
    </message>
    <message>
        <source>No bin of this site has that code; nothing changed</source>
        <translation>本厂没有这个编码的库位；未做任何更改</translation>
    </message>
    <message>
        <source>Bin %1 is closed</source>
        <translation>库位 %1 已停用</translation>
    </message>
    <message>
        <source>Scan a bin in use; nothing changed</source>
        <translation>请扫描在用的库位；未做任何更改</translation>
    </message>
    <message>
        <source>Bin %1 is in another warehouse</source>
        <translation>库位 %1 属于其他仓库</translation>
    </message>
    <message>
        <source>It belongs to %1; this page scans for %2. Nothing changed</source>
        <translation>它属于%1；本页扫码的仓库是%2。未做任何更改</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>未知条码 %1</translation>
    </message>
    <message>
        <source>Neither GS1 goods nor an item code of this site; nothing changed</source>
        <translation>既不是GS1货品，也不是本厂的物料编码；未做任何更改</translation>
    </message>
    <message>
        <source>Not goods: scan the goods' label. Nothing changed</source>
        <translation>不是货品：请扫描货品标签。未做任何更改</translation>
    </message>
    <message>
        <source>The label names no goods (no GTIN); nothing changed</source>
        <translation>标签上没有货品（无GTIN）；未做任何更改</translation>
    </message>
    <message>
        <source>A pallet label: scan the cartons on the pallet. Nothing changed</source>
        <translation>这是托盘标签：请扫描托盘上的箱子。未做任何更改</translation>
    </message>
    <message>
        <source>GTIN %1 is no item of this site</source>
        <translation>GTIN %1 不是本厂的物料</translation>
    </message>
    <message>
        <source>Add the GTIN to the item, or scan the item's own code. Nothing changed</source>
        <translation>请给物料登记此GTIN，或扫描物料自己的编码。未做任何更改</translation>
    </message>
    <message>
        <source>The label's count "%1" is no quantity; nothing changed</source>
        <translation>标签上的数量“%1”不是有效数量；未做任何更改</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockSetup</name>
    <message>
        <source>the default stock data is missing</source>
        <translation>缺少默认库存数据</translation>
    </message>
    <message>
        <source>not a list of "%1"</source>
        <translation>不是“%1”列表</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::SupplierDelay</name>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>the supplier's shipping notice for %1 (%2) expects it on %3, after %4 when order %5 needs it</source>
        <translation>供应商发货通知：%1（%2）预计 %3 到货，晚于订单 %5 的需用日期 %4</translation>
    </message>
    <message>
        <source>the supplier confirmed %1 (%2) for %3, after %4 when order %5 needs it</source>
        <translation>供应商确认 %1（%2）交期为 %3，晚于订单 %5 的需用日期 %4</translation>
    </message>
    <message>
        <source>%1 at risk: %2 arrives %3, needed by %4</source>
        <translation>%1 交期风险：%2 将于 %3 到货，需用日期 %4</translation>
    </message>
    <message>
        <source>supplier delay</source>
        <translation>供应商延期</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::SupplierFeed</name>
    <message>
        <source>the sheet has no such column; expected a header named %1</source>
        <translation>表格缺少该列；应有名为 %1 的表头</translation>
    </message>
    <message>
        <source>expected a purchase order number</source>
        <translation>应填写采购单号</translation>
    </message>
    <message>
        <source>no purchase order %1</source>
        <translation>没有采购单 %1</translation>
    </message>
    <message>
        <source>expected a line number, not "%1"</source>
        <translation>应为行号，而不是“%1”</translation>
    </message>
    <message>
        <source>purchase order %1 has no line %2</source>
        <translation>采购单 %1 没有第 %2 行</translation>
    </message>
    <message>
        <source>expected a quantity of 0 or more, not "%1"</source>
        <translation>应为 0 或以上的数量，而不是“%1”</translation>
    </message>
    <message>
        <source>expected a date as 2026-12-20, not "%1"</source>
        <translation>应为 2026-12-20 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>expected the shipping notice's number</source>
        <translation>应填写发货单号</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>supplier confirmation %1</source>
        <translation>供应商确认 %1</translation>
    </message>
    <message>
        <source>shipping notice %1</source>
        <translation>发货通知 %1</translation>
    </message>
    <message>
        <source>the purchase order line disappeared</source>
        <translation>采购单行已不存在</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::SupplierStore</name>
    <message>
        <source>the default supplier data is missing</source>
        <translation>缺少默认供应商数据</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>a supplier needs a code and a name</source>
        <translation>供应商需要编码和名称</translation>
    </message>
    <message>
        <source>the lead time must not be negative</source>
        <translation>交货期不能为负数</translation>
    </message>
    <message>
        <source>the supplier code %1 is already used</source>
        <translation>供应商编码 %1 已被使用</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>no such supplier</source>
        <translation>没有该供应商</translation>
    </message>
    <message>
        <source>no such item</source>
        <translation>物料不存在</translation>
    </message>
    <message>
        <source>the price and the pack size must not be negative</source>
        <translation>价格和包装规格不能为负数</translation>
    </message>
    <message>
        <source>default supplier data</source>
        <translation>默认供应商数据</translation>
    </message>
    <message>
        <source>no item with the code "%1"</source>
        <translation>没有编码为“%1”的物料</translation>
    </message>
    <message>
        <source>expected the price and pack size as decimals in text</source>
        <translation>价格和包装规格应写成文本形式的小数</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::TrackingEvent</name>
    <message>
        <source>Label created</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::TransferHandler</name>
    <message>
        <source>Transfer: scan the bin the goods leave</source>
        <translation>移库：请扫描货品移出的库位</translation>
    </message>
    <message>
        <source>Transfer from %1: scan each item moved</source>
        <translation>从 %1 移库：请逐件扫描移动的物料</translation>
    </message>
    <message>
        <source>Transfer from %1: scan more items, or the bin they go to</source>
        <translation>从 %1 移库：继续扫描物料，或扫描目标库位</translation>
    </message>
    <message>
        <source>From bin</source>
        <translation>出库位</translation>
    </message>
    <message>
        <source>Items to move</source>
        <translation>待移物料</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>库位 %1</translation>
    </message>
    <message>
        <source>The database is busy: scan the bin again</source>
        <translation>数据库忙：请再次扫描库位</translation>
    </message>
    <message>
        <source>Nothing moved to %1</source>
        <translation>未移入 %1</translation>
    </message>
    <message>
        <source>%1: %2; scan the bin again or clear with CMD:CLEAR</source>
        <translation>%1：%2；请再次扫描库位，或扫描 CMD:CLEAR 清除</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) from %1 to %2</source>
        <translation>
            <numerusform>已从 %1 移 %n 项到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked; scan the next bin the goods leave</source>
        <translation>已记账；请扫描下一个移出库位</translation>
    </message>
    <message>
        <source>Moving goods out of bin %1</source>
        <translation>从库位 %1 移出货品</translation>
    </message>
    <message>
        <source>%1: now scan each item moved</source>
        <translation>%1：请逐件扫描移动的物料</translation>
    </message>
    <message>
        <source>Bin %1 again</source>
        <translation>又是库位 %1</translation>
    </message>
    <message>
        <source>Scan the bin the goods go to, not the one they leave. Nothing changed</source>
        <translation>请扫描目标库位，而不是移出的库位。未做任何更改</translation>
    </message>
    <message>
        <source>Not goods to move: scan goods or a bin label. Nothing changed</source>
        <translation>不是可移动的货品：请扫描货品或库位标签。未做任何更改</translation>
    </message>
    <message>
        <source>Scan the bin the goods leave first. Nothing changed</source>
        <translation>请先扫描货品移出的库位。未做任何更改</translation>
    </message>
    <message>
        <source>Already read for this move (the same read); nothing changed</source>
        <translation>本次移库已扫过（同一次读取）；未做任何更改</translation>
    </message>
    <message>
        <source>Not enough %1 in %2</source>
        <translation>%2 中的 %1 不足</translation>
    </message>
    <message>
        <source>The bin holds %1, the move needs %2; nothing changed</source>
        <translation>库位现有 %1，移库需要 %2；未做任何更改</translation>
    </message>
    <message>
        <source>%1 %2 to move</source>
        <translation>待移 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read: scan more, or the bin they go to</source>
        <translation>
            <numerusform>已扫 %n 项：继续扫描，或扫描目标库位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::WarehouseLabelPrinter</name>
    <message>
        <source>no such panel</source>
        <translation>板件不存在</translation>
    </message>
    <message>
        <source>Package label %1</source>
        <translation>包件标签 %1</translation>
    </message>
    <message>
        <source>Package %1 / %2</source>
        <translation>包件 %1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Bin label %1</source>
        <translation>库位标签 %1</translation>
    </message>
    <message>
        <source>a part label is drawn by the printing module</source>
        <translation>板件标签由打印模块绘制</translation>
    </message>
    <message>
        <source>Warehouse labels</source>
        <translation>仓库标签</translation>
    </message>
    <message>
        <source>cannot write the PDF file</source>
        <translation>无法写入 PDF 文件</translation>
    </message>
    <message>
        <source>there is no label to print</source>
        <translation>没有要打印的标签</translation>
    </message>
    <message numerus="yes">
        <source>the printer stopped after %n label(s)</source>
        <translation>
            <numerusform>打印机在第 %n 张标签后停止</numerusform>
        </translation>
    </message>
    <message>
        <source>the printer did not start printing</source>
        <translation>打印机没有开始打印</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::WarehouseModule</name>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Warehouse scanning</source>
        <translation>仓库扫码</translation>
    </message>
    <message>
        <source>Packages and completeness</source>
        <translation>包装与齐套</translation>
    </message>
    <message>
        <source>Shipping and tracking</source>
        <translation>发货与物流</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::WarehouseStore</name>
    <message>
        <source>a warehouse needs a code and a name</source>
        <translation>仓库需要编码和名称</translation>
    </message>
    <message>
        <source>the warehouse code %1 is already used</source>
        <translation>仓库编码 %1 已被使用</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库忙，请重试</translation>
    </message>
    <message>
        <source>a bin needs a code and a name</source>
        <translation>库位需要编码和名称</translation>
    </message>
    <message>
        <source>the bin's warehouse does not exist</source>
        <translation>库位所属仓库不存在</translation>
    </message>
    <message>
        <source>the bin code %1 is already used</source>
        <translation>库位编码 %1 已被使用</translation>
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
<context>
    <name>Hearth::Workflow::ApprovalStore</name>
    <message>
        <source>an approval needs an order and a kind</source>
        <translation>审批需要订单和类型</translation>
    </message>
    <message>
        <source>an approval needs at least one role to decide</source>
        <translation>审批至少需要一个作出决定的角色</translation>
    </message>
    <message>
        <source>an approver's role is empty</source>
        <translation>审批人的角色为空</translation>
    </message>
    <message>
        <source>an approval request needs a reason</source>
        <translation>审批申请需要说明原因</translation>
    </message>
    <message>
        <source>step %1 of this approval is for the %2; you are signed in as %3</source>
        <translation>此审批的第 %1 步应由%2决定；你当前的登录角色是%3</translation>
    </message>
    <message>
        <source>this approval was withdrawn</source>
        <translation>此审批已撤回</translation>
    </message>
    <message>
        <source>this step was already approved at %1</source>
        <translation>此步骤已于 %1 批准</translation>
    </message>
    <message>
        <source>this step was already rejected at %1</source>
        <translation>此步骤已于 %1 驳回</translation>
    </message>
    <message>
        <source>step %1 waits until step %2 (%3) is approved</source>
        <translation>第 %1 步要等第 %2 步（%3）批准后才能处理</translation>
    </message>
    <message>
        <source>this step is not open for a decision</source>
        <translation>此步骤当前不能作出决定</translation>
    </message>
    <message>
        <source>you already decided step %1 of this approval; another person must decide step %2</source>
        <translation>你已对此审批的第 %1 步作出决定；第 %2 步须由其他人决定</translation>
    </message>
    <message>
        <source>a rejection needs a comment that says why</source>
        <translation>驳回时需要填写意见说明原因</translation>
    </message>
    <message>
        <source>no such approval</source>
        <translation>没有这项审批</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::Assigner</name>
    <message>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>role %1 in unit %2</source>
        <translation>单元 %2 中的角色 %1</translation>
    </message>
    <message>
        <source>a task must go to a role, a unit or both</source>
        <translation>任务必须指派给角色、单元或两者</translation>
    </message>
    <message>
        <source>"%1" is not a way of assigning: use %2 or %3</source>
        <translation>“%1”不是有效的分配方式：请用 %2 或 %3</translation>
    </message>
    <message>
        <source>no organisation unit has the code %1</source>
        <translation>没有编码为 %1 的组织单元</translation>
    </message>
    <message>
        <source>Nobody active is in %1; the task waits in that pool until someone claims it.</source>
        <translation>%1 中没有在职人员；任务留在该任务池，等待有人认领。</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::CabinetTemplate</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>"%1" gives "%2", not a number</source>
        <translation>“%1”得到“%2”，不是数字</translation>
    </message>
    <message>
        <source>the spec's "%1" should be text</source>
        <translation>规格中的“%1”应为文本</translation>
    </message>
    <message>
        <source>the spec's "%1" should be a number</source>
        <translation>规格中的“%1”应为数字</translation>
    </message>
    <message>
        <source>the split rule's "%1" is not a number</source>
        <translation>拆单规则中的“%1”不是数字</translation>
    </message>
    <message>
        <source>the split rule's "%1": %2</source>
        <translation>拆单规则中的“%1”：%2</translation>
    </message>
    <message>
        <source>%1 is "%2", not a number</source>
        <translation>%1 为“%2”，不是数字</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3–%4</source>
        <translation>%1 为 %2，超出 %3–%4</translation>
    </message>
    <message>
        <source>%1 is "%2", not text</source>
        <translation>%1 为“%2”，不是文本</translation>
    </message>
    <message>
        <source>%1 = %2 is beyond the table of %3</source>
        <translation>%1 = %2，超出 %3 的查表范围</translation>
    </message>
    <message>
        <source>the quantity of %1 comes out %2, not a whole number of pieces</source>
        <translation>%1 的数量算得 %2，不是整数块</translation>
    </message>
    <message>
        <source>%1 comes out %2 × %3 × %4 mm; a part needs at least 1 mm each way</source>
        <translation>%1 算得 %2 × %3 × %4 mm；板件每个方向至少 1 mm</translation>
    </message>
    <message>
        <source>%1 comes out %2 × %3 mm, larger than the cabinet %4 × %5 × %6 mm</source>
        <translation>%1 算得 %2 × %3 mm，大于柜体 %4 × %5 × %6 mm</translation>
    </message>
    <message>
        <source>the quantity of %1 comes out %2</source>
        <translation>%1 的数量算得 %2</translation>
    </message>
    <message>
        <source>example %1</source>
        <translation>示例 %1</translation>
    </message>
    <message>
        <source>the example makes no parts</source>
        <translation>该示例没有生成任何板件</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>没有模板</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>%1 has no %2 in mm; the template %3 needs it, so no parts are made for it</source>
        <translation>%1 缺少%2（mm），模板“%3”需要它，因此未生成板件</translation>
    </message>
    <message>
        <source>%1: the quantity %2 is not a whole number of cabinets</source>
        <translation>%1：数量 %2 不是整数个柜体</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真/假</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>a formula is missing</source>
        <translation>缺少公式</translation>
    </message>
    <message>
        <source>expected a formula (text) or a number</source>
        <translation>应为公式（文本）或数字</translation>
    </message>
    <message>
        <source>%1 (%2) in "%3"</source>
        <translation>%1（%2），公式“%3”</translation>
    </message>
    <message>
        <source>"%1" gives %2, but %3 is needed</source>
        <translation>“%1”得到%2，但这里需要%3</translation>
    </message>
    <message>
        <source>"%1" is not a name (letters, digits and _)</source>
        <translation>“%1”不是有效的名称（只能用字母、数字和 _）</translation>
    </message>
    <message>
        <source>the name "%1" is already used</source>
        <translation>名称“%1”已被使用</translation>
    </message>
    <message>
        <source>the template has no "id"</source>
        <translation>模板缺少“id”</translation>
    </message>
    <message>
        <source>the template needs "name" (Chinese) and "name_en"</source>
        <translation>模板需要“name”（中文）和“name_en”</translation>
    </message>
    <message>
        <source>say how sizes are rounded: "rounding": "%1" is the one rule known, not "%2"</source>
        <translation>请写明尺寸取整规则：“rounding”只能是“%1”，不能是“%2”</translation>
    </message>
    <message>
        <source>expected a whole number of mm above 0</source>
        <translation>应为大于 0 的整毫米数</translation>
    </message>
    <message>
        <source>expected the sizes the template needs, W first, such as ["W", "H"]</source>
        <translation>应列出模板需要的尺寸，W 在前，例如 ["W", "H"]</translation>
    </message>
    <message>
        <source>give at least one example size, such as {"width_mm": 800, "height_mm": 720, "depth_mm": 560}</source>
        <translation>至少给出一个示例尺寸，例如 {"width_mm": 800, "height_mm": 720, "depth_mm": 560}</translation>
    </message>
    <message>
        <source>expected "number" or "text", not "%1"</source>
        <translation>应为“number”或“text”，不能是“%1”</translation>
    </message>
    <message>
        <source>two parameters read the spec key "%1"</source>
        <translation>有两个参数读取同一个规格键“%1”</translation>
    </message>
    <message>
        <source>expected a number for a number parameter</source>
        <translation>数值参数需要填数字</translation>
    </message>
    <message>
        <source>a table needs rows such as {"up_to": 900, "value": 2}</source>
        <translation>查表需要若干行，例如 {"up_to": 900, "value": 2}</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>the rows' "up_to" must rise from row to row</source>
        <translation>各行的“up_to”必须逐行递增</translation>
    </message>
    <message>
        <source>only the last row may leave out "up_to"</source>
        <translation>只有最后一行可以省略“up_to”</translation>
    </message>
    <message>
        <source>a template needs at least one part</source>
        <translation>模板至少需要一个板件</translation>
    </message>
    <message>
        <source>each part needs its own code ("side", "door", ...)</source>
        <translation>每个板件需要唯一的代码（“side”“door”等）</translation>
    </message>
    <message>
        <source>the part needs "name" (Chinese) and "name_en"</source>
        <translation>板件需要“name”（中文）和“name_en”</translation>
    </message>
    <message>
        <source>"%1" is not a set of banded edges such as "L1L2W1"</source>
        <translation>“%1”不是有效的封边写法，例如“L1L2W1”</translation>
    </message>
    <message>
        <source>expected "length", "width" or "none", not "%1"</source>
        <translation>应为“length”“width”或“none”，不能是“%1”</translation>
    </message>
    <message>
        <source>each hardware item needs its own code ("hinge", ...)</source>
        <translation>每个五金件需要唯一的代码（“hinge”等）</translation>
    </message>
    <message>
        <source>the hardware item needs "name" (Chinese) and "name_en"</source>
        <translation>五金件需要“name”（中文）和“name_en”</translation>
    </message>
    <message>
        <source>expected one of %1, not "%2"</source>
        <translation>应为 %1 之一，不能是“%2”</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::Catalogue</name>
    <message>
        <source>expected an object with "code" and "name"</source>
        <translation>应为带有“code”和“name”的对象</translation>
    </message>
    <message>
        <source>unknown key "%1"</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>必须填写文本</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>unknown key "%1"; expected "materials" or "colours"</source>
        <translation>未知的键“%1”；应为“materials”或“colours”</translation>
    </message>
    <message>
        <source>expected a list of entries</source>
        <translation>应为条目列表</translation>
    </message>
    <message>
        <source>"%1" is already used by %2</source>
        <translation>“%1”已被 %2 使用</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DefaultSetup</name>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>the default organisation is missing</source>
        <translation>缺少默认组织架构</translation>
    </message>
    <message>
        <source>unknown unit kind</source>
        <translation>未知的组织单元类型</translation>
    </message>
    <message>
        <source>default organisation</source>
        <translation>默认组织架构</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DefinitionStore</name>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>there is no process definition %1</source>
        <translation>没有流程定义 %1</translation>
    </message>
    <message>
        <source>the definition has no "code"</source>
        <translation>该定义缺少“code”</translation>
    </message>
    <message numerus="yes">
        <source>the definition has %n problem(s):
%1</source>
        <translation>
            <numerusform>该定义有 %n 个问题：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DryRun</name>
    <message>
        <source>give a period whose end is not before its start</source>
        <translation>请给出结束日期不早于开始日期的时间段</translation>
    </message>
    <message>
        <source>candidate rules: %1</source>
        <translation>候选规则：%1</translation>
    </message>
    <message>
        <source>the dry run was cancelled</source>
        <translation>试运行已取消</translation>
    </message>
    <message>
        <source>the current rules fail on this order: %1</source>
        <translation>当前规则处理这张订单时出错：%1</translation>
    </message>
    <message>
        <source>%1 (signed %2)</source>
        <translation>%1（签单 %2）</translation>
    </message>
    <message>
        <source>  review: %1 → %2</source>
        <translation>  审单：%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the period</source>
        <translation>
            <numerusform>该时间段内共 %n 张订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>其中 %n 张会有变化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DryRunModel</name>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（不变）</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>签单日期 %1</translation>
    </message>
    <message>
        <source>The changed rules cannot replay this order:</source>
        <translation>修改后的规则无法重放这张订单：</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>审单：</translation>
    </message>
    <message>
        <source>Review findings the changed rules add:</source>
        <translation>修改后的规则新增的审单意见：</translation>
    </message>
    <message>
        <source>Review findings they no longer give:</source>
        <translation>修改后的规则不再给出的审单意见：</translation>
    </message>
    <message>
        <source>Tasks added:</source>
        <translation>新增任务：</translation>
    </message>
    <message>
        <source>Tasks changed:</source>
        <translation>变更任务：</translation>
    </message>
    <message>
        <source>Tasks cancelled:</source>
        <translation>取消任务：</translation>
    </message>
    <message>
        <source>The tasks stay as they are.</source>
        <translation>任务保持不变。</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签单日期</translation>
    </message>
    <message>
        <source>Review before → after</source>
        <translation>审单 前 → 后</translation>
    </message>
    <message>
        <source>Tasks added</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审单意见</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DryRunPanel</name>
    <message>
        <source>Orders signed from</source>
        <translation>签单日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Run Dry Run</source>
        <translation>开始试运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a period and run the dry run: nothing is written.</source>
        <translation>选择一个时间段并开始试运行：不会写入任何数据。</translation>
    </message>
    <message>
        <source>Select an order to see what would change.</source>
        <translation>选择一张订单，查看会有哪些变化。</translation>
    </message>
    <message>
        <source>Replays the orders signed in the period through %1 and through %2, and lists the orders whose review or tasks would differ. Nothing is written.</source>
        <translation>把这段时间内签单的订单分别按%1和%2重放一遍，列出审单结果或任务会有不同的订单。不会写入任何数据。</translation>
    </message>
    <message>
        <source>The period's end is before its start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Replaying the orders signed from %1 to %2…</source>
        <translation>正在重放 %1 至 %2 签单的订单…</translation>
    </message>
    <message>
        <source>The dry run stopped without a result.</source>
        <translation>试运行中止，没有结果。</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>试运行已取消。</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>None would be reviewed or split differently.</source>
        <translation>没有订单的审单或拆单结果会不同。</translation>
    </message>
    <message numerus="yes">
        <source>%n would be reviewed or split differently:</source>
        <translation>
            <numerusform>有 %n 张订单的审单或拆单结果会不同：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) signed %1 replayed.</source>
        <translation>
            <numerusform>已重放 %1 签单的 %n 张订单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::EngineRunner</name>
    <message>
        <source>The process engine cannot start: %1</source>
        <translation>流程引擎无法启动：%1</translation>
    </message>
    <message>
        <source>The process engine stopped: %1</source>
        <translation>流程引擎已停止：%1</translation>
    </message>
    <message>
        <source>Process engine: %1 orders looked at, %2 held by review, %3 waiting for approval, %4 split; %5 tasks created.</source>
        <translation>流程引擎：检查了 %1 张订单，审单挂起 %2 张，待审批 %3 张，拆单 %4 张；新建任务 %5 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) failed; the first: %1</source>
        <translation>
            <numerusform>%n 张订单处理失败；第一个：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::Expression</name>
    <message>
        <source>%1 should be %2 but is "%3"</source>
        <translation>%1 应为%2，但实际为“%3”</translation>
    </message>
    <message>
        <source>the result of %1 is too large</source>
        <translation>%1 的结果太大</translation>
    </message>
    <message>
        <source>division by zero in %1 (%2 is 0)</source>
        <translation>%1 中除数为零（%2 为 0）</translation>
    </message>
    <message>
        <source>unsupported operation in %1</source>
        <translation>%1 中有不支持的运算</translation>
    </message>
    <message>
        <source>round() keeps 0 to 6 decimals, not %1</source>
        <translation>round() 只能保留 0 到 6 位小数，不能是 %1</translation>
    </message>
    <message>
        <source>unsupported function in %1</source>
        <translation>%1 中有不支持的函数</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真/假</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>the number %1 has more than six decimals</source>
        <translation>数字 %1 的小数超过六位</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>数字 %1 太大</translation>
    </message>
    <message>
        <source>the name "%1" is incomplete after the dot</source>
        <translation>名称“%1”在点号之后不完整</translation>
    </message>
    <message>
        <source>the text starting here has no closing %1</source>
        <translation>从这里开始的文本缺少结尾的 %1</translation>
    </message>
    <message>
        <source>write == to compare</source>
        <translation>比较请写 ==</translation>
    </message>
    <message>
        <source>write "not" instead of !</source>
        <translation>请写“not”，不要写 !</translation>
    </message>
    <message>
        <source>write "%1" instead of %2%2</source>
        <translation>请写“%1”，不要写 %2%2</translation>
    </message>
    <message>
        <source>unexpected character "%1"</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>表达式过早结束</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <source>expected "%1" but the expression ends</source>
        <translation>应为“%1”，但表达式已结束</translation>
    </message>
    <message>
        <source>expected "%1" but found "%2"</source>
        <translation>应为“%1”，实际为“%2”</translation>
    </message>
    <message>
        <source>%1 needs %2, but %3 is %4</source>
        <translation>%1 需要%2，但 %3 是%4</translation>
    </message>
    <message>
        <source>%1 is %2 and %3 is %4: they can never be equal</source>
        <translation>%1 是%2，%3 是%4：两者永远不会相等</translation>
    </message>
    <message>
        <source>true/false values have no order: "%1" cannot compare them</source>
        <translation>真/假值没有大小之分：不能用“%1”比较</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with "and"</source>
        <translation>比较不能连写；请用“and”连接</translation>
    </message>
    <message>
        <source>a list [...] can only follow "in"</source>
        <translation>列表 [...] 只能跟在“in”后面</translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation>末尾缺少一个值</translation>
    </message>
    <message>
        <source>expected a value but found "%1"</source>
        <translation>应为一个值，实际为“%1”</translation>
    </message>
    <message>
        <source>%1 is a collection: use it in any(), all(), count(), sum(), min() or max()</source>
        <translation>%1 是集合：请在 any()、all()、count()、sum()、min() 或 max() 中使用</translation>
    </message>
    <message>
        <source>%1 is a field of each of %2: use it inside any(%2, ...) or all(%2, ...)</source>
        <translation>%1 是 %2 中每一项的字段：请在 any(%2, ...) 或 all(%2, ...) 中使用</translation>
    </message>
    <message>
        <source>unknown name "%1"; did you mean "%2"?</source>
        <translation>未知名称“%1”；是不是“%2”？</translation>
    </message>
    <message>
        <source>unknown name "%1"</source>
        <translation>未知名称“%1”</translation>
    </message>
    <message>
        <source>unknown function "%1"; did you mean "%2"?</source>
        <translation>未知函数“%1”；是不是“%2”？</translation>
    </message>
    <message>
        <source>unknown function "%1"</source>
        <translation>未知函数“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1() takes at least %n value(s)</source>
        <translation>
            <numerusform>%1() 至少需要 %n 个值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n value(s)</source>
        <translation>
            <numerusform>%1() 需要 %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>%1() takes %2 to %3 values</source>
        <translation>%1() 需要 %2 到 %3 个值</translation>
    </message>
    <message>
        <source>%1() needs a collection first, such as %2</source>
        <translation>%1() 的第一个值须为集合，例如 %2</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::HandOverDialog</name>
    <message>
        <source>Hand Over Task</source>
        <translation>转交任务</translation>
    </message>
    <message>
        <source>Give "%1" to someone else. They find it in their tasks, and the order's timeline records who handed it over and why.</source>
        <translation>把“%1”转交给其他人。对方会在自己的任务中看到它，订单时间线会记录由谁转交以及原因。</translation>
    </message>
    <message>
        <source>type a name or pick one</source>
        <translation>输入姓名或从列表中选择</translation>
    </message>
    <message>
        <source>e.g. on leave until Monday; 王芳 knows this customer</source>
        <translation>例如：休假到周一；王芳熟悉这位客户</translation>
    </message>
    <message>
        <source>Hand over to:</source>
        <translation>转交给：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Hand Over</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::OrderRemoval</name>
    <message>
        <source>there is no such order</source>
        <translation>没有这个订单</translation>
    </message>
    <message>
        <source>%1 is cancelled already</source>
        <translation>%1 已作废</translation>
    </message>
    <message>
        <source>%1 is %2: an order in production or later cannot be cancelled; record a refund or a return instead</source>
        <translation>%1 状态为%2：已投产或之后的订单不能作废，请改为登记退款或退货</translation>
    </message>
    <message>
        <source>its status is %1</source>
        <translation>其状态为%1</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) are recorded on it (record a refund instead)</source>
        <translation>
            <numerusform>已登记 %n 笔收款（请改为登记退款）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n work order(s)</source>
        <translation>
            <numerusform>有 %n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock move(s) were booked for it</source>
        <translation>
            <numerusform>已为其记账 %n 笔库存移动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n package(s)</source>
        <translation>
            <numerusform>有 %n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n re-make(s)</source>
        <translation>
            <numerusform>有 %n 张补件单</numerusform>
        </translation>
    </message>
    <message>
        <source>give the reason for cancelling the order</source>
        <translation>请填写作废订单的原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled (%n open task(s) cancelled)</source>
        <translation>
            <numerusform>%1 已作废（取消了 %n 个未完成任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>give the reason for deleting the order</source>
        <translation>请填写删除订单的原因</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2; cancel it instead</source>
        <translation>%1 不能删除：%2；请改为作废</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted (%n open task(s) cancelled)</source>
        <translation>
            <numerusform>%1 已删除（取消了 %n 个未完成任务）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::OrderRemovalActions</name>
    <message>
        <source>Cancel order…</source>
        <translation>作废订单…</translation>
    </message>
    <message>
        <source>The order stays, cancelled (作废), and its open tasks are cancelled. Why?</source>
        <translation>订单将保留并标记为作废，其未完成的任务一并取消。原因是？</translation>
    </message>
    <message>
        <source>Delete order…</source>
        <translation>删除订单…</translation>
    </message>
    <message>
        <source>For an order entered by mistake: it is deleted on every desk, and the audit trail keeps it with the reason. Why?</source>
        <translation>用于误录的订单：将在所有电脑上删除，审计记录会连同原因保留。原因是？</translation>
    </message>
    <message>
        <source>Cannot delete: %1; cancel it instead</source>
        <translation>不能删除：%1；请改为作废</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::OrgUnits</name>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Installation team</source>
        <translation>安装团队</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>a unit needs a code</source>
        <translation>单元需要编码</translation>
    </message>
    <message>
        <source>unit %1 needs a name</source>
        <translation>单元 %1 需要名称</translation>
    </message>
    <message>
        <source>the code %1 is already used by %2</source>
        <translation>编码 %1 已被 %2 使用</translation>
    </message>
    <message>
        <source>the parent unit of %1 does not exist</source>
        <translation>%1 的上级单元不存在</translation>
    </message>
    <message>
        <source>the lead of %1 is not a user</source>
        <translation>%1 的负责人不是系统用户</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot lead %2</source>
        <translation>%1 已停用，不能负责 %2</translation>
    </message>
    <message>
        <source>unit %1 exists already</source>
        <translation>单元 %1 已存在</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>unit %1 does not exist</source>
        <translation>单元 %1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be placed under itself or a unit below it</source>
        <translation>%1 不能放在自身或其下级单元之下</translation>
    </message>
    <message>
        <source>the unit does not exist</source>
        <translation>该单元不存在</translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation>该用户不存在</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::PlanDiff</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>width %1 → %2 mm</source>
        <translation>宽度 %1 → %2 mm</translation>
    </message>
    <message>
        <source>height %1 → %2 mm</source>
        <translation>高度 %1 → %2 mm</translation>
    </message>
    <message>
        <source>depth %1 → %2 mm</source>
        <translation>深度 %1 → %2 mm</translation>
    </message>
    <message>
        <source>quantity %1 → %2</source>
        <translation>数量 %1 → %2</translation>
    </message>
    <message>
        <source>amount %1 → %2</source>
        <translation>金额 %1 → %2</translation>
    </message>
    <message>
        <source>material %1 → %2</source>
        <translation>板材 %1 → %2</translation>
    </message>
    <message>
        <source>colour %1 → %2</source>
        <translation>颜色 %1 → %2</translation>
    </message>
    <message>
        <source>product %1 → %2</source>
        <translation>产品 %1 → %2</translation>
    </message>
    <message>
        <source>template %1 → %2</source>
        <translation>模板 %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>%1 moved elsewhere</source>
        <translation>%1已移至其他任务</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>%n 块板件有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hardware item(s) changed</source>
        <translation>
            <numerusform>%n 项五金有变化</numerusform>
        </translation>
    </message>
    <message>
        <source>due in %1 → %2 working hours</source>
        <translation>期限 %1 → %2 个工作小时</translation>
    </message>
    <message>
        <source>assigned to %1 → %2</source>
        <translation>指派 %1 → %2</translation>
    </message>
    <message>
        <source>details changed</source>
        <translation>明细有变化</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <source>new for %1</source>
        <translation>为%1新建</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProblemList</name>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessDefinition</name>
    <message>
        <source>not a process definition: it has no "states"</source>
        <translation>不是流程定义：缺少“states”</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>no process definitions are built in</source>
        <translation>没有内置的流程定义</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>a second definition with the code %1</source>
        <translation>存在第二个编码为 %1 的定义</translation>
    </message>
    <message>
        <source>process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>the code %1 may hold only lower-case letters, digits and _, starting with a letter</source>
        <translation>编码 %1 只能包含小写字母、数字和 _，并以字母开头</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>unknown field %1; known here: %2</source>
        <translation>未知字段 %1；此处可用：%2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>expected a whole number from %1</source>
        <translation>应为不小于 %1 的整数</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>应为文本列表</translation>
    </message>
    <message>
        <source>%1 is a value, not a condition: it should be true or false</source>
        <translation>%1 是一个值，不是条件：结果应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a state: an object with an "id"</source>
        <translation>应为状态：带有“id”的对象</translation>
    </message>
    <message>
        <source>the id %1 may hold only lower-case letters, digits and _, starting with a letter</source>
        <translation>id %1 只能包含小写字母、数字和 _，并以字母开头</translation>
    </message>
    <message>
        <source>unknown status %1; use one of %2</source>
        <translation>未知状态 %1；请使用 %2 之一</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an object with "working_hours"</source>
        <translation>应为带有“working_hours”的对象</translation>
    </message>
    <message>
        <source>expected a transition: an object with "from" and "to"</source>
        <translation>应为流转：带有“from”和“to”的对象</translation>
    </message>
    <message>
        <source>expected a state's id or a list of them</source>
        <translation>应为状态 id 或状态 id 列表</translation>
    </message>
    <message>
        <source>the list of states is empty</source>
        <translation>状态列表为空</translation>
    </message>
    <message>
        <source>a transition needs "when" (a guard for automatic runs), "on" (an event) or both</source>
        <translation>流转需要“when”（自动流转的条件）、“on”（事件）或两者都有</translation>
    </message>
    <message>
        <source>the guard is empty; write true for none</source>
        <translation>条件为空；不需要条件时请写 true</translation>
    </message>
    <message>
        <source>unknown event %1; known events: %2</source>
        <translation>未知事件 %1；可用事件：%2</translation>
    </message>
    <message>
        <source>expected a list of actions</source>
        <translation>应为动作列表</translation>
    </message>
    <message>
        <source>expected an action: an object with "do"</source>
        <translation>应为动作：带有“do”的对象</translation>
    </message>
    <message>
        <source>unknown action %1; use one of %2</source>
        <translation>未知动作 %1；请使用 %2 之一</translation>
    </message>
    <message>
        <source>the kind %1 may hold only lower-case letters, digits and _, starting with a letter</source>
        <translation>类型 %1 只能包含小写字母、数字和 _，并以字母开头</translation>
    </message>
    <message>
        <source>set_date cannot set %1; it sets %2</source>
        <translation>set_date 不能设置 %1；它只能设置 %2</translation>
    </message>
    <message>
        <source>unknown role %1; roles are %2</source>
        <translation>未知角色 %1；可用角色：%2</translation>
    </message>
    <message>
        <source>expected an object with "role", "unit" or "to"</source>
        <translation>应为带有“role”、“unit”或“to”的对象</translation>
    </message>
    <message>
        <source>%1 is not someone a task can go to; write "owner" for the order's owner</source>
        <translation>任务不能指派给 %1；指派给订单负责人请写“owner”</translation>
    </message>
    <message>
        <source>"to": "owner" goes to one person; it cannot be joined with a role or unit</source>
        <translation>“to”: “owner”只指派给一个人，不能再同时指定角色或单元</translation>
    </message>
    <message>
        <source>say whom: a "role", a "unit", both, or "to": "owner"</source>
        <translation>请指定处理人：“role”、“unit”、两者，或“to”: “owner”</translation>
    </message>
    <message>
        <source>unknown strategy %1; use round_robin or least_open</source>
        <translation>未知的分配策略 %1；请使用 round_robin 或 least_open</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessDisplay</name>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>改单</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>采购到货</translation>
    </message>
    <message>
        <source>Production done</source>
        <translation>生产完工</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>the order's owner</source>
        <translation>订单负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n 工时</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>rush</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>none, taken when the engine runs</source>
        <translation>无，流程引擎运行时自动流转</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Initial state: every order of this process starts here</source>
        <translation>初始状态：此流程的每张订单都从这里开始</translation>
    </message>
    <message>
        <source>Final state: the order's process ends here</source>
        <translation>终止状态：订单的流程在这里结束</translation>
    </message>
    <message>
        <source>Order status shown: %1</source>
        <translation>显示的订单状态：%1</translation>
    </message>
    <message>
        <source>Deadline: %1, then escalated to the owner's lead</source>
        <translation>期限：%1，逾期后升级给订单负责人的上级</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>On entry: %1</source>
        <translation>进入时：%1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>需审批</translation>
    </message>
    <message>
        <source>v%1 (active)</source>
        <translation>v%1（启用中）</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessEngine</name>
    <message>
        <source>the process has no state "%1"</source>
        <translation>流程中没有状态“%1”</translation>
    </message>
    <message>
        <source>%1 started: %2</source>
        <translation>%1 开始：%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the process cancelled it</source>
        <translation>由流程取消</translation>
    </message>
    <message>
        <source>the order cannot be split: %1</source>
        <translation>订单无法拆单：%1</translation>
    </message>
    <message>
        <source>review passed</source>
        <translation>审单通过</translation>
    </message>
    <message>
        <source>review held the order: %1</source>
        <translation>审单挂起了订单：%1</translation>
    </message>
    <message>
        <source>review asks for approval: %1</source>
        <translation>审单要求审批：%1</translation>
    </message>
    <message>
        <source>Approve order %1 (step %2, %3): %4</source>
        <translation>审批订单 %1（第 %2 步，%3）：%4</translation>
    </message>
    <message>
        <source>approval requested</source>
        <translation>已申请审批</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>改单</translation>
    </message>
    <message>
        <source>split</source>
        <translation>拆单</translation>
    </message>
    <message>
        <source>%1, task %2</source>
        <translation>%1，任务 %2</translation>
    </message>
    <message>
        <source>amendment: %1</source>
        <translation>改单：%1</translation>
    </message>
    <message>
        <source>amendment applied: %1 task(s) added, %2 changed, %3 cancelled</source>
        <translation>改单已生效：新增 %1 个任务，变更 %2 个，取消 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>split into %n task(s)</source>
        <translation>
            <numerusform>已拆单为 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s)</source>
        <translation>
            <numerusform>，%n 块板件</numerusform>
        </translation>
    </message>
    <message>
        <source>split warning: %1</source>
        <translation>拆单警告：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>被%1驳回：%2</translation>
    </message>
    <message>
        <source>process: %1</source>
        <translation>流程：%1</translation>
    </message>
    <message numerus="yes">
        <source>promised date set to %1 (%n working day(s) after signing)</source>
        <translation>
            <numerusform>承诺交期定为 %1（签单后 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>the amendment was undone; the tasks stand</source>
        <translation>改单已撤销；任务保持不变</translation>
    </message>
    <message>
        <source>change after production started (%1): %2</source>
        <translation>生产开始后的变更（%1）：%2</translation>
    </message>
    <message>
        <source>amendment waits for approval: %1</source>
        <translation>改单等待审批：%1</translation>
    </message>
    <message>
        <source>amendment waits for approval</source>
        <translation>改单等待审批</translation>
    </message>
    <message>
        <source>%1 has been in "%2" past its deadline</source>
        <translation>%1 停留在“%2”已超过期限</translation>
    </message>
    <message>
        <source>state deadline passed</source>
        <translation>状态期限已过</translation>
    </message>
    <message>
        <source>no process applies to this order</source>
        <translation>没有适用于这张订单的流程</translation>
    </message>
    <message>
        <source>the order was resubmitted</source>
        <translation>订单已重新提交</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>"%1" cannot be done while the order is in "%2"</source>
        <translation>订单处于“%2”时不能执行“%1”</translation>
    </message>
    <message>
        <source>the process engine was not prepared</source>
        <translation>流程引擎尚未准备好</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message>
        <source>there is no event "%1"; the events are: %2</source>
        <translation>没有“%1”这个事件；可用的事件有：%2</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessPage</name>
    <message>
        <source>Validate</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the definition and list every problem</source>
        <translation>检查流程定义并列出所有问题</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>Store the definition as a new version that new orders start with</source>
        <translation>把流程定义保存为新版本，新订单将按此版本开始</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>设为启用</translation>
    </message>
    <message>
        <source>New orders start with this version again</source>
        <translation>新订单重新按此版本开始</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Forget the edits and show the stored text again</source>
        <translation>放弃修改，重新显示已保存的内容</translation>
    </message>
    <message>
        <source>Process Definitions</source>
        <translation>流程定义</translation>
    </message>
    <message>
        <source>New orders start with the active version of their process; an order keeps the version it started with.</source>
        <translation>新订单按其流程的启用版本开始；已开始的订单保持开始时的版本。</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>State graph</source>
        <translation>状态图</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>显示整个状态图</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <source>Lay the states out automatically again and forget the places they were dragged to</source>
        <translation>重新自动排列各状态，不再保留拖动后的位置</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>初始</translation>
    </message>
    <message>
        <source>final</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>on an event</source>
        <translation>事件触发</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>back</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>There is no process definition.</source>
        <translation>没有流程定义。</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>尚未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in all</source>
        <translation>
            <numerusform>共 %n 张订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The definition shown has edits that are not saved. Discard them?</source>
        <translation>当前显示的流程定义有未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>v%1 (shipped, not stored yet)</source>
        <translation>v%1（内置，尚未保存）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n order(s) · %2</source>
        <translation>
            <numerusform>%1 · %n 张订单 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies when: %1</source>
        <translation>适用条件：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s), %2 by %3</source>
        <translation>
            <numerusform>%1：%n 张订单，%3 于 %2 保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>This is the shipped definition; this database has not stored it yet. Saving stores it with your edits as a new version, and new orders start with that.</source>
        <translation>这是内置的流程定义，本数据库尚未保存。保存时会连同你的修改一起存为新版本，新订单将按该版本开始。</translation>
    </message>
    <message numerus="yes">
        <source>v%1 is shown read-only. %n order(s) started with it and keep it; new orders start with v%2. "Make Active" lets new orders start with v%1 again.</source>
        <translation>
            <numerusform>v%1 以只读方式显示。有 %n 张订单按此版本开始并将保持此版本；新订单按 v%2 开始。点击“设为启用”可让新订单重新按 v%1 开始。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New orders start with v%1, the active version; %n order(s) run on it.</source>
        <translation>
            <numerusform>新订单按启用版本 v%1 开始；有 %n 张订单正在按此版本运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on other versions keep the version they started with.</source>
        <translation>
            <numerusform>其他版本上的 %n 张订单保持其开始时的版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving stores your edits as v%1 and makes it active.</source>
        <translation>保存时会把你的修改存为 v%1 并设为启用。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The text is not valid JSON, so the graph shows it as it was last read.</source>
        <translation>文本不是有效的 JSON，状态图显示的是上次读取时的内容。</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>The process has no states yet.</source>
        <translation>流程中还没有状态。</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the definition can be saved.</source>
        <translation>没有问题：流程定义可以保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); click one to see its place in the text.</source>
        <translation>
            <numerusform>共 %n 个问题；点击问题可查看它在文本中的位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the definition has %n problem(s). Fix them first.</source>
        <translation>
            <numerusform>未保存：流程定义有 %n 个问题，请先修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved as v%1 of %2. New orders start with v%1.</source>
        <translation>已保存为 %2 的 v%1。新订单将按 v%1 开始。</translation>
    </message>
    <message numerus="yes">
        <source>The %n order(s) already started keep the version they started with.</source>
        <translation>
            <numerusform>已开始的 %n 张订单保持其开始时的版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not made active: %1</source>
        <translation>未能启用：%1</translation>
    </message>
    <message>
        <source>New orders now start with this version; orders already started keep theirs.</source>
        <translation>新订单现在按此版本开始；已开始的订单保持原有版本。</translation>
    </message>
    <message>
        <source>New orders of %1 will start with the version shown. Orders already started keep their version. Go on?</source>
        <translation>%1 的新订单将按当前显示的版本开始，已开始的订单保持原有版本。要继续吗？</translation>
    </message>
    <message>
        <source>The place of %1 is kept in the definition; save to store it.</source>
        <translation>%1 的位置已记入流程定义；保存后才会存储。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Drag states to arrange them; their places are kept in the definition ("ui"). Double-click a state or an arrow to find it in the text. Ctrl+wheel zooms.</source>
        <translation>拖动状态可调整布局，位置保存在流程定义中（"ui"）。双击状态或箭头可在文本中找到它。按住 Ctrl 滚动滚轮可缩放。</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n 个状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s): %1 automatic, %2 on an event</source>
        <translation>
            <numerusform>%n 个流转：%1 个自动，%2 个由事件触发</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessValidator</name>
    <message>
        <source>a second state with the id %1 (the first is states[%2])</source>
        <translation>存在第二个 id 为 %1 的状态（第一个是 states[%2]）</translation>
    </message>
    <message>
        <source>no state is final: an order in this process could never be finished</source>
        <translation>没有终止状态：此流程中的订单永远无法结束</translation>
    </message>
    <message>
        <source>the process has no states</source>
        <translation>流程中没有状态</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>未知状态 %1</translation>
    </message>
    <message>
        <source>%1 is known only once an order is in its process; choosing the process cannot depend on it</source>
        <translation>%1 要等订单进入流程后才能确定；选择流程时不能依据它</translation>
    </message>
    <message>
        <source>%1 can never hold: the process would apply to no order</source>
        <translation>%1 永远不会成立：此流程不会适用于任何订单</translation>
    </message>
    <message>
        <source>the final state %1 has a transition out of it (%2)</source>
        <translation>终止状态 %1 有流出的流转（%2）</translation>
    </message>
    <message>
        <source>an automatic transition from %1 back to itself would repeat as long as its guard holds</source>
        <translation>从 %1 回到自身的自动流转会在条件成立期间不断重复</translation>
    </message>
    <message>
        <source>the guard %1 can never hold, so the transition is never taken</source>
        <translation>条件 %1 永远不会成立，因此该流转永远不会执行</translation>
    </message>
    <message>
        <source>the same transition as transitions[%1]</source>
        <translation>与 transitions[%1] 是同一个流转</translation>
    </message>
    <message>
        <source>never taken: transitions[%1] always goes first from %2</source>
        <translation>永远不会执行：从 %2 出发时总是先执行 transitions[%1]</translation>
    </message>
    <message>
        <source>never taken: transitions[%1] always goes first from %2 on %3</source>
        <translation>永远不会执行：从 %2 出发、发生 %3 时总是先执行 transitions[%1]</translation>
    </message>
    <message>
        <source>automatic transitions that always hold go round in a loop (%1): an order would never stop moving</source>
        <translation>条件总是成立的自动流转构成了循环（%1）：订单将永远不停地流转</translation>
    </message>
    <message>
        <source>state %1 cannot be reached from the initial state %2</source>
        <translation>从初始状态 %2 无法到达状态 %1</translation>
    </message>
    <message>
        <source>state %1 is not final but has no transition out of it</source>
        <translation>状态 %1 不是终止状态，却没有流出的流转</translation>
    </message>
    <message>
        <source>no final state can be reached from state %1</source>
        <translation>从状态 %1 无法到达任何终止状态</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ReviewRules</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>%1; approval by %2 needed</source>
        <translation>%1；需要%2审批</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of words</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between approvers who decide in this order</comment>
        <translation>，然后由</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The language of names and messages in rule files: translate as "zh" where the Chinese names (name, message) should be shown</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>the order has no total to check the deposit against</source>
        <translation>订单没有总额，无法核对定金</translation>
    </message>
    <message>
        <source>deposit %1 is %2 % of %3</source>
        <translation>定金 %1 占 %3 的 %2%</translation>
    </message>
    <message>
        <source>deposit %1 is %2 % of %3; at least %4 % (%5) is required</source>
        <translation>定金 %1 占 %3 的 %2%；至少需要 %4%（%5）</translation>
    </message>
    <message>
        <source>%1: the size W %2 × H %3 × D %4 mm is incomplete</source>
        <translation>%1：尺寸 宽 %2 × 高 %3 × 深 %4 mm 不完整</translation>
    </message>
    <message>
        <source>%1, %2 %3 × %4 × %5 mm</source>
        <translation>%1，%2 %3 × %4 × %5 mm</translation>
    </message>
    <message>
        <source>%1: %2 mm is more than the machines' maximum length of %3 mm</source>
        <translation>%1：%2 mm 超过设备最大加工长度 %3 mm</translation>
    </message>
    <message>
        <source>%1: %2 mm is more than the machines' maximum width of %3 mm</source>
        <translation>%1：%2 mm 超过设备最大加工宽度 %3 mm</translation>
    </message>
    <message>
        <source>%1: %2 mm is less than the machines' minimum of %3 mm</source>
        <translation>%1：%2 mm 小于设备最小加工尺寸 %3 mm</translation>
    </message>
    <message>
        <source>%1: %2 mm boards are not used; the allowed thicknesses are %3 mm</source>
        <translation>%1：不使用 %2 mm 厚的板材；允许的厚度为 %3 mm</translation>
    </message>
    <message numerus="yes">
        <source>%n panel(s) within the machines' limits</source>
        <translation>
            <numerusform>%n 块板件均在设备加工范围内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no material given</source>
        <translation>%1：未填写材质</translation>
    </message>
    <message>
        <source>%1: material "%2" is not in the catalogue</source>
        <translation>%1：材质“%2”不在目录中</translation>
    </message>
    <message>
        <source>%1: material "%2" is no longer offered</source>
        <translation>%1：材质“%2”已停售</translation>
    </message>
    <message>
        <source>%1: no colour given</source>
        <translation>%1：未填写颜色</translation>
    </message>
    <message>
        <source>%1: colour "%2" is not in the catalogue</source>
        <translation>%1：颜色“%2”不在目录中</translation>
    </message>
    <message>
        <source>%1: colour "%2" is no longer offered</source>
        <translation>%1：颜色“%2”已停售</translation>
    </message>
    <message>
        <source>the catalogue of materials and colours is empty; import it before orders are reviewed</source>
        <translation>材质与颜色目录为空；请在审单前先导入目录</translation>
    </message>
    <message numerus="yes">
        <source>materials and colours of %n custom line(s) are in the catalogue</source>
        <translation>
            <numerusform>%n 个定制订单行的材质和颜色都在目录中</numerusform>
        </translation>
    </message>
    <message>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <source>the delivery address is incomplete: no %1</source>
        <translation>收货地址不完整：缺少%1</translation>
    </message>
    <message>
        <source>the customer's mobile number is missing</source>
        <translation>缺少客户手机号</translation>
    </message>
    <message>
        <source>the mobile %1 is masked by the online shop; ask the shop or the customer for the full number</source>
        <translation>手机号 %1 被电商平台隐去了部分号码；请向店铺或客户索取完整号码</translation>
    </message>
    <message>
        <source>the mobile %1 is masked; the full number is needed for delivery</source>
        <translation>手机号 %1 不完整；送货需要完整号码</translation>
    </message>
    <message>
        <source>"%1" is not a mainland mobile number (11 digits starting 13 to 19)</source>
        <translation>“%1”不是大陆手机号（11 位，以 13 至 19 开头）</translation>
    </message>
    <message>
        <source>the delivery address and the mobile number are complete</source>
        <translation>收货地址和手机号完整</translation>
    </message>
    <message>
        <source>%1: discount %2 % is above the %3 % limit</source>
        <translation>%1：折扣 %2% 超过 %3% 的上限</translation>
    </message>
    <message>
        <source>the order's discount of %1 % (%2 off %3) is above the %4 % limit</source>
        <translation>订单折扣 %1%（%3 优惠 %2）超过 %4% 的上限</translation>
    </message>
    <message>
        <source>no discount above %1 %</source>
        <translation>没有超过 %1% 的折扣</translation>
    </message>
    <message>
        <source>the total %1 is above %2</source>
        <translation>总额 %1 超过 %2</translation>
    </message>
    <message>
        <source>the total %1 is within %2</source>
        <translation>总额 %1 未超过 %2</translation>
    </message>
    <message>
        <source>the rule's condition could not be evaluated: %1</source>
        <translation>无法计算规则的条件：%1</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>the order names no dealer: no credit limit to check</source>
        <translation>订单没有经销商，无需检查信用额度</translation>
    </message>
    <message>
        <source>the credit of dealer %1 could not be read: %2</source>
        <translation>无法读取经销商 %1 的信用情况：%2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开数据库</translation>
    </message>
    <message>
        <source>dealer %1 is not an organisation unit: no credit limit to check</source>
        <translation>经销商 %1 不是组织单元，无信用额度可查</translation>
    </message>
    <message>
        <source>dealer %1 has no credit limit</source>
        <translation>经销商 %1 未设信用额度</translation>
    </message>
    <message>
        <source>dealer %1 would owe %2 (balance %3 plus this order's %4), above its credit limit %5</source>
        <translation>经销商 %1 欠款将达 %2（余额 %3 加本单 %4），超过信用额度 %5</translation>
    </message>
    <message>
        <source>dealer %1 would owe %2, within its credit limit %3</source>
        <translation>经销商 %1 欠款将为 %2，未超过信用额度 %3</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::Reviewer</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>required for a %1 rule</source>
        <translation>%1 规则必填</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected whole millimetres from 1 to %1</source>
        <translation>应为 1 到 %1 之间的整毫米数</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>应为文本列表</translation>
    </message>
    <message>
        <source>expected a list of %1</source>
        <translation>应为由 %1 组成的列表</translation>
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>the message uses {%1}, which is not a known name</source>
        <translation>消息中使用了 {%1}，这不是已知的名称</translation>
    </message>
    <message>
        <source>expected "order" or "line"</source>
        <translation>应为“order”或“line”</translation>
    </message>
    <message>
        <source>the condition must be true or false</source>
        <translation>条件的结果必须为 true 或 false</translation>
    </message>
    <message>
        <source>expected a share above 0 and at most 1, such as 0.3</source>
        <translation>应为大于 0 且不超过 1 的比例，例如 0.3</translation>
    </message>
    <message>
        <source>more than max_width_mm</source>
        <translation>大于 max_width_mm</translation>
    </message>
    <message>
        <source>more than max_length_mm</source>
        <translation>大于 max_length_mm</translation>
    </message>
    <message>
        <source>expected a list of whole millimetres, such as [9, 18, 25]</source>
        <translation>应为整毫米数列表，例如 [9, 18, 25]</translation>
    </message>
    <message>
        <source>expected a rate of 0 or more and below 1, such as 0.15</source>
        <translation>应为不小于 0 且小于 1 的比率，例如 0.15</translation>
    </message>
    <message>
        <source>expected an amount in yuan of 0 or more, such as 100000</source>
        <translation>应为不小于 0 的金额（元），例如 100000</translation>
    </message>
    <message>
        <source>expected "hold" or "approval"</source>
        <translation>应为“hold”或“approval”</translation>
    </message>
    <message>
        <source>an approval needs the roles that approve, in order, such as ["sales_manager"]</source>
        <translation>审批需要按顺序列出审批角色，例如 ["sales_manager"]</translation>
    </message>
    <message>
        <source>approvers are only used when the outcome is "approval"</source>
        <translation>只有结果为“approval”时才使用审批人</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>应为规则列表</translation>
    </message>
    <message>
        <source>expected a rule object</source>
        <translation>应为规则对象</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and _, such as "deposit"</source>
        <translation>应由小写字母、数字和 _ 组成，例如“deposit”</translation>
    </message>
    <message>
        <source>rules[%1] already has the id "%2"</source>
        <translation>rules[%1] 已使用 id“%2”</translation>
    </message>
    <message>
        <source>unknown rule type "%1"; expected one of %2</source>
        <translation>未知的规则类型“%1”；应为 %2 之一</translation>
    </message>
    <message>
        <source>unknown parameter for a %1 rule; it takes %2</source>
        <translation>%1 规则没有这个参数；可用参数：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::RuleSet</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>the template has no "id"</source>
        <translation>模板缺少“id”</translation>
    </message>
    <message>
        <source>a second template with the id "%1"</source>
        <translation>存在第二个 id 为“%1”的模板</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
    <message>
        <source>the template "%1" is not a JSON object</source>
        <translation>模板“%1”不是 JSON 对象</translation>
    </message>
    <message>
        <source>a rule set needs "review" and "split"</source>
        <translation>规则集需要“review”和“split”</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::RuleSetStore</name>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>shipped rules</source>
        <translation>内置规则</translation>
    </message>
    <message>
        <source>there is no rule set version %1</source>
        <translation>没有规则集版本 %1</translation>
    </message>
    <message numerus="yes">
        <source>the rules have %n problem(s):
%1</source>
        <translation>
            <numerusform>规则有 %n 个问题：
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::RulesPage</name>
    <message>
        <source>Validate</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the edited rules and templates and list every problem</source>
        <translation>检查修改后的规则和模板，并列出所有问题</translation>
    </message>
    <message>
        <source>Save as New Version…</source>
        <translation>另存为新版本…</translation>
    </message>
    <message>
        <source>Store the edited rules as a new version; it is not used until you activate it</source>
        <translation>把修改后的规则保存为新版本；启用之前不会使用</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Forget the edits and show the stored version again</source>
        <translation>放弃修改，重新显示已保存的版本</translation>
    </message>
    <message>
        <source>Review and Split Rules</source>
        <translation>审单与拆单规则</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A saved version is not used until you activate it. Try the edited rules in Dry Run first.</source>
        <translation>保存的版本要启用后才会使用。请先在“试运行”中试用修改后的规则。</translation>
    </message>
    <message>
        <source>the shipped rules</source>
        <translation>内置规则</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>not stored yet; in use</source>
        <translation>尚未保存；使用中</translation>
    </message>
    <message>
        <source>Saved %1 by %2</source>
        <translation>%2 于 %1 保存</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The rules shown have edits that are not saved. Discard them?</source>
        <translation>当前显示的规则有未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>审单规则</translation>
    </message>
    <message>
        <source>Split rules</source>
        <translation>拆单规则</translation>
    </message>
    <message>
        <source>this file is not a JSON object; see the problems below</source>
        <translation>此文件不是 JSON 对象；请查看下方的问题</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the rules can be saved as a new version.</source>
        <translation>没有问题：规则可以保存为新版本。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); click one to see its place.</source>
        <translation>
            <numerusform>共 %n 个问题；点击问题可查看其位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the rules have %n problem(s). Fix them first.</source>
        <translation>
            <numerusform>未保存：规则有 %n 个问题，请先修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved as v%1. It is not active: new orders are still reviewed and split with %2 until you activate v%1.</source>
        <translation>已保存为 v%1，但尚未启用：在启用 v%1 之前，新订单仍按%2审单和拆单。</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>What changed? (kept with the version)</source>
        <translation>改了什么？（随版本保存）</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>未能启用：%1</translation>
    </message>
    <message>
        <source>v%1 is active: new orders are reviewed and split with it.</source>
        <translation>v%1 已启用：新订单将按此版本审单和拆单。</translation>
    </message>
    <message>
        <source>Activate v%1? Orders reviewed and split from now on use it; work already created stays as it is.</source>
        <translation>要启用 v%1 吗？此后的审单和拆单都将使用该版本；已生成的工作保持不变。</translation>
    </message>
    <message>
        <source>The edits shown are not part of v%1.</source>
        <translation>当前显示的修改不属于 v%1。</translation>
    </message>
    <message>
        <source>Activate Rules</source>
        <translation>启用规则</translation>
    </message>
    <message>
        <source>In use: the shipped rules (not stored yet).</source>
        <translation>使用中：内置规则（尚未保存）。</translation>
    </message>
    <message>
        <source>In use: v%1.</source>
        <translation>使用中：v%1。</translation>
    </message>
    <message>
        <source>Edits are saved as a new version and used only once you activate it.</source>
        <translation>修改会保存为新版本，启用后才会使用。</translation>
    </message>
    <message>
        <source>Activate v%1…</source>
        <translation>启用 v%1…</translation>
    </message>
    <message>
        <source>The period's end is before its start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message numerus="yes">
        <source>The edited rules have %n problem(s); fix them in the Rules tab first.</source>
        <translation>
            <numerusform>修改后的规则有 %n 个问题；请先在“规则”页中修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, which is in use</source>
        <translation>使用中的%1</translation>
    </message>
    <message>
        <source>%1 with your edits</source>
        <translation>含你修改的%1</translation>
    </message>
    <message>
        <source>%1 in the editor</source>
        <translation>编辑器中的%1</translation>
    </message>
    <message>
        <source>What the rules shown hold</source>
        <translation>当前显示的规则包含</translation>
    </message>
    <message>
        <source>One of the files is not JSON yet.</source>
        <translation>有文件还不是有效的 JSON。</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>（已停用）</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n rule(s)</source>
        <translation>
            <numerusform>审单：%n 条规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split: %n rule(s) for order lines</source>
        <translation>
            <numerusform>拆单：%n 条订单行规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cabinet templates: %n</source>
        <translation>
            <numerusform>柜体模板：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n workshop(s) (%1)</source>
        <translation>
            <numerusform>分到 %n 个车间（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) (%1)</source>
        <translation>
            <numerusform>%n 家供应商（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::SplitRules</name>
    <message>
        <source>expected a condition as text</source>
        <translation>条件应写成文本</translation>
    </message>
    <message>
        <source>%1 (%2) in "%3"</source>
        <translation>%1（%2），公式“%3”</translation>
    </message>
    <message>
        <source>"%1" is not a condition (true or false)</source>
        <translation>“%1”不是条件（结果应为真或假）</translation>
    </message>
    <message>
        <source>"%1" can never be true</source>
        <translation>“%1”永远不会成立</translation>
    </message>
    <message>
        <source>expected a whole number of working hours</source>
        <translation>应为整数个工作小时</translation>
    </message>
    <message>
        <source>an assignee needs a "role", a "unit" or both</source>
        <translation>处理人需要“role”、“unit”或两者都有</translation>
    </message>
    <message>
        <source>expected "round_robin" or "least_open", not "%1"</source>
        <translation>应为“round_robin”或“least_open”，不能是“%1”</translation>
    </message>
    <message>
        <source>name at least one workshop</source>
        <translation>至少列出一个车间</translation>
    </message>
    <message>
        <source>each workshop needs its own code (the unit's code)</source>
        <translation>每个车间需要唯一的代码（组织单元代码）</translation>
    </message>
    <message>
        <source>a workshop needs "name" (Chinese) and "name_en"</source>
        <translation>车间需要“name”（中文）和“name_en”</translation>
    </message>
    <message>
        <source>each supplier needs its own code</source>
        <translation>每个供应商需要唯一的代码</translation>
    </message>
    <message>
        <source>a supplier needs "name" (Chinese) and "name_en"</source>
        <translation>供应商需要“name”（中文）和“name_en”</translation>
    </message>
    <message>
        <source>name at least one line rule</source>
        <translation>至少列出一条订单行规则</translation>
    </message>
    <message>
        <source>each rule needs its own id</source>
        <translation>每条规则需要唯一的 id</translation>
    </message>
    <message>
        <source>a rule needs "name" (Chinese) and "name_en"</source>
        <translation>规则需要“name”（中文）和“name_en”</translation>
    </message>
    <message>
        <source>no workshop "%1" in "workshops"</source>
        <translation>“workshops”中没有车间“%1”</translation>
    </message>
    <message>
        <source>no supplier "%1" in "suppliers"</source>
        <translation>“suppliers”中没有供应商“%1”</translation>
    </message>
    <message>
        <source>expected "make", "purchase" or "none", not "%1"</source>
        <translation>应为“make”“purchase”或“none”，不能是“%1”</translation>
    </message>
    <message>
        <source>only a "make" rule can explode a template</source>
        <translation>只有“make”规则才能按模板拆板件</translation>
    </message>
    <message>
        <source>no template "%1" (templates: %2)</source>
        <translation>没有模板“%1”（现有模板：%2）</translation>
    </message>
    <message>
        <source>parameters need a "template" to set</source>
        <translation>参数需要配合“template”使用</translation>
    </message>
    <message>
        <source>the part "%1" is routed twice</source>
        <translation>板件“%1”被分派了两次</translation>
    </message>
    <message>
        <source>name the part codes to route</source>
        <translation>请列出要分派的板件代码</translation>
    </message>
    <message>
        <source>a stage needs "name" (Chinese) and "name_en"</source>
        <translation>收款节点需要“name”（中文）和“name_en”</translation>
    </message>
    <message>
        <source>expected "shipment", "installation" or nothing, not "%1"</source>
        <translation>应为“shipment”“installation”或留空，不能是“%1”</translation>
    </message>
    <message>
        <source>no other stage "%1"</source>
        <translation>没有另一个收款节点“%1”</translation>
    </message>
    <message>
        <source>name at least one policy</source>
        <translation>至少列出一个收款策略</translation>
    </message>
    <message>
        <source>expected a share from 0 to 1, such as "0.3"</source>
        <translation>应为 0 到 1 之间的比例，例如“0.3”</translation>
    </message>
    <message>
        <source>no stage "%1" in "stages"</source>
        <translation>“stages”中没有收款节点“%1”</translation>
    </message>
    <message>
        <source>the last policy needs no "when", so that every order has one</source>
        <translation>最后一个策略不应有“when”，以保证每个订单都有策略可用</translation>
    </message>
    <message>
        <source>say who gets %1 tasks</source>
        <translation>请指定 %1 任务的处理人</translation>
    </message>
    <message>
        <source>the title pattern is missing</source>
        <translation>缺少标题模板</translation>
    </message>
    <message>
        <source>{%1} is not known here; use %2</source>
        <translation>这里不认识 {%1}；可用 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>expected 1 to 20</source>
        <translation>应为 1 到 20</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::Splitter</name>
    <message>
        <source>order %1, line %2: the rule "%3" cannot be checked: %4</source>
        <translation>订单 %1 第 %2 行：无法判断规则“%3”：%4</translation>
    </message>
    <message>
        <source>line %1 (%2) matches no split rule and is in no task</source>
        <translation>第 %1 行（%2）没有匹配任何拆单规则，未进入任何任务</translation>
    </message>
    <message>
        <source>line %1 (%2): there is no template "%3"; no parts are made for it</source>
        <translation>第 %1 行（%2）：没有模板“%3”，未生成板件</translation>
    </message>
    <message>
        <source>order %1, %2</source>
        <translation>订单 %1，%2</translation>
    </message>
    <message>
        <source>order %1: the installation team %2 cannot be checked: %3</source>
        <translation>订单 %1：无法判断安装团队 %2：%3</translation>
    </message>
    <message>
        <source>order %1: the collection policy "%2" cannot be checked: %3</source>
        <translation>订单 %1：无法判断收款策略“%2”：%3</translation>
    </message>
    <message>
        <source>the deposit %1 is more than the total %2: %3 to refund</source>
        <translation>定金 %1 超过订单总额 %2：需退款 %3</translation>
    </message>
    <message>
        <source>no stage "%1"</source>
        <translation>没有收款节点“%1”</translation>
    </message>
    <message>
        <source>line %1 (%2) is bought in from %3; a re-make makes rush work orders only, so order it by hand</source>
        <translation>第 %1 行（%2）需向%3外购；补件只生成加急工单，请手工下采购单</translation>
    </message>
    <message>
        <source>the template's "id" is not "%1"</source>
        <translation>模板的“id”不是“%1”</translation>
    </message>
    <message>
        <source>there are no split rules</source>
        <translation>没有拆单规则</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>the split rules are not loaded</source>
        <translation>拆单规则尚未加载</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskDetailPane</name>
    <message>
        <source>Select a task to see what it needs and what happened to it.</source>
        <translation>选择一个任务，查看它的要求和处理经过。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Write a comment for everyone who works on this task</source>
        <translation>写一条评论，给处理此任务的所有人看</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>任务池</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Take the task from your team's pool: it becomes yours</source>
        <translation>从团队任务池中领取此任务，由你处理</translation>
    </message>
    <message>
        <source>Say that you are working on it</source>
        <translation>表示你正在处理</translation>
    </message>
    <message>
        <source>Mark the task done and say what was done</source>
        <translation>把任务标记为完成，并说明做了什么</translation>
    </message>
    <message>
        <source>Give the task to someone else, with the reason</source>
        <translation>把任务转交给其他人，并说明原因</translation>
    </message>
    <message>
        <source>Approve this step of the order's approval</source>
        <translation>批准订单审批中的这一步</translation>
    </message>
    <message>
        <source>Reject the order at this step; the comment says why</source>
        <translation>在这一步驳回订单，并在意见中说明原因</translation>
    </message>
    <message>
        <source>Show the order this task belongs to</source>
        <translation>显示此任务所属的订单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (overdue %2)</source>
        <translation>%1（逾期 %2）</translation>
    </message>
    <message>
        <source>Nobody yet: waiting in the pool</source>
        <translation>暂无：在任务池中等待认领</translation>
    </message>
    <message>
        <source>%1 (escalated to %2)</source>
        <translation>%1（已升级给 %2）</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Approval step %1 of the order: %2</source>
        <translation>订单审批第 %1 步：%2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>评论（%1）</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>暂无评论。</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskDetailsFormat</name>
    <message>
        <source>This task has no further details.</source>
        <translation>此任务没有更多详情。</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>板件</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>五金</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>厚</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Edge banding</source>
        <translation>封边长度</translation>
    </message>
    <message>
        <source>Banded edges</source>
        <translation>封边位置</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>纹理</translation>
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
        <source>Door style</source>
        <translation>门型</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>层板数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>收款节点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>包件</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 ㎡</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>pc</source>
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
        <source>along the length</source>
        <translation>沿长度</translation>
    </message>
    <message>
        <source>along the width</source>
        <translation>沿宽度</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已付定金</translation>
    </message>
    <message>
        <source>Deposit required</source>
        <translation>应付定金</translation>
    </message>
    <message>
        <source>Deposit share</source>
        <translation>定金比例</translation>
    </message>
    <message>
        <source>Rush order</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Ship mode</source>
        <translation>发货方式</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskDisplay</name>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Order review</source>
        <translation>审单</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>生产工单</translation>
    </message>
    <message>
        <source>Purchase requisition</source>
        <translation>采购申请</translation>
    </message>
    <message>
        <source>Payment collection</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Order amendment</source>
        <translation>改单</translation>
    </message>
    <message>
        <source>Re-make</source>
        <translation>补件</translation>
    </message>
    <message>
        <source>Overdue escalation</source>
        <translation>逾期升级</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>%1 · escalated</source>
        <translation>%1 · 已升级</translation>
    </message>
    <message>
        <source>Order to correct</source>
        <translation>修改订单</translation>
    </message>
    <message>
        <source>Charge-back</source>
        <translation>责任扣款</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskInboxModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>任务池：%1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskInboxPage</name>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Work the process engine gave you and your team, overdue first</source>
        <translation>流程引擎分派给你和你的团队的工作，逾期的排在前面</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks assigned to you</source>
        <translation>指派给你的任务</translation>
    </message>
    <message>
        <source>Tasks waiting in your pools, your units' tasks and tasks escalated to you</source>
        <translation>在你的任务池中等待的任务、你所在单元的任务以及升级给你的任务</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every task of every order</source>
        <translation>所有订单的所有任务</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Done too</source>
        <translation>包括已完成</translation>
    </message>
    <message>
        <source>Show done and cancelled tasks after the open ones</source>
        <translation>在未完成任务之后显示已完成和已取消的任务</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Search task titles</source>
        <translation>搜索任务标题</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show my team's tasks</source>
        <translation>显示团队的任务</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Team (%1 to claim)</source>
        <translation>团队（%1 个待认领）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Counting tasks…</source>
        <translation>正在统计任务…</translation>
    </message>
    <message>
        <source>No tasks match these filters.</source>
        <translation>没有符合筛选条件的任务。</translation>
    </message>
    <message>
        <source>Search looks in the tasks' titles, which name the order and the customer.</source>
        <translation>搜索范围是任务标题，标题中包含订单号和客户。</translation>
    </message>
    <message>
        <source>Nothing assigned to you right now.</source>
        <translation>目前没有指派给你的任务。</translation>
    </message>
    <message>
        <source>New orders become tasks once they are reviewed and split; tasks for your role wait in your team's pool until someone claims them.</source>
        <translation>新订单审单、拆单后会生成任务；分给你所在角色的任务会在团队任务池中等待，直到有人认领。</translation>
    </message>
    <message>
        <source>No open tasks here.</source>
        <translation>这里没有未完成的任务。</translation>
    </message>
    <message>
        <source>When the process engine splits an order, its tasks appear here for the people who do them.</source>
        <translation>流程引擎拆单后，生成的任务会显示在这里，供负责处理的人查看。</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开数据库</translation>
    </message>
    <message>
        <source>sign in to work on tasks</source>
        <translation>请登录后处理任务</translation>
    </message>
    <message>
        <source>The task was not claimed: %1</source>
        <translation>任务未认领：%1</translation>
    </message>
    <message>
        <source>The task is yours now.</source>
        <translation>任务现在由你处理。</translation>
    </message>
    <message>
        <source>The task was not started: %1</source>
        <translation>任务未开始：%1</translation>
    </message>
    <message>
        <source>The task is in progress.</source>
        <translation>任务进行中。</translation>
    </message>
    <message>
        <source>The task was not completed: %1</source>
        <translation>任务未完成：%1</translation>
    </message>
    <message>
        <source>The task is done.</source>
        <translation>任务已完成。</translation>
    </message>
    <message>
        <source>The task was not handed over: %1</source>
        <translation>任务未转交：%1</translation>
    </message>
    <message>
        <source>The task was handed over.</source>
        <translation>任务已转交。</translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation>评论未添加：%1</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>评论已添加。</translation>
    </message>
    <message>
        <source>This task has no approval step waiting for a decision.</source>
        <translation>此任务没有等待决定的审批步骤。</translation>
    </message>
    <message>
        <source>A rejection needs a comment that says why.</source>
        <translation>驳回时需要填写意见说明原因。</translation>
    </message>
    <message>
        <source>The approval was not recorded: %1</source>
        <translation>批准未记录：%1</translation>
    </message>
    <message>
        <source>The rejection was not recorded: %1</source>
        <translation>驳回未记录：%1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <source>Rejected; the order goes back to its owner.</source>
        <translation>已驳回；订单退回给订单负责人。</translation>
    </message>
    <message>
        <source>This task has no order you can open here.</source>
        <translation>此任务没有可在这里打开的订单。</translation>
    </message>
    <message>
        <source>The order could not be opened: the orders page is not available.</source>
        <translation>无法打开订单：订单页面不可用。</translation>
    </message>
    <message>
        <source>Complete Task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>What was done for "%1"? The result goes on the order's timeline.</source>
        <translation>为“%1”做了什么？处理结果会记入订单时间线。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>e.g. cut and edged, 42 panels to sorting</source>
        <translation>例如：已开料封边，42 块板件转分拣</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Approve "%1"? A comment is optional.</source>
        <translation>要批准“%1”吗？意见可填可不填。</translation>
    </message>
    <message>
        <source>Why is "%1" rejected? The order goes back to its owner with your comment.</source>
        <translation>为什么驳回“%1”？订单会连同你的意见退回给订单负责人。</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskStore</name>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <source>task "%1"</source>
        <translation>任务“%1”</translation>
    </message>
    <message>
        <source>it is done already, so it cannot be %1</source>
        <translation>任务已完成，不能再%1</translation>
    </message>
    <message>
        <source>it was cancelled, so it cannot be %1</source>
        <translation>任务已取消，不能再%1</translation>
    </message>
    <message>
        <source>it is started already, so it cannot be %1</source>
        <translation>任务已开始，不能再%1</translation>
    </message>
    <message>
        <source>it cannot be %1 now</source>
        <translation>现在不能%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the task does not exist (any more)</source>
        <translation>该任务不存在（或已删除）</translation>
    </message>
    <message>
        <source>a task needs a key, a kind and a title</source>
        <translation>任务需要键、类型和标题</translation>
    </message>
    <message>
        <source>the order of task "%1" does not exist</source>
        <translation>任务“%1”的订单不存在</translation>
    </message>
    <message>
        <source>the unit of task "%1" does not exist</source>
        <translation>任务“%1”的单元不存在</translation>
    </message>
    <message>
        <source>task "%1" is assigned to an unknown user</source>
        <translation>任务“%1”指派给了未知用户</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
    <message>
        <source>only a person can claim a task</source>
        <translation>只有人员才能认领任务</translation>
    </message>
    <message>
        <source>%1 has claimed it already</source>
        <translation>%1 已认领该任务</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>it is assigned to %1; ask them or their lead to hand it over</source>
        <translation>该任务已指派给 %1；请让其本人或其负责人转交</translation>
    </message>
    <message>
        <source>%1 is not in the pool this task waits in</source>
        <translation>%1 不在该任务所在的任务池中</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>say why it is handed over</source>
        <translation>请说明转交原因</translation>
    </message>
    <message>
        <source>hand it over to whom? That user does not exist</source>
        <translation>转交给谁？该用户不存在</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot take it</source>
        <translation>%1 已停用，不能接手</translation>
    </message>
    <message>
        <source>it is %1's already</source>
        <translation>该任务已是 %1 的</translation>
    </message>
    <message>
        <source>only its assignee, its lead or an administrator can hand it over</source>
        <translation>只有处理人、其负责人或管理员可以转交</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>it is assigned to %1</source>
        <translation>该任务已指派给 %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>only %1, who has it, can complete it</source>
        <translation>只有处理人 %1 可以完成该任务</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>say why it is cancelled</source>
        <translation>请说明取消原因</translation>
    </message>
    <message>
        <source>only its lead or an administrator can cancel it</source>
        <translation>只有负责人或管理员可以取消</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>say why it is changed</source>
        <translation>请说明修改原因</translation>
    </message>
    <message>
        <source>only its lead or an administrator can change it</source>
        <translation>只有负责人或管理员可以修改</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>任务需要标题</translation>
    </message>
    <message>
        <source>a comment cannot be empty</source>
        <translation>评论不能为空</translation>
    </message>
    <message>
        <source>no time to judge overdue tasks by</source>
        <translation>没有用于判断逾期的时间</translation>
    </message>
    <message>
        <source>"%1" is overdue, but its pool has no unit with a lead</source>
        <translation>“%1”已逾期，但其任务池没有设负责人的单元</translation>
    </message>
    <message>
        <source>"%1" is overdue, but %2 has no lead to escalate to</source>
        <translation>“%1”已逾期，但 %2 没有可升级的负责人</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskTextDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskTimeline</name>
    <message>
        <source>Task created</source>
        <translation>任务已创建</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变更</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>转交给 %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>升级给 %1</translation>
    </message>
    <message>
        <source>Step %1 (%2) approved</source>
        <translation>第 %1 步（%2）已批准</translation>
    </message>
    <message>
        <source>Step %1 (%2) rejected</source>
        <translation>第 %1 步（%2）已驳回</translation>
    </message>
    <message>
        <source>Step %1 (%2) withdrawn</source>
        <translation>第 %1 步（%2）已撤回</translation>
    </message>
    <message>
        <source>Step %1 waits for %2</source>
        <translation>第 %1 步等待%2处理</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::WorkCalendar</name>
    <message>
        <source>"%1" is not a weekday: use 1 (Monday) to 7 (Sunday)</source>
        <translation>“%1”不是星期几：请用 1（星期一）到 7（星期日）</translation>
    </message>
    <message>
        <source>weekday %1 is listed twice</source>
        <translation>星期 %1 重复列出</translation>
    </message>
    <message>
        <source>no working weekday is given</source>
        <translation>未指定工作日</translation>
    </message>
    <message>
        <source>"%1" is not a span of hours such as 08:30-12:00</source>
        <translation>“%1”不是时间段，格式如 08:30-12:00</translation>
    </message>
    <message>
        <source>"%1" ends before it starts</source>
        <translation>“%1”的结束早于开始</translation>
    </message>
    <message>
        <source>no working hours are given</source>
        <translation>未指定工作时间</translation>
    </message>
    <message>
        <source>working hours overlap: %1</source>
        <translation>工作时间重叠：%1</translation>
    </message>
    <message>
        <source>"%1" is not a time zone this computer knows</source>
        <translation>本机不认识时区“%1”</translation>
    </message>
    <message>
        <source>not a calendar file: %1 at character %2</source>
        <translation>不是日历文件：第 %2 个字符处 %1</translation>
    </message>
    <message>
        <source>a calendar file needs a "days" list</source>
        <translation>日历文件需要“days”列表</translation>
    </message>
    <message>
        <source>days, entry %1</source>
        <translation>days 第 %1 项</translation>
    </message>
    <message>
        <source>a day needs a name</source>
        <translation>日期需要名称</translation>
    </message>
    <message>
        <source>"working" must be true or false</source>
        <translation>“working”必须为 true 或 false</translation>
    </message>
    <message>
        <source>give "date", or "from" and "to", as YYYY-MM-DD (%1)</source>
        <translation>请以 YYYY-MM-DD 格式给出“date”，或“from”和“to”（%1）</translation>
    </message>
    <message>
        <source>%1 to %2 is not a range of days</source>
        <translation>%1 至 %2 不是有效的日期范围</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库正忙，请重试</translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::WorkflowModule</name>
    <message>
        <source>Workflow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Process definitions</source>
        <translation>流程定义</translation>
    </message>
    <message>
        <source>Review and split rules</source>
        <translation>审单与拆单规则</translation>
    </message>
    <message>
        <source>%1 assigned to you, %2 waiting in your team's pool, %3 overdue</source>
        <translation>指派给你 %1 个，团队任务池中等待 %2 个，逾期 %3 个</translation>
    </message>
    <message>
        <source>Run the process now</source>
        <translation>立即运行流程</translation>
    </message>
    <message>
        <source>Review new orders, split approved ones into tasks and apply changes (it also runs by itself every five minutes)</source>
        <translation>审核新订单，把已审核的订单拆成任务并应用改单（每五分钟也会自动运行）</translation>
    </message>
    <message>
        <source>The process engine is running…</source>
        <translation>流程引擎正在运行…</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>work center %1: %2</source>
        <translation>工作中心 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProductionSetup</name>
    <message>
        <source>step %1: no work center "%2"</source>
        <translation>工序 %1：没有工作中心“%2”</translation>
    </message>
</context>
<context>
    <name>RequisitionStore</name>
    <message>
        <source>%1: order %2 now needs %3 %4, the purchase order has %5; change the purchase order by hand</source>
        <translation>%1：订单 %2 现需 %3 %4，采购单上为 %5；请手工修改采购单</translation>
    </message>
    <message>
        <source>order %1 changed</source>
        <translation>订单 %1 已变更</translation>
    </message>
</context>
<context>
    <name>ShipmentStore</name>
    <message>
        <source>no such shipment</source>
        <translation>没有这张发货单</translation>
    </message>
    <message>
        <source>shipment %1 is %2: its packages can no longer change</source>
        <translation>发货单 %1 %2，包件不能再改</translation>
    </message>
</context>
<context>
    <name>StockSetup</name>
    <message>
        <source>unknown bin kind "%1"</source>
        <translation>未知库位类型“%1”</translation>
    </message>
    <message>
        <source>unknown item kind "%1"</source>
        <translation>未知物料类型“%1”</translation>
    </message>
    <message>
        <source>unknown unit "%1"</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>pack_size and standard_cost must be decimals written as text, like "12.50"</source>
        <translation>pack_size 和 standard_cost 必须是文本形式的小数，如“12.50”</translation>
    </message>
</context>
<context>
    <name>WorkOrderDocumentBuilder</name>
    <message>
        <source>the work order could not be read: %1</source>
        <translation>无法读取工单：%1</translation>
    </message>
</context>
</TS>
