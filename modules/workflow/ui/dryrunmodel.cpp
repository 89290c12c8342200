#include "dryrunmodel.h"

#include "processdisplay.h"

#include <QColor>
#include <QStringList>

namespace Hearth::Workflow {

namespace {

int severity(ReviewFinding::Outcome outcome)
{
    switch (outcome) {
    case ReviewFinding::Outcome::Pass:
        return 0;
    case ReviewFinding::Outcome::Approval:
        return 1;
    case ReviewFinding::Outcome::Hold:
        return 2;
    }
    return 0;
}

QString taskName(const PlanChange &change)
{
    const PlannedTask &task = change.kind == PlanChange::Kind::Cancel ? change.before
                                                                      : change.after;
    return task.title.isEmpty() ? change.taskKey : task.title;
}

} // namespace

DryRunModel::DryRunModel(QObject *parent) : QAbstractTableModel(parent) {}

void DryRunModel::setReport(const DryRunReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void DryRunModel::clear()
{
    setReport({});
}

const OrderDryRun *DryRunModel::result(int row) const
{
    if (row < 0 || row >= m_report.results.size())
        return nullptr;
    return &m_report.results.at(row);
}

int DryRunModel::count(const OrderDryRun &result, PlanChange::Kind kind)
{
    return int(std::count_if(result.tasks.changes.cbegin(), result.tasks.changes.cend(),
                             [kind](const PlanChange &c) { return c.kind == kind; }));
}

QString DryRunModel::reviewText(const OrderDryRun &result)
{
    if (!result.error.isEmpty())
        return tr("error");
    if (result.reviewBefore == result.reviewAfter)
        return tr("%1 (unchanged)").arg(ProcessDisplay::outcomeTitle(result.reviewAfter));
    return QStringLiteral("%1 → %2").arg(ProcessDisplay::outcomeTitle(result.reviewBefore),
                                         ProcessDisplay::outcomeTitle(result.reviewAfter));
}

QString DryRunModel::describe(const OrderDryRun &r)
{
    QStringList html;
    html.append(QStringLiteral("<h3 style=\"margin:0\">%1</h3>").arg(r.orderNo.toHtmlEscaped()));
    html.append(QStringLiteral("<p style=\"color:#6b7280; margin-top:2px\">%1</p>")
                    .arg(tr("Signed on %1").arg(r.signedOn.toString(Qt::ISODate))));
    if (!r.error.isEmpty()) {
        html.append(QStringLiteral("<p style=\"color:#b91c1c\"><b>%1</b> %2</p>")
                        .arg(tr("The changed rules cannot replay this order:"),
                             r.error.toHtmlEscaped()));
    }
    if (r.error.isEmpty()) {
        html.append(QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Review:"), reviewText(r).toHtmlEscaped()));
    }
    auto list = [&html](const QString &title, const QStringList &items, const QString &mark,
                        const QString &colour) {
        if (items.isEmpty())
            return;
        html.append(QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p><ul "
                                   "style=\"margin-top:0; margin-left:-20px\">")
                        .arg(title));
        for (const QString &item : items) {
            html.append(QStringLiteral("<li><span style=\"color:%1\">%2</span> %3</li>")
                            .arg(colour, mark, item.toHtmlEscaped()));
        }
        html.append(QStringLiteral("</ul>"));
    };
    list(tr("Review findings the changed rules add:"), r.findingsAdded, QStringLiteral("+"),
         QStringLiteral("#b45309"));
    list(tr("Review findings they no longer give:"), r.findingsRemoved,
         QStringLiteral("−"), QStringLiteral("#047857"));

    const struct
    {
        PlanChange::Kind kind;
        QString title;
        QString mark;
        QString colour;
    } groups[] = {
        {PlanChange::Kind::Add, tr("Tasks added:"), QStringLiteral("+"),
         QStringLiteral("#047857")},
        {PlanChange::Kind::Adjust, tr("Tasks changed:"), QStringLiteral("~"),
         QStringLiteral("#1d4ed8")},
        {PlanChange::Kind::Cancel, tr("Tasks cancelled:"), QStringLiteral("−"),
         QStringLiteral("#b91c1c")},
    };
    for (const auto &g : groups) {
        QStringList items;
        for (const PlanChange &c : r.tasks.changes) {
            if (c.kind != g.kind)
                continue;
            items.append(c.what.isEmpty() ? taskName(c)
                                          : QStringLiteral("%1: %2").arg(taskName(c), c.what));
        }
        list(g.title, items, g.mark, g.colour);
    }
    if (r.error.isEmpty() && r.tasks.isEmpty())
        html.append(QStringLiteral("<p>%1</p>").arg(tr("The tasks stay as they are.")));
    return html.join(QString());
}

int DryRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.results.size());
}

int DryRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DryRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderDryRun &r = m_report.results.at(index.row());
    const int column = index.column();
    const bool isCount = column == TasksAdded || column == TasksChanged
        || column == TasksCancelled;
    const PlanChange::Kind kind = column == TasksAdded ? PlanChange::Kind::Add
        : column == TasksChanged                      ? PlanChange::Kind::Adjust
                                                      : PlanChange::Kind::Cancel;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OrderNo:
            return r.orderNo;
        case Signed:
            return r.signedOn.toString(Qt::ISODate);
        case Review:
            return reviewText(r);
        case TasksAdded:
        case TasksChanged:
        case TasksCancelled:
            return count(r, kind);
        case Findings:
            if (r.findingsAdded.isEmpty() && r.findingsRemoved.isEmpty())
                return QString();
            return QStringLiteral("+%1 / −%2")
                .arg(r.findingsAdded.size())
                .arg(r.findingsRemoved.size());
        }
        break;
    case SortRole:
        switch (column) {
        case OrderNo:
            return r.orderNo;
        case Signed:
            return r.signedOn;
        case Review:
            return r.error.isEmpty() ? severity(r.reviewAfter) * 3 + severity(r.reviewBefore)
                                     : 100;
        case TasksAdded:
        case TasksChanged:
        case TasksCancelled:
            return count(r, kind);
        case Findings:
            return int(r.findingsAdded.size() + r.findingsRemoved.size());
        }
        break;
    case Qt::ToolTipRole:
        if (column == Review && !r.error.isEmpty())
            return r.error;
        if (column == Findings && !(r.findingsAdded.isEmpty() && r.findingsRemoved.isEmpty())) {
            QStringList lines;
            for (const QString &m : r.findingsAdded)
                lines.append(QStringLiteral("+ ") + m);
            for (const QString &m : r.findingsRemoved)
                lines.append(QStringLiteral("− ") + m);
            return lines.join(u'\n');
        }
        break;
    case Qt::ForegroundRole:
        if (column == Review) {
            if (!r.error.isEmpty())
                return QColor(0xb91c1c);
            if (r.reviewBefore == r.reviewAfter)
                return QColor(0x6b7280);
            return severity(r.reviewAfter) > severity(r.reviewBefore) ? QColor(0xb45309)
                                                                      : QColor(0x047857);
        }
        if (isCount && count(r, kind) == 0)
            return QColor(0xb8c0cc);
        break;
    case Qt::TextAlignmentRole:
        if (isCount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant DryRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case OrderNo:
        return tr("Order No.");
    case Signed:
        return tr("Signed");
    case Review:
        return tr("Review before → after");
    case TasksAdded:
        return tr("Tasks added");
    case TasksChanged:
        return tr("Changed");
    case TasksCancelled:
        return tr("Cancelled");
    case Findings:
        return tr("Findings");
    }
    return {};
}

} // namespace Hearth::Workflow
