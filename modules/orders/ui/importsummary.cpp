#include "importsummary.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <map>

namespace Hearth::Orders {

namespace {

// One of ImportReport::flagged, read back into its parts: the report holds only the
// importer's sentence, "SO00000012 (channel order 123): changed in the file, but the order is
// already 已发货; not updated", in English or in the interface language.
struct FlaggedOrder
{
    QString orderNo;
    QString channelOrderNo;
    std::optional<OrderStatus> status;
    QString original;
};

constexpr char FlaggedSentence[] =
    "%1 (channel order %2): changed in the file, but the order is already %3; not updated";

// A pattern that matches text made from a sentence with %1…%3, and which group is which.
QRegularExpression sentencePattern(const QString &sentence, QList<int> *placeholders)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-3])"));
    QString pattern = QStringLiteral("^");
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(sentence.mid(done, m.capturedStart() - done))
            + QStringLiteral("(.*?)");
        placeholders->append(m.captured(1).toInt());
        done = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(sentence.mid(done)) + QLatin1Char('$');
    return QRegularExpression(pattern);
}

FlaggedOrder readFlagged(const QString &line)
{
    FlaggedOrder f;
    f.original = line;
    const QString english = QLatin1String(FlaggedSentence);
    const QString translated = QCoreApplication::translate("Hearth::Orders", FlaggedSentence);
    for (const QString &sentence : {english, translated}) {
        QList<int> placeholders;
        const QRegularExpressionMatch m = sentencePattern(sentence, &placeholders).match(line);
        if (!m.hasMatch() || placeholders.size() != 3)
            continue;
        QString parts[3];
        for (int i = 0; i < 3; ++i)
            parts[placeholders[i] - 1] = m.captured(i + 1);
        f.orderNo = parts[0];
        f.channelOrderNo = parts[1];
        for (int s = int(OrderStatus::New); s <= int(OrderStatus::Cancelled); ++s) {
            if (parts[2] == statusName(OrderStatus(s)) || parts[2] == statusCode(OrderStatus(s)))
                f.status = OrderStatus(s);
        }
        break;
    }
    return f;
}

} // namespace

ImportSummary::ImportSummary(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(24);
    m_figures->setVerticalSpacing(4);
    m_flaggedTitle = new QLabel(this);
    m_flaggedTitle->setWordWrap(true);
    // Long lines wrap at the width of the box instead of running off its edge.
    m_flagged = new QTextBrowser(this);
    m_flagged->setOpenLinks(false);
    m_flagged->setLineWrapMode(QTextEdit::WidgetWidth);
    auto *again = new QPushButton(tr("Import more files"), this);
    again->setAutoDefault(false);
    connect(again, &QPushButton::clicked, this, &ImportSummary::importMoreRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(8);
    column->addLayout(m_figures);
    column->addSpacing(8);
    column->addWidget(m_flaggedTitle);
    column->addWidget(m_flagged, 1);
    column->addWidget(again, 0, Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

QString ImportSummary::describe(const ImportReport &r)
{
    if (r.fatal)
        return r.fatal->toString();
    if (r.cancelled)
        return tr("The import was cancelled; nothing was written.");
    QStringList parts;
    if (r.ordersNew > 0)
        parts.append(tr("%n new order(s)", nullptr, r.ordersNew));
    if (r.ordersUpdated > 0)
        parts.append(tr("%n order(s) updated", nullptr, r.ordersUpdated));
    if (r.ordersUnchanged > 0)
        parts.append(tr("%n order(s) unchanged", nullptr, r.ordersUnchanged));
    if (r.ordersFlagged > 0)
        parts.append(tr("%n order(s) not updated because they had moved on", nullptr,
                        r.ordersFlagged));
    if (r.rowsRejected > 0)
        parts.append(tr("%n bad row(s); %1 order(s) skipped", nullptr, r.rowsRejected)
                         .arg(QLocale().toString(r.ordersRejected)));
    if (r.returnsMarked > 0)
        parts.append(tr("%n order(s) marked returned", nullptr, r.returnsMarked));
    QString text = parts.isEmpty()
        ? tr("%n row(s) read; the files held no orders.", nullptr, r.rowsRead)
        : tr("%n row(s) read: %1.", nullptr, r.rowsRead).arg(parts.join(tr(", ")));
    if (r.written && r.ordersNew == 0 && r.ordersUpdated == 0 && r.returnsMarked == 0
        && r.ordersFlagged == 0)
        text += u' ' + tr("Nothing new: these orders were all imported before.");
    if (!r.written)
        text += u' ' + tr("Nothing was written.");
    return text;
}

void ImportSummary::showReport(const ImportReport &report)
{
    m_title->setText(report.written ? tr("Import finished") : tr("Nothing was imported"));
    m_text->setText(describe(report));
    showFigures(report);
    showFlagged(report);
}

void ImportSummary::showFlagged(const ImportReport &report)
{
    QList<FlaggedOrder> orders;
    for (const QString &line : report.flagged)
        orders.append(readFlagged(line));

    // The heading says where the orders really are (shipped, closed …), not "past review".
    std::map<int, int> byStatus;
    bool allKnown = !orders.isEmpty();
    for (const FlaggedOrder &f : std::as_const(orders)) {
        if (f.status)
            ++byStatus[int(*f.status)];
        else
            allKnown = false;
    }
    const int count = std::max(report.ordersFlagged, int(orders.size()));
    if (allKnown) {
        QStringList statuses;
        for (const auto &[status, n] : byStatus) {
            statuses.append(tr("%1: %2", "status of orders: how many")
                                .arg(statusName(OrderStatus(status)), QLocale().toString(n)));
        }
        m_flaggedTitle->setText(tr("%n order(s) changed in the file but had already moved on "
                                   "(%1), so they were not updated:",
                                   nullptr, count)
                                    .arg(statuses.join(tr(", "))));
    } else {
        m_flaggedTitle->setText(tr("%n order(s) changed in the file but had already moved on, "
                                   "so they were not updated:",
                                   nullptr, count));
    }

    QString html;
    for (const FlaggedOrder &f : std::as_const(orders)) {
        QString line = f.original;
        if (!f.orderNo.isEmpty()) {
            const QString status = f.status ? statusName(*f.status) : QString();
            line = f.channelOrderNo.isEmpty()
                ? tr("%1: changed in the file, but already %2").arg(f.orderNo, status)
                : tr("%1 (channel order %2): changed in the file, but already %3")
                      .arg(f.orderNo, f.channelOrderNo, status);
        }
        html += QStringLiteral("<p style='margin:0 0 4px 0'>%1</p>").arg(line.toHtmlEscaped());
    }
    m_flagged->setHtml(html);
    m_flaggedTitle->setVisible(!orders.isEmpty());
    m_flagged->setVisible(!orders.isEmpty());
}

void ImportSummary::showNothingImported(const ImportReport &checked)
{
    m_title->setText(tr("Nothing was imported"));
    m_text->setText(tr("The files were left as they are; %n row(s) had problems. Correct them "
                       "and import the files again.",
                       nullptr, checked.rowsRejected));
    ImportReport nothing;
    nothing.rowsRead = checked.rowsRead;
    nothing.ordersRejected = checked.ordersRejected;
    showFigures(nothing);
    showFlagged(nothing);
}

QString ImportSummary::title() const
{
    return m_title->text();
}

QString ImportSummary::text() const
{
    return m_text->text();
}

QString ImportSummary::flaggedTitle() const
{
    return m_flaggedTitle->isHidden() ? QString() : m_flaggedTitle->text();
}

QString ImportSummary::flaggedText() const
{
    return m_flagged->toPlainText();
}

void ImportSummary::showFigures(const ImportReport &r)
{
    while (QLayoutItem *item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::pair<QString, int> figures[] = {
        {tr("Rows read"), r.rowsRead},
        {tr("New orders"), r.ordersNew},
        {tr("Orders updated"), r.ordersUpdated},
        {tr("Orders unchanged"), r.ordersUnchanged},
        {tr("Lines written"), r.linesWritten},
        {tr("Orders not updated (moved on)"), r.ordersFlagged},
        {tr("Orders skipped for bad rows"), r.ordersRejected},
        {tr("Orders marked returned"), r.returnsMarked},
    };
    int shown = 0;
    for (int i = 0; i < int(std::size(figures)); ++i) {
        // The first five always; the others only when they happened.
        const auto &[label, value] = figures[i];
        if (i >= 5 && value == 0)
            continue;
        auto *name = new QLabel(label, this);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *number = new QLabel(QLocale().toString(value), this);
        QFont bold = number->font();
        bold.setBold(true);
        number->setFont(bold);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->addWidget(name, shown % 4, shown / 4 * 2);
        m_figures->addWidget(number, shown % 4, shown / 4 * 2 + 1);
        ++shown;
    }
    m_figures->setColumnStretch(4, 1);
}

} // namespace Hearth::Orders
