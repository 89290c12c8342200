#include "orderdetailpane.h"

#include "display.h"
#include "orderlinesmodel.h"
#include "orders/orderrepository.h"
#include "orders/remakes.h"
#include "orderstatusproviders.h"
#include "storage/database.h"
#include "timelineformat.h"
#include "widgets/filedialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hearth::Orders {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString partnerText(const Partner &p)
{
    if (p.name.isEmpty())
        return p.code;
    return p.name;
}

} // namespace

OrderDetailPane::OrderDetailPane(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *hint = new QLabel(tr("Select an order to see its lines, notes and history."), m_stack);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(hint);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 8, 8);
    buildHeader(page);

    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);

    m_lines = new OrderLinesModel(this);
    m_linesView = new QTableView(m_tabs);
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setWordWrap(true);
    m_linesView->setTextElideMode(Qt::ElideRight);
    m_linesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_linesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
    // Narrow enough for the pane: the item with its size and finish, quantity × price, amount.
    for (int c = 0; c < OrderLinesModel::ColumnCount; ++c) {
        m_linesView->setColumnHidden(c, c != OrderLinesModel::Item
                                            && c != OrderLinesModel::QuantityPrice
                                            && c != OrderLinesModel::Amount);
    }
    QHeaderView *linesHeader = m_linesView->horizontalHeader();
    linesHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    linesHeader->setSectionResizeMode(OrderLinesModel::Item, QHeaderView::Stretch);
    m_tabs->addTab(m_linesView, tr("Lines"));

    auto *notesPage = new QWidget(m_tabs);
    auto *notesLayout = new QVBoxLayout(notesPage);
    m_notes = new QTextBrowser(notesPage);
    m_notes->setOpenLinks(false);
    m_noteEdit = new QPlainTextEdit(notesPage);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("Write a note for everyone who works on this order"));
    m_noteEdit->setMaximumHeight(fontMetrics().height() * 4);
    auto *addNoteButton = new QPushButton(tr("Add note"), notesPage);
    m_noteRow = new QWidget(notesPage);
    auto *noteRow = new QHBoxLayout(m_noteRow);
    noteRow->setContentsMargins(0, 0, 0, 0);
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(addNoteButton, 0, Qt::AlignBottom);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteRow);
    connect(addNoteButton, &QPushButton::clicked, this, [this] {
        if (addNote(m_noteEdit->toPlainText()))
            m_noteEdit->clear();
    });
    m_tabs->addTab(notesPage, tr("Notes"));

    auto *filesPage = new QWidget(m_tabs);
    auto *filesLayout = new QVBoxLayout(filesPage);
    m_attachments = new QTreeWidget(filesPage);
    m_attachments->setRootIsDecorated(false);
    m_attachments->setHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("Added")});
    m_attachments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attachments->header()->setStretchLastSection(false);
    m_addFile = new QPushButton(tr("Add file…"), filesPage);
    filesLayout->addWidget(m_attachments, 1);
    filesLayout->addWidget(m_addFile, 0, Qt::AlignRight);
    connect(m_addFile, &QPushButton::clicked, this, &OrderDetailPane::chooseAttachment);
    m_tabs->addTab(filesPage, tr("Attachments"));

    m_timeline = new QTextBrowser(m_tabs);
    m_timeline->setOpenLinks(false);
    m_tabs->addTab(m_timeline, tr("Timeline"));

    m_message = new QLabel(page);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    m_stack->addWidget(page);
}

void OrderDetailPane::buildHeader(QWidget *page)
{
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());

    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_statusChip = new QLabel(page);
    m_statusChip->setStyleSheet(QStringLiteral(
        "QLabel { background: #e7eef8; color: #1d4f91; border-radius: 8px; padding: 2px 8px; }"));

    m_edit = new QPushButton(tr("Edit…"), page);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_orderId); });
    m_remake = new QPushButton(tr("Re-make…"), page);
    m_remake->setToolTip(tr("Make parts of this order again, charged to whoever caused it"));
    connect(m_remake, &QPushButton::clicked, this, [this] { emit remakeRequested(m_orderId); });

    m_titleRow = new QHBoxLayout;
    m_titleRow->addWidget(m_title);
    m_titleRow->addWidget(m_statusChip);
    m_titleRow->addStretch(1);
    m_titleRow->addWidget(m_remake);
    m_titleRow->addWidget(m_edit);
    layout->addLayout(m_titleRow);

    m_subtitle = new QLabel(page);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitle);

    m_remakes = new QLabel(page);
    m_remakes->setWordWrap(true);
    m_remakes->setTextFormat(Qt::RichText);
    m_remakes->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_remakes->setVisible(false);
    connect(m_remakes, &QLabel::linkActivated, this, [this](const QString &link) {
        emit orderRequested(link);
    });
    layout->addWidget(m_remakes);

    const QString labels[FieldCount] = {
        tr("Customer"), tr("Mobile"),   tr("Address"),  tr("Signed"),  tr("Promised"),
        tr("Total"),    tr("Deposit"),  tr("Shipped"),  tr("Ship mode"), tr("Dealer"),
        tr("Store"),    tr("Designer"), tr("Source file"),
    };
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    for (int i = 0; i < FieldCount; ++i) {
        auto *label = new QLabel(labels[i], page);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(i == AddressField || i == SourceField);
        m_labels.append(label);
        m_values.append(value);
    }
    layoutFields({});
    layout->addLayout(m_grid);
}

void OrderDetailPane::layoutFields(const QList<bool> &shown)
{
    for (int i = 0; i < FieldCount; ++i) {
        m_grid->removeWidget(m_labels[i]);
        m_grid->removeWidget(m_values[i]);
    }
    int row = 0;
    for (int i = 0; i < FieldCount; ++i) {
        const bool visible = shown.value(i, true);
        m_labels[i]->setVisible(visible);
        m_values[i]->setVisible(visible);
        if (!visible)
            continue;
        // The address and the source file take a whole row; other values go two to a row.
        if (i == AddressField || i == SourceField) {
            if (m_grid->itemAtPosition(row, 0))
                ++row;
            m_grid->addWidget(m_labels[i], row, 0, Qt::AlignTop);
            m_grid->addWidget(m_values[i], row, 1, 1, 3);
            ++row;
            continue;
        }
        const int column = m_grid->itemAtPosition(row, 0) ? 2 : 0;
        m_grid->addWidget(m_labels[i], row, column);
        m_grid->addWidget(m_values[i], row, column + 1);
        if (column == 2)
            ++row;
    }
}

void OrderDetailPane::showOrder(const QString &orderId)
{
    m_orderId = orderId;
    m_message->setVisible(false);
    reload();
}

void OrderDetailPane::reload()
{
    if (m_orderId.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const auto order = OrderRepository::load(m_orderId);
    if (!order) {
        m_orderId.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    showHeader(order.value());
    showProviders();
    showRemakes(order.value());
    m_lines->setLines(order->lines);
    m_tabs->setTabText(0, tr("Lines (%1)").arg(order->lines.size()));
    showNotes();
    showAttachments();
    showTimeline();
    m_stack->setCurrentIndex(1);
}

void OrderDetailPane::showHeader(const SalesOrder &o)
{
    m_title->setText(o.orderNo);
    m_statusChip->setText(o.returned ? tr("%1 · returned").arg(statusName(o.status))
                                     : statusName(o.status));
    QString subtitle = channelName(o.channel);
    if (!o.channelOrderNo.isEmpty())
        subtitle = tr("%1 · channel order %2").arg(subtitle, o.channelOrderNo);
    m_subtitle->setText(subtitle);

    const Address &a = o.address.province.isEmpty() && o.address.street.isEmpty()
        ? o.customer.address
        : o.address;
    // The shipped date is a date or nothing; how it went (快递, 物流配送) has a field of
    // its own.
    const QString values[FieldCount] = {
        o.customer.name,
        o.customer.mobile,
        a.postalCode.isEmpty() ? a.toString() : tr("%1 (%2)").arg(a.toString(), a.postalCode),
        Display::date(o.signedOn),
        Display::date(o.promisedOn),
        Display::money(o.total()),
        Display::moneyFen(o.depositFen),
        Display::date(o.shippedOn),
        o.shipMode,
        partnerText(o.dealer),
        partnerText(o.store),
        partnerText(o.designer),
        o.sourceFile,
    };
    // The fields every order has always show; the ship mode, the partners and the source file
    // only where the order has them, so that the lines keep their room.
    QList<bool> shown;
    for (int i = 0; i < FieldCount; ++i) {
        m_values[i]->setText(orDash(values[i]));
        const bool optional = i == ShipModeField || i == DealerField || i == StoreField
            || i == DesignerField || i == SourceField;
        shown.append(!optional || !values[i].isEmpty());
    }
    layoutFields(shown);
}

void OrderDetailPane::showProviders()
{
    qDeleteAll(m_providerChips);
    m_providerChips.clear();
    int at = m_titleRow->indexOf(m_statusChip) + 1;
    for (const OrderStatusProvider &p : OrderStatusProviders::all()) {
        const QString text =
            p.texts(Storage::Database::connection(), {m_orderId}).value(m_orderId);
        if (text.isEmpty())
            continue;
        auto *chip = new QLabel(tr("%1: %2").arg(p.title(), text), m_statusChip->parentWidget());
        chip->setObjectName(p.id);
        chip->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #1e6b3a; "
                                           "border-radius: 8px; padding: 2px 8px; }"));
        m_titleRow->insertWidget(at++, chip);
        m_providerChips.append(chip);
    }
}

void OrderDetailPane::showRemakes(const SalesOrder &o)
{
    const auto link = [](const QString &id, const QString &orderNo) {
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(id.toHtmlEscaped(), orderNo.toHtmlEscaped());
    };
    QStringList parts;
    if (!o.parentOrderId.isEmpty()) {
        const auto parent = OrderRepository::load(o.parentOrderId);
        const QString parentNo = parent ? parent->orderNo : o.parentOrderId;
        parts.append(tr("Re-make of %1").arg(link(o.parentOrderId, parentNo)));
        if (!o.chargedTo.isEmpty()) {
            parts.append(tr("charged to %1")
                             .arg(Remakes::chargedToLabel(o.chargedTo).toHtmlEscaped()));
        }
        if (!o.remakeReason.isEmpty())
            parts.append(tr("reason: %1").arg(o.remakeReason.toHtmlEscaped()));
    }
    const auto remakes = Remakes::remakesOf(o.id);
    if (remakes && !remakes->isEmpty()) {
        QStringList items;
        for (const SalesOrder &r : *remakes) {
            items.append(tr("%1 (%2)").arg(link(r.id, r.orderNo),
                                           Remakes::chargedToLabel(r.chargedTo).toHtmlEscaped()));
        }
        parts.append(tr("Re-makes: %1").arg(items.join(tr(", "))));
    }
    m_remakes->setText(parts.join(QStringLiteral(" · ")));
    m_remakes->setVisible(!parts.isEmpty());
    m_remake->setVisible(m_editable && o.status != OrderStatus::Cancelled);
}

QString OrderDetailPane::remakeText() const
{
    if (m_remakes->text().isEmpty())
        return QString();
    QTextDocument document;
    document.setHtml(m_remakes->text());
    return document.toPlainText();
}

QString OrderDetailPane::providerText(const QString &providerId) const
{
    for (const QLabel *chip : m_providerChips) {
        if (chip->objectName() == providerId)
            return chip->text();
    }
    return QString();
}

void OrderDetailPane::showNotes()
{
    const QList<OrderNote> notes = OrderRepository::notes(m_orderId);
    m_tabs->setTabText(1, notes.isEmpty() ? tr("Notes") : tr("Notes (%1)").arg(notes.size()));
    if (notes.isEmpty()) {
        m_notes->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                             .arg(tr("No notes yet.").toHtmlEscaped()));
        return;
    }
    QString html;
    for (const OrderNote &n : notes) {
        html += QStringLiteral("<p><span style='color:gray'>%1 · %2</span><br>%3</p>")
                    .arg(Display::siteTime(n.createdAt).toHtmlEscaped(),
                         n.author.toHtmlEscaped(),
                         n.body.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                        QStringLiteral("<br>")));
    }
    m_notes->setHtml(html);
}

void OrderDetailPane::showAttachments()
{
    const QList<OrderAttachment> files = OrderRepository::attachments(m_orderId);
    m_tabs->setTabText(2, files.isEmpty() ? tr("Attachments")
                                          : tr("Attachments (%1)").arg(files.size()));
    m_attachments->clear();
    const QLocale locale;
    for (const OrderAttachment &f : files) {
        auto *item = new QTreeWidgetItem(m_attachments);
        item->setText(0, f.fileName);
        item->setText(1, f.mimeType);
        item->setText(2, locale.formattedDataSize(f.sizeBytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, Display::siteTime(f.createdAt));
    }
    for (int c = 1; c < 4; ++c)
        m_attachments->resizeColumnToContents(c);
}

void OrderDetailPane::showTimeline()
{
    const QList<TimelineEntry> entries = OrderRepository::timeline(m_orderId);
    QString html;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const TimelineText t = TimelineFormat::describe(*it);
        if (t.minor)
            continue;
        html += QStringLiteral("<p style='margin-bottom:2px'><span style='color:gray'>%1 · %2"
                               "</span><br><b>%3</b></p>")
                    .arg(t.when.toHtmlEscaped(), t.who.toHtmlEscaped(), t.what.toHtmlEscaped());
        if (!t.changes.isEmpty()) {
            html += QStringLiteral("<ul style='margin-top:0'>");
            for (const QString &c : t.changes)
                html += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    if (html.isEmpty())
        html = QStringLiteral("<p style='color:gray'>%1</p>")
                   .arg(tr("No history recorded.").toHtmlEscaped());
    m_timeline->setHtml(html);
}

QString OrderDetailPane::fieldText(Field field) const
{
    return field >= 0 && field < m_values.size() ? m_values.at(field)->text() : QString();
}

QString OrderDetailPane::timelineText() const
{
    return m_timeline->toPlainText();
}

void OrderDetailPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void OrderDetailPane::setEditable(bool editable)
{
    m_editable = editable;
    m_edit->setVisible(editable);
    m_remake->setVisible(editable);
    m_noteRow->setVisible(editable);
    m_addFile->setVisible(editable);
}

bool OrderDetailPane::addNote(const QString &text)
{
    if (m_orderId.isEmpty())
        return false;
    const Core::Status status = OrderRepository::addNote(m_orderId, text);
    if (!status) {
        showMessage(tr("The note was not added: %1").arg(status.error().message), true);
        return false;
    }
    showMessage({}, false);
    showNotes();
    showTimeline();
    return true;
}

bool OrderDetailPane::addAttachment(const QString &filePath)
{
    if (m_orderId.isEmpty())
        return false;
    const Core::Status status = OrderRepository::addAttachment(m_orderId, filePath);
    if (!status) {
        showMessage(tr("The file was not attached: %1").arg(status.error().toString()), true);
        return false;
    }
    showMessage({}, false);
    showAttachments();
    showTimeline();
    return true;
}

void OrderDetailPane::chooseAttachment()
{
    const QString path =
        Widgets::FileDialog::openFileName(this, tr("Attach a file to the order"));
    if (!path.isEmpty())
        addAttachment(path);
}

} // namespace Hearth::Orders
