#include "warehouselabelprinter.h"

#include "printing/barcode.h"
#include "printing/labelprinter.h"
#include "printing/pageplan.h"
#include "printing/printfonts.h"
#include "printing/textfit.h"
#include "production/shopfloorcode.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/scancode.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <cmath>

namespace Hearth::Warehouse {

using Printing::Barcode;
using Printing::LabelStock;
using Printing::PagePlan;
using Printing::Symbology;
using Printing::TextFit;

namespace {

constexpr double MmPerInch = 25.4;

/// Millimetres as whole dots at dpi.
int dots(double mm, int dpi)
{
    return int(std::lround(mm * dpi / MmPerInch));
}

QSize sizeInDots(const LabelStock &stock)
{
    return Printing::LabelPrinter::sizeInDots(stock);
}

/// Places a code in space and adds it to the plan; the error names the label.
Core::Status addCode(PagePlan &plan, Symbology symbology, const QString &text,
                     const QRect &space, int dpi, Qt::Alignment alignment, const QString &where)
{
    const Core::Result<Barcode> code = Barcode::encode(symbology, text);
    if (!code)
        return Core::Error{code.error().message, where};
    Printing::ModuleSize size;
    if (symbology == Symbology::Code128) {
        size.minimumMm = 0.25;
        size.maximumMm = 0.375;
        size.minimumHeightMm = 8.0;
    } else {
        size.maximumMm = 1.0;  // a QR code as large as its corner allows, for phones
    }
    const Core::Result<Printing::BarcodeLayout> layout =
        code->layOut(space, dpi, size, alignment);
    if (!layout)
        return Core::Error{layout.error().message, where};
    plan.addCode(*code, *layout);
    return {};
}

} // namespace

Core::Result<Printing::PartLabel> WarehouseLabelPrinter::partLabel(Storage::Connection &c,
                                                                   const QString &partId)
{
    Storage::Statement q(c.handle(),
                         "SELECT p.name, COALESCE(o.order_no, ''), COALESCE(w.wo_no, ''), "
                         "p.length_mm, p.width_mm, p.thickness_mm, COALESCE(p.material, ''), "
                         "COALESCE(p.colour, ''), p.edges FROM order_parts p "
                         "LEFT JOIN sales_orders o ON o.id = p.order_id "
                         "LEFT JOIN work_orders w ON w.order_id = p.order_id "
                         "AND w.task_key = p.task_key AND w.deleted = 0 WHERE p.id = ?");
    q.bind(1, partId);
    if (!q.next())
        return Core::Error{tr("no such panel"), QStringLiteral("order_parts: %1").arg(partId)};
    Printing::PartLabel label;
    label.partId = Production::ShopfloorCode::forPart(partId);
    label.partName = q.text(0);
    label.orderNo = q.text(1);
    label.workOrderNo = q.text(2);
    label.lengthMm = q.int64(3);
    label.widthMm = q.int64(4);
    label.thicknessMm = q.int64(5);
    label.material = q.text(6);
    label.colour = q.text(7);
    label.edges = q.text(8);
    return label;
}

Core::Result<PagePlan> WarehouseLabelPrinter::planPackage(const PackageLabel &label,
                                                          const LabelStock &stock, bool crisp)
{
    const int dpi = stock.dpi;
    const QSize size = sizeInDots(stock);
    const QString where = tr("Package label %1").arg(label.code);
    PagePlan plan(size);
    const int margin = dots(2.0, dpi);
    const QRect inner(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);

    // The Code 128 across the bottom, the QR code at the top right, the words beside it.
    const int barHeight = std::min(dots(12.0, dpi), inner.height() / 4);
    const QRect barSpace(inner.left(), inner.bottom() + 1 - barHeight, inner.width(), barHeight);
    if (auto s = addCode(plan, Symbology::Code128, label.code, barSpace, dpi, Qt::AlignCenter,
                         where);
        !s)
        return s.error();
    const int qrSide = std::min(inner.height() - barHeight - dots(2.0, dpi), inner.width() / 3);
    const QRect qrSpace(inner.right() + 1 - qrSide, inner.top(), qrSide, qrSide);
    if (auto s = addCode(plan, Symbology::QrCode, label.code, qrSpace, dpi,
                         Qt::AlignRight | Qt::AlignTop, where);
        !s)
        return s.error();

    const int textWidth = inner.width() - qrSide - dots(2.0, dpi);
    const QFont big = Printing::PrintFonts::font(22, dpi, true, crisp);
    const QFont bold = Printing::PrintFonts::font(11, dpi, true, crisp);
    const QFont body = Printing::PrintFonts::font(9, dpi, false, crisp);
    const QFont small = Printing::PrintFonts::font(7, dpi, false, crisp);
    int y = inner.top();
    const auto line = [&](const QString &text, const QFont &font, int width) {
        const int h = TextFit::lineHeight(font);
        plan.addText(QRect(inner.left(), y, width, h), TextFit::elided(text, font, width), font);
        y += h;
    };
    line(tr("Package %1 / %2").arg(label.number).arg(label.count), big, textWidth);
    line(label.orderNo, bold, textWidth);
    line(label.city.isEmpty() ? label.customer : tr("%1 · %2").arg(label.customer, label.city),
         body, textWidth);
    line(label.contentsSummary(), body, textWidth);
    const int contentsBottom = barSpace.top() - dots(1.0, dpi);
    const int smallLine = TextFit::lineHeight(small);
    const int room = std::max(0, (contentsBottom - y) / smallLine);
    QStringList contents = label.contents;
    if (contents.size() > room && room > 0) {
        const int shown = room - 1;
        const int more = int(contents.size()) - shown;
        contents = contents.mid(0, shown);
        contents.append(tr("… and %n more", nullptr, more));
    }
    for (int i = 0; i < contents.size() && i < room; ++i) {
        const int width = y + smallLine > qrSpace.bottom() ? inner.width() : textWidth;
        line(contents.at(i), small, width);
    }
    return plan;
}

Core::Result<PagePlan> WarehouseLabelPrinter::planBin(const Bin &bin, const LabelStock &stock,
                                                      bool crisp)
{
    const int dpi = stock.dpi;
    const QSize size = sizeInDots(stock);
    const QString code = ScanCode::forBin(bin.code);
    const QString where = tr("Bin label %1").arg(bin.code);
    PagePlan plan(size);
    const int margin = dots(2.0, dpi);
    const QRect inner(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);
    const int barHeight = std::min(dots(14.0, dpi), inner.height() / 3);
    const QRect barSpace(inner.left(), inner.bottom() + 1 - barHeight, inner.width(), barHeight);
    if (auto s = addCode(plan, Symbology::Code128, code, barSpace, dpi, Qt::AlignCenter, where);
        !s)
        return s.error();
    const int qrSide = std::min(inner.height() - barHeight - dots(2.0, dpi), inner.width() / 3);
    const QRect qrSpace(inner.right() + 1 - qrSide, inner.top(), qrSide, qrSide);
    if (auto s = addCode(plan, Symbology::QrCode, code, qrSpace, dpi,
                         Qt::AlignRight | Qt::AlignTop, where);
        !s)
        return s.error();
    const int textWidth = inner.width() - qrSide - dots(2.0, dpi);
    const QFont big = TextFit::shrunk(bin.code, Printing::PrintFonts::font(26, dpi, true, crisp),
                                      textWidth, dots(3.0, dpi));
    const QFont body = Printing::PrintFonts::font(12, dpi, false, crisp);
    int y = inner.top();
    plan.addText(QRect(inner.left(), y, textWidth, TextFit::lineHeight(big)), bin.code, big);
    y += TextFit::lineHeight(big);
    plan.addText(QRect(inner.left(), y, textWidth, TextFit::lineHeight(body)),
                 TextFit::elided(bin.name, body, textWidth), body);
    return plan;
}

Core::Result<PagePlan> WarehouseLabelPrinter::plan(const Label &label, const LabelStock &stock,
                                                   bool crisp)
{
    if (const auto *package = std::get_if<PackageLabel>(&label))
        return planPackage(*package, stock, crisp);
    if (const auto *bin = std::get_if<Bin>(&label))
        return planBin(*bin, stock, crisp);
    return Core::Error{tr("a part label is drawn by the printing module"), QString()};
}

Core::Status WarehouseLabelPrinter::paint(QPainter *painter, const Label &label,
                                          const LabelStock &stock)
{
    if (const auto *part = std::get_if<Printing::PartLabel>(&label))
        return Printing::LabelPrinter::paint(painter, *part, stock);
    const Core::Result<PagePlan> planned = plan(label, stock, true);
    if (!planned)
        return planned.error();
    planned->paint(painter);
    return {};
}

Core::Result<QImage> WarehouseLabelPrinter::toImage(const Label &label, const LabelStock &stock)
{
    if (const auto *part = std::get_if<Printing::PartLabel>(&label))
        return Printing::LabelPrinter::toImage(*part, stock);
    const Core::Result<PagePlan> planned = plan(label, stock, true);
    if (!planned)
        return planned.error();
    QImage image(sizeInDots(stock), QImage::Format_Grayscale8);
    const int dotsPerMetre = int(std::lround(stock.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    planned->paint(&painter);
    painter.end();
    return image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither | Qt::MonoOnly);
}

Core::Result<QList<std::optional<PagePlan>>> WarehouseLabelPrinter::planAll(
    const QList<Label> &labels, const LabelStock &stock)
{
    if (labels.isEmpty())
        return Core::Error{tr("there is no label to print"), tr("Warehouse labels")};
    QList<std::optional<PagePlan>> plans;
    for (const Label &label : labels) {
        if (const auto *part = std::get_if<Printing::PartLabel>(&label)) {
            if (auto s = Printing::LabelPrinter::check(*part, stock); !s)
                return s.error();
            plans.append(std::nullopt);
            continue;
        }
        Core::Result<PagePlan> planned = plan(label, stock, false);
        if (!planned)
            return planned.error();
        plans.append(*planned);
    }
    return plans;
}

Core::Status WarehouseLabelPrinter::paintAll(QPainter &painter, QPagedPaintDevice &device,
                                             const QList<Label> &labels,
                                             const QList<std::optional<PagePlan>> &plans,
                                             const LabelStock &stock)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0 && !device.newPage())
            return Core::Error{tr("the printer stopped after %n label(s)", nullptr, int(i)),
                               tr("Warehouse labels")};
        if (plans.at(i)) {
            plans.at(i)->paint(&painter);
        } else if (auto s = Printing::LabelPrinter::paint(
                       &painter, std::get<Printing::PartLabel>(labels.at(i)), stock);
                   !s) {
            return s;
        }
    }
    return {};
}

Core::Status WarehouseLabelPrinter::writePdf(const QList<Label> &labels, const LabelStock &stock,
                                             const QString &fileName)
{
    const auto plans = planAll(labels, stock);
    if (!plans)
        return plans.error();

    QPdfWriter writer(fileName);
    writer.setResolution(stock.dpi);
    writer.setPageSize(QPageSize(stock.sizeMm, QPageSize::Millimeter, QString(),
                                 QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("Hearth"));
    writer.setTitle(tr("Warehouse labels"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Core::Error{tr("cannot write the PDF file"), fileName};
    const Core::Status painted = paintAll(painter, writer, labels, *plans, stock);
    painter.end();
    return painted;
}

Core::Status WarehouseLabelPrinter::print(const QList<Label> &labels, const LabelStock &stock,
                                          QPrinter *printer)
{
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(stock.sizeMm, QPageSize::Millimeter, QString(),
                                   QPageSize::ExactMatch));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer->setResolution(stock.dpi);
    // Laid out at the resolution the printer took, in whole dots of it.
    const LabelStock actual{stock.sizeMm, printer->resolution()};
    const auto plans = planAll(labels, actual);
    if (!plans)
        return plans.error();
    QPainter painter;
    if (!painter.begin(printer))
        return Core::Error{tr("the printer did not start printing"), printer->printerName()};
    const Core::Status painted = paintAll(painter, *printer, labels, *plans, actual);
    painter.end();
    return painted;
}

} // namespace Hearth::Warehouse
