#include "shipmentspage.h"

#include "core/decimal.h"
#include "core/money.h"
#include "orders/orderrepository.h"
#include "orders/salesorder.h"
#include "orders/ui/display.h"
#include "orders/ui/orderstatusproviders.h"
#include "storage/database.h"
#include "warehouse/aggregatortracking.h"
#include "warehouse/shipmentstore.h"
#include "warehouse/trackingevent.h"
#include "warehouse/trackingpoller.h"
#include "widgets/pageheader.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Warehouse {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int PollIntervalMs = 30 * 60 * 1000;

// The carriers a furniture factory ships with most, by the aggregator's codes.
struct Carrier
{
    const char *code;
    const char *name;
};
constexpr Carrier Carriers[] = {
    {"SF", QT_TRANSLATE_NOOP("Hearth::Warehouse::ShipmentsPage", "SF Express")},
    {"JD", QT_TRANSLATE_NOOP("Hearth::Warehouse::ShipmentsPage", "JD Logistics")},
    {"DBL", QT_TRANSLATE_NOOP("Hearth::Warehouse::ShipmentsPage", "Deppon")},
    {"ANE", QT_TRANSLATE_NOOP("Hearth::Warehouse::ShipmentsPage", "ANE Logistics")},
    {"ZTO", QT_TRANSLATE_NOOP("Hearth::Warehouse::ShipmentsPage", "ZTO Express")},
};

QString carrierName(const QString &code)
{
    for (const Carrier &c : Carriers) {
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate("Hearth::Warehouse::ShipmentsPage", c.name);
    }
    return code;
}

QColor statusColour(ShipmentStatus status)
{
    switch (status) {
    case ShipmentStatus::Delivered:
        return QColor(0x15, 0x80, 0x3d);
    case ShipmentStatus::Exception:
        return QColor(0xb9, 0x1c, 0x1c);
    case ShipmentStatus::Shipped:
        return QColor(0x1d, 0x4e, 0xd8);
    default:
        return QColor(0x47, 0x55, 0x69);
    }
}

QStandardItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

QTableView *table(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

ShipmentsPage::ShipmentsPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    auto *header = new Widgets::PageHeader(tr("Shipping and tracking"), this);
    header->setSubtitle(tr("Shipments of packages with their carrier, tracking number and "
                           "freight; the carrier's events show on each order's timeline"));
    auto *create = new QAction(Widgets::Theme::icon(Widgets::IconKind::Plus), tr("New shipment"),
                               this);
    connect(create, &QAction::triggered, this, &ShipmentsPage::createShipment);
    m_refresh = new QAction(Widgets::Theme::icon(Widgets::IconKind::Refresh),
                            tr("Refresh tracking"), this);
    connect(m_refresh, &QAction::triggered, this, &ShipmentsPage::refreshTracking);
    m_cancel = new QAction(tr("Stop refreshing"), this);
    m_cancel->setEnabled(false);
    header->addAction(m_cancel);
    header->addAction(m_refresh);
    header->addAction(create, true);
    layout->addWidget(header);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by shipment, tracking or order number"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ShipmentsPage::reload);
    layout->addWidget(m_search);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_shipments = new QStandardItemModel(0, ColumnCount, this);
    m_shipments->setHorizontalHeaderLabels({tr("Shipment"), tr("Status"), tr("Carrier"),
                                            tr("Tracking no."), tr("Ship date"), tr("Orders"),
                                            tr("Packages"), tr("Freight")});
    m_list = table(m_shipments, splitter);
    m_list->setObjectName(QStringLiteral("shipmentList"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ShipmentsPage::showDetail);
    splitter->addWidget(m_list);

    auto *detail = new QWidget(splitter);
    auto *right = new QVBoxLayout(detail);
    right->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(detail);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    right->addWidget(m_title);
    m_facts = new QLabel(detail);
    m_facts->setWordWrap(true);
    right->addWidget(m_facts);

    auto *edit = new QGroupBox(tr("Carrier and freight"), detail);
    auto *form = new QFormLayout(edit);
    m_carrier = new QComboBox(edit);
    m_carrier->setEditable(true);
    for (const Carrier &c : Carriers)
        m_carrier->addItem(tr(c.name) + QStringLiteral(" (%1)").arg(QLatin1String(c.code)),
                           QLatin1String(c.code));
    form->addRow(tr("Carrier"), m_carrier);
    m_trackingNo = new QLineEdit(edit);
    form->addRow(tr("Tracking no."), m_trackingNo);
    m_freight = new QLineEdit(edit);
    m_freight->setPlaceholderText(tr("yuan, such as 860.00"));
    form->addRow(tr("Freight"), m_freight);
    m_save = new QPushButton(tr("Save"), edit);
    connect(m_save, &QPushButton::clicked, this, &ShipmentsPage::saveShipment);
    form->addRow(QString(), m_save);
    right->addWidget(edit);

    auto *packageRow = new QHBoxLayout;
    m_packageCode = new QLineEdit(detail);
    m_packageCode->setPlaceholderText(tr("Package code"));
    m_packageOrder = new QLineEdit(detail);
    m_packageOrder->setPlaceholderText(tr("Order no."));
    m_addPackage = new QPushButton(tr("Add package"), detail);
    connect(m_addPackage, &QPushButton::clicked, this, &ShipmentsPage::addPackage);
    connect(m_packageCode, &QLineEdit::returnPressed, this, &ShipmentsPage::addPackage);
    packageRow->addWidget(m_packageCode, 2);
    packageRow->addWidget(m_packageOrder, 1);
    packageRow->addWidget(m_addPackage);
    right->addLayout(packageRow);

    auto *moves = new QHBoxLayout;
    m_load = new QPushButton(tr("Load"), detail);
    m_ship = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Truck), tr("Ship"), detail);
    m_deliver = new QPushButton(tr("Mark delivered"), detail);
    connect(m_load, &QPushButton::clicked, this, [this] { moveTo(ShipmentStatus::Loaded); });
    connect(m_ship, &QPushButton::clicked, this, [this] { moveTo(ShipmentStatus::Shipped); });
    connect(m_deliver, &QPushButton::clicked, this,
            [this] { moveTo(ShipmentStatus::Delivered); });
    moves->addWidget(m_load);
    moves->addWidget(m_ship);
    moves->addWidget(m_deliver);
    moves->addStretch();
    right->addLayout(moves);

    m_orders = new QStandardItemModel(0, 3, this);
    m_orders->setHorizontalHeaderLabels({tr("Order"), tr("Packages"), tr("Freight share")});
    m_orderView = table(m_orders, detail);
    m_orderView->setMaximumHeight(130);
    right->addWidget(m_orderView);

    m_events = new QStandardItemModel(0, 4, this);
    m_events->setHorizontalHeaderLabels({tr("Time"), tr("Status"), tr("Place"), tr("Details")});
    m_eventView = table(m_events, detail);
    m_eventView->setObjectName(QStringLiteral("trackingEvents"));
    right->addWidget(m_eventView, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_poller = new TrackingPoller(TrackingPoller::aggregatorFromSettings(), this);
    connect(m_poller, &TrackingPoller::progress, this, [this](int done, int total) {
        say(tr("Refreshing tracking: %1 of %2").arg(done).arg(total));
    });
    connect(m_poller, &TrackingPoller::finished, this, &ShipmentsPage::pollFinished);
    connect(m_poller, &TrackingPoller::started, this, [this] {
        m_refresh->setEnabled(false);
        m_cancel->setEnabled(true);
        say(tr("Refreshing tracking…"));
    });
    connect(m_cancel, &QAction::triggered, m_poller, &TrackingPoller::cancel);

    reload();
    // With a tracking service set up, open shipments refresh by themselves while the page is
    // open. TODO(#6): poll from the module's start, not the page's.
    const auto settings = AggregatorSettings::load(Storage::Database::connection());
    if (settings && !settings->endpoint.isEmpty())
        m_poller->setInterval(PollIntervalMs);
}

ShipmentsPage::~ShipmentsPage()
{
    m_poller->shutdown();
}

void ShipmentsPage::registerOrderStatus()
{
    Orders::OrderStatusProviders::add(
        {QStringLiteral("shipping"), [] { return tr("Shipping"); },
         [](Storage::Connection &c, const QStringList &ids) {
             return ShipmentStore::orderTexts(c, ids);
         }});
    Orders::TimelineFormat::addDescriber(QStringLiteral("shipment_orders"), &describeOnTimeline);
}

void ShipmentsPage::describeOnTimeline(const Orders::TimelineEntry &e, Orders::TimelineText *t)
{
    const QJsonObject &a = e.after.isEmpty() ? e.before : e.after;
    const QString event = a.value(QLatin1String("event")).toString();
    const QString no = a.value(QLatin1String("shipment_no")).toString();
    const int packages = a.value(QLatin1String("packages")).toInt();
    const QString freight = fen(a.value(QLatin1String("freight_fen")).toInteger());
    if (event == QLatin1String("removed") || e.action == QLatin1String("delete")) {
        t->what = tr("Taken off shipment %1").arg(no);
    } else if (event == QLatin1String("status")) {
        const auto status = Shipment::statusFromCode(a.value(QLatin1String("status")).toString());
        t->what = tr("Shipment %1 (%2 %3): %4")
                      .arg(no, a.value(QLatin1String("carrier_code")).toString(),
                           a.value(QLatin1String("tracking_no")).toString(),
                           status ? Shipment::statusName(*status) : QString());
    } else if (event == QLatin1String("tracking")) {
        const QJsonObject track = a.value(QLatin1String("tracking")).toObject();
        const auto status = TrackingEvent::statusFromCode(
            track.value(QLatin1String("status")).toString());
        t->what = tr("Tracking %1 %2: %3")
                      .arg(a.value(QLatin1String("carrier_code")).toString(),
                           a.value(QLatin1String("tracking_no")).toString(),
                           status ? TrackingEvent::statusName(*status) : QString());
        for (const char *field : {"place", "text"}) {
            const QString value = track.value(QLatin1String(field)).toString();
            if (!value.isEmpty())
                t->changes.append(value);
        }
        const QString at = track.value(QLatin1String("at")).toString();
        if (!at.isEmpty())
            t->changes.append(Orders::Display::siteTime(at));
    } else if (event == QLatin1String("added") || e.action == QLatin1String("insert")) {
        t->what = tr("On shipment %1: %n package(s), freight %2", nullptr, packages)
                      .arg(no, freight);
    } else {
        t->what = tr("Shipment %1: %n package(s), freight %2", nullptr, packages)
                      .arg(no, freight);
    }
}

QString ShipmentsPage::fen(qint64 fen)
{
    const QLocale locale;
    const qint64 whole = fen / 100;
    const qint64 cents = qAbs(fen % 100);
    return tr("¥%1.%2").arg(locale.toString(whole)).arg(cents, 2, 10, QLatin1Char('0'));
}

QString ShipmentsPage::selectedShipmentId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_shipments->index(current.row(), NoColumn).data(IdRole).toString()
                             : QString();
}

QString ShipmentsPage::messageText() const
{
    return m_message->text();
}

void ShipmentsPage::say(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_message->setText(text);
}

void ShipmentsPage::reload()
{
    const QString keep = selectedShipmentId();
    const auto list = ShipmentStore::list(Storage::Database::connection(), m_search->text());
    m_shipments->removeRows(0, m_shipments->rowCount());
    if (!list) {
        say(list.error().toString(), true);
        return;
    }
    for (const Shipment &s : *list) {
        QList<QStandardItem *> row;
        row << cell(s.shipmentNo);
        row.first()->setData(s.id, IdRole);
        auto *status = cell(Shipment::statusName(s.status));
        status->setForeground(statusColour(s.status));
        row << status << cell(carrierName(s.carrierCode)) << cell(s.trackingNo)
            << cell(s.shipDate.isValid() ? QLocale().toString(s.shipDate, QLocale::ShortFormat)
                                         : QString())
            << cell(QString::number(s.orders), Qt::AlignRight)
            << cell(QString::number(s.packages), Qt::AlignRight)
            << cell(fen(s.freightFen), Qt::AlignRight);
        m_shipments->appendRow(row);
    }
    m_list->resizeColumnsToContents();
    selectShipment(keep);
    if (!m_list->currentIndex().isValid())
        showDetail();
}

void ShipmentsPage::selectShipment(const QString &shipmentId)
{
    for (int r = 0; r < m_shipments->rowCount(); ++r) {
        if (!shipmentId.isEmpty()
            && m_shipments->index(r, NoColumn).data(IdRole).toString() == shipmentId) {
            m_list->setCurrentIndex(m_shipments->index(r, NoColumn));
            return;
        }
    }
    if (m_shipments->rowCount() > 0 && shipmentId.isEmpty())
        m_list->setCurrentIndex(m_shipments->index(0, NoColumn));
}

void ShipmentsPage::showDetail()
{
    m_orders->removeRows(0, m_orders->rowCount());
    m_events->removeRows(0, m_events->rowCount());
    const QString id = selectedShipmentId();
    Storage::Connection &c = Storage::Database::connection();
    const auto s = ShipmentStore::find(c, id);
    const bool have = !id.isEmpty() && s.ok();
    for (QWidget *w : std::initializer_list<QWidget *>{m_carrier, m_trackingNo, m_freight, m_save,
                                                       m_packageCode, m_packageOrder,
                                                       m_addPackage, m_load, m_ship, m_deliver})
        w->setEnabled(have);
    if (!have) {
        m_title->setText(tr("No shipment selected"));
        m_facts->clear();
        return;
    }
    m_title->setText(tr("%1 · %2").arg(s->shipmentNo, Shipment::statusName(s->status)));
    QStringList facts;
    facts << tr("Ship date: %1")
                 .arg(s->shipDate.isValid() ? QLocale().toString(s->shipDate, QLocale::LongFormat)
                                            : tr("not shipped yet"));
    if (!s->polledAt.isEmpty())
        facts << tr("Tracking asked %1").arg(Widgets::SiteTime::formatIso(s->polledAt));
    if (!s->pollError.isEmpty())
        facts << tr("Last refresh failed: %1").arg(s->pollError);
    m_facts->setText(facts.join(QLatin1Char('\n')));

    const int carrier = m_carrier->findData(s->carrierCode);
    if (carrier >= 0)
        m_carrier->setCurrentIndex(carrier);
    else
        m_carrier->setEditText(s->carrierCode);
    m_trackingNo->setText(s->trackingNo);
    m_freight->setText(Core::Decimal::fromMicros(s->freightFen * 10'000).toString(2));
    const bool open = s->status == ShipmentStatus::Planned || s->status == ShipmentStatus::Loaded;
    // The freight may still be corrected after delivery (the carrier's bill comes later).
    m_carrier->setEnabled(s->status != ShipmentStatus::Delivered);
    m_trackingNo->setEnabled(s->status != ShipmentStatus::Delivered);
    m_packageCode->setEnabled(open);
    m_packageOrder->setEnabled(open);
    m_addPackage->setEnabled(open);
    m_load->setEnabled(Shipment::canMove(s->status, ShipmentStatus::Loaded));
    m_ship->setEnabled(Shipment::canMove(s->status, ShipmentStatus::Shipped));
    m_deliver->setEnabled(Shipment::canMove(s->status, ShipmentStatus::Delivered));

    if (const auto orders = ShipmentStore::orders(c, id)) {
        for (const ShipmentOrder &o : *orders) {
            m_orders->appendRow({cell(o.orderNo), cell(QString::number(o.packages), Qt::AlignRight),
                                 cell(fen(o.freightFen), Qt::AlignRight)});
        }
    }
    m_orderView->resizeColumnsToContents();
    if (const auto events = ShipmentStore::events(c, id)) {
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            auto *status = cell(TrackingEvent::statusName(it->status));
            if (it->status == TrackingStatus::Delivered)
                status->setForeground(statusColour(ShipmentStatus::Delivered));
            else if (it->status == TrackingStatus::Exception)
                status->setForeground(statusColour(ShipmentStatus::Exception));
            m_events->appendRow({cell(Widgets::SiteTime::format(it->at)), status, cell(it->place),
                                 cell(it->text)});
        }
    }
    m_eventView->resizeColumnsToContents();
}

void ShipmentsPage::createShipment()
{
    const auto s = ShipmentStore::create(Storage::Database::connection(),
                                         {m_carrier->currentData().toString(), {}, 0, {}});
    if (!s) {
        say(s.error().toString(), true);
        return;
    }
    m_search->clear();
    reload();
    selectShipment(s->id);
    say(tr("Shipment %1 created: add its packages, then load and ship it").arg(s->shipmentNo));
}

void ShipmentsPage::saveShipment()
{
    const QString id = selectedShipmentId();
    Storage::Connection &c = Storage::Database::connection();
    const auto yuan = Core::Decimal::parse(m_freight->text().trimmed());
    if (!yuan) {
        say(tr("The freight \"%1\" is not an amount in yuan").arg(m_freight->text()), true);
        return;
    }
    // A carrier from the list gives its code; one typed in is taken as its code.
    const int index = m_carrier->currentIndex();
    const bool listed = index >= 0 && m_carrier->currentText() == m_carrier->itemText(index);
    const QString carrier = listed ? m_carrier->currentData().toString()
                                   : m_carrier->currentText().trimmed();
    if (Core::Status st = ShipmentStore::setTracking(c, id, carrier, m_trackingNo->text()); !st) {
        say(st.error().toString(), true);
        return;
    }
    if (Core::Status st = ShipmentStore::setFreight(c, id, Core::Money::fromDecimal(*yuan).minor());
        !st) {
        say(st.error().toString(), true);
        return;
    }
    reload();
    say(tr("Saved"));
}

void ShipmentsPage::addPackage()
{
    const QString code = m_packageCode->text().trimmed();
    const QString orderNo = m_packageOrder->text().trimmed();
    if (code.isEmpty() || orderNo.isEmpty()) {
        say(tr("Enter the package code and its order number"), true);
        return;
    }
    const auto order = Orders::OrderRepository::loadByOrderNo(orderNo);
    if (!order) {
        say(tr("Order %1: %2").arg(orderNo, order.error().message), true);
        return;
    }
    const Core::Status added = ShipmentStore::addPackage(Storage::Database::connection(),
                                                         selectedShipmentId(),
                                                         {code, order->id, orderNo, QString()});
    if (!added) {
        say(added.error().toString(), true);
        return;
    }
    m_packageCode->clear();
    reload();
    say(tr("Package %1 of %2 added").arg(code, orderNo));
}

void ShipmentsPage::moveTo(ShipmentStatus status)
{
    const auto moved = ShipmentStore::move(Storage::Database::connection(), selectedShipmentId(),
                                           status);
    if (!moved) {
        say(moved.error().toString(), true);
        return;
    }
    reload();
    QString text = tr("Shipment is now %1").arg(Shipment::statusName(status));
    if (!moved->movedOrders.isEmpty())
        text += tr("; orders moved on: %1").arg(moved->movedOrders.join(tr(", ")));
    if (!moved->notes.isEmpty())
        text += QLatin1Char('\n') + moved->notes.join(QLatin1Char('\n'));
    say(text);
}

void ShipmentsPage::refreshTracking()
{
    m_poller->pollNow();
}

void ShipmentsPage::pollFinished(const TrackingPollResult &result)
{
    m_refresh->setEnabled(true);
    m_cancel->setEnabled(false);
    reload();
    if (result.cancelled) {
        say(tr("Refreshing stopped: %n new event(s) stored", nullptr, result.newEvents));
        return;
    }
    QString text = tr("Tracking refreshed for %n shipment(s)", nullptr, result.shipments);
    text += tr(": %n new event(s)", nullptr, result.newEvents);
    if (!result.errors.isEmpty())
        text += QLatin1Char('\n') + result.errors.join(QLatin1Char('\n'));
    say(text, !result.errors.isEmpty());
}

} // namespace Hearth::Warehouse
