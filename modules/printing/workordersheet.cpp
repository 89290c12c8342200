#include "workordersheet.h"

#include "pageplan.h"
#include "printfonts.h"
#include "printinglog.h"
#include "textfit.h"

#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <cmath>

namespace Hearth::Printing {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double PageWidthMm = 210.0;
constexpr double PageHeightMm = 297.0;
constexpr double LeftMm = 12.0;
constexpr double ContentWidthMm = PageWidthMm - 2 * LeftMm;
constexpr double TopMm = 10.0;
constexpr double InfoTopMm = 38.0;
constexpr double InfoHeightMm = 12.0;
constexpr double ContentTopMm = 54.0;
constexpr double ContentBottomMm = 281.0;
constexpr double FooterRuleMm = 283.5;
constexpr double QrSideMm = 26.0;
constexpr double BarsWidthMm = 78.0;
constexpr double BarsHeightMm = 13.0;

constexpr double TitleHeightMm = 10.0;
constexpr double HeaderHeightMm = 7.0;
constexpr double RowHeightMm = 6.5;
constexpr double TotalsHeightMm = 7.0;
constexpr double NoteHeightMm = 5.0;
constexpr double SignOffHeightMm = 18.0;
constexpr double SignOffGapMm = 4.0;
constexpr int WrapReferenceDpi = 600;

constexpr ModuleSize SheetBarsModule{0.25, 0.4, 8.0};
constexpr ModuleSize SheetQrModule{0.25, 0.7, 0.0};

const QColor Rule(0x55, 0x55, 0x55);
const QColor HeadFill(0xe6, 0xe6, 0xe6);
const QColor CaptionInk(0x44, 0x44, 0x44);

struct Column
{
    QString title;
    double widthMm = 0;
    int align = Qt::AlignLeft;
};

/// Millimetres on the sheet turned into dots of one printer, every edge rounded on its own so
/// that adjacent boxes share their edges exactly.
struct Grid
{
    int dpi = 600;

    int dots(double mm) const { return int(std::lround(mm * dpi / MmPerInch)); }
    QRect rect(double x, double y, double w, double h) const
    {
        const int left = dots(x);
        const int top = dots(y);
        return QRect(left, top, dots(x + w) - left, dots(y + h) - top);
    }
    int hairline() const { return std::max(1, dots(0.18)); }
    QFont font(double points, bool bold = false) const
    {
        return PrintFonts::font(points, dpi, bold, false);
    }
};

QString squareMetres(qint64 mm2)
{
    const qint64 thousandths = (mm2 + 500) / 1000;
    return QStringLiteral("%1.%2")
        .arg(thousandths / 1000)
        .arg(thousandths % 1000, 3, 10, QLatin1Char('0'));
}

QString quantity(qint64 micros)
{
    QString text = QString::number(micros / 1000000);
    const qint64 fraction = std::abs(micros % 1000000);
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return text;
}

} // namespace

Core::Result<WorkOrderSheet> WorkOrderSheet::layOut(const WorkOrderDocument &document, int dpi)
{
    const QString where = tr("Work order %1").arg(document.woNo);
    if (dpi <= 0)
        return Core::Error{tr("No printer resolution was given"), where};
    const Grid grid{dpi};

    WorkOrderSheet sheet;
    sheet.m_document = document;
    sheet.m_dpi = dpi;

    const QString barsText
        = document.barcodeText.isEmpty() ? document.woNo : document.barcodeText;
    const Core::Result<Barcode> bars = Barcode::encode(Symbology::Code128, barsText);
    if (!bars.ok())
        return Core::Error{bars.error().message, where};
    const double qrLeft = LeftMm + ContentWidthMm - QrSideMm;
    const Core::Result<BarcodeLayout> barsLayout
        = bars->layOut(grid.rect(qrLeft - 3.0 - BarsWidthMm, TopMm + 1.0, BarsWidthMm,
                                 BarsHeightMm),
                       dpi, SheetBarsModule, Qt::AlignRight | Qt::AlignTop);
    if (!barsLayout.ok())
        return Core::Error{barsLayout.error().message, where};
    const QString qrText = document.qrText.isEmpty() ? barsText : document.qrText;
    const Core::Result<Barcode> qr = Barcode::encode(Symbology::QrCode, qrText);
    if (!qr.ok())
        return Core::Error{qr.error().message, where};
    const Core::Result<BarcodeLayout> qrLayout
        = qr->layOut(grid.rect(qrLeft, TopMm, QrSideMm, QrSideMm), dpi, SheetQrModule,
                     Qt::AlignRight | Qt::AlignTop);
    if (!qrLayout.ok())
        return Core::Error{qrLayout.error().message, where};
    sheet.m_bars = *bars;
    sheet.m_barsLayout = *barsLayout;
    sheet.m_qr = *qr;
    sheet.m_qrLayout = *qrLayout;

    // Notes wrap at one reference resolution, so that every printer gets the same pages.
    const Grid reference{WrapReferenceDpi};
    const QStringList noteLines
        = TextFit::wrapped(document.notes.trimmed(), reference.font(9),
                           reference.dots(ContentWidthMm - 4.0), 1000);
    sheet.paginate(document.notes.trimmed().isEmpty() ? QStringList() : noteLines);
    qCInfo(lcPrinting) << "work order" << document.woNo << "laid out on" << sheet.pageCount()
                       << "pages at" << dpi << "dpi";
    return sheet;
}

Core::Status WorkOrderSheet::print(const WorkOrderDocument &document, QPrinter *printer)
{
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer->setDocName(tr("Work order %1").arg(document.woNo));
    // A printer made at screen resolution would have 96 dots an inch to place modules on.
    if (printer->resolution() < 200)
        printer->setResolution(600);
    const Core::Result<WorkOrderSheet> sheet = layOut(document, printer->resolution());
    if (!sheet.ok())
        return sheet.error();

    QPainter painter;
    if (!painter.begin(printer))
        return Core::Error{tr("The printer did not start printing"), printer->printerName()};
    for (int page = 0; page < sheet->pageCount(); ++page) {
        if (page > 0 && !printer->newPage())
            return Core::Error{tr("The printer stopped after page %1").arg(page),
                               printer->printerName()};
        sheet->paintPage(&painter, page);
    }
    painter.end();
    return {};
}

QSize WorkOrderSheet::pageSizeDots() const
{
    const Grid grid{m_dpi};
    return QSize(grid.dots(PageWidthMm), grid.dots(PageHeightMm));
}

QList<int> WorkOrderSheet::panelsOnPage(int page) const
{
    QList<int> panels;
    if (page < 0 || page >= pageCount())
        return panels;
    for (const Item &item : m_pages.at(page)) {
        if (item.block == Block::TableRow && item.table == Panels)
            panels.append(item.row);
    }
    return panels;
}

void WorkOrderSheet::paintPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    planPage(page).paint(painter);
}

QImage WorkOrderSheet::renderPage(int page) const
{
    QImage image(pageSizeDots(), QImage::Format_Grayscale8);
    const int dotsPerMetre = int(std::lround(m_dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(&painter, page);
    painter.end();
    return image;
}

Core::Status WorkOrderSheet::writePdf(const QString &fileName) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(m_dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("Hearth"));
    writer.setTitle(tr("Work order %1").arg(m_document.woNo));
    QPainter painter;
    if (!painter.begin(&writer))
        return Core::Error{tr("Cannot write the PDF file"), fileName};
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        paintPage(&painter, page);
    }
    painter.end();
    return {};
}

void WorkOrderSheet::paginate(const QStringList &noteLines)
{
    m_pages = {QList<Item>()};
    double y = ContentTopMm;
    const auto fits = [&y](double height) { return y + height <= ContentBottomMm + 1e-6; };
    const auto newPage = [this, &y] {
        m_pages.append(QList<Item>());
        y = ContentTopMm;
    };
    const auto place = [this, &y](Block block, int table, int row, double height,
                                  const QString &text = QString()) {
        m_pages.last().append(Item{block, table, row, y, text});
        y += height;
    };

    int pieces = 0;
    qint64 area = 0;
    for (const WorkOrderPanel &panel : m_document.panels) {
        pieces += panel.quantity;
        area += panel.areaMm2;
    }
    const QList<std::pair<Table, int>> tables = {
        {Operations, int(m_document.operations.size())},
        {Panels, int(m_document.panels.size())},
        {Hardware, int(m_document.hardware.size())},
    };
    for (const auto &[table, rows] : tables) {
        if (rows == 0)
            continue;
        QString title;
        if (table == Operations)
            title = tr("Operations");
        else if (table == Panels)
            title = tr("Panels: %n piece(s), %1 m²", nullptr, pieces).arg(squareMetres(area));
        else
            title = tr("Hardware");
        if (!fits(TitleHeightMm + HeaderHeightMm + RowHeightMm))
            newPage();
        place(Block::SectionTitle, table, 0, TitleHeightMm, title);
        place(Block::TableHeader, table, 0, HeaderHeightMm);
        for (int row = 0; row < rows; ++row) {
            const bool last = row == rows - 1;
            const double needed = RowHeightMm + (last && table == Panels ? TotalsHeightMm : 0);
            if (!fits(needed)) {
                newPage();
                place(Block::SectionTitle, table, 0, TitleHeightMm,
                      tr("%1 (continued)").arg(title));
                place(Block::TableHeader, table, 0, HeaderHeightMm);
            }
            place(Block::TableRow, table, row, RowHeightMm);
        }
        if (table == Panels)
            place(Block::TotalsRow, Panels, 0, TotalsHeightMm);
    }

    if (!noteLines.isEmpty()) {
        if (!fits(TitleHeightMm + NoteHeightMm))
            newPage();
        place(Block::SectionTitle, NoTable, 0, TitleHeightMm, tr("Notes"));
        for (const QString &line : noteLines) {
            if (!fits(NoteHeightMm)) {
                newPage();
                place(Block::SectionTitle, NoTable, 0, TitleHeightMm,
                      tr("%1 (continued)").arg(tr("Notes")));
            }
            place(Block::NoteLine, NoTable, 0, NoteHeightMm, line);
        }
    }

    if (!fits(SignOffGapMm + SignOffHeightMm))
        newPage();
    y += SignOffGapMm;
    place(Block::SignOff, NoTable, 0, SignOffHeightMm);
}

PagePlan WorkOrderSheet::planPage(int page) const
{
    const Grid grid{m_dpi};
    PagePlan plan(pageSizeDots());
    const int hairline = grid.hairline();
    const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pageCount());
    const double rightMm = LeftMm + ContentWidthMm;

    // Header, the same on every page.
    const QFont title = grid.font(17, true);
    const QRect titleRect = grid.rect(LeftMm, TopMm, 70, 10);
    plan.addText(titleRect, tr("Work order"), title, Qt::AlignLeft | Qt::AlignTop);
    const double barsLeftMm = m_barsLayout.footprint.left() * MmPerInch / m_dpi;
    const QRect woRect = grid.rect(LeftMm, TopMm + 11, barsLeftMm - LeftMm - 2, 9);
    const QFont woFont = TextFit::shrunk(m_document.woNo, grid.font(15, true), woRect.width(),
                                         grid.dots(2.5));
    plan.addText(woRect, TextFit::elided(m_document.woNo, woFont, woRect.width()), woFont,
                 Qt::AlignLeft | Qt::AlignTop);
    plan.addCode(m_bars, m_barsLayout);
    plan.addCode(m_qr, m_qrLayout);
    const QFont codeText = grid.font(9);
    plan.addText(QRect(m_barsLayout.symbol.left(), m_barsLayout.symbol.bottom() + grid.dots(0.8),
                       m_barsLayout.symbol.width(), grid.dots(4.5)),
                 m_bars.humanReadableText(), codeText, Qt::AlignHCenter | Qt::AlignTop);
    plan.addBox(grid.rect(LeftMm, InfoTopMm - 2.2, ContentWidthMm, 0.6));

    const QList<std::pair<QString, QString>> cells = {
        {tr("Order"), m_document.orderNo},
        {tr("Customer"), m_document.customer},
        {tr("Due date"), m_document.dueDate.isValid()
                             ? m_document.dueDate.toString(Qt::ISODate)
                             : QStringLiteral("—")},
        {tr("Workshop"), m_document.workshop},
        {tr("Priority"), QString::number(m_document.priority)},
        {tr("Page"), pageText},
    };
    const double cellWidths[] = {38, 44, 27, 35, 16, 26};
    const QFont caption = grid.font(7);
    const QFont value = grid.font(10.5, true);
    double x = LeftMm;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QRect cell = grid.rect(x, InfoTopMm, cellWidths[i], InfoHeightMm);
        plan.addFrame(cell, hairline, Rule);
        const QRect inside = cell.adjusted(grid.dots(1.5), grid.dots(0.8), -grid.dots(1.2), 0);
        plan.addText(QRect(inside.left(), inside.top(), inside.width(), grid.dots(4)),
                     cells.at(i).first, caption, Qt::AlignLeft | Qt::AlignTop, CaptionInk);
        const QRect valueRect(inside.left(), inside.top() + grid.dots(4), inside.width(),
                              inside.bottom() - inside.top() - grid.dots(4));
        const QFont fitted = TextFit::shrunk(cells.at(i).second, value, valueRect.width(),
                                             value.pixelSize() * 2 / 3);
        plan.addText(valueRect, TextFit::elided(cells.at(i).second, fitted, valueRect.width()),
                     fitted, Qt::AlignLeft | Qt::AlignVCenter);
        x += cellWidths[i];
    }

    // Footer.
    const QFont footer = grid.font(7.5);
    const int footerLeft = grid.dots(LeftMm);
    plan.addBox(QRect(footerLeft, grid.dots(FooterRuleMm), grid.dots(rightMm) - footerLeft,
                      hairline),
                Rule);
    const QRect footerRect = grid.rect(LeftMm, FooterRuleMm + 1.0, ContentWidthMm, 5);
    if (!m_document.printedAt.isEmpty()) {
        plan.addText(footerRect, tr("Printed %1").arg(m_document.printedAt), footer,
                     Qt::AlignLeft | Qt::AlignTop, CaptionInk);
    }
    plan.addText(footerRect, m_document.woNo, footer, Qt::AlignHCenter | Qt::AlignTop,
                 CaptionInk);
    plan.addText(footerRect, pageText, footer, Qt::AlignRight | Qt::AlignTop, CaptionInk);

    // The page's blocks.
    const QList<Column> operationColumns = {
        {tr("Seq"), 12, Qt::AlignHCenter},
        {tr("Work center"), 40, Qt::AlignLeft},
        {tr("Operation"), 36, Qt::AlignLeft},
        {tr("Planned start"), 30, Qt::AlignLeft},
        {tr("Planned end"), 30, Qt::AlignLeft},
        {tr("Done by / date"), 38, Qt::AlignLeft},
    };
    const QList<Column> panelColumns = {
        {tr("No."), 8, Qt::AlignHCenter},
        {tr("Panel"), 29, Qt::AlignLeft},
        {tr("L × W × T mm"), 29, Qt::AlignLeft},
        {tr("Qty"), 10, Qt::AlignRight},
        {tr("Area m²"), 15, Qt::AlignRight},
        {tr("Edge mm"), 15, Qt::AlignRight},
        {tr("Edges"), 18, Qt::AlignLeft},
        {tr("Grain"), 13, Qt::AlignLeft},
        {tr("Material"), 27, Qt::AlignLeft},
        {tr("Colour"), 22, Qt::AlignLeft},
    };
    const QList<Column> hardwareColumns = {
        {tr("No."), 8, Qt::AlignHCenter},
        {tr("Code"), 36, Qt::AlignLeft},
        {tr("Item"), 92, Qt::AlignLeft},
        {tr("Qty"), 25, Qt::AlignRight},
        {tr("Unit"), 25, Qt::AlignLeft},
    };
    const auto columnsOf = [&](int table) -> const QList<Column> & {
        if (table == Operations)
            return operationColumns;
        if (table == Panels)
            return panelColumns;
        return hardwareColumns;
    };
    const auto grainText = [](const QString &grain) {
        if (grain == QLatin1String("length"))
            return tr("Length");
        if (grain == QLatin1String("width"))
            return tr("Width");
        if (grain == QLatin1String("none") || grain.isEmpty())
            return tr("None");
        return grain;
    };
    const auto cellsOf = [&](int table, int row) -> QStringList {
        if (table == Operations) {
            const WorkOrderOperation &op = m_document.operations.at(row);
            return {QString::number(op.seq), op.workCenter, op.name, op.plannedStart,
                    op.plannedEnd, QString()};
        }
        if (table == Panels) {
            const WorkOrderPanel &p = m_document.panels.at(row);
            return {QString::number(row + 1), p.name,
                    QStringLiteral("%1 × %2 × %3").arg(p.lengthMm).arg(p.widthMm).arg(
                        p.thicknessMm),
                    QString::number(p.quantity), squareMetres(p.areaMm2),
                    QString::number(p.edgeMm), p.edges, grainText(p.grain), p.material,
                    p.colour};
        }
        const WorkOrderHardware &h = m_document.hardware.at(row);
        return {QString::number(row + 1), h.code, h.name, quantity(h.quantityMicros), h.unit};
    };
    const auto paintRow = [&](const QList<Column> &columns, const QStringList &texts,
                              double top, double height, const QFont &font, bool head) {
        double left = LeftMm;
        const QRect band = grid.rect(LeftMm, top, ContentWidthMm, height);
        if (head) {
            plan.addBox(band, HeadFill);
            plan.addBox(QRect(band.left(), band.top(), band.width(), hairline), Rule);
        }
        plan.addBox(QRect(band.left(), band.bottom() + 1 - hairline, band.width(), hairline),
                    Rule);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QRect cell = grid.rect(left, top, columns.at(i).widthMm, height);
            plan.addBox(QRect(cell.left(), cell.top(), hairline, cell.height()), Rule);
            const QRect inside = cell.adjusted(grid.dots(1.2), 0, -grid.dots(1.2), 0);
            const QString text = i < texts.size() ? texts.at(i) : QString();
            const QFont fitted = TextFit::shrunk(text, font, inside.width(),
                                                 font.pixelSize() * 4 / 5);
            plan.addText(inside, TextFit::elided(text, fitted, inside.width()), fitted,
                         columns.at(i).align | Qt::AlignVCenter);
            left += columns.at(i).widthMm;
        }
        plan.addBox(QRect(band.right() + 1 - hairline, band.top(), hairline, band.height()),
                    Rule);
    };

    const QFont sectionFont = grid.font(11, true);
    const QFont headFont = grid.font(7.5, true);
    const QFont bodyFont = grid.font(8.5);
    const QFont noteFont = grid.font(9);
    for (const Item &item : m_pages.at(page)) {
        switch (item.block) {
        case Block::SectionTitle: {
            const QRect rect = grid.rect(LeftMm, item.topMm + 2.0, ContentWidthMm,
                                         TitleHeightMm - 3.0);
            plan.addBox(QRect(rect.left(), rect.top() + grid.dots(1.0), grid.dots(1.2),
                              rect.height() - grid.dots(2.0)));
            plan.addText(rect.adjusted(grid.dots(2.5), 0, 0, 0), item.text, sectionFont,
                         Qt::AlignLeft | Qt::AlignVCenter);
            break;
        }
        case Block::TableHeader: {
            QStringList titles;
            for (const Column &column : columnsOf(item.table))
                titles.append(column.title);
            paintRow(columnsOf(item.table), titles, item.topMm, HeaderHeightMm, headFont, true);
            break;
        }
        case Block::TableRow:
            paintRow(columnsOf(item.table), cellsOf(item.table, item.row), item.topMm,
                     RowHeightMm, bodyFont, false);
            break;
        case Block::TotalsRow: {
            int pieces = 0;
            qint64 area = 0;
            qint64 edge = 0;
            for (const WorkOrderPanel &panel : m_document.panels) {
                pieces += panel.quantity;
                area += panel.areaMm2;
                edge += panel.edgeMm;
            }
            paintRow(panelColumns,
                     {QString(), tr("Total"), QString(), QString::number(pieces),
                      squareMetres(area), QString::number(edge)},
                     item.topMm, TotalsHeightMm, grid.font(8.5, true), true);
            break;
        }
        case Block::NoteLine:
            plan.addText(grid.rect(LeftMm + 2.5, item.topMm, ContentWidthMm - 2.5, NoteHeightMm),
                         item.text, noteFont, Qt::AlignLeft | Qt::AlignVCenter);
            break;
        case Block::SignOff: {
            const QStringList captions = {tr("Issued by"), tr("Received by (workshop)"),
                                          tr("Inspected by (QC)")};
            const double width = (ContentWidthMm - 2 * 4.0) / 3;
            for (qsizetype i = 0; i < captions.size(); ++i) {
                const double left = LeftMm + double(i) * (width + 4.0);
                const QRect box = grid.rect(left, item.topMm, width, SignOffHeightMm);
                plan.addFrame(box, hairline, Rule);
                plan.addText(grid.rect(left + 2.0, item.topMm + 1.0, width - 4.0, 5.0),
                             captions.at(i), caption, Qt::AlignLeft | Qt::AlignTop, CaptionInk);
                plan.addText(grid.rect(left + 2.0, item.topMm + SignOffHeightMm - 6.0,
                                       width - 4.0, 5.0),
                             tr("Date"), caption, Qt::AlignRight | Qt::AlignBottom, CaptionInk);
            }
            break;
        }
        }
    }
    return plan;
}

} // namespace Hearth::Printing
