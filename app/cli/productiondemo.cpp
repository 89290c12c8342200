#include "productiondemo.h"

#include "cliutil.h"
#include "commands.h"
#include "core/decimal.h"
#include "core/money.h"
#include "orders/orderrepository.h"
#include "production/planstore.h"
#include "production/productionsetup.h"
#include "production/progressquery.h"
#include "production/progressrecorder.h"
#include "production/scheduler.h"
#include "production/workordermaker.h"
#include "storage/database.h"
#include "users/userstore.h"
#include "workflow/processengine.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

namespace Hearth::Cli {

namespace {

/// One custom line: a cabinet template with its size, priced by the front's area.
struct DemoLine
{
    const char16_t *description;
    const char *templ;
    int width;
    int height;
    int depth;
    int yuanPerM2;
    int doors = -1;  // -1: the template's default
};

/// A bought-in line (a stone top): the split makes a purchase of it, no panels.
struct DemoBought
{
    const char *sku;
    const char16_t *description;
    const char16_t *category;
    int metresMilli;
    int yuanPerMetre;
};

struct DemoOrder
{
    const char *channelOrderNo;
    const char16_t *customer;
    const char *mobile;
    const char16_t *province;
    const char16_t *city;
    const char16_t *district;
    const char16_t *street;
    const char16_t *material;
    const char16_t *colour;
    int signedDaysAgo;
    int promisedInDays;
    QList<DemoLine> lines;
    QList<DemoBought> bought;
};

// Sizes within the templates' limits (base and wall cabinets up to 900 mm wide, wardrobe
// sections and tall cabinets up to 1000 mm) and the review's panel sizes.
const QList<DemoOrder> &demoOrders()
{
    static const QList<DemoOrder> orders = {
        {"MFG-DEMO-01", u"王建国", "13912345601", u"浙江省", u"杭州市", u"西湖区",
         u"文三路128号金都花园3幢501", u"颗粒板 E0", u"暖白", 6, 12,
         {{u"地柜 水槽柜", "base_cabinet", 800, 720, 560, 1280},
          {u"地柜", "base_cabinet", 600, 720, 560, 1280},
          {u"抽屉柜 三抽", "drawer_unit", 600, 720, 560, 1480},
          {u"吊柜", "wall_cabinet", 800, 700, 330, 1080},
          {u"吊柜", "wall_cabinet", 600, 700, 330, 1080},
          {u"高柜 电器柜", "tall_cabinet", 600, 2200, 560, 1380}},
         {{"TOP-QZ20", u"石英石台面 20mm", u"台面", 2000, 1500}}},
        {"MFG-DEMO-02", u"李秀英", "13812345602", u"江苏省", u"南京市", u"鼓楼区",
         u"中山北路200号2幢1102", u"多层板", u"胡桃木纹", 5, 16,
         {{u"衣柜柜体 左段", "wardrobe", 900, 2400, 600, 980, 0},
          {u"衣柜柜体 右段", "wardrobe", 900, 2400, 600, 980, 0},
          {u"衣柜平开门", "door_set", 1800, 2380, 22, 1180, 4}},
         {}},
        {"MFG-DEMO-03", u"张伟", "13712345603", u"上海市", u"上海市", u"浦东新区",
         u"锦绣路1500弄12号602", u"生态板", u"橡木纹", 4, 20,
         {{u"书柜 开放格", "tall_cabinet", 1000, 2200, 350, 1080, 0},
          {u"书柜 带门", "tall_cabinet", 1000, 2200, 350, 1180}},
         {}},
        {"MFG-DEMO-04", u"刘洋", "15912345604", u"广东省", u"深圳市", u"南山区",
         u"科技园南路88号A栋1803", u"颗粒板 ENF", u"雪山白", 8, 9,
         {{u"地柜", "base_cabinet", 900, 720, 560, 1380},
          {u"地柜 拉篮柜", "base_cabinet", 450, 720, 560, 1380},
          {u"吊柜", "wall_cabinet", 900, 700, 330, 1180},
          {u"吊柜", "wall_cabinet", 450, 700, 330, 1180}},
         {{"TOP-QZ20", u"石英石台面 20mm", u"台面", 1350, 1500}}},
        {"MFG-DEMO-05", u"陈静", "13612345605", u"四川省", u"成都市", u"高新区",
         u"天府大道中段666号5栋1201", u"颗粒板 E0", u"浅灰", 3, 25,
         {{u"衣柜 主卧左", "wardrobe", 1000, 2600, 600, 1080},
          {u"衣柜 主卧中", "wardrobe", 1000, 2600, 600, 1080},
          {u"衣柜 主卧右", "wardrobe", 800, 2600, 600, 1080}},
         {}},
        {"MFG-DEMO-06", u"杨帆", "18612345606", u"北京市", u"北京市", u"朝阳区",
         u"望京西路48号院7号楼1502", u"欧松板", u"奶咖", 7, 14,
         {{u"鞋柜", "tall_cabinet", 1000, 2400, 350, 1180},
          {u"玄关地柜", "base_cabinet", 800, 720, 400, 1180}},
         {}},
        {"MFG-DEMO-07", u"赵丽", "13512345607", u"湖北省", u"武汉市", u"洪山区",
         u"珞喻路1037号华中小区21栋302", u"多层实木板", u"象牙白", 2, 30,
         {{u"儿童房衣柜", "wardrobe", 1000, 2200, 580, 1280},
          {u"书柜", "tall_cabinet", 800, 2200, 350, 1180}},
         {}},
        {"MFG-DEMO-08", u"黄磊", "13312345608", u"福建省", u"厦门市", u"思明区",
         u"湖滨南路90号1705", u"颗粒板 E0", u"黑色", 9, 18,
         {{u"地柜 水槽柜", "base_cabinet", 900, 720, 560, 1280},
          {u"地柜 灶台柜", "base_cabinet", 900, 720, 560, 1280},
          {u"地柜", "base_cabinet", 600, 720, 560, 1280},
          {u"抽屉柜 四抽", "drawer_unit", 600, 720, 560, 1480},
          {u"吊柜", "wall_cabinet", 900, 700, 330, 1080},
          {u"吊柜", "wall_cabinet", 900, 700, 330, 1080},
          {u"吊柜", "wall_cabinet", 600, 700, 330, 1080},
          {u"高柜", "tall_cabinet", 600, 2200, 560, 1380}},
         {{"TOP-QZ20", u"石英石台面 20mm", u"台面", 3000, 1500}}},
        {"MFG-DEMO-09", u"周敏", "13212345609", u"山东省", u"青岛市", u"市南区",
         u"香港中路76号3号楼802", u"生态板", u"北美黑胡桃", 4, 22,
         {{u"衣柜柜体 左段", "wardrobe", 1000, 2400, 600, 1080, 0},
          {u"衣柜柜体 右段", "wardrobe", 1000, 2400, 600, 1080, 0},
          {u"衣柜平开门", "door_set", 2000, 2380, 22, 1280, 4}},
         {}},
        {"MFG-DEMO-10", u"吴刚", "15012345610", u"湖南省", u"长沙市", u"岳麓区",
         u"麓山南路932号8栋601", u"颗粒板", u"暖白", 5, 28,
         {{u"抽屉柜", "drawer_unit", 800, 720, 500, 1380},
          {u"抽屉柜", "drawer_unit", 800, 720, 500, 1380},
          {u"吊柜", "wall_cabinet", 800, 600, 330, 1080}},
         {}},
        {"MFG-DEMO-11", u"郑爽", "17712345611", u"陕西省", u"西安市", u"雁塔区",
         u"科技路33号2栋1单元1901", u"多层板", u"橡木原色", 1, 35,
         {{u"衣柜", "wardrobe", 1000, 2400, 600, 1180},
          {u"书柜", "tall_cabinet", 900, 2200, 350, 1080, 0},
          {u"鞋柜", "tall_cabinet", 800, 2400, 350, 1080}},
         {}},
        {"MFG-DEMO-12", u"孙丽华", "13012345612", u"重庆市", u"重庆市", u"渝北区",
         u"金开大道1688号6栋2304", u"颗粒板 E0", u"浅灰", 6, 11,
         {{u"地柜", "base_cabinet", 800, 720, 560, 1280},
          {u"地柜", "base_cabinet", 700, 720, 560, 1280},
          {u"吊柜", "wall_cabinet", 800, 700, 330, 1080}},
         {}},
    };
    return orders;
}

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

Orders::SalesOrder buildOrder(const DemoOrder &d, const QDate &today, const QString &ownerId)
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.channelOrderNo = QLatin1String(d.channelOrderNo);
    o.customer.name = text(d.customer);
    o.customer.mobile = QLatin1String(d.mobile);
    o.customer.externalCode = o.customer.mobile;
    o.customer.address = {text(d.province), text(d.city), text(d.district), text(d.street), {}};
    o.address = o.customer.address;
    o.signedOn = today.addDays(-d.signedDaysAgo);
    o.promisedOn = today.addDays(d.promisedInDays);
    o.ownerId = ownerId;
    for (const DemoLine &c : d.lines) {
        Orders::OrderLine l;
        l.lineNo = int(o.lines.size()) + 1;
        l.sku = QStringLiteral("CUS-%1").arg(QString::fromLatin1(c.templ).toUpper());
        l.description = text(c.description);
        l.category = QStringLiteral("定制柜类");
        l.widthMm = c.width;
        l.heightMm = c.height;
        l.depthMm = c.depth;
        l.material = text(d.material);
        l.colour = text(d.colour);
        // Priced by the front's area (投影面积), as cabinet makers quote.
        const qint64 areaMicros = qint64(c.width) * c.height;
        l.unit = Orders::Unit::SquareMetre;
        l.quantity = Core::Decimal::fromMicros(areaMicros);
        l.unitPrice = Core::Decimal::fromInt(c.yuanPerM2);
        l.amount = Core::Decimal::fromMicros(areaMicros * c.yuanPerM2);
        l.spec = QJsonObject{{QStringLiteral("template"), QLatin1String(c.templ)},
                             {QStringLiteral("thickness_mm"), 18}};
        if (c.doors >= 0)
            l.spec.insert(QStringLiteral("doors"), c.doors);
        o.lines.append(l);
    }
    for (const DemoBought &b : d.bought) {
        Orders::OrderLine l;
        l.lineNo = int(o.lines.size()) + 1;
        l.sku = QLatin1String(b.sku);
        l.description = text(b.description);
        l.category = text(b.category);
        l.unit = Orders::Unit::Metre;
        l.quantity = Core::Decimal::fromMicros(qint64(b.metresMilli) * 1000);
        l.unitPrice = Core::Decimal::fromInt(b.yuanPerMetre);
        l.amount = Core::Decimal::fromMicros(qint64(b.metresMilli) * 1000 * b.yuanPerMetre);
        o.lines.append(l);
    }
    // A 35 % deposit rounded up to whole hundreds of yuan, as stores collect it.
    const qint64 totalFen = Core::Money::fromDecimal(o.total()).minor();
    o.depositFen = (totalFen * 35 / 100 + 9999) / 10000 * 10000;
    return o;
}

bool exists(Storage::Connection &c, const QString &channelOrderNo)
{
    Storage::Statement &q = c.prepare(
        "SELECT 1 FROM sales_orders WHERE channel = 'store' AND channel_order_no = ?");
    q.bind(1, channelOrderNo);
    const bool found = q.next();
    q.reset();
    return found;
}

/// The demo orders' work orders that are not cancelled, by their first planned start.
QStringList demoWorkOrders(Storage::Connection &c)
{
    Storage::Statement &q = c.prepare(
        "SELECT w.id FROM work_orders w JOIN sales_orders o ON o.id = w.order_id "
        "WHERE w.deleted = 0 AND w.status <> 'cancelled' AND o.channel = 'store' "
        "AND o.channel_order_no LIKE 'MFG-DEMO-%' "
        "ORDER BY (SELECT MIN(p.planned_start) FROM operations p WHERE p.work_order_id = w.id "
        "AND p.deleted = 0) IS NULL, (SELECT MIN(p.planned_start) FROM operations p "
        "WHERE p.work_order_id = w.id AND p.deleted = 0), w.wo_no");
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    q.reset();
    return ids;
}

/// A shop-floor report of the demo: on the n-th work order to start, its n-th operation.
struct DemoReport
{
    int workOrder;
    int operation;
    Production::ProgressKind kind;
    int goodPermille;  // of the operation's quantity
    int scrap;
    int minutesAgo;
};

/// Reports as stations scan them: the first work order through cutting and half through edge
/// banding, the second a third through cutting with a scrapped panel, the third just started.
int recordProgress(Storage::Connection &c, const QStringList &workOrders, const QDateTime &now)
{
    using Production::ProgressKind;
    const DemoReport reports[] = {
        {0, 0, ProgressKind::Start, 0, 0, 170},   {0, 0, ProgressKind::Finish, 1000, 0, 95},
        {0, 1, ProgressKind::Start, 0, 0, 90},    {0, 1, ProgressKind::Report, 500, 0, 15},
        {1, 0, ProgressKind::Start, 0, 0, 60},    {1, 0, ProgressKind::Report, 330, 1, 10},
        {2, 0, ProgressKind::Start, 0, 0, 5},
    };
    Production::ProgressRecorder recorder(c);
    int recorded = 0;
    for (const DemoReport &r : reports) {
        if (r.workOrder >= workOrders.size())
            continue;
        const auto w = Production::ProgressQuery::workOrder(c, workOrders.at(r.workOrder));
        if (!w || r.operation >= w->operations.size())
            continue;
        const Production::OperationProgress &op = w->operations.at(r.operation);
        Production::ProgressEvent e;
        e.operationId = op.id;
        e.kind = r.kind;
        e.scrap = std::min(r.scrap, op.quantity);
        e.good = std::min(op.quantity - e.scrap, op.quantity * r.goodPermille / 1000);
        e.at = now.addSecs(-60LL * r.minutesAgo);
        e.source = QStringLiteral("scan");
        e.sourceKey = QStringLiteral("demo:%1:%2:%3")
                          .arg(w->woNo)
                          .arg(op.seq)
                          .arg(Production::ProgressQuery::kindCode(r.kind));
        const auto outcome = recorder.record(e);
        if (!outcome) {
            err() << tr("hearthctl: %1").arg(outcome.error().toString()) << "\n";
            continue;
        }
        if (!outcome->repeated)
            ++recorded;
    }
    return recorded;
}

} // namespace

int demoProduction()
{
    Storage::Connection &c = Storage::Database::connection();
    if (const Core::Status s = Production::ProductionSetup::ensure(c); !s) {
        err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
        return Failed;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(Production::ProgressQuery::siteZone(c)).date();
    const auto owner = Users::UserStore::find(QStringLiteral("zhang"));
    int added = 0;
    for (const DemoOrder &d : demoOrders()) {
        if (exists(c, QLatin1String(d.channelOrderNo)))
            continue;
        Orders::SalesOrder order = buildOrder(d, today, owner ? owner->id : QString());
        if (const Core::Status s = Orders::OrderRepository::save(order); !s) {
            err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
            return Failed;
        }
        ++added;
    }

    Workflow::ProcessEngine engine;
    if (const Core::Status s = engine.prepare(); !s) {
        err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
        return Failed;
    }
    const auto run = engine.runWaiting();
    if (!run) {
        err() << tr("hearthctl: %1").arg(run.error().toString()) << "\n";
        return Failed;
    }
    for (const Core::Error &e : run->errors)
        err() << e.toString() << "\n";

    const auto made = Production::WorkOrderMaker::make(c);
    if (!made) {
        err() << tr("hearthctl: %1").arg(made.error().toString()) << "\n";
        return Failed;
    }
    for (const Core::Error &e : made->problems)
        err() << e.toString() << "\n";

    auto loaded = Production::PlanStore::load(c, now.toSecsSinceEpoch());
    if (!loaded) {
        err() << tr("hearthctl: %1").arg(loaded.error().toString()) << "\n";
        return Failed;
    }
    Production::Plan &plan = loaded.value();
    Production::ScheduleOptions options;
    options.from = now.toSecsSinceEpoch();
    const Production::ScheduleResult planned = Production::Scheduler::plan(plan, options);
    for (const Core::Error &e : planned.problems)
        err() << e.toString() << "\n";
    if (const auto saved = Production::PlanStore::save(c, plan, tr("demo plan")); !saved) {
        err() << tr("hearthctl: %1").arg(saved.error().toString()) << "\n";
        return Failed;
    }

    // Progress only on the first run: a second one would find the work started already.
    const int reports = added > 0 ? recordProgress(c, demoWorkOrders(c), now) : 0;
    out() << tr("Production demo: %1 custom order(s) added, %2 work order(s) made, %3 "
                "operation(s) planned (%4 work order(s) late), %5 shop-floor report(s).")
                 .arg(added)
                 .arg(made->created)
                 .arg(planned.planned)
                 .arg(planned.late.size())
                 .arg(reports)
          << "\n";
    return run->errors.isEmpty() && made->problems.isEmpty() ? Ok : Failed;
}

} // namespace Hearth::Cli
