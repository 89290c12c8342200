#include "purchaseorderprinter.h"

#include "printing/barcode.h"
#include "printing/pageplan.h"
#include "printing/printfonts.h"
#include "printing/textfit.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <array>
#include <cmath>

namespace Hearth::Warehouse {

using Printing::PagePlan;
using Printing::PrintFonts;
using Printing::TextFit;

namespace {

constexpr double MmPerInch = 25.4;
constexpr double PageWidthMm = 210.0;
constexpr double PageHeightMm = 297.0;
constexpr double MarginMm = 15.0;
constexpr double RowMm = 7.0;

enum LineColumn { NoCol, DescriptionCol, QuantityCol, UnitCol, PriceCol, AmountCol, NeededCol,
                  ExpectedCol, LineColumnCount };

// Widths in millimetres of the lines table, 180 mm in all.
constexpr std::array<double, LineColumnCount> ColumnMm{12, 58, 18, 12, 20, 22, 19, 19};

int dots(double mm, int dpi)
{
    return int(std::lround(mm * dpi / MmPerInch));
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QStringList headings()
{
    return {PurchaseOrderPrinter::tr("No."),        PurchaseOrderPrinter::tr("Item"),
            PurchaseOrderPrinter::tr("Quantity"),   PurchaseOrderPrinter::tr("Unit"),
            PurchaseOrderPrinter::tr("Unit price"), PurchaseOrderPrinter::tr("Amount"),
            PurchaseOrderPrinter::tr("Needed by"),  PurchaseOrderPrinter::tr("Promised")};
}

QStringList cells(const PurchaseOrderDocumentLine &l)
{
    return {QString::number(l.lineNo), l.description, l.quantity,  l.unit,
            l.price,                   l.amount,      day(l.neededBy), day(l.expectedOn)};
}

} // namespace

Core::Result<QList<PagePlan>> PurchaseOrderPrinter::layOut(const PurchaseOrderDocument &document,
                                                           int dpi)
{
    const QSize size(dots(PageWidthMm, dpi), dots(PageHeightMm, dpi));
    const int margin = dots(MarginMm, dpi);
    const QRect inner(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);
    const QFont title = PrintFonts::font(18, dpi, true);
    const QFont bold = PrintFonts::font(10, dpi, true);
    const QFont body = PrintFonts::font(9, dpi, false);
    const QFont small = PrintFonts::font(8, dpi, false);
    const int row = dots(RowMm, dpi);
    const int rule = std::max(1, dots(0.2, dpi));
    const int pad = dots(1.2, dpi);

    const auto code = Printing::Barcode::encode(Printing::Symbology::Code128, document.scanCode);
    if (!code)
        return Core::Error{code.error().message, tr("Purchase order %1").arg(document.poNo)};

    // The header: title and facts on the left, the code on the right with its text below.
    const int codeWidth = dots(80.0, dpi);
    const int codeHeight = dots(14.0, dpi);
    const QRect codeSpace(inner.right() + 1 - codeWidth, inner.top(), codeWidth, codeHeight);
    Printing::ModuleSize moduleSize;
    moduleSize.minimumMm = 0.25;
    moduleSize.maximumMm = 0.5;
    moduleSize.minimumHeightMm = 10.0;
    const auto layout = code->layOut(codeSpace, dpi, moduleSize, Qt::AlignRight | Qt::AlignTop);
    if (!layout)
        return Core::Error{layout.error().message, tr("Purchase order %1").arg(document.poNo)};

    const QStringList facts{
        tr("Supplier: %1 (%2)").arg(document.supplierName, document.supplierCode),
        tr("Contact: %1   Phone: %2")
            .arg(document.supplierContact.isEmpty() ? tr("—") : document.supplierContact,
                 document.supplierPhone.isEmpty() ? tr("—") : document.supplierPhone),
        tr("Ordered on: %1   Status: %2").arg(day(document.orderedOn), document.status)};
    const int textWidth = inner.width() - codeWidth - dots(4.0, dpi);
    const int headerBottom = inner.top() + TextFit::lineHeight(title)
        + TextFit::lineHeight(bold) + int(facts.size()) * TextFit::lineHeight(body)
        + dots(4.0, dpi);
    const int tableTop = std::max(headerBottom, codeSpace.bottom() + dots(8.0, dpi));
    const int footerTop = inner.bottom() + 1 - TextFit::lineHeight(small);

    QList<int> columnX;
    int x = inner.left();
    for (double mm : ColumnMm) {
        columnX.append(x);
        x += dots(mm, dpi);
    }
    columnX.append(inner.right() + 1);

    // Rows per page: the column heads and, on the last page, the total take a row each.
    const int rowsRoom = std::max(1, (footerTop - dots(3.0, dpi) - tableTop) / row - 1);
    const int lineCount = int(document.lines.size());
    int pageCount = std::max(1, (lineCount + rowsRoom - 1) / rowsRoom);
    if (lineCount > 0 && lineCount % rowsRoom == 0)
        ++pageCount;  // the total goes on a page of its own

    const QStringList heads = headings();
    QList<PagePlan> pages;
    for (int p = 0; p < pageCount; ++p) {
        PagePlan plan(size);
        int y = inner.top();
        plan.addText(QRect(inner.left(), y, textWidth, TextFit::lineHeight(title)),
                     tr("Purchase order"), title);
        y += TextFit::lineHeight(title);
        plan.addText(QRect(inner.left(), y, textWidth, TextFit::lineHeight(bold)),
                     document.poNo, bold);
        y += TextFit::lineHeight(bold);
        for (const QString &fact : facts) {
            plan.addText(QRect(inner.left(), y, textWidth, TextFit::lineHeight(body)),
                         TextFit::elided(fact, body, textWidth), body);
            y += TextFit::lineHeight(body);
        }
        plan.addCode(*code, *layout);
        plan.addText(QRect(codeSpace.left(), layout->symbol.bottom() + dots(1.0, dpi),
                           codeSpace.width(), TextFit::lineHeight(small)),
                     document.scanCode, small, Qt::AlignRight | Qt::AlignTop);

        y = tableTop;
        plan.addBox(QRect(inner.left(), y, inner.width(), row), QColor(0xe8, 0xe8, 0xe8));
        for (int c = 0; c < LineColumnCount; ++c) {
            const QRect cell(columnX.at(c) + pad, y, columnX.at(c + 1) - columnX.at(c) - 2 * pad,
                             row);
            const int align = c == DescriptionCol || c == UnitCol ? Qt::AlignLeft : Qt::AlignRight;
            plan.addText(cell, TextFit::elided(heads.at(c), bold, cell.width()), bold,
                         align | Qt::AlignVCenter);
        }
        y += row;
        plan.addBox(QRect(inner.left(), y - rule, inner.width(), rule));
        const int first = p * rowsRoom;
        const int last = std::min(lineCount, first + rowsRoom);
        for (int i = first; i < last; ++i) {
            const QStringList texts = cells(document.lines.at(i));
            for (int c = 0; c < LineColumnCount; ++c) {
                const QRect cell(columnX.at(c) + pad, y,
                                 columnX.at(c + 1) - columnX.at(c) - 2 * pad, row);
                const int align = c == DescriptionCol || c == UnitCol ? Qt::AlignLeft
                                                                      : Qt::AlignRight;
                plan.addText(cell, TextFit::elided(texts.at(c), body, cell.width()), body,
                             align | Qt::AlignVCenter);
            }
            y += row;
            plan.addBox(QRect(inner.left(), y - rule, inner.width(), rule),
                        QColor(0xb0, 0xb0, 0xb0));
        }
        if (p == pageCount - 1) {
            plan.addBox(QRect(inner.left(), y, inner.width(), rule));
            const QRect label(columnX.at(PriceCol) - dots(30.0, dpi), y,
                              columnX.at(AmountCol) - columnX.at(PriceCol) + dots(30.0, dpi)
                                  - pad,
                              row);
            plan.addText(label, tr("Total (yuan)"), bold, Qt::AlignRight | Qt::AlignVCenter);
            const QRect amount(columnX.at(AmountCol) + pad, y,
                               columnX.at(AmountCol + 1) - columnX.at(AmountCol) - 2 * pad, row);
            plan.addText(amount, document.total, bold, Qt::AlignRight | Qt::AlignVCenter);
        }
        plan.addText(QRect(inner.left(), footerTop, inner.width(), TextFit::lineHeight(small)),
                     tr("%1 · page %2 of %3").arg(document.poNo).arg(p + 1).arg(pageCount),
                     small, Qt::AlignRight | Qt::AlignVCenter);
        pages.append(plan);
    }
    return pages;
}

Core::Result<QImage> PurchaseOrderPrinter::renderPage(const PurchaseOrderDocument &document,
                                                      int page, int dpi)
{
    const auto pages = layOut(document, dpi);
    if (!pages)
        return pages.error();
    if (page < 0 || page >= pages->size())
        return Core::Error{tr("the purchase order has no page %1").arg(page + 1), document.poNo};
    const PagePlan &plan = pages->at(page);
    QImage image(plan.size(), QImage::Format_Grayscale8);
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    plan.paint(&painter);
    painter.end();
    return image;
}

Core::Status PurchaseOrderPrinter::writePdf(const PurchaseOrderDocument &document,
                                            const QString &fileName, int dpi)
{
    const auto pages = layOut(document, dpi);
    if (!pages)
        return pages.error();
    QPdfWriter writer(fileName);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("Hearth"));
    writer.setTitle(tr("Purchase order %1").arg(document.poNo));
    QPainter painter;
    if (!painter.begin(&writer))
        return Core::Error{tr("cannot write the PDF file"), fileName};
    for (qsizetype i = 0; i < pages->size(); ++i) {
        if (i > 0)
            writer.newPage();
        pages->at(i).paint(&painter);
    }
    painter.end();
    return {};
}

} // namespace Hearth::Warehouse
