#pragma once

#include "core/result.h"
#include "printing/pageplan.h"
#include "warehouse/purchaseorderdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace Hearth::Warehouse {

/// A purchase order printed on A4 (采购单): on every page the PO number with a Code 128 of its
/// PO: code (the receive scan takes it to receive against the order), the supplier and the
/// day; then the lines table, its column heads repeated on each page, the total on the last;
/// "page i of n" at the foot. Drawn without widgets, at whole printer dots.
class PurchaseOrderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PurchaseOrderPrinter)

public:
    /// Every page laid out at dpi dots an inch; refuses a code that does not fit its box.
    static Core::Result<QList<Printing::PagePlan>> layOut(const PurchaseOrderDocument &document,
                                                          int dpi);
    /// One page (0-based) as a grey image at dpi.
    static Core::Result<QImage> renderPage(const PurchaseOrderDocument &document, int page,
                                           int dpi);
    /// All pages as an A4 PDF with the Chinese font embedded; nothing is written on an error.
    static Core::Status writePdf(const PurchaseOrderDocument &document, const QString &fileName,
                                 int dpi = 300);
};

} // namespace Hearth::Warehouse
