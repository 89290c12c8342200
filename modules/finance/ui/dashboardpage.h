#pragma once

#include "finance/dashboardfigures.h"

#include <QDate>
#include <QWidget>

#include <array>

class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace Hearth::Finance {

class TrendChart;

/// The finance dashboard (经营概览): a month's revenue, cost, gross profit, margin, receipts
/// and receivables open beside the month before, revenue and profit of the last 12 months, and what
/// needs attention: the orders losing most, dealer statements not confirmed and the close of
/// the last ended month. Double clicking a row opens its order, statement or month close.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "finance.dashboard";
    enum Tile { RevenueTile, CostTile, ProfitTile, MarginTile, ReceiptsTile, ReceivablesTile,
                TileCount };
    enum AttentionColumn { KindColumn, SubjectColumn, DetailColumn, AmountColumn,
                           AttentionColumnCount };
    enum class Target { Order, Statement, MonthClose };
    static constexpr int TargetRole = Qt::UserRole + 1;  // int(Target), on every column
    static constexpr int IdRole = Qt::UserRole + 2;      // order id, dealer unit id or month
    static constexpr int FenRole = Qt::UserRole + 3;
    static constexpr int FromRole = Qt::UserRole + 4;  // a statement's period, on column 0
    static constexpr int ToRole = Qt::UserRole + 5;

    explicit DashboardPage(QWidget *parent = nullptr);

    /// "2026-03"; reads the month's tiles and chart (the attention list does not depend on it).
    void setMonth(const QString &month);
    QString month() const;
    /// Reads every figure and the attention list again; false (with the reason shown) on an
    /// error.
    bool reload();

    QString tileTitle(Tile tile) const;
    QString tileValue(Tile tile) const;
    /// The month before and the change, as the tile writes them.
    QString tileChange(Tile tile) const;
    const DashboardMonth &current() const { return m_current; }
    const DashboardMonth &previous() const { return m_previous; }
    TrendChart *chart() const { return m_chart; }
    QStandardItemModel *attentionModel() const { return m_attention; }
    /// The month whose close and dealer statements the attention list shows.
    QString attentionMonth() const { return m_attentionMonth; }
    /// Opens what the row of attentionModel() points at, through one of the signals.
    void activateAttention(int row);
    /// The last error shown; empty when the page loaded.
    QString message() const;

signals:
    void orderActivated(const QString &orderId);
    void statementActivated(const QString &dealerUnitId, QDate from, QDate to);
    void monthCloseActivated(const QString &month);

private:
    struct TileLabels
    {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *previous = nullptr;
        QLabel *change = nullptr;
    };

    QWidget *makeTile(Tile tile, const QString &title);
    bool showMonth();
    void showTiles();
    bool fillAttention(Storage::Connection &c);
    void showMessage(const QString &text);

    QDateEdit *m_month = nullptr;
    QLabel *m_basis = nullptr;
    QLabel *m_message = nullptr;
    std::array<TileLabels, TileCount> m_tiles{};
    TrendChart *m_chart = nullptr;
    QLabel *m_attentionTitle = nullptr;
    QTableView *m_attentionTable = nullptr;
    QStandardItemModel *m_attention = nullptr;
    DashboardMonth m_current;
    DashboardMonth m_previous;
    QString m_attentionMonth;
    bool m_loading = false;
};

} // namespace Hearth::Finance
