#include "costworkbook.h"

#include "costreport.h"
#include "logging.h"

#include <QFile>

#include <xlsxwriter.h>

namespace Hearth::Finance {

namespace {

/// Fen as the yuan number a spreadsheet sums; exact for any amount below 2^53 fen.
double yuan(qint64 fen)
{
    return double(fen) / 100.0;
}

void writeText(lxw_worksheet *sheet, int row, int col, const QString &text, lxw_format *f)
{
    const QByteArray utf8 = text.toUtf8();
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), utf8.constData(), f);
}

} // namespace

Core::Status CostWorkbook::write(const CostReport &report, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Core::Error{tr("the workbook could not be created"), path};
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format *boldMoney = workbook_add_format(book);
    format_set_num_format(boldMoney, "#,##0.00");
    format_set_bold(boldMoney);

    const QByteArray costName = tr("Cost by type").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, costName.constData());
    writeText(sheet, 0, 0, CostReport::dimensionName(report.dimension()), bold);
    for (int t = 0; t < CostTypeCount; ++t)
        writeText(sheet, 0, t + 1, CostReport::typeName(CostType(t)), bold);
    writeText(sheet, 0, CostTypeCount + 1, tr("Total"), bold);
    writeText(sheet, 0, CostTypeCount + 2, tr("Orders"), bold);
    int row = 1;
    const auto writeGroup = [&](const CostGroup &g, lxw_format *label, lxw_format *amount) {
        writeText(sheet, row, 0, g.label, label);
        for (int t = 0; t < CostTypeCount; ++t)
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(t + 1), yuan(g.fen[t]),
                                   amount);
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(CostTypeCount + 1),
                               yuan(g.total()), amount);
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(CostTypeCount + 2),
                               double(g.orders), label);
        ++row;
    };
    for (const CostGroup &g : report.groups())
        writeGroup(g, nullptr, money);
    writeGroup(report.total(), bold, boldMoney);
    if (report.from().isValid() || report.to().isValid()) {
        const auto day = [](QDate d) {
            return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("…");
        };
        writeText(sheet, row + 1, 0,
                  tr("Costs that arose from %1 to %2").arg(day(report.from()), day(report.to())),
                  nullptr);
    }
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    worksheet_set_column(sheet, 1, CostTypeCount + 2, 14, nullptr);

    const QByteArray ordersName = tr("Orders").toUtf8();
    lxw_worksheet *orders = workbook_add_worksheet(book, ordersName.constData());
    writeText(orders, 0, 0, CostReport::dimensionName(report.dimension()), bold);
    writeText(orders, 0, 1, tr("Cost type"), bold);
    writeText(orders, 0, 2, tr("Order"), bold);
    writeText(orders, 0, 3, tr("Amount"), bold);
    row = 1;
    for (const CostGroup &g : report.groups()) {
        for (int t = 0; t < CostTypeCount; ++t) {
            for (const CostOrderPart &p : report.ordersOf(g.key, CostType(t))) {
                writeText(orders, row, 0, g.label, nullptr);
                writeText(orders, row, 1, CostReport::typeName(CostType(t)), nullptr);
                writeText(orders, row, 2, p.orderNo, nullptr);
                worksheet_write_number(orders, lxw_row_t(row), 3, yuan(p.fen), money);
                ++row;
            }
        }
    }
    worksheet_set_column(orders, 0, 2, 20, nullptr);
    worksheet_set_column(orders, 3, 3, 14, nullptr);

    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        return Core::Error{tr("the workbook could not be written: %1")
                               .arg(QString::fromUtf8(lxw_strerror(closed))),
                           path};
    }
    qCInfo(lcFinance) << "cost workbook written with" << report.groups().size() << "groups";
    return {};
}

} // namespace Hearth::Finance
