#include "remakedialog.h"

#include "display.h"
#include "orders/orderrepository.h"
#include "orders/remakes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Hearth::Orders {

namespace {

// Pieces and sets are counted whole (unless the order has a part of one); areas, lengths and
// weights to the thousandth.
int decimalsOf(const OrderLine &l)
{
    const bool whole = l.quantity.micros() % Core::Decimal::One == 0;
    return (l.unit == Unit::Piece || l.unit == Unit::Set) && whole ? 0 : 3;
}

QString lineText(const OrderLine &l)
{
    QString text = l.description.isEmpty() ? l.sku : l.description;
    const QString size = Display::size(l, true);
    if (!size.isEmpty())
        text += QStringLiteral("  ") + size;
    QStringList finish{l.material, l.colour};
    finish.removeAll(QString());
    if (!finish.isEmpty())
        text += QStringLiteral("  ") + finish.join(u' ');
    return text;
}

} // namespace

RemakeDialog::RemakeDialog(const QString &orderId, QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    const auto loaded = OrderRepository::load(orderId);
    if (!loaded)
        m_loadError = loaded.error().message;
    else
        m_order = *loaded;
    setWindowTitle(tr("Re-make of %1").arg(m_order.orderNo));

    auto *intro = new QLabel(
        tr("Choose how many of each line to make again. The re-make is a new order at no "
           "price; what it costs is charged to %1 and to the party you name.")
            .arg(m_order.orderNo),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *linesBox = new QGroupBox(tr("Lines to make again"), this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    auto *scroll = new QScrollArea(linesBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The item's text wraps; only a long order scrolls, downwards.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setColumnStretch(1, 1);
    const QString headers[] = {tr("No."), tr("Item"), tr("Ordered"), tr("Make again")};
    for (int c = 0; c < 4; ++c) {
        auto *head = new QLabel(headers[c], grid);
        head->setForegroundRole(QPalette::PlaceholderText);
        gridLayout->addWidget(head, 0, c, c >= 2 ? Qt::AlignRight : Qt::AlignLeft);
    }
    int row = 1;
    for (const OrderLine &l : std::as_const(m_order.lines)) {
        auto *no = new QLabel(QString::number(l.lineNo), grid);
        auto *item = new QLabel(lineText(l), grid);
        item->setWordWrap(true);
        auto *ordered = new QLabel(
            tr("%1 %2").arg(Display::decimal(l.quantity), unitName(l.unit)), grid);
        auto *box = new QDoubleSpinBox(grid);
        box->setDecimals(decimalsOf(l));
        box->setRange(0.0, double(l.quantity.micros()) / Core::Decimal::One);
        box->setSuffix(u' ' + unitName(l.unit));
        box->setAccessibleName(tr("Make again of line %1").arg(l.lineNo));
        item->setBuddy(box);
        gridLayout->addWidget(no, row, 0, Qt::AlignTop);
        gridLayout->addWidget(item, row, 1);
        gridLayout->addWidget(ordered, row, 2, Qt::AlignRight | Qt::AlignTop);
        gridLayout->addWidget(box, row, 3, Qt::AlignTop);
        m_quantities.append(box);
        ++row;
    }
    gridLayout->setRowStretch(row, 1);
    scroll->setWidget(grid);
    linesLayout->addWidget(scroll);
    layout->addWidget(linesBox, 1);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("What went wrong, e.g. door panel scratched in transport"));
    form->addRow(tr("&Reason:"), m_reason);
    m_party = new QComboBox(this);
    for (const QString &code : Remakes::partyCodes())
        m_party->addItem(Remakes::partyName(code), code);
    form->addRow(tr("&Charged to:"), m_party);
    m_responsible = new QLineEdit(this);
    m_responsible->setPlaceholderText(tr("Optional: the person or company responsible"));
    form->addRow(tr("Res&ponsible:"), m_responsible);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create re-make"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemakeDialog::reject);
    layout->addWidget(m_buttons);

    if (!isLoaded()) {
        linesBox->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        showError(m_loadError);
    } else if (!m_quantities.isEmpty()) {
        m_quantities.first()->setFocus();
    }
    resize(640, 480);
}

QString RemakeDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RemakeDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RemakeDialog::accept()
{
    if (!isLoaded())
        return;
    RemakeRequest request;
    request.parentOrderId = m_order.id;
    for (qsizetype i = 0; i < m_quantities.size() && i < m_order.lines.size(); ++i) {
        const QDoubleSpinBox *box = m_quantities.at(i);
        const auto quantity = Core::Decimal::parse(
            QString::number(box->value(), 'f', box->decimals()));
        if (!quantity || quantity->micros() == 0)
            continue;
        request.lines.append({m_order.lines.at(i).id, *quantity});
    }
    request.reason = m_reason->text();
    request.party = m_party->currentData().toString();
    request.responsible = m_responsible->text();
    const auto made = Remakes::create(request);
    if (!made) {
        showError(made.error().message);
        return;
    }
    m_createdId = made->id;
    showError({});
    emit created(m_createdId);
    QDialog::accept();
}

} // namespace Hearth::Orders
