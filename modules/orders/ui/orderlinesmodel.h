#pragma once

#include "orders/salesorder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Hearth::Orders {

/// An order's lines as a table: read-only in the detail pane, editable in the order editor,
/// where a line with a unit price has its amount computed by FieldParser::lineAmount — except
/// a line whose stored amount is not that (a shop's coupon, a rounded total): it keeps what
/// was paid per unit when its quantity changes (see paidAmount()).
/// Text that does not parse stays in its cell, marked, until it is corrected, so that a slip
/// of the keyboard never silently changes a figure.
class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Item,             // read-only: product, then SKU, size and finish on a second line
        QuantityPrice,    // read-only: "3.85 linear m", then "× 1,280.00 −12%"
        Sku,
        Description,
        Size,             // read-only: "2400 × 600 × 580 mm"
        Width,
        Height,
        Depth,
        Material,
        Colour,
        UnitColumn,
        Quantity,
        UnitPrice,
        Discount,
        Amount,
        ColumnCount
    };

    explicit OrderLinesModel(QObject *parent = nullptr);

    /// Columns that only show what other columns hold; the editor hides them.
    static bool isDisplayOnly(int column);

    void setLines(const QList<OrderLine> &lines);
    /// The lines as entered; cells with unreadable text keep their last good value.
    QList<OrderLine> lines() const;
    void setEditable(bool editable) { m_editable = editable; }

    int addLine();
    void removeLine(int row);
    /// One message per cell whose text could not be read, naming the line and column.
    QStringList inputErrors() const;
    /// Marks the rows that validation refused (row index -> message); empty clears.
    void setRowErrors(const QHash<int, QString> &errors);
    Core::Decimal total() const;
    /// The amount of a line that was paid as amount for quantity, at a new quantity: what was
    /// paid per unit (amount ÷ quantity, exact) times the new quantity, rounded once at the
    /// sixth decimal, half away from zero. Nullopt for a zero quantity paid.
    static std::optional<Core::Decimal> paidAmount(Core::Decimal amount, Core::Decimal quantity,
                                                   Core::Decimal newQuantity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void totalChanged();

private:
    // An amount that differs from price × quantity × (1 − discount): what was really paid.
    struct Paid
    {
        Core::Decimal amount;
        Core::Decimal quantity;
    };

    struct Row
    {
        OrderLine line;
        QHash<int, QString> badText;  // column -> text that did not parse
        std::optional<Paid> paid;     // kept until the price or the discount is changed
    };

    QString displayText(const Row &row, int column) const;
    bool applyText(Row &row, int column, const QString &text);
    void recompute(Row &row) const;

    QList<Row> m_rows;
    QHash<int, QString> m_rowErrors;
    bool m_editable = false;
};

} // namespace Hearth::Orders
