#include "orderlinesmodel.h"

#include "display.h"
#include "orders/fieldparser.h"

#include <QBrush>
#include <QColor>

namespace Hearth::Orders {

namespace {

std::optional<qint64> parseMm(const QString &text, bool *ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const qint64 value = text.trimmed().toLongLong(ok);
    return *ok ? std::optional<qint64>(value) : std::nullopt;
}

__extension__ using Int128 = __int128;

bool isNumberColumn(int column)
{
    switch (column) {
    case OrderLinesModel::QuantityPrice:
    case OrderLinesModel::Width:
    case OrderLinesModel::Height:
    case OrderLinesModel::Depth:
    case OrderLinesModel::Quantity:
    case OrderLinesModel::UnitPrice:
    case OrderLinesModel::Discount:
    case OrderLinesModel::Amount:
        return true;
    default:
        return false;
    }
}

} // namespace

OrderLinesModel::OrderLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

bool OrderLinesModel::isDisplayOnly(int column)
{
    return column == Item || column == QuantityPrice || column == Size;
}

std::optional<Core::Decimal> OrderLinesModel::paidAmount(Core::Decimal amount,
                                                        Core::Decimal quantity,
                                                        Core::Decimal newQuantity)
{
    if (quantity.isZero())
        return std::nullopt;
    Int128 value = Int128(amount.micros()) * newQuantity.micros();  // scale 1e12
    Int128 divisor = quantity.micros();                              // scale 1e6
    if (divisor < 0) {
        value = -value;
        divisor = -divisor;
    }
    const Int128 half = divisor / 2;
    const Int128 micros = value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
    return Core::Decimal::fromMicros(qint64(micros));
}

void OrderLinesModel::setLines(const QList<OrderLine> &lines)
{
    beginResetModel();
    m_rows.clear();
    for (const OrderLine &l : lines) {
        Row row{l, {}, std::nullopt};
        // A shop's export says what the customer paid (1,591.16 for a 1,599.00 item after a
        // coupon). A clerk who changes the quantity expects two of them to cost twice what one
        // cost, not the list price: such a line keeps its paid price per unit. Changing the
        // price or the discount prices the line anew from them.
        if (l.unitPrice && !l.quantity.isZero()
            && l.amount != FieldParser::lineAmount(*l.unitPrice, l.quantity, l.discount)) {
            row.paid = Paid{l.amount, l.quantity};
        }
        m_rows.append(row);
    }
    m_rowErrors.clear();
    endResetModel();
    emit totalChanged();
}

QList<OrderLine> OrderLinesModel::lines() const
{
    QList<OrderLine> result;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        OrderLine l = m_rows.at(i).line;
        l.lineNo = int(i + 1);
        result.append(l);
    }
    return result;
}

int OrderLinesModel::addLine()
{
    const int row = int(m_rows.size());
    Row r;
    r.line.quantity = Core::Decimal::fromInt(1);
    r.line.unitPrice = Core::Decimal();
    beginInsertRows({}, row, row);
    m_rows.append(r);
    endInsertRows();
    emit totalChanged();
    return row;
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    QHash<int, QString> shifted;
    for (auto it = m_rowErrors.cbegin(); it != m_rowErrors.cend(); ++it) {
        if (it.key() != row)
            shifted.insert(it.key() > row ? it.key() - 1 : it.key(), it.value());
    }
    m_rowErrors = shifted;
    emit totalChanged();
}

QStringList OrderLinesModel::inputErrors() const
{
    QStringList errors;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        for (auto it = m_rows.at(i).badText.cbegin(); it != m_rows.at(i).badText.cend(); ++it) {
            errors.append(tr("line %1, %2: “%3” is not a valid value")
                              .arg(i + 1)
                              .arg(headerData(it.key(), Qt::Horizontal).toString(), it.value()));
        }
    }
    return errors;
}

void OrderLinesModel::setRowErrors(const QHash<int, QString> &errors)
{
    m_rowErrors = errors;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole});
}

Core::Decimal OrderLinesModel::total() const
{
    Core::Decimal sum;
    for (const Row &r : m_rows)
        sum += r.line.amount;
    return sum;
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderLinesModel::displayText(const Row &row, int column) const
{
    if (row.badText.contains(column))
        return row.badText.value(column);
    const OrderLine &l = row.line;
    const auto mm = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QString();
    };
    switch (Column(column)) {
    case Item: {
        QStringList details;
        if (!l.sku.isEmpty() && !l.description.isEmpty())
            details.append(l.sku);
        for (const QString &part : {Display::size(l, true), l.material, l.colour}) {
            if (!part.isEmpty())
                details.append(part);
        }
        const QString name = l.description.isEmpty() ? l.sku : l.description;
        return details.isEmpty() ? name
                                 : name + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
    }
    case QuantityPrice: {
        const QString quantity = tr("%1 %2").arg(Display::decimal(l.quantity), unitName(l.unit));
        if (!l.unitPrice)
            return quantity;
        QString price = tr("× %1").arg(Display::price(*l.unitPrice));
        if (!l.discount.isZero())
            price += tr(" −%1").arg(Display::discountPercent(l.discount));
        return quantity + QLatin1Char('\n') + price;
    }
    case Sku:
        return l.sku;
    case Description:
        return l.description;
    case Size:
        return Display::size(l);
    case Width:
        return mm(l.widthMm);
    case Height:
        return mm(l.heightMm);
    case Depth:
        return mm(l.depthMm);
    case Material:
        return l.material;
    case Colour:
        return l.colour;
    case UnitColumn:
        return unitName(l.unit);
    case Quantity:
        return Display::decimal(l.quantity);
    case UnitPrice:
        return l.unitPrice ? Display::price(*l.unitPrice) : QString();
    case Discount:
        return Display::discountPercent(l.discount);
    case Amount:
        return Display::money(l.amount);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        if (column == UnitColumn)
            return int(row.line.unit);
        if (column == Amount && !row.badText.contains(column))
            return row.line.amount.toString(2);
        // Typed without grouping: "1599.00", as the editor reads it back.
        if (column == UnitPrice && !row.badText.contains(column))
            return row.line.unitPrice ? row.line.unitPrice->toString(2) : QString();
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        return int((isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (row.badText.contains(column))
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (m_rowErrors.contains(index.row()))
            return QBrush(QColor(0xfd, 0xef, 0xe3));
        return {};
    case Qt::ToolTipRole:
        if (row.badText.contains(column))
            return tr("“%1” is not a valid value").arg(row.badText.value(column));
        if (m_rowErrors.contains(index.row()))
            return m_rowErrors.value(index.row());
        if (column == Amount && m_editable && row.line.unitPrice && row.paid) {
            const auto each = paidAmount(row.paid->amount, row.paid->quantity,
                                         Core::Decimal::fromInt(1));
            return tr("as paid: %1 per unit; changing the price or the discount prices the "
                      "line anew")
                .arg(Display::price(each.value_or(Core::Decimal())));
        }
        if (column == Amount && m_editable && row.line.unitPrice)
            return tr("unit price × quantity × (1 − discount)");
        return {};
    default:
        return {};
    }
}

void OrderLinesModel::recompute(Row &row) const
{
    if (!row.line.unitPrice)
        return;
    if (row.paid) {
        // From the amount as paid, never from the last computed one, so that going from 1 to
        // 3 and back to 1 gives the paid amount again, to the micro.
        row.line.amount = paidAmount(row.paid->amount, row.paid->quantity, row.line.quantity)
                              .value_or(row.line.amount);
        return;
    }
    row.line.amount = FieldParser::lineAmount(*row.line.unitPrice, row.line.quantity,
                                               row.line.discount);
}

bool OrderLinesModel::applyText(Row &row, int column, const QString &input)
{
    const QString text = input.trimmed();
    OrderLine &l = row.line;
    bool ok = true;
    switch (Column(column)) {
    case Sku:
        l.sku = text;
        return true;
    case Description:
        l.description = text;
        return true;
    case Material:
        l.material = text;
        return true;
    case Colour:
        l.colour = text;
        return true;
    case Width:
    case Height:
    case Depth: {
        const std::optional<qint64> mm = parseMm(text, &ok);
        if (!ok)
            return false;
        (column == Width ? l.widthMm : column == Height ? l.heightMm : l.depthMm) = mm;
        return true;
    }
    case Quantity:
        if (const auto q = Core::Decimal::parse(text)) {
            l.quantity = *q;
            return true;
        }
        return false;
    case UnitPrice:
        if (text.isEmpty()) {
            l.unitPrice.reset();
            return true;
        }
        if (const auto p = Core::Decimal::parse(text)) {
            l.unitPrice = *p;
            return true;
        }
        return false;
    case Discount: {
        QString percent = text;
        percent.remove(QLatin1Char('%'));
        if (percent.trimmed().isEmpty()) {
            l.discount = Core::Decimal();
            return true;
        }
        const auto p = Core::Decimal::parse(percent.trimmed());
        // A percentage with up to four decimals is a rate with up to six.
        if (!p || p->micros() % 100 != 0)
            return false;
        l.discount = Core::Decimal::fromMicros(p->micros() / 100);
        return true;
    }
    case Amount:
        if (const auto a = Core::Decimal::parse(text)) {
            l.amount = *a;
            return true;
        }
        return false;
    case UnitColumn:
    case Item:
    case QuantityPrice:
    case Size:
    case ColumnCount:
        break;
    }
    return false;
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    Row &row = m_rows[index.row()];
    const int column = index.column();
    const Core::Decimal oldAmount = row.line.amount;
    const std::optional<Core::Decimal> oldPrice = row.line.unitPrice;
    const Core::Decimal oldDiscount = row.line.discount;
    if (column == UnitColumn) {
        const int unit = value.toInt();
        if (unit < int(Unit::Piece) || unit > int(Unit::Kilogram))
            return false;
        row.line.unit = Unit(unit);
    } else if (applyText(row, column, value.toString())) {
        row.badText.remove(column);
        if (row.line.unitPrice != oldPrice || row.line.discount != oldDiscount)
            row.paid.reset();
    } else {
        row.badText.insert(column, value.toString());
    }
    recompute(row);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::BackgroundRole,
                                    Qt::ToolTipRole});
    emit dataChanged(this->index(index.row(), Item), this->index(index.row(), QuantityPrice),
                     {Qt::DisplayRole});
    const QModelIndex size = this->index(index.row(), Size);
    emit dataChanged(size, size, {Qt::DisplayRole});
    if (row.line.amount != oldAmount) {
        const QModelIndex amount = this->index(index.row(), Amount);
        emit dataChanged(amount, amount, {Qt::DisplayRole, Qt::EditRole});
        emit totalChanged();
    }
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable || isDisplayOnly(index.column()))
        return f;
    // A line with a unit price has its amount computed; without one the amount is typed.
    if (index.column() == Amount && m_rows.at(index.row()).line.unitPrice)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Item:
        return tr("Item");
    case QuantityPrice:
        return tr("Qty × price");
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Product / description");
    case Size:
        return tr("Size W × H × D");
    case Width:
        return tr("W mm");
    case Height:
        return tr("H mm");
    case Depth:
        return tr("D mm");
    case Material:
        return tr("Material");
    case Colour:
        return tr("Colour");
    case UnitColumn:
        return tr("Unit");
    case Quantity:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Hearth::Orders
