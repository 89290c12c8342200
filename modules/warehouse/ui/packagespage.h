#pragma once

#include "core/result.h"
#include "warehouselabelprinter.h"

#include <QWidget>

class QLabel;
class QPrinter;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Widgets {
class PageHeader;
}

namespace Hearth::Warehouse {

class PackagesModel;

/// Packages and completeness (包装与齐套): the orders being packed with their packages n/N,
/// what is in staging and loaded, and for the selected order what is missing and where it
/// comes from. Plans an order's packages; never opens a modal dialog.
class PackagesPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "warehouse.packages";

    /// Reads the desk's database (Storage::Database::connection()) unless told another.
    explicit PackagesPage(QWidget *parent = nullptr, Storage::Connection *connection = nullptr);

    PackagesModel *model() const { return m_model; }
    /// Reads the orders again, keeping the selected one.
    Core::Status refresh();
    void selectOrder(const QString &orderId);
    QString selectedOrderId() const;
    /// Proposes and writes the selected order's packages (PackPlanner's rule).
    Core::Status planSelected();
    /// Writes the labels of the selected order's packages, one page each at 203 dpi, to
    /// "<order no>-packages.pdf" in PackingJobs::labelFolder(); returns the file.
    Core::Result<QString> saveLabels();
    /// Prints the labels of the selected order's packages on the printer (a label printer at
    /// 203 or 300 dpi, the stock 100 × 60 mm); returns how many.
    Core::Result<int> printLabels(QPrinter *printer);
    /// The missing list as shown: one "what | outstanding | from | reason" line per row.
    QStringList missingLines() const;
    QString message() const;

private:
    /// The selected order's package labels, or why there are none (shown on the page).
    Core::Result<QList<WarehouseLabelPrinter::Label>> orderLabels();
    void showSelected();
    void showMessage(const QString &text, bool error);

    Storage::Connection &m_c;
    PackagesModel *m_model = nullptr;
    Widgets::PageHeader *m_header = nullptr;
    QTableView *m_orders = nullptr;
    QLabel *m_missingTitle = nullptr;
    QTableWidget *m_missing = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_labels = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Hearth::Warehouse
