#include "remakes.h"

#include "logging.h"
#include "orderrepository.h"
#include "storage/database.h"

#include <QDate>

#include <algorithm>

namespace Hearth::Orders {

namespace {

constexpr QChar NameSeparator = u':';

// How an error names a line of the parent: its number and what it is.
QString lineLabel(const OrderLine &l)
{
    const QString what = l.description.isEmpty() ? l.sku : l.description;
    return what.isEmpty() ? Remakes::tr("line %1").arg(l.lineNo)
                          : Remakes::tr("line %1 (%2)").arg(QString::number(l.lineNo), what);
}

bool orderNoTaken(Storage::Connection &c, const QString &orderNo)
{
    // Deleted orders keep their numbers: order_no is unique over every row.
    Storage::Statement &q = c.prepare("SELECT 1 FROM sales_orders WHERE order_no = ?");
    q.bind(1, orderNo);
    const bool taken = q.next();
    q.reset();
    return taken;
}

qint64 remakeCount(Storage::Connection &c, const QString &parentId)
{
    Storage::Statement &q = c.prepare(
        "SELECT COUNT(*) FROM sales_orders WHERE parent_order_id = ? AND deleted = 0");
    q.bind(1, parentId);
    const qint64 n = q.next() ? q.int64(0) : 0;
    q.reset();
    return n;
}

} // namespace

QStringList Remakes::partyCodes()
{
    return {QStringLiteral("factory"),  QStringLiteral("dealer"),   QStringLiteral("installer"),
            QStringLiteral("supplier"), QStringLiteral("designer"), QStringLiteral("customer")};
}

QString Remakes::partyName(const QString &code)
{
    if (code == QLatin1String("factory"))
        return tr("Factory");
    if (code == QLatin1String("dealer"))
        return tr("Dealer");
    if (code == QLatin1String("installer"))
        return tr("Installer");
    if (code == QLatin1String("supplier"))
        return tr("Supplier");
    if (code == QLatin1String("designer"))
        return tr("Designer");
    if (code == QLatin1String("customer"))
        return tr("Customer");
    return code;
}

QString Remakes::chargedToText(const QString &party, const QString &responsible)
{
    const QString name = responsible.simplified();
    return name.isEmpty() ? party : party + NameSeparator + name;
}

QString Remakes::partyOf(const QString &chargedTo)
{
    return chargedTo.section(NameSeparator, 0, 0).trimmed();
}

QString Remakes::responsibleOf(const QString &chargedTo)
{
    return chargedTo.section(NameSeparator, 1).trimmed();
}

QString Remakes::chargedToLabel(const QString &chargedTo)
{
    if (chargedTo.isEmpty())
        return QString();
    const QString party = partyName(partyOf(chargedTo));
    const QString name = responsibleOf(chargedTo);
    return name.isEmpty() ? party : tr("%1: %2").arg(party, name);
}

QString Remakes::nextRemakeNo(Storage::Connection &c, const SalesOrder &parent)
{
    qint64 n = remakeCount(c, parent.id) + 1;
    QString orderNo = parent.orderNo + QStringLiteral("-B%1").arg(n);
    while (orderNoTaken(c, orderNo))
        orderNo = parent.orderNo + QStringLiteral("-B%1").arg(++n);
    return orderNo;
}

Core::Result<SalesOrder> Remakes::build(Storage::Connection &c, const RemakeRequest &request)
{
    auto loaded = OrderRepository::loadWith(c, request.parentOrderId);
    if (!loaded)
        return loaded.error();
    const SalesOrder &source = *loaded;
    if (source.status == OrderStatus::Cancelled) {
        return Core::Error{tr("%1 is cancelled; a cancelled order cannot have a re-make")
                               .arg(source.orderNo),
                           source.orderNo};
    }
    if (request.reason.trimmed().isEmpty())
        return Core::Error{tr("give the reason for the re-make"), QStringLiteral("reason")};
    if (!partyCodes().contains(request.party)) {
        return Core::Error{tr("\"%1\" is not a party a re-make can be charged to; choose one of "
                              "%2")
                               .arg(request.party, partyCodes().join(QStringLiteral(", "))),
                           QStringLiteral("charged_to")};
    }
    if (request.lines.isEmpty())
        return Core::Error{tr("choose at least one line to make again"), QStringLiteral("lines")};

    SalesOrder parent = source;
    if (!source.parentOrderId.isEmpty()) {
        auto root = OrderRepository::loadWith(c, source.parentOrderId);
        if (!root)
            return root.error();
        parent = *root;
    }

    SalesOrder remake;
    for (const RemakeLine &wanted : request.lines) {
        const auto it = std::find_if(source.lines.cbegin(), source.lines.cend(),
                                     [&](const OrderLine &l) { return l.id == wanted.lineId; });
        if (it == source.lines.cend()) {
            return Core::Error{tr("line \"%1\" is not a line of %2")
                                   .arg(wanted.lineId, source.orderNo),
                               QStringLiteral("lines")};
        }
        if (wanted.quantity.micros() <= 0) {
            return Core::Error{tr("%1: the quantity to make again must be above zero")
                                   .arg(lineLabel(*it)),
                               QStringLiteral("lines[%1]").arg(it->lineNo)};
        }
        if (wanted.quantity > it->quantity) {
            return Core::Error{tr("%1: %2 is more than the %3 ordered")
                                   .arg(lineLabel(*it), wanted.quantity.toString(),
                                        it->quantity.toString()),
                               QStringLiteral("lines[%1]").arg(it->lineNo)};
        }
        OrderLine line = *it;
        line.id.clear();
        line.channelLineNo.clear();
        line.quantity = wanted.quantity;
        line.unitPrice = Core::Decimal();
        line.discount = Core::Decimal();
        line.amount = Core::Decimal();
        line.profit.reset();
        line.lineNo = int(remake.lines.size() + 1);
        remake.lines.append(line);
    }

    remake.orderNo = nextRemakeNo(c, parent);
    remake.channel = source.channel;
    remake.customer = source.customer;
    remake.dealer = source.dealer;
    remake.store = source.store;
    remake.designer = source.designer;
    remake.signedOn = QDate::currentDate();
    remake.shipMode = source.shipMode;
    remake.status = OrderStatus::New;
    remake.region = source.region;
    remake.address = source.address;
    remake.ownerId = source.ownerId;
    remake.parentOrderId = parent.id;
    remake.chargedTo = chargedToText(request.party, request.responsible);
    remake.remakeReason = request.reason.trimmed();
    return remake;
}

Core::Result<SalesOrder> Remakes::create(const RemakeRequest &request)
{
    auto built = build(Storage::Database::connection(), request);
    if (!built)
        return built.error();
    SalesOrder remake = *built;
    const Core::Status saved =
        OrderRepository::save(remake, tr("re-make: %1").arg(remake.remakeReason));
    if (!saved)
        return saved.error();
    qCInfo(lcOrders) << "re-make" << remake.orderNo << "of order" << remake.parentOrderId
                     << "with" << remake.lines.size() << "lines";
    return remake;
}

Core::Result<QList<SalesOrder>> Remakes::remakesOf(const QString &orderId)
{
    Storage::Connection &c = Storage::Database::connection();
    QStringList ids;
    Storage::Statement &q = c.prepare(
        "SELECT id FROM sales_orders WHERE parent_order_id = ? AND deleted = 0 "
        "ORDER BY created_at, order_no");
    q.bind(1, orderId);
    while (q.next())
        ids.append(q.text(0));
    const bool failed = q.failed();
    const QString error = failed ? q.error() : QString();
    q.reset();
    if (failed)
        return Core::Error{tr("database error: %1").arg(error), QStringLiteral("sales_orders")};
    QList<SalesOrder> out;
    for (const QString &id : std::as_const(ids)) {
        auto o = OrderRepository::loadWith(c, id);
        if (!o)
            return o.error();
        out.append(*o);
    }
    return out;
}

} // namespace Hearth::Orders
