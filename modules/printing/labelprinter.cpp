#include "labelprinter.h"

#include "pageplan.h"
#include "printfonts.h"
#include "printinglog.h"
#include "textfit.h"

#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>
#include <cmath>

namespace Hearth::Printing {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double MarginMm = 2.5;
// A label's QR code may grow to 0.75 mm modules, read from a metre away at the station.
constexpr ModuleSize LabelQrModule{0.25, 0.75, 0.0};
constexpr ModuleSize LabelBarsModule{0.25, 0.5, 5.0};

/// Millimetres and points turned into dots of one printer.
struct Canvas
{
    int dpi = 203;
    bool crisp = true;
    double bodyPoints = 9.0;

    int dots(double mm) const { return int(std::lround(mm * dpi / MmPerInch)); }
    QFont font(double scale, bool bold = false) const
    {
        return PrintFonts::font(bodyPoints * scale, dpi, bold, crisp);
    }
};

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    }
    return present.join(separator);
}

/// Caption and value rows in a column, the captions in one narrow column of their own.
struct InfoRow
{
    QString caption;
    QString value;
    QFont valueFont;
};

void addRows(PagePlan &plan, const QList<InfoRow> &rows, const QRect &area, const QFont &caption)
{
    if (rows.isEmpty() || area.height() <= 0)
        return;
    int captionWidth = 0;
    for (const InfoRow &row : rows)
        captionWidth = std::max(captionWidth, TextFit::width(row.caption, caption));
    captionWidth += TextFit::lineHeight(caption) / 2;
    int natural = 0;
    for (const InfoRow &row : rows)
        natural = std::max(natural, TextFit::lineHeight(row.valueFont));
    const int rowHeight = std::min(natural * 3 / 2, area.height() / int(rows.size()));
    int y = area.top();
    for (const InfoRow &row : rows) {
        const QRect captionRect(area.left(), y, captionWidth, rowHeight);
        const QRect valueRect(area.left() + captionWidth, y, area.width() - captionWidth,
                              rowHeight);
        plan.addText(captionRect, row.caption, caption);
        // Sizes and numbers are what the worker reads: smaller type before any is cut off.
        const QFont font = TextFit::shrunk(row.value, row.valueFont, valueRect.width(),
                                           row.valueFont.pixelSize() * 2 / 3);
        plan.addText(valueRect, TextFit::elided(row.value, font, valueRect.width()), font);
        y += rowHeight;
    }
}

} // namespace

QSize LabelPrinter::sizeInDots(const LabelStock &stock)
{
    return QSize(int(stock.sizeMm.width() * stock.dpi / MmPerInch),
                 int(stock.sizeMm.height() * stock.dpi / MmPerInch));
}

Core::Status LabelPrinter::check(const Label &label, const LabelStock &stock)
{
    const Core::Result<PagePlan> planned = plan(label, stock, sizeInDots(stock), true);
    if (!planned.ok())
        return planned.error();
    return {};
}

Core::Status LabelPrinter::paint(QPainter *painter, const Label &label, const LabelStock &stock)
{
    QSize size = sizeInDots(stock);
    if (painter->device())
        size = size.boundedTo(QSize(painter->device()->width(), painter->device()->height()));
    const Core::Result<PagePlan> planned = plan(label, stock, size, true);
    if (!planned.ok())
        return planned.error();
    planned->paint(painter);
    return {};
}

Core::Result<QImage> LabelPrinter::toImage(const Label &label, const LabelStock &stock)
{
    const QSize size = sizeInDots(stock);
    const Core::Result<PagePlan> planned = plan(label, stock, size, true);
    if (!planned.ok())
        return planned.error();
    QImage image(size, QImage::Format_Grayscale8);
    const int dotsPerMetre = int(std::lround(stock.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    planned->paint(&painter);
    painter.end();
    return image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither | Qt::MonoOnly);
}

Core::Status LabelPrinter::writePdf(const QList<Label> &labels, const LabelStock &stock,
                                    const QString &fileName)
{
    QPdfWriter writer(fileName);
    writer.setResolution(stock.dpi);
    writer.setPageSize(QPageSize(stock.sizeMm, QPageSize::Millimeter, QString(),
                                 QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("Hearth"));
    writer.setTitle(tr("Labels"));
    const QSize size = sizeInDots(stock).boundedTo(QSize(writer.width(), writer.height()));
    const Core::Result<QList<PagePlan>> plans = planAll(labels, stock, size, false);
    if (!plans.ok())
        return plans.error();

    QPainter painter;
    if (!painter.begin(&writer))
        return Core::Error{tr("Cannot write the PDF file"), fileName};
    for (qsizetype i = 0; i < plans->size(); ++i) {
        if (i > 0)
            writer.newPage();
        plans->at(i).paint(&painter);
    }
    painter.end();
    qCInfo(lcPrinting) << "wrote" << plans->size() << "labels at" << stock.dpi << "dpi";
    return {};
}

Core::Status LabelPrinter::print(const QList<Label> &labels, const LabelStock &stock,
                                 QPrinter *printer)
{
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(stock.sizeMm, QPageSize::Millimeter, QString(),
                                   QPageSize::ExactMatch));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer->setResolution(stock.dpi);
    const LabelStock actual{stock.sizeMm, printer->resolution()};
    const QSize size = sizeInDots(actual).boundedTo(QSize(printer->width(), printer->height()));
    const Core::Result<QList<PagePlan>> plans = planAll(labels, actual, size, false);
    if (!plans.ok())
        return plans.error();

    QPainter painter;
    if (!painter.begin(printer))
        return Core::Error{tr("The printer did not start printing"), printer->printerName()};
    for (qsizetype i = 0; i < plans->size(); ++i) {
        if (i > 0 && !printer->newPage())
            return Core::Error{tr("The printer stopped after %n label(s)", nullptr, int(i)),
                               printer->printerName()};
        plans->at(i).paint(&painter);
    }
    painter.end();
    return {};
}

Core::Result<QList<PagePlan>> LabelPrinter::planAll(const QList<Label> &labels,
                                                    const LabelStock &stock, QSize sizeDots,
                                                    bool crisp)
{
    if (labels.isEmpty())
        return Core::Error{tr("There is no label to print"), tr("Labels")};
    QList<PagePlan> plans;
    plans.reserve(labels.size());
    for (const Label &label : labels) {
        Core::Result<PagePlan> planned = plan(label, stock, sizeDots, crisp);
        if (!planned.ok())
            return planned.error();
        plans.append(std::move(planned.value()));
    }
    return plans;
}

Core::Result<PagePlan> LabelPrinter::plan(const Label &label, const LabelStock &stock,
                                          QSize sizeDots, bool crisp)
{
    Canvas canvas;
    canvas.dpi = stock.dpi;
    canvas.crisp = crisp;
    canvas.bodyPoints = std::clamp(stock.sizeMm.height() / 6.5, 6.5, 10.0);
    const int margin = canvas.dots(MarginMm);
    const QRect inner(margin, margin, sizeDots.width() - 2 * margin,
                      sizeDots.height() - 2 * margin);
    const QFont caption = canvas.font(0.85);
    const QFont value = canvas.font(1.0, true);
    const QFont large = canvas.font(1.35, true);
    const QFont small = canvas.font(0.8);
    PagePlan plan(sizeDots);

    if (const auto *part = std::get_if<PartLabel>(&label)) {
        const QString where = tr("Part label %1").arg(part->partId);
        if (stock.dpi <= 0 || inner.width() <= 0 || inner.height() <= 0)
            return Core::Error{tr("The label stock has no printable area"), where};
        const Core::Result<Barcode> qr = Barcode::encode(Symbology::QrCode, part->partId);
        if (!qr.ok())
            return Core::Error{qr.error().message, where};
        const int idLine = TextFit::lineHeight(small);
        const int column = std::min(inner.height(), inner.width() * 42 / 100);
        const QRect qrSpace(inner.left(), inner.top(), column,
                            std::min(column, inner.height() - 2 * idLine));
        const Core::Result<BarcodeLayout> qrLayout
            = qr->layOut(qrSpace, stock.dpi, LabelQrModule, Qt::AlignLeft | Qt::AlignTop);
        if (!qrLayout.ok())
            return Core::Error{qrLayout.error().message, where};
        plan.addCode(*qr, *qrLayout);
        const QRect footprint = qrLayout->footprint;
        const QStringList idLines = TextFit::wrapped(part->partId, small, footprint.width(), 2);
        for (qsizetype i = 0; i < idLines.size(); ++i) {
            plan.addText(QRect(footprint.left(), footprint.bottom() + 1 + int(i) * idLine,
                               footprint.width(), idLine),
                         idLines.at(i), small, Qt::AlignHCenter | Qt::AlignTop);
        }

        const int left = footprint.right() + 1 + canvas.dots(1.0);
        const QFont title = canvas.font(1.5, true);
        const int titleHeight = TextFit::lineHeight(title);
        const QRect titleRect(left, inner.top(), inner.right() - left + 1, titleHeight);
        plan.addText(titleRect, TextFit::elided(part->partName, title, titleRect.width()), title);
        const int ruleTop = titleRect.bottom() + canvas.dots(0.6);
        plan.addBox(QRect(left, ruleTop, titleRect.width(), std::max(2, canvas.dots(0.35))));

        QList<InfoRow> rows;
        rows.append({tr("Size"),
                     tr("%1 × %2 × %3 mm")
                         .arg(part->lengthMm)
                         .arg(part->widthMm)
                         .arg(part->thicknessMm),
                     large});
        rows.append({tr("Order"), part->orderNo, value});
        if (!part->workOrderNo.isEmpty())
            rows.append({tr("Work order"), part->workOrderNo, value});
        rows.append({tr("Material"), joined({part->material, part->colour}, QStringLiteral(" / ")),
                     value});
        rows.append({tr("Edges"), part->edges.isEmpty() ? tr("none") : part->edges, value});
        const int rowsTop = ruleTop + canvas.dots(1.2);
        addRows(plan, rows, QRect(left, rowsTop, titleRect.width(), inner.bottom() - rowsTop + 1),
                caption);
        return plan;
    }

    const PackageLabel &package = std::get<PackageLabel>(label);
    const QString where = tr("Package label %1").arg(package.packageId);
    if (stock.dpi <= 0 || inner.width() <= 0 || inner.height() <= 0)
        return Core::Error{tr("The label stock has no printable area"), where};
    const Core::Result<Barcode> bars = Barcode::encode(Symbology::Code128, package.packageId);
    if (!bars.ok())
        return Core::Error{bars.error().message, where};
    const Core::Result<Barcode> qr = Barcode::encode(
        Symbology::QrCode, package.qrText.isEmpty() ? package.packageId : package.qrText);
    if (!qr.ok())
        return Core::Error{qr.error().message, where};

    // Header: the order number, and "n of N" white on black where the loader looks first.
    const QFont title = canvas.font(1.6, true);
    const int headerHeight = TextFit::lineHeight(title) * 5 / 4;
    const QString count = tr("%1 of %2").arg(package.index).arg(package.count);
    const int countWidth = TextFit::width(count, title) + canvas.dots(4.0);
    const QRect countRect(inner.right() + 1 - countWidth, inner.top(), countWidth, headerHeight);
    plan.addBox(countRect);
    plan.addText(countRect, count, title, Qt::AlignCenter, Qt::white);
    const int orderCaptionWidth = TextFit::width(tr("Order"), caption) + canvas.dots(1.5);
    plan.addText(QRect(inner.left(), inner.top(), orderCaptionWidth, headerHeight), tr("Order"),
                 caption);
    const QRect orderRect(inner.left() + orderCaptionWidth, inner.top(),
                          countRect.left() - canvas.dots(2.0) - inner.left() - orderCaptionWidth,
                          headerHeight);
    const QFont orderFont = TextFit::shrunk(package.orderNo, title, orderRect.width(),
                                            value.pixelSize());
    plan.addText(orderRect, TextFit::elided(package.orderNo, orderFont, orderRect.width()),
                 orderFont);
    const int ruleTop = inner.top() + headerHeight + canvas.dots(0.8);
    plan.addBox(QRect(inner.left(), ruleTop, inner.width(), std::max(2, canvas.dots(0.35))));

    // Footer: the Code 128 across the label with its text under the bars.
    const int textLine = TextFit::lineHeight(value);
    const int barsHeight = canvas.dots(std::clamp(stock.sizeMm.height() * 0.2, 6.0, 15.0));
    const QRect barsSpace(inner.left(), inner.bottom() + 1 - textLine - barsHeight, inner.width(),
                          barsHeight);
    const Core::Result<BarcodeLayout> barsLayout
        = bars->layOut(barsSpace, stock.dpi, LabelBarsModule, Qt::AlignHCenter | Qt::AlignTop);
    if (!barsLayout.ok())
        return Core::Error{barsLayout.error().message, where};
    plan.addCode(*bars, *barsLayout);
    plan.addText(QRect(barsLayout->footprint.left(), barsLayout->footprint.bottom() + 1,
                       barsLayout->footprint.width(), textLine),
                 bars->humanReadableText(), value, Qt::AlignHCenter | Qt::AlignTop);

    // Middle: who it goes to, beside the QR code.
    const int middleTop = ruleTop + canvas.dots(1.5);
    const int middleBottom = barsSpace.top() - canvas.dots(1.5);
    const int side = middleBottom - middleTop;
    const QRect qrSpace(inner.right() + 1 - side, middleTop, side, side);
    const Core::Result<BarcodeLayout> qrLayout
        = qr->layOut(qrSpace, stock.dpi, LabelQrModule, Qt::AlignRight | Qt::AlignVCenter);
    if (!qrLayout.ok())
        return Core::Error{qrLayout.error().message, where};
    plan.addCode(*qr, *qrLayout);

    const int textRight = qrLayout->footprint.left() - 1;
    const QRect customerRect(inner.left(), middleTop, textRight - inner.left(),
                             TextFit::lineHeight(large));
    const QString customer = joined({package.customer, package.phone}, QStringLiteral("  "));
    plan.addText(customerRect, TextFit::elided(customer, large, customerRect.width()), large);
    const int addressTop = customerRect.bottom() + 1 + canvas.dots(0.8);
    const int lineHeight = TextFit::lineHeight(value);
    const int maxLines = std::max(0, (middleBottom - addressTop) / lineHeight);
    const QStringList address = TextFit::wrapped(package.address, value, customerRect.width(),
                                                 maxLines);
    for (qsizetype i = 0; i < address.size(); ++i) {
        plan.addText(QRect(inner.left(), addressTop + int(i) * lineHeight, customerRect.width(),
                           lineHeight),
                     address.at(i), value);
    }
    return plan;
}

} // namespace Hearth::Printing
