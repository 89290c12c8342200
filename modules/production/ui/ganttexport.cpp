#include "ganttexport.h"

#include "ganttchart.h"
#include "ganttlayout.h"
#include "ganttrenderer.h"
#include "gantttimescale.h"
#include "printing/printfonts.h"
#include "widgets/filedialog.h"
#include "widgets/theme.h"

#include <QFileDialog>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>

#include <cmath>
#include <functional>

namespace Hearth::Production {

namespace {

constexpr int TitleHeight = 30;
constexpr double ScreenDpi = 96.0;

struct Range
{
    QDate first;
    QDate last;
    double pixelsPerDay = GanttChart::DefaultPixelsPerDay;
};

Range rangeOf(const GanttChart &chart, const GanttExportOptions &options)
{
    const GanttTimeScale &scale = chart.timeScale();
    Range r{scale.firstDay(), scale.lastDay(),
            std::clamp(options.pixelsPerDay > 0 ? options.pixelsPerDay : chart.pixelsPerDay(),
                       GanttChart::MinPixelsPerDay, GanttChart::MaxPixelsPerDay)};
    if (options.visibleRangeOnly) {
        const double left = chart.contentX();
        const double right = left + std::max(1, chart.frame().body.width()) - 1;
        r.first = scale.day(std::clamp(scale.columnAt(left), 0, scale.dayCount() - 1));
        r.last = scale.day(std::clamp(scale.columnAt(right), 0, scale.dayCount() - 1));
    }
    return r;
}

// Paper takes the printing fonts: their text in a PDF reads back as written.
QFont paperFont(int pixels, bool bold)
{
    QFont f = Printing::PrintFonts::font(9, int(ScreenDpi));
    f.setPixelSize(pixels);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

QString titleOf(const Range &range, const GanttExportOptions &options)
{
    if (!options.title.isEmpty())
        return options.title;
    const QLocale locale;
    //: A date in export titles, a QDate format; zh_CN "yyyy年M月d日".
    const QString format = GanttExport::tr("MMM d, yyyy");
    return GanttExport::tr("Production plan %1 – %2")
        .arg(locale.toString(range.first, format), locale.toString(range.last, format));
}

// Paints the chart page by page: whole days across, whole rows down, each page with the title,
// header, labels and legend. page is the paintable area in device pixels at dpi.
Core::Result<int> paintPages(const GanttChart &chart, QPainter &p, const QSize &page, int dpi,
                             const std::function<bool()> &newPage,
                             const GanttExportOptions &options)
{
    const GanttLayout &layout = chart.layout();
    const Range range = rangeOf(chart, options);
    const GanttTimeScale scale(chart.timeScale().timeZone(), range.first, range.last,
                               range.pixelsPerDay);
    const double factor = dpi / ScreenDpi;
    const int pageWidth = int(page.width() / factor);
    const int pageHeight = int(page.height() / factor);
    const int bodyWidth = pageWidth - GanttRenderer::LabelWidth;
    const int bodyHeight = pageHeight - TitleHeight - GanttRenderer::HeaderHeight
                           - GanttRenderer::LegendHeight;
    if (bodyWidth < 100 || bodyHeight < GanttLayout::MinRowHeight) {
        return Core::Error{GanttExport::tr("The page is too small for the chart; choose a "
                                           "larger paper size."),
                           GanttExport::tr("Gantt chart")};
    }

    QList<std::pair<double, double>> across;
    const double ppd = scale.pixelsPerDay();
    if (ppd <= bodyWidth) {
        const int days = std::max(1, int(bodyWidth / ppd));
        for (int c = 0; c < scale.dayCount(); c += days)
            across.append({c * ppd, std::min(c + days, scale.dayCount()) * ppd});
    } else {
        for (double x = 0; x < scale.width(); x += bodyWidth)
            across.append({x, std::min(x + bodyWidth, scale.width())});
    }
    QList<std::pair<int, int>> down;
    for (int first = 0; first < layout.rowCount();) {
        int end = first;
        int height = 0;
        while (end < layout.rowCount()
               && (end == first || height + layout.rowHeight(end) <= bodyHeight)) {
            height += layout.rowHeight(end);
            ++end;
        }
        down.append({first, end});
        first = end;
    }
    if (down.isEmpty())
        down.append({0, 0});

    const int pages = int(across.size() * down.size());
    const QString title = titleOf(range, options);
    GanttRenderer renderer(layout, scale);
    renderer.setFont(paperFont(12, false));
    int n = 0;
    for (const auto &[firstRow, endRow] : std::as_const(down)) {
        const int top = endRow > firstRow ? layout.rowTop(firstRow) : 0;
        const int rowsHeight = endRow > firstRow
                                   ? layout.rowTop(endRow - 1) + layout.rowHeight(endRow - 1) - top
                                   : 0;
        for (const auto &[left, right] : std::as_const(across)) {
            if (n > 0 && !newPage()) {
                return Core::Error{GanttExport::tr("Could not start page %1.").arg(n + 1),
                                   GanttExport::tr("Gantt chart")};
            }
            ++n;
            p.save();
            p.scale(factor, factor);
            p.setFont(paperFont(15, true));
            p.setPen(QColor(0x111827));
            const QRect band(0, 0, pageWidth, TitleHeight - 8);
            p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
            p.setFont(paperFont(11, false));
            p.setPen(Widgets::Theme::mutedText());
            p.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                       GanttExport::tr("Page %1 of %2").arg(n).arg(pages));
            const QRect area(0, TitleHeight,
                             GanttRenderer::LabelWidth + int(std::ceil(right - left)),
                             GanttRenderer::HeaderHeight + rowsHeight
                                 + GanttRenderer::LegendHeight);
            renderer.paint(p, area, left, top, true);
            p.restore();
        }
    }
    return pages;
}

} // namespace

Core::Result<QImage> GanttExport::image(const GanttChart &chart,
                                        const GanttExportOptions &options)
{
    const Range range = rangeOf(chart, options);
    const GanttTimeScale scale(chart.timeScale().timeZone(), range.first, range.last,
                               range.pixelsPerDay);
    const int width = GanttRenderer::LabelWidth + int(std::ceil(scale.width()));
    const int height = GanttRenderer::HeaderHeight + chart.layout().totalHeight()
                       + GanttRenderer::LegendHeight;
    if (width > MaxImageSide || height > MaxImageSide) {
        return Core::Error{tr("The chart would be %1 × %2 pixels, more than an image may "
                              "hold; zoom out or export only the days in view.")
                               .arg(width)
                               .arg(height),
                           tr("PNG export")};
    }
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return Core::Error{
            tr("Not enough memory for a %1 × %2 pixel image.").arg(width).arg(height),
            tr("PNG export")};
    }
    image.fill(Qt::white);
    QPainter p(&image);
    GanttRenderer renderer(chart.layout(), scale);
    renderer.setLegendNote(titleOf(range, options));
    renderer.paint(p, image.rect(), 0, 0, true);
    p.end();
    return image;
}

Core::Status GanttExport::savePng(const GanttChart &chart, const QString &path,
                                  const GanttExportOptions &options)
{
    const Core::Result<QImage> picture = image(chart, options);
    if (!picture)
        return picture.error();
    if (!picture->save(path, "PNG"))
        return Core::Error{tr("Could not write the image."), path};
    return {};
}

Core::Result<int> GanttExport::savePdf(const GanttChart &chart, const QString &path,
                                       const GanttExportOptions &options)
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Hearth"));
    writer.setTitle(titleOf(rangeOf(chart, options), options));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&writer))
        return Core::Error{tr("Could not write the PDF."), path};
    const QSize page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
    Core::Result<int> pages = paintPages(chart, p, page, writer.resolution(),
                                         [&writer] { return writer.newPage(); }, options);
    p.end();
    return pages;
}

Core::Result<int> GanttExport::print(const GanttChart &chart, QPrinter *printer,
                                     const GanttExportOptions &options)
{
    QPainter p;
    if (!p.begin(printer)) {
        return Core::Error{tr("The printer could not be opened."),
                           printer->printerName()};
    }
    const QSize page = printer->pageLayout().paintRectPixels(printer->resolution()).size();
    Core::Result<int> pages = paintPages(chart, p, page, printer->resolution(),
                                         [printer] { return printer->newPage(); }, options);
    p.end();
    return pages;
}

QString GanttExport::saveWithDialog(GanttChart *chart, bool pdf,
                                    const GanttExportOptions &options)
{
    QFileDialog dialog(chart, pdf ? tr("Export the Gantt chart as PDF")
                                  : tr("Export the Gantt chart as PNG"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    dialog.setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("png"));
    dialog.selectFile(tr("production-plan") + (pdf ? QStringLiteral(".pdf")
                                                   : QStringLiteral(".png")));
    dialog.resize(820, 500);
    Widgets::FileDialog::localise(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    const QString path = dialog.selectedFiles().constFirst();
    if (pdf) {
        const Core::Result<int> pages = savePdf(*chart, path, options);
        return pages ? tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(path)
                     : pages.error().toString();
    }
    const Core::Status saved = savePng(*chart, path, options);
    return saved ? tr("Saved %1.").arg(path) : saved.error().toString();
}

QString GanttExport::printWithDialog(GanttChart *chart, const GanttExportOptions &options)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(titleOf(rangeOf(*chart, options), options));
    QPrintDialog dialog(&printer, chart);
    dialog.setWindowTitle(tr("Print the Gantt chart"));
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    const Core::Result<int> pages = print(*chart, &printer, options);
    return pages ? tr("Sent %n page(s) to the printer.", nullptr, *pages)
                 : pages.error().toString();
}

} // namespace Hearth::Production
