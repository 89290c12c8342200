#pragma once

#include "core/result.h"
#include "warehouse/warehouse.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
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

class StockModel;
class StockMovesModel;

/// Stock (库存): every item's balance and value at moving-average cost, what is on order and
/// whether it is below its reorder point, searched by code or name and filtered by warehouse;
/// the selected item's balances per bin and lot and its latest moves, paged from the ledger.
class StockPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "warehouse.stock";

    /// Reads the desk's database (Storage::Database::connection()) unless told another.
    explicit StockPage(QWidget *parent = nullptr, Storage::Connection *connection = nullptr);

    StockModel *model() const { return m_model; }
    StockMovesModel *movesModel() const { return m_moves; }
    QTableView *movesView() const { return m_movesView; }

    /// Reads the items again, keeping the selected one.
    Core::Status refresh();
    void setSearch(const QString &text);
    /// One warehouse's stock (all when empty).
    void setWarehouse(const QString &warehouseId);
    void setBelowReorderOnly(bool only);
    void selectItem(const QString &itemId);
    QString selectedItemId() const;
    /// The bins table as shown: one "warehouse | bin | lot | quantity" line per row.
    QStringList binLines() const;
    /// The line under the items: how many, their value, how many below reorder point.
    QString summary() const;
    QString message() const;
    /// Prints the bin labels (库位标签: Code 128 and QR of the BN: code) of the chosen
    /// warehouse, or of every warehouse, on a label printer; returns how many.
    Core::Result<int> printBinLabels(QPrinter *printer);

private:
    /// The bins of the chosen warehouse (all warehouses when none), by warehouse and code.
    Core::Result<QList<Bin>> chosenBins() const;
    void showSelected();
    void showMessage(const QString &text, bool error);

    Storage::Connection &m_c;
    StockModel *m_model = nullptr;
    StockMovesModel *m_moves = nullptr;
    Widgets::PageHeader *m_header = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_warehouse = nullptr;
    QCheckBox *m_belowOnly = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_binLabels = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_items = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTableWidget *m_bins = nullptr;
    QTableView *m_movesView = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Hearth::Warehouse
