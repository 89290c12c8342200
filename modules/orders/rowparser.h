#pragma once

#include "channelmapping.h"
#include "columnmap.h"
#include "lastvalue.h"
#include "parsedrow.h"
#include "seenorders.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Hearth::Orders::Internal {

/// The fields a row is read into, in the order of fieldNames.
enum class Field {
    Channel, ChannelOrderNo, SignedOn, PromisedOn, ShippedOn, ShipMode, Status, Deposit,
    CustomerCode, CustomerName, Mobile, Segment, Address, Province, City, District, Street,
    PostalCode, Region, DealerCode, DealerName, StoreCode, StoreName, DesignerCode,
    DesignerName, Note, ChannelLineNo, Sku, ProductName, Category, SubCategory, Size, WidthMm,
    HeightMm, DepthMm, Material, Colour, Unit, Quantity, UnitPrice, Discount, Amount, Profit,
    FieldCount
};

/// Reads the rows of one file into orders and lines, by the mapping and with one date
/// order; every bad cell is a located RowError.
class RowParser
{
public:
    RowParser(const ChannelMapping &m, const ColumnMap &columns, const QString &file,
              DateOrder dateOrder);

    QString raw(const QStringList &cells, const QString &field) const;

    /// The same as raw() by name, with the field's mapping resolved in advance.
    QString raw(const QStringList &cells, Field field) const;

    QString columnName(const QString &field) const;

    /// Reads a row; with seen, also checks it against the earlier rows of its order.
    ParsedRow parse(const QStringList &cells, int row, SeenOrders *seen = nullptr) const;

    QString fileName() const { return m_file; }

private:
    struct FieldSpec
    {
        QString name;
        int column = -1;
        QString fallback;
        int padding = 0;
        const QMap<QString, QString> *values = nullptr;
    };

    /// Compares the row with the first row of its order and its line number with the order's
    /// earlier lines; a difference is an error of this row.
    void checkOrder(ParsedRow &p, SeenOrders &seen) const;

    QString dateProblem(const QString &text) const;

    /// Why Decimal::parse refused the text: too large, too many decimals or not a number.
    static QString numberProblem(const QString &text);

    QString discountProblem(const QString &text) const;

    const ChannelMapping &m_mapping;
    const ColumnMap &m_columns;
    QString m_file;
    DateOrder m_dateOrder;
    std::array<FieldSpec, size_t(Field::FieldCount)> m_specs;
    mutable std::array<LastValue<std::optional<QDate>>, 3> m_dates;
    mutable LastValue<Address> m_address;
    mutable LastValue<std::optional<QString>> m_mobile;
    mutable LastValue<std::optional<Unit>> m_unit;
    mutable LastValue<std::optional<Core::Decimal>> m_discount;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::Internal::RowParser)
};

} // namespace Hearth::Orders::Internal
