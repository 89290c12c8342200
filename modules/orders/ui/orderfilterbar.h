#pragma once

#include "orders/orderquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Hearth::Orders {

/// The orders page's filters: search, channel, status, signed period, dealer and province.
/// Choices apply at once; the search box waits for a short pause in typing.
class OrderFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit OrderFilterBar(QWidget *parent = nullptr);

    OrderFilter filter() const;
    /// Reloads the dealers and provinces, keeping the current choices where they still exist.
    void reloadChoices();
    void clear();

    QLineEdit *searchEdit() const { return m_search; }

signals:
    void filterChanged(const Hearth::Orders::OrderFilter &filter);

private:
    enum class Period { Any, ThisMonth, LastMonth, Last30Days, ThisYear, LastYear, Custom };

    void emitChanged();
    void periodChanged();
    std::pair<QDate, QDate> periodRange() const;

    QLineEdit *m_search = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_dealer = nullptr;
    QComboBox *m_province = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_searchTimer = nullptr;
    OrderFilter m_last;
    bool m_quiet = false;
};

} // namespace Hearth::Orders
