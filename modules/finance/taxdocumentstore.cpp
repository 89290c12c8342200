#include "taxdocumentstore.h"

#include "allocation.h"
#include "core/money.h"
#include "costledger.h"
#include "monthclose.h"
#include "orders/orderrepository.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QJsonArray>

namespace Hearth::Finance {

namespace {

using Internal::WriteGuard;

QJsonObject toJson(const TaxDocument &d)
{
    QJsonArray lines;
    for (const TaxDocumentLine &l : d.lines) {
        lines.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                 {QStringLiteral("order_line_id"), l.orderLineId},
                                 {QStringLiteral("net_fen"), l.money.netFen},
                                 {QStringLiteral("tax_fen"), l.money.taxFen},
                                 {QStringLiteral("gross_fen"), l.money.grossFen}});
    }
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("order_id"), d.orderId},
            {QStringLiteral("doc_no"), d.docNo},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("fapiao_no"), d.fapiaoNo},
            {QStringLiteral("tax_rounding"), TaxPolicy::roundingCode(d.policy.rounding)},
            {QStringLiteral("prices_include_tax"), d.policy.pricesIncludeTax},
            {QStringLiteral("vat_rate"), d.policy.rate.toString()},
            {QStringLiteral("net_fen"), d.netFen},
            {QStringLiteral("tax_fen"), d.taxFen},
            {QStringLiteral("gross_fen"), d.grossFen},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("event"), QStringLiteral("tax_document_issued")}};
}

} // namespace

Core::Result<TaxDocument> TaxDocumentStore::issue(Storage::Connection &c, const QString &orderId,
                                                  const QString &kind, const QString &fapiaoNo)
{
    const QString where = QStringLiteral("tax_documents");
    if (kind != QLatin1String("invoice") && kind != QLatin1String("proforma"))
        return Core::Error{tr("expected the kind invoice or proforma, not \"%1\"").arg(kind),
                           where + QStringLiteral(".kind")};
    // A document is dated the day it is issued, on the site's calendar.
    const QTimeZone zone = CostLedger::siteZone(c);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    if (const auto closed = MonthClose::closedPeriodOn(c, today)) {
        return Core::Error{tr("%1 is closed (by %2 on %3): a tax document dated %4 cannot be "
                              "issued; reopen the month first")
                               .arg(closed->month, closed->closedBy,
                                    closed->closedOn(zone).toString(Qt::ISODate),
                                    today.toString(Qt::ISODate)),
                           where};
    }
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};

    const auto order = Orders::OrderRepository::loadWith(c, orderId);
    if (!order)
        return order.error();
    const auto policy = TaxPolicy::load(c);
    if (!policy)
        return policy.error();

    QList<qint64> weights;
    for (const Orders::OrderLine &l : order->lines)
        weights.append(l.amount.micros());
    const qint64 totalFen = Core::Money::fromDecimal(order->total()).minor();
    const auto amounts = Allocation::split(totalFen, weights);
    if (!amounts)
        return Core::Error{tr("order %1: %2").arg(order->orderNo, amounts.error().message),
                           where};
    const auto taxed = TaxCalculator::compute(amounts.value(), policy.value());
    if (!taxed)
        return Core::Error{tr("order %1: %2").arg(order->orderNo, taxed.error().message), where};

    Storage::Statement count(c.handle(), "SELECT COUNT(*) FROM tax_documents WHERE order_id = ?");
    count.bind(1, orderId);
    const qint64 issued = count.next() ? count.int64(0) : 0;

    TaxDocument d;
    d.id = WriteGuard::newId();
    d.orderId = orderId;
    d.kind = kind;
    d.docNo = QStringLiteral("%1-%2%3")
                  .arg(order->orderNo,
                       kind == QLatin1String("invoice") ? QStringLiteral("FP")
                                                        : QStringLiteral("PF"))
                  .arg(issued + 1);
    d.fapiaoNo = fapiaoNo.trimmed();
    d.policy = policy.value();
    d.netFen = taxed->netFen;
    d.taxFen = taxed->taxFen;
    d.grossFen = taxed->grossFen;
    d.issuedBy = Storage::Database::currentUser();
    d.issuedAt = WriteGuard::nowIso();
    for (qsizetype i = 0; i < order->lines.size(); ++i) {
        const Orders::OrderLine &l = order->lines.at(i);
        d.lines.append({l.lineNo, l.id, l.description, taxed->lines.at(i)});
    }

    const QString hlc = Storage::Database::clock().now();
    Storage::Statement &q = c.prepare(
        "INSERT INTO tax_documents(id, hlc, order_id, doc_no, kind, fapiao_no, tax_rounding, "
        "prices_include_tax, vat_rate_micros, net_fen, tax_fen, gross_fen, issued_by, "
        "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, d.id)
        .bind(2, hlc)
        .bind(3, d.orderId)
        .bind(4, d.docNo)
        .bind(5, d.kind)
        .bind(6, d.fapiaoNo.isEmpty() ? QString() : d.fapiaoNo)
        .bind(7, TaxPolicy::roundingCode(d.policy.rounding))
        .bind(8, d.policy.pricesIncludeTax ? 1 : 0)
        .bind(9, d.policy.rate.micros())
        .bind(10, d.netFen)
        .bind(11, d.taxFen)
        .bind(12, d.grossFen)
        .bind(13, d.issuedBy)
        .bind(14, d.issuedAt);
    if (!q.exec())
        return WriteGuard::dbError(q, "tax_documents");
    q.reset();
    Storage::Statement &line = c.prepare(
        "INSERT INTO tax_document_lines(id, document_id, line_no, order_line_id, description, "
        "net_fen, tax_fen, gross_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const TaxDocumentLine &l : std::as_const(d.lines)) {
        line.bind(1, WriteGuard::newId())
            .bind(2, d.id)
            .bind(3, l.lineNo)
            .bind(4, l.orderLineId)
            .bind(5, l.description)
            .bind(6, l.money.netFen)
            .bind(7, l.money.taxFen)
            .bind(8, l.money.grossFen);
        if (!line.exec())
            return WriteGuard::dbError(line, "tax_document_lines");
        line.reset();
    }
    if (Core::Status s = Storage::ChangeLog::record(
            c, {QStringLiteral("tax_documents"), d.id, Storage::ChangeLog::Op::Insert, {},
                toJson(d), hlc, {}},
            orderId);
        !s) {
        return s.error();
    }
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    return d;
}

Core::Result<TaxDocument> TaxDocumentStore::load(Storage::Connection &c, const QString &id)
{
    Storage::Statement q(c.handle(),
                         "SELECT id, order_id, doc_no, kind, COALESCE(fapiao_no, ''), "
                         "tax_rounding, prices_include_tax, vat_rate_micros, net_fen, tax_fen, "
                         "gross_fen, issued_by, issued_at FROM tax_documents WHERE id = ?");
    q.bind(1, id);
    if (!q.next()) {
        return Core::Error{q.failed() ? q.error() : tr("no tax document %1").arg(id),
                           QStringLiteral("tax_documents")};
    }
    TaxDocument d;
    d.id = q.text(0);
    d.orderId = q.text(1);
    d.docNo = q.text(2);
    d.kind = q.text(3);
    d.fapiaoNo = q.text(4);
    d.policy.rounding = TaxPolicy::roundingFromCode(q.text(5)).value_or(TaxRounding::PerLine);
    d.policy.pricesIncludeTax = q.int64(6) != 0;
    d.policy.rate = Core::Decimal::fromMicros(q.int64(7));
    d.netFen = q.int64(8);
    d.taxFen = q.int64(9);
    d.grossFen = q.int64(10);
    d.issuedBy = q.text(11);
    d.issuedAt = q.text(12);

    Storage::Statement lines(c.handle(),
                             "SELECT line_no, COALESCE(order_line_id, ''), "
                             "COALESCE(description, ''), net_fen, tax_fen, gross_fen "
                             "FROM tax_document_lines WHERE document_id = ? ORDER BY line_no");
    lines.bind(1, id);
    while (lines.next()) {
        d.lines.append({int(lines.int64(0)), lines.text(1), lines.text(2),
                        {lines.int64(3), lines.int64(4), lines.int64(5)}});
    }
    if (lines.failed())
        return Core::Error{lines.error(), QStringLiteral("tax_document_lines")};
    return d;
}

Core::Result<QList<TaxDocument>> TaxDocumentStore::forOrder(Storage::Connection &c,
                                                            const QString &orderId)
{
    Storage::Statement q(c.handle(), "SELECT id FROM tax_documents WHERE order_id = ? "
                                     "AND deleted = 0 ORDER BY issued_at, doc_no");
    q.bind(1, orderId);
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    QList<TaxDocument> list;
    for (const QString &id : std::as_const(ids)) {
        auto d = load(c, id);
        if (!d)
            return d.error();
        list.append(d.value());
    }
    return list;
}

} // namespace Hearth::Finance
