#pragma once

#include "finance/monthclose.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QWidget;

namespace Hearth::Finance {

/// Month close (月结): a month's checks with their status and the orders behind each, its
/// figures (and, once closed, what changed since the close), closing it and reopening it with
/// a reason written in the page. Double clicking an order opens its settlement.
class MonthClosePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "finance.close";
    enum CheckColumn { StatusColumn, CheckTitleColumn, CountColumn, FindingColumn,
                       CheckColumnCount };
    enum FigureColumn { FigureTitleColumn, NowColumn, AtCloseColumn, DifferenceColumn,
                        FigureColumnCount };
    static constexpr int OrderIdRole = Qt::UserRole + 1;
    static constexpr int FenRole = Qt::UserRole + 2;
    static constexpr int StatusRole = Qt::UserRole + 3;

    explicit MonthClosePage(QWidget *parent = nullptr);

    /// "2026-03"; shows the month (reloads).
    void setMonth(const QString &month);
    QString month() const;
    /// Runs the checks and reads the figures again; false (with the reason shown) on an error.
    bool reload();
    /// Lists the items behind the check at row.
    void showCheck(int row);
    /// Closes the month shown as the signed-in user; false with the refusal shown in the page.
    bool closeMonth();
    /// Opens the reason field; reopenMonth() reopens with what it holds.
    void askReopen();
    bool reopenMonth(const QString &reason);

    QStandardItemModel *checksModel() const { return m_checks; }
    QStandardItemModel *itemsModel() const { return m_items; }
    QStandardItemModel *figuresModel() const { return m_figures; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *reopenButton() const { return m_reopen; }
    QWidget *reopenPanel() const { return m_reopenPanel; }
    /// Why the month cannot be closed now; empty when it can (or is closed).
    QString closeRefusal() const;
    /// The last error or outcome shown.
    QString message() const;
    QString statusText() const;

signals:
    /// An order behind a check was double clicked.
    void orderActivated(const QString &orderId);

private:
    void showFigures(const QList<FigureChange> &figures, bool closed);
    void showMessage(const QString &text, bool error);

    QDateEdit *m_month = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_checksTable = nullptr;
    QStandardItemModel *m_checks = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QTableView *m_itemsTable = nullptr;
    QStandardItemModel *m_items = nullptr;
    QLabel *m_changes = nullptr;
    QTableView *m_figuresTable = nullptr;
    QStandardItemModel *m_figures = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_reopen = nullptr;
    QWidget *m_reopenPanel = nullptr;
    QLineEdit *m_reason = nullptr;
    QList<MonthCheck> m_checkList;
    FinancePeriod m_period;
    bool m_loading = false;
};

} // namespace Hearth::Finance
