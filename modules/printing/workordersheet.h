#pragma once

#include "barcode.h"
#include "core/result.h"
#include "workorderdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QPainter;
class QPrinter;

namespace Hearth::Printing {

class PagePlan;

/// A work order printed on A4 (生产工单): a header on every page with the order, customer,
/// due date, a Code 128 of the work order number and a QR code; then the operations, the
/// panel list (its column heads repeated on each page it runs onto), hardware, notes and the
/// sign-off boxes; "page i of n" in the header and the footer.
class WorkOrderSheet
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Printing::WorkOrderSheet)

public:
    /// Paginates the document for a printer of dpi dots an inch and places its codes at whole
    /// dots; refuses a code that does not fit its box.
    static Core::Result<WorkOrderSheet> layOut(const WorkOrderDocument &document, int dpi);

    /// Lays out at the printer's resolution (made with QPrinter::HighResolution; one below
    /// 200 dpi is asked for 600) and prints every page on A4.
    static Core::Status print(const WorkOrderDocument &document, QPrinter *printer);

    int dpi() const { return m_dpi; }
    int pageCount() const { return int(m_pages.size()); }
    QSize pageSizeDots() const;
    const WorkOrderDocument &document() const { return m_document; }

    /// The panels (indexes into document().panels) that page (0-based) lists.
    QList<int> panelsOnPage(int page) const;

    /// Paints one page; the painter's units must be dots at dpi(), origin at the sheet's corner.
    void paintPage(QPainter *painter, int page) const;

    /// One page as a grey image at dpi().
    QImage renderPage(int page) const;

    /// All pages as an A4 PDF drawn on the grid of dpi(), with the Chinese font embedded.
    Core::Status writePdf(const QString &fileName) const;

private:
    enum class Block { SectionTitle, TableHeader, TableRow, TotalsRow, NoteLine, SignOff };
    enum Table { Operations, Panels, Hardware, NoTable };

    struct Item
    {
        Block block = Block::SectionTitle;
        int table = NoTable;
        int row = 0;
        double topMm = 0;
        QString text;
    };

    WorkOrderSheet() = default;

    void paginate(const QStringList &noteLines);
    PagePlan planPage(int page) const;

    WorkOrderDocument m_document;
    int m_dpi = 0;
    Barcode m_bars;
    Barcode m_qr;
    BarcodeLayout m_barsLayout;
    BarcodeLayout m_qrLayout;
    QList<QList<Item>> m_pages;
};

} // namespace Hearth::Printing
