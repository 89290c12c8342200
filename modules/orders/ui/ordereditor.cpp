#include "ordereditor.h"

#include "core/money.h"
#include "display.h"
#include "orderlinedelegate.h"
#include "orderlinesmodel.h"
#include "orders/orderquery.h"
#include "orders/orderrepository.h"
#include "partnerlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Orders {

namespace {

const QString linesKey = QStringLiteral("lines");

QString errorStyle()
{
    return QStringLiteral("color: #b3261e;");
}

QDateEdit *makeDate(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(date.isValid() ? date : QDate::currentDate());
    return edit;
}

} // namespace

OrderEditor::OrderEditor(const SalesOrder &order, QWidget *parent)
    : QDialog(parent), m_original(order)
{
    const bool isNew = order.id.isEmpty();
    setWindowTitle(isNew ? tr("New order") : tr("Edit order %1").arg(order.orderNo));

    // Order
    auto *orderBox = new QGroupBox(tr("Order"), this);
    auto *orderForm = new QFormLayout(orderBox);
    m_channel = new QComboBox(orderBox);
    for (int c = int(Channel::Store); c <= int(Channel::Other); ++c)
        m_channel->addItem(channelName(Channel(c)), c);
    m_channel->setCurrentIndex(m_channel->findData(int(order.channel)));
    m_channelOrderNo = new QLineEdit(order.channelOrderNo, orderBox);
    m_channelOrderNo->setPlaceholderText(tr("the shop's or dealer's own number"));
    m_signed = makeDate(orderBox, order.signedOn);
    m_hasPromised = new QCheckBox(orderBox);
    m_hasPromised->setChecked(order.promisedOn.isValid());
    m_promised = makeDate(orderBox, order.promisedOn.isValid() ? order.promisedOn
                                                               : m_signed->date().addDays(30));
    m_promised->setEnabled(order.promisedOn.isValid());
    connect(m_hasPromised, &QCheckBox::toggled, m_promised, &QWidget::setEnabled);
    auto *promisedRow = new QWidget(orderBox);
    auto *promisedLayout = new QHBoxLayout(promisedRow);
    promisedLayout->setContentsMargins(0, 0, 0, 0);
    promisedLayout->addWidget(m_hasPromised);
    promisedLayout->addWidget(m_promised, 1);
    m_deposit = new QLineEdit(order.depositFen ? Core::Money(order.depositFen).toString()
                                               : QString(),
                              orderBox);
    m_deposit->setPlaceholderText(QStringLiteral("0.00"));
    m_deposit->setAlignment(Qt::AlignRight);
    auto *status = new QLabel(statusName(order.status), orderBox);
    orderForm->addRow(tr("Channel"), m_channel);
    orderForm->addRow(tr("Channel order no."),
                      field(m_channelOrderNo, QStringLiteral("channel_order_no")));
    orderForm->addRow(tr("Signed"), field(m_signed, QStringLiteral("signed_on")));
    orderForm->addRow(tr("Promised"), field(promisedRow, QStringLiteral("promised_on")));
    orderForm->addRow(tr("Deposit (yuan)"), field(m_deposit, QStringLiteral("deposit")));
    orderForm->addRow(tr("Status"), status);

    // Customer
    auto *customerBox = new QGroupBox(tr("Customer"), this);
    auto *customerForm = new QFormLayout(customerBox);
    const Address &address = order.address.province.isEmpty() && order.address.street.isEmpty()
        ? order.customer.address
        : order.address;
    m_customer = new QLineEdit(order.customer.name, customerBox);
    m_mobile = new QLineEdit(order.customer.mobile, customerBox);
    m_mobile->setPlaceholderText(tr("11 digits, or a landline with area code"));
    m_province = new QLineEdit(address.province, customerBox);
    auto *provinces = new QCompleter(OrderQuery::provinces(), m_province);
    provinces->setCaseSensitivity(Qt::CaseInsensitive);
    m_province->setCompleter(provinces);
    m_city = new QLineEdit(address.city, customerBox);
    m_district = new QLineEdit(address.district, customerBox);
    m_street = new QLineEdit(address.street, customerBox);
    m_street->setPlaceholderText(tr("street and number; a whole address pasted here is split"));
    connect(m_street, &QLineEdit::editingFinished, this, &OrderEditor::splitAddress);
    customerForm->addRow(tr("Name"), field(m_customer, QStringLiteral("customer")));
    customerForm->addRow(tr("Mobile"), field(m_mobile, QStringLiteral("mobile")));
    customerForm->addRow(tr("Province"), m_province);
    customerForm->addRow(tr("City"), m_city);
    customerForm->addRow(tr("District"), m_district);
    customerForm->addRow(tr("Street"), m_street);

    // Partners
    auto *partnerBox = new QGroupBox(tr("Sold by"), this);
    auto *partnerForm = new QFormLayout(partnerBox);
    m_dealer = partnerCombo(QStringLiteral("dealer"), order.dealer);
    m_store = partnerCombo(QStringLiteral("store"), order.store);
    m_designer = partnerCombo(QStringLiteral("designer"), order.designer);
    partnerForm->addRow(tr("Dealer"), m_dealer);
    partnerForm->addRow(tr("Store"), m_store);
    partnerForm->addRow(tr("Designer"), m_designer);
    auto *partnerHint = new QLabel(tr("Choose one, or type a new name to add it."), partnerBox);
    partnerHint->setWordWrap(true);
    partnerHint->setForegroundRole(QPalette::PlaceholderText);
    partnerForm->addRow(partnerHint);

    auto *top = new QHBoxLayout;
    top->addWidget(orderBox, 1);
    top->addWidget(customerBox, 1);
    top->addWidget(partnerBox, 1);

    // Lines
    auto *linesBox = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    m_lines = new OrderLinesModel(this);
    m_lines->setEditable(true);
    m_lines->setLines(order.lines);
    m_linesView = new QTableView(linesBox);
    m_linesView->setModel(m_lines);
    m_linesView->setItemDelegate(new OrderLineDelegate(m_linesView));
    for (int c = 0; c < OrderLinesModel::ColumnCount; ++c)
        m_linesView->setColumnHidden(c, OrderLinesModel::isDisplayOnly(c));
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_linesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_linesView->horizontalHeader();
    header->setSectionResizeMode(OrderLinesModel::Description, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    const std::pair<int, int> widths[] = {
        {OrderLinesModel::Sku, 12},       {OrderLinesModel::Width, 6},
        {OrderLinesModel::Height, 6},     {OrderLinesModel::Depth, 6},
        {OrderLinesModel::Material, 10},  {OrderLinesModel::Colour, 8},
        {OrderLinesModel::UnitColumn, 7}, {OrderLinesModel::Quantity, 6},
        {OrderLinesModel::UnitPrice, 10}, {OrderLinesModel::Discount, 7},
        {OrderLinesModel::Amount, 11},
    };
    for (const auto &[column, chars] : widths) {
        // The style sheet pads header sections by 8 px on each side and sets them in bold.
        QFont bold = header->font();
        bold.setBold(true);
        const int headerWidth = QFontMetrics(bold).horizontalAdvance(
                                    m_lines->headerData(column, Qt::Horizontal).toString())
            + 24;
        header->resizeSection(column, std::max(chars * digit + 12, headerWidth));
    }
    auto *addLine = new QPushButton(tr("Add line"), linesBox);
    auto *removeLine = new QPushButton(tr("Remove line"), linesBox);
    m_total = new QLabel(linesBox);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_total);
    linesLayout->addWidget(m_linesView, 1);
    linesLayout->addWidget(errorLabel(linesKey, linesBox));
    linesLayout->addLayout(lineButtons);
    connect(addLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->addLine();
        m_linesView->setCurrentIndex(m_lines->index(row, OrderLinesModel::Description));
        m_linesView->edit(m_linesView->currentIndex());
    });
    connect(removeLine, &QPushButton::clicked, this, [this] {
        m_lines->removeLine(m_linesView->currentIndex().row());
    });
    connect(m_lines, &OrderLinesModel::totalChanged, this, &OrderEditor::updateTotal);
    updateTotal();

    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(errorStyle());
    m_general->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(linesBox, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    // Room for the lines, but no taller than the screen leaves (a 1366 × 768 laptop).
    QSize size(1120, 720);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(16, 48));
    resize(size);
}

SalesOrder OrderEditor::blankOrder()
{
    SalesOrder order;
    order.signedOn = QDate::currentDate();
    OrderLine line;
    line.quantity = Core::Decimal::fromInt(1);
    line.unitPrice = Core::Decimal();
    order.lines.append(line);
    return order;
}

QLabel *OrderEditor::errorLabel(const QString &key, QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setWordWrap(true);
    error->setStyleSheet(errorStyle());
    error->setVisible(false);
    m_errorLabels.insert(key, error);
    return error;
}

QWidget *OrderEditor::field(QWidget *editor, const QString &key)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(errorLabel(key, box));
    return box;
}

QComboBox *OrderEditor::partnerCombo(const QString &kind, const Partner &current)
{
    auto *combo = new QComboBox(this);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    bool found = current.code.isEmpty() && current.name.isEmpty();
    for (const Partner &p : partnerList(kind)) {
        combo->addItem(p.name, p.code);
        if (p.code == current.code)
            found = true;
    }
    if (!found)
        combo->addItem(current.name.isEmpty() ? current.code : current.name, current.code);
    combo->setCurrentIndex(current.code.isEmpty() && current.name.isEmpty()
                               ? 0
                               : std::max(0, combo->findData(current.code)));
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

Partner OrderEditor::partnerFrom(const QComboBox *combo, const QString &kind) const
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {QString(), kind, QString(), QString()};
    // A name typed that matches a listed partner is that partner; a new name becomes its code.
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index > 0)
        return {QString(), kind, combo->itemData(index).toString(), text};
    return {QString(), kind, text, text};
}

void OrderEditor::splitAddress()
{
    if (!m_province->text().trimmed().isEmpty() || !m_city->text().trimmed().isEmpty())
        return;
    const Address a = Address::parse(m_street->text());
    if (a.province.isEmpty() && a.city.isEmpty())
        return;
    m_province->setText(a.province);
    m_city->setText(a.city);
    if (m_district->text().trimmed().isEmpty())
        m_district->setText(a.district);
    m_street->setText(a.street);
}

void OrderEditor::updateTotal()
{
    m_total->setText(tr("Total %1").arg(Display::money(m_lines->total())));
}

SalesOrder OrderEditor::order() const
{
    SalesOrder o = m_original;
    o.channel = Channel(m_channel->currentData().toInt());
    o.channelOrderNo = m_channelOrderNo->text().trimmed();
    o.customer.name = m_customer->text().trimmed();
    // "138 0013 8000" and "138-0013-8000" are the mobile 13800138000; landlines stay as typed.
    o.customer.mobile = m_mobile->text().trimmed();
    const QString digits = QString(o.customer.mobile).remove(u' ').remove(u'-');
    if (digits.size() == 11 && digits.startsWith(u'1'))
        o.customer.mobile = digits;
    o.address.province = m_province->text().trimmed();
    o.address.city = m_city->text().trimmed();
    o.address.district = m_district->text().trimmed();
    o.address.street = m_street->text().trimmed();
    o.customer.address = {o.address.province, o.address.city, o.address.district,
                          o.address.street, o.customer.address.postalCode};
    o.dealer = partnerFrom(m_dealer, QStringLiteral("dealer"));
    o.store = partnerFrom(m_store, QStringLiteral("store"));
    o.designer = partnerFrom(m_designer, QStringLiteral("designer"));
    o.signedOn = m_signed->date();
    o.promisedOn = m_hasPromised->isChecked() ? m_promised->date() : QDate();
    const QString deposit = m_deposit->text().trimmed();
    const auto parsed = Core::Decimal::parse(deposit.isEmpty() ? QStringLiteral("0") : deposit);
    if (parsed && parsed->micros() % (Core::Decimal::One / 100) == 0)
        o.depositFen = parsed->micros() / (Core::Decimal::One / 100);
    o.lines = m_lines->lines();
    return o;
}

QString OrderEditor::errorText(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void OrderEditor::showErrors(const QHash<QString, QStringList> &errors)
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList messages = errors.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
}

bool OrderEditor::trySave()
{
    QHash<QString, QStringList> errors;
    const QString deposit = m_deposit->text().trimmed();
    if (!deposit.isEmpty()) {
        const auto parsed = Core::Decimal::parse(deposit);
        if (!parsed)
            errors[QStringLiteral("deposit")].append(tr("write the deposit as a number of yuan"));
        else if (parsed->micros() % (Core::Decimal::One / 100) != 0)
            errors[QStringLiteral("deposit")].append(tr("the deposit has at most two decimals"));
    }
    errors[linesKey].append(m_lines->inputErrors());

    const SalesOrder o = order();
    QHash<int, QString> rowErrors;
    for (const FieldError &e : OrderRepository::validate(o)) {
        if (e.field.startsWith(linesKey)) {
            errors[linesKey].append(e.message);
            const int open = e.field.indexOf(QLatin1Char('['));
            if (open > 0)
                rowErrors.insert(e.field.mid(open + 1).chopped(1).toInt() - 1, e.message);
        } else if (m_errorLabels.contains(e.field)) {
            if (!errors[e.field].contains(e.message))
                errors[e.field].append(e.message);
        } else {
            errors[linesKey].append(e.message);
        }
    }
    errors[linesKey].removeDuplicates();
    if (errors[linesKey].isEmpty())
        errors.remove(linesKey);
    m_lines->setRowErrors(rowErrors);
    showErrors(errors);
    m_general->setVisible(false);
    if (!errors.isEmpty())
        return false;

    SalesOrder saved = o;
    if (m_save) {
        const Core::Status status = m_save(saved);
        if (!status) {
            m_general->setText(tr("The order was not saved: %1").arg(status.error().message));
            m_general->setVisible(true);
            return false;
        }
    }
    m_original = saved;
    QDialog::accept();
    return true;
}

void OrderEditor::accept()
{
    trySave();
}

} // namespace Hearth::Orders
