#pragma once

#include "orders/ui/timelineformat.h"
#include "warehouse/shipment.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Hearth::Warehouse {

class TrackingPoller;
struct TrackingPollResult;

inline constexpr char ShipmentsPageId[] = "warehouse.shipments";

/// 发货与物流: the shipments with their state, carrier and freight; one shipment's orders (with
/// their share of the freight), packages and the carrier's tracking events; loading, shipping
/// and a background refresh of the tracking that can be cancelled.
class ShipmentsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { NoColumn, StatusColumn, CarrierColumn, TrackingColumn, ShipDateColumn,
                  OrdersColumn, PackagesColumn, FreightColumn, ColumnCount };

    explicit ShipmentsPage(QWidget *parent = nullptr);
    ~ShipmentsPage() override;

    /// Re-reads the list, keeping the selected shipment when it is still there.
    void reload();
    void selectShipment(const QString &shipmentId);
    QString selectedShipmentId() const;
    QString messageText() const;
    QTableView *shipmentsView() const { return m_list; }
    QTableView *eventsView() const { return m_eventView; }
    QTableView *ordersView() const { return m_orderView; }
    /// Registers the orders list's 发货状态 column (Orders::OrderStatusProviders).
    static void registerOrderStatus();
    /// What a shipment entry says on the order's timeline (registered by
    /// registerOrderStatus()).
    static void describeOnTimeline(const Orders::TimelineEntry &entry,
                                   Orders::TimelineText *text);

private:
    void showDetail();
    void createShipment();
    void saveShipment();
    void addPackage();
    void moveTo(ShipmentStatus status);
    void refreshTracking();
    void pollFinished(const TrackingPollResult &result);
    void say(const QString &text, bool error = false);
    static QString fen(qint64 fen);

    QLineEdit *m_search = nullptr;
    QStandardItemModel *m_shipments = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QComboBox *m_carrier = nullptr;
    QLineEdit *m_trackingNo = nullptr;
    QLineEdit *m_freight = nullptr;
    QPushButton *m_save = nullptr;
    QLineEdit *m_packageCode = nullptr;
    QLineEdit *m_packageOrder = nullptr;
    QPushButton *m_addPackage = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_ship = nullptr;
    QPushButton *m_deliver = nullptr;
    QStandardItemModel *m_orders = nullptr;
    QTableView *m_orderView = nullptr;
    QStandardItemModel *m_events = nullptr;
    QTableView *m_eventView = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    TrackingPoller *m_poller = nullptr;
};

} // namespace Hearth::Warehouse
