#pragma once

#include "core/result.h"
#include "orders/channelmapping.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace Hearth::Orders {

/// Edits a channel mapping in the import dialog: which column of the file holds each field
/// (a list of the file's headers per field), the order of dates and the text encoding.
class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);

    void setMapping(const ChannelMapping &mapping);
    ChannelMapping mapping() const { return m_mapping; }
    /// The header row of the file being imported, offered in every field's list.
    void setFileHeaders(const QStringList &headers);
    /// Sets the column of a field ("" removes it), as choosing it in the list does.
    void setColumn(const QString &field, const QString &column);

    /// A field's name for people: "Customer name".
    static QString fieldLabel(const QString &field);

signals:
    void mappingChanged();

private:
    void rebuild();

    ChannelMapping m_mapping;
    QStringList m_headers;
    QTableWidget *m_table = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QComboBox *m_encoding = nullptr;
    bool m_quiet = false;
};

} // namespace Hearth::Orders
