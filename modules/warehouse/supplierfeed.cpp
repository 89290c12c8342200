#include "supplierfeed.h"

#include "orders/io/rowreader.h"
#include "purchaseorderstore.h"
#include "supplierdelay.h"
#include "workflow/writescope.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::Connection;
using Workflow::Internal::WriteScope;

namespace {

/// A column the sheet must have, with the headers it may go by.
struct Column
{
    const char *name;
    QStringList headers;
};

QString normalised(const QString &header)
{
    return header.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

QList<Column> columnsOf(FeedKind kind)
{
    QList<Column> columns{
        {"po_no",
         {QStringLiteral("po_no"), QStringLiteral("po"), QStringLiteral("po_number"),
          QStringLiteral("采购单号")}},
        {"line", {QStringLiteral("line"), QStringLiteral("line_no"), QStringLiteral("行号")}}};
    if (kind == FeedKind::Confirmation) {
        columns.append({"confirmed_quantity",
                        {QStringLiteral("confirmed_quantity"), QStringLiteral("确认数量")}});
        columns.append({"confirmed_date",
                        {QStringLiteral("confirmed_date"), QStringLiteral("确认交期")}});
    } else {
        columns.append({"shipped_quantity",
                        {QStringLiteral("shipped_quantity"), QStringLiteral("发货数量")}});
        columns.append({"asn_no",
                        {QStringLiteral("asn_no"), QStringLiteral("asn"),
                         QStringLiteral("asn_number"), QStringLiteral("发货单号")}});
        columns.append({"expected_date",
                        {QStringLiteral("expected_date"), QStringLiteral("预计到货")}});
    }
    return columns;
}

/// "2026-12-20", "2026/12/20", "2026.12.20", with or without a time after it.
QDate parseDay(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

/// One row read and checked, before anything is written.
struct FeedRow
{
    int row = 0;
    PurchaseOrderLine line;
    Decimal quantity;
    QDate day;
    QString asnNo;
};

} // namespace

Core::Result<FeedReport> SupplierFeed::importFile(Connection &c, const QString &path,
                                                  FeedKind kind)
{
    FeedReport report;
    report.file = QFileInfo(path).fileName();
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    auto opened = xlsx ? Orders::openXlsx(path) : Orders::openCsv(path);
    if (!opened)
        return opened.error();
    Orders::RowReader &reader = *opened.value();

    auto fail = [&report](int row, const QString &column, const QString &message) {
        report.errors.append(Orders::RowError{report.file, row, column, message});
    };

    // The columns, by header.
    const QList<Column> columns = columnsOf(kind);
    QHash<QString, int> at;
    const QStringList headers = reader.headers();
    for (const Column &col : columns) {
        for (int i = 0; i < headers.size(); ++i) {
            if (col.headers.contains(normalised(headers.at(i)))) {
                at.insert(QLatin1String(col.name), i);
                break;
            }
        }
        if (!at.contains(QLatin1String(col.name)))
            fail(1, QLatin1String(col.name),
                 tr("the sheet has no such column; expected a header named %1")
                     .arg(col.headers.join(QStringLiteral(" / "))));
    }
    if (!report.errors.isEmpty())
        return report;

    const QString quantityColumn = kind == FeedKind::Confirmation
        ? QStringLiteral("confirmed_quantity")
        : QStringLiteral("shipped_quantity");
    const QString dayColumn = kind == FeedKind::Confirmation ? QStringLiteral("confirmed_date")
                                                             : QStringLiteral("expected_date");
    QList<FeedRow> rows;
    QStringList cells;
    int rowNumber = 0;
    while (reader.readRow(&cells, &rowNumber)) {
        ++report.rows;
        auto cell = [&](const QString &name) { return cells.value(at.value(name)).trimmed(); };
        auto headerOf = [&](const QString &name) { return headers.value(at.value(name)); };
        FeedRow r;
        r.row = rowNumber;
        const QString poNo = cell(QStringLiteral("po_no"));
        const QString lineText = cell(QStringLiteral("line"));
        bool lineOk = false;
        const int lineNo = lineText.toInt(&lineOk);
        std::optional<PurchaseOrderLine> line;
        if (poNo.isEmpty()) {
            fail(rowNumber, headerOf(QStringLiteral("po_no")),
                 tr("expected a purchase order number"));
        } else if (!PurchaseOrderStore::findByNo(c, poNo)) {
            fail(rowNumber, headerOf(QStringLiteral("po_no")),
                 tr("no purchase order %1").arg(poNo));
        } else if (!lineOk || lineNo <= 0) {
            fail(rowNumber, headerOf(QStringLiteral("line")),
                 tr("expected a line number, not \"%1\"").arg(lineText));
        } else if (!(line = PurchaseOrderStore::findLine(c, poNo, lineNo))) {
            fail(rowNumber, headerOf(QStringLiteral("line")),
                 tr("purchase order %1 has no line %2").arg(poNo).arg(lineNo));
        }
        const QString quantityText = cell(quantityColumn);
        const auto quantity = Decimal::parse(quantityText);
        if (!quantity || quantity->micros() < 0)
            fail(rowNumber, headerOf(quantityColumn),
                 tr("expected a quantity of 0 or more, not \"%1\"").arg(quantityText));
        const QString dayText = cell(dayColumn);
        const QDate day = parseDay(dayText);
        if (!day.isValid())
            fail(rowNumber, headerOf(dayColumn),
                 tr("expected a date as 2026-12-20, not \"%1\"").arg(dayText));
        if (kind == FeedKind::ShippingNotice && cell(QStringLiteral("asn_no")).isEmpty())
            fail(rowNumber, headerOf(QStringLiteral("asn_no")),
                 tr("expected the shipping notice's number"));
        if (!line || !quantity || !day.isValid())
            continue;
        r.line = *line;
        r.quantity = *quantity;
        r.day = day;
        r.asnNo = cell(QStringLiteral("asn_no"));
        rows.append(r);
    }
    if (const auto broken = reader.error())
        return Core::Error{broken->message, report.file + QStringLiteral(": ") + broken->where};
    if (!report.errors.isEmpty())
        return report;

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), report.file};
    const QString source = kind == FeedKind::Confirmation ? QStringLiteral("confirmation")
                                                          : QStringLiteral("notice");
    const QString reason = kind == FeedKind::Confirmation
        ? tr("supplier confirmation %1").arg(report.file)
        : tr("shipping notice %1").arg(report.file);
    for (const FeedRow &r : std::as_const(rows)) {
        // Read again: an earlier row of this sheet may have named the same line.
        const std::optional<PurchaseOrderLine> before = PurchaseOrderStore::findLine(c, r.line.id);
        if (!before)
            return Core::Error{tr("the purchase order line disappeared"), r.line.ref()};
        PurchaseOrderLine after = *before;
        if (kind == FeedKind::Confirmation) {
            after.confirmedQuantity = r.quantity;
            after.confirmedOn = r.day;
        } else {
            after.shippedQuantity = r.quantity;
            after.asnNo = r.asnNo;
            after.expectedOn = r.day;
        }
        const bool same = after.confirmedQuantity == before->confirmedQuantity
            && after.confirmedOn == before->confirmedOn
            && after.shippedQuantity == before->shippedQuantity
            && after.asnNo == before->asnNo && after.expectedOn == before->expectedOn;
        if (same) {
            ++report.unchanged;
            continue;
        }
        const auto written = PurchaseOrderStore::updateLine(c, *before, after, reason);
        if (!written)
            return Core::Error{written.error().message,
                               tr("%1, row %2").arg(report.file).arg(r.row)};
        ++report.changed;
        const auto risks = SupplierDelay::check(c, written.value(), source);
        if (!risks)
            return risks.error();
        report.risks.append(risks.value());
    }
    if (auto st = scope.finish(); !st)
        return st.error();
    return report;
}

} // namespace Hearth::Warehouse
