#pragma once

#include "core/result.h"
#include "printing/label.h"
#include "warehouse/packagelabel.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <variant>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace Hearth::Printing {
class PagePlan;
}

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// The warehouse's labels on label stock: package labels (包件标签: order, customer, city,
/// n/N, contents, Code 128 and QR of the PK: code), bin labels (库位标签: Code 128 and QR of the
/// BN: code) and part labels (板件标签, drawn by Printing::LabelPrinter with the PT: code).
/// Codes at whole printer dots; a label whose code does not fit is refused before printing.
class WarehouseLabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::WarehouseLabelPrinter)

public:
    using Label = std::variant<PackageLabel, Bin, Printing::PartLabel>;

    /// A part label for a panel of order_parts, its QR code carrying the PT: code.
    static Core::Result<Printing::PartLabel> partLabel(Storage::Connection &c,
                                                       const QString &partId);

    /// The label as a 1-bit image at stock.dpi, as a thermal printer prints it.
    static Core::Result<QImage> toImage(const Label &label, const Printing::LabelStock &stock);
    /// Paints one label; the painter's units must be dots at stock.dpi.
    static Core::Status paint(QPainter *painter, const Label &label,
                              const Printing::LabelStock &stock);
    /// One PDF page per label, the page the stock's size; nothing is written when a label is
    /// refused.
    static Core::Status writePdf(const QList<Label> &labels, const Printing::LabelStock &stock,
                                 const QString &fileName);
    /// Prints on a label printer (a thermal printer at 203 or 300 dpi) on the stock's size at
    /// the printer's resolution, asked for as stock.dpi; every label is laid out before the
    /// first is sent, so a code that does not fit sends nothing.
    static Core::Status print(const QList<Label> &labels, const Printing::LabelStock &stock,
                              QPrinter *printer);

private:
    /// The plans of the labels (none for a part label, which Printing::LabelPrinter paints),
    /// or the first label refused.
    static Core::Result<QList<std::optional<Printing::PagePlan>>> planAll(
        const QList<Label> &labels, const Printing::LabelStock &stock);
    /// Paints the labels a page each on a device that begun a page (PDF writer or printer).
    static Core::Status paintAll(QPainter &painter, QPagedPaintDevice &device,
                                 const QList<Label> &labels,
                                 const QList<std::optional<Printing::PagePlan>> &plans,
                                 const Printing::LabelStock &stock);
    static Core::Result<Printing::PagePlan> plan(const Label &label,
                                                 const Printing::LabelStock &stock, bool crisp);
    static Core::Result<Printing::PagePlan> planPackage(const PackageLabel &label,
                                                        const Printing::LabelStock &stock,
                                                        bool crisp);
    static Core::Result<Printing::PagePlan> planBin(const Bin &bin,
                                                    const Printing::LabelStock &stock,
                                                    bool crisp);
};

} // namespace Hearth::Warehouse
