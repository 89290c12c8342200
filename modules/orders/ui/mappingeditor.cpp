#include "mappingeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hearth::Orders {

namespace {

struct FieldName
{
    const char *field;
    const char *label;
};

constexpr FieldName fieldNames[] = {
    {"channel_order_no", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Channel order no.")},
    {"channel", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Channel")},
    {"signed_on", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Date signed")},
    {"promised_on", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Date promised")},
    {"shipped_on", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Date shipped")},
    {"ship_mode", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Ship mode")},
    {"status", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Status")},
    {"deposit", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Deposit")},
    {"customer_code", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Customer code")},
    {"customer_name", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Customer name")},
    {"mobile", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Mobile")},
    {"segment", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Customer segment")},
    {"address", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Address (one line)")},
    {"province", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Province")},
    {"city", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "City")},
    {"district", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "District")},
    {"street", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Street")},
    {"postal_code", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Postal code")},
    {"region", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Region")},
    {"dealer_code", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Dealer code")},
    {"dealer_name", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Dealer name")},
    {"store_code", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Store code")},
    {"store_name", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Store name")},
    {"designer_code", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Designer code")},
    {"designer_name", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Designer name")},
    {"note", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Note")},
    {"channel_line_no", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Channel line no.")},
    {"sku", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "SKU")},
    {"product_name", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Product name")},
    {"category", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Category")},
    {"sub_category", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Sub-category")},
    {"size", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Size W×H×D (one cell)")},
    {"width_mm", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Width (mm)")},
    {"height_mm", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Height (mm)")},
    {"depth_mm", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Depth (mm)")},
    {"material", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Material")},
    {"colour", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Colour")},
    {"unit", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Unit")},
    {"quantity", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Quantity")},
    {"unit_price", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Unit price")},
    {"discount", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Discount")},
    {"amount", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Amount")},
    {"profit", QT_TRANSLATE_NOOP("Hearth::Orders::MappingEditor", "Profit")},
};

} // namespace

MappingEditor::MappingEditor(QWidget *parent) : QWidget(parent)
{
    m_dateOrder = new QComboBox(this);
    m_dateOrder->addItem(tr("Find out from the file"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Year, month, day (2024-03-05)"), int(DateOrder::YearMonthDay));
    m_dateOrder->addItem(tr("Month, day, year (03/05/2024)"), int(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Day, month, year (05/03/2024)"), int(DateOrder::DayMonthYear));

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Find out from the file"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GBK / GB18030 (Chinese Excel)"), int(TextEncoding::Gb18030));
    m_encoding->addItem(tr("Windows-1252 (Western Excel)"), int(TextEncoding::Windows1252));
    m_encoding->addItem(QStringLiteral("UTF-16"), int(TextEncoding::Utf16));

    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto *options = new QFormLayout;
    options->addRow(tr("Dates are written"), m_dateOrder);
    options->addRow(tr("Text encoding (CSV)"), m_encoding);
    auto *hint = new QLabel(tr("Fields marked * are required; an amount or a unit price is "
                               "needed for each line."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);

    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        if (m_quiet)
            return;
        m_mapping.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
        emit mappingChanged();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_quiet)
            return;
        m_mapping.encoding = TextEncoding(m_encoding->currentData().toInt());
        emit mappingChanged();
    });
}

QString MappingEditor::fieldLabel(const QString &field)
{
    for (const FieldName &f : fieldNames) {
        if (field == QLatin1String(f.field))
            return tr(f.label);
    }
    return field;
}

void MappingEditor::setMapping(const ChannelMapping &mapping)
{
    m_mapping = mapping;
    rebuild();
}

void MappingEditor::setFileHeaders(const QStringList &headers)
{
    if (headers == m_headers)
        return;
    m_headers = headers;
    rebuild();
}

void MappingEditor::setColumn(const QString &field, const QString &column)
{
    if (column.isEmpty())
        m_mapping.fields.remove(field);
    else
        m_mapping.fields.insert(field, column);
    rebuild();
    emit mappingChanged();
}

void MappingEditor::rebuild()
{
    m_quiet = true;
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(m_mapping.dateOrder)));
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_mapping.encoding)));

    const QStringList fields = ChannelMapping::knownFields();
    const QStringList required = ChannelMapping::requiredFields();
    m_table->clearContents();
    m_table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields[row];
        QString label = fieldLabel(field);
        if (required.contains(field))
            label += QStringLiteral(" *");
        auto *item = new QTableWidgetItem(label);
        item->setToolTip(field);
        item->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, item);

        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &h : m_headers)
            combo->addItem(h, h);
        const QString column = m_mapping.column(field);
        if (!column.isEmpty() && combo->findData(column) < 0)
            combo->addItem(m_headers.isEmpty() ? column : tr("%1 (not in this file)").arg(column),
                           column);
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            const QString chosen = combo->currentData().toString();
            if (chosen.isEmpty())
                m_mapping.fields.remove(field);
            else
                m_mapping.fields.insert(field, chosen);
            emit mappingChanged();
        });
        m_table->setCellWidget(row, 1, combo);
    }
    m_quiet = false;
}

} // namespace Hearth::Orders
