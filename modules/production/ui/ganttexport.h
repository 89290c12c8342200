#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPainter;
class QPrinter;

namespace Hearth::Production {

class GanttChart;

struct GanttExportOptions
{
    bool visibleRangeOnly = false;  // the days in view instead of the whole plan; all rows
    double pixelsPerDay = 0;        // 0: the chart's zoom
    QString title;                  // atop each PDF or printed page; empty: "排产计划 <dates>"
};

/// The Gantt chart as a PNG image, a PDF or a printout, drawn by the same GanttRenderer as the
/// screen. Paper is cut into pages of whole days across and whole rows down; each page repeats
/// the title, the time header, the row labels and the legend. Text is drawn in Noto Sans CJK
/// (or the system's Chinese font), which the PDF embeds, so Chinese reads back as written.
class GanttExport
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::GanttExport)

public:
    /// Larger images are refused with a message to zoom out or take only the days in view.
    static constexpr int MaxImageSide = 32000;

    static Core::Result<QImage> image(const GanttChart &chart,
                                      const GanttExportOptions &options = {});
    static Core::Status savePng(const GanttChart &chart, const QString &path,
                                const GanttExportOptions &options = {});
    /// A4 landscape; returns the number of pages written.
    static Core::Result<int> savePdf(const GanttChart &chart, const QString &path,
                                     const GanttExportOptions &options = {});
    /// Prints on the printer as set up (paper, orientation); returns the number of pages.
    static Core::Result<int> print(const GanttChart &chart, QPrinter *printer,
                                   const GanttExportOptions &options = {});

    /// For the chart's actions: asks for a file (PNG or PDF), saves, and returns what happened
    /// for the status bar; empty when the user cancelled.
    static QString saveWithDialog(GanttChart *chart, bool pdf, const GanttExportOptions &options);
    /// The same with the print dialog.
    static QString printWithDialog(GanttChart *chart, const GanttExportOptions &options);
};

} // namespace Hearth::Production
