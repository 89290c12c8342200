#include "conflicttablemodel.h"

#include "widgets/sitetime.h"

namespace Hearth::Sync {

namespace {
constexpr int ShortIdLength = 8;
}

void ConflictTableModel::setConflicts(const QList<ConflictRecord> &conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

const ConflictRecord *ConflictTableModel::conflictAt(int row) const
{
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictTableModel::kindText(const ConflictRecord &c)
{
    if (c.kindName == QLatin1String("deleted_remotely"))
        return tr("Deleted on another desk");
    if (c.kindName == QLatin1String("refused"))
        return tr("Refused by the server");
    if (c.kindName == QLatin1String("apply_failed"))
        return tr("Could not be stored here");
    if (c.kindName == QLatin1String("status_refused"))
        return tr("Status change refused");
    if (c.kindName == QLatin1String("key_changed"))
        return tr("Code or number changed");
    return c.kindName;
}

QString ConflictTableModel::tableText(const QString &table)
{
    if (table == QLatin1String("sales_orders"))
        return tr("Sales order");
    if (table == QLatin1String("order_lines"))
        return tr("Order line");
    if (table == QLatin1String("customers"))
        return tr("Customer");
    return table;
}

QString ConflictTableModel::detailText(const ConflictRecord &c)
{
    // The server words its details in its own language; where the desk knows the values it
    // says the same in the desk's.
    const auto text = [](const QJsonValue &v) {
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    if (c.kind == SyncConflict::Kind::KeyChanged && !c.serverFields.isEmpty()) {
        QStringList changed;
        for (auto it = c.serverFields.begin(); it != c.serverFields.end(); ++it) {
            changed.append(tr("%1 %2 was another desk's row's already; this row is now %3")
                               .arg(it.key(), text(c.localFields.value(it.key())),
                                    text(it.value())));
        }
        return changed.join(QStringLiteral("; "));
    }
    const QString status = QStringLiteral("status");
    if (c.kind == SyncConflict::Kind::StatusRefused && c.serverFields.contains(status)
        && c.localFields.contains(status)) {
        return tr("The order's process does not allow the status to go from %1 to %2; the "
                  "server's status stands.")
            .arg(text(c.serverFields.value(status)), text(c.localFields.value(status)));
    }
    if (!c.detail.isEmpty())
        return c.detail;
    switch (c.kind) {
    case SyncConflict::Kind::DeletedRemotely:
        return tr("Changed here while another desk deleted it; the delete stands unless you "
                  "keep your version as a new row.");
    case SyncConflict::Kind::Refused:
        return tr("The server did not take this change (outside your orders, or not allowed).");
    case SyncConflict::Kind::ApplyFailed:
        return tr("The server's version could not be saved on this desk.");
    case SyncConflict::Kind::StatusRefused:
        return tr("The order's process does not allow this status change; the server's status "
                  "stands.");
    case SyncConflict::Kind::KeyChanged:
        return tr("Another desk's row had this code or number, so the server gave this row a "
                  "new one; check whether the two rows are one and the same.");
    }
    return {};
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRecord &c = m_conflicts.at(index.row());
    if (role == ConflictIdRole)
        return c.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Row)
            return c.rowId;
        if (index.column() == Detail)
            return c.detail.isEmpty() ? detailText(c) : c.detail;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return Widgets::SiteTime::format(c.detectedAt);
    case Kind:
        return kindText(c);
    case Table:
        return tableText(c.table);
    case Row:
        return c.rowId.left(ShortIdLength);
    case OrderNo:
        return c.orderNo;
    case Detail:
        return detailText(c);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation,
                                        int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Table:
        return tr("Table");
    case Row:
        return tr("Row");
    case OrderNo:
        return tr("Order number");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Hearth::Sync
