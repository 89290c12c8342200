#pragma once

#include "core/result.h"
#include "label.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QPainter;
class QPrinter;

namespace Hearth::Printing {

class PagePlan;

/// Lays out and prints part and package labels on a roll of label stock: codes at whole
/// printer dots, text in the Chinese print font. A label whose code does not fit the stock is
/// refused before anything is printed.
class LabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Printing::LabelPrinter)

public:
    /// The label's printable size in dots at the stock's resolution.
    static QSize sizeInDots(const LabelStock &stock);

    /// Lays the label out without printing it: the error a print would give, if any.
    static Core::Status check(const Label &label, const LabelStock &stock);

    /// Paints one label; the painter's units must be dots at stock.dpi, origin at the label's
    /// top-left corner.
    static Core::Status paint(QPainter *painter, const Label &label, const LabelStock &stock);

    /// The label as a 1-bit image (QImage::Format_Mono) at stock.dpi, as a thermal printer
    /// prints it: black dots on white, no grey.
    static Core::Result<QImage> toImage(const Label &label, const LabelStock &stock);

    /// One PDF page per label, the page the stock's size, drawn on the grid of stock.dpi.
    static Core::Status writePdf(const QList<Label> &labels, const LabelStock &stock,
                                 const QString &fileName);

    /// Prints on the printer's label size at the printer's resolution (asked for as
    /// stock.dpi); every label is laid out before the first one is sent.
    static Core::Status print(const QList<Label> &labels, const LabelStock &stock,
                              QPrinter *printer);

private:
    static Core::Result<PagePlan> plan(const Label &label, const LabelStock &stock,
                                       QSize sizeDots, bool crisp);
    static Core::Result<QList<PagePlan>> planAll(const QList<Label> &labels,
                                                 const LabelStock &stock, QSize sizeDots,
                                                 bool crisp);
};

} // namespace Hearth::Printing
