#include "statementexport.h"

#include "finance/dealerstatements.h"
#include "logging.h"

// The exports are built where finance links Qt6::Gui and libxlsxwriter: QtGui's headers are on
// the include path exactly then.
#if __has_include(<QPdfWriter>)
#define HEARTH_STATEMENT_EXPORT 1
#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <xlsxwriter.h>
#endif

#include <QFile>

namespace Hearth::Finance {

namespace {

#ifdef HEARTH_STATEMENT_EXPORT

QString periodText(const DealerStatement &s)
{
    return StatementExport::tr("%1 to %2")
        .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate));
}

QString confirmationText(const DealerStatement &s)
{
    if (!s.confirmation)
        return {};
    QString text = StatementExport::tr("Confirmed by %1 on %2")
                       .arg(s.confirmation->confirmedBy,
                            s.confirmation->confirmedOn.toString(Qt::ISODate));
    if (s.changedSinceConfirmation()) {
        text += StatementExport::tr(" (the dealer confirmed a closing balance of %1; entries "
                                    "changed since)")
                    .arg(StatementExport::yuan(s.confirmation->closingFen));
    }
    return text;
}

/// The summary rows: label and amount.
QList<std::pair<QString, qint64>> summaryRows(const DealerStatement &s)
{
    return {{StatementExport::tr("Opening balance"), s.openingFen},
            {StatementExport::tr("Orders"), s.ordersFen},
            {StatementExport::tr("Payments"), s.paymentsFen},
            {StatementExport::tr("Rebates"), s.rebatesFen},
            {StatementExport::tr("Closing balance"), s.closingFen}};
}

QStringList entryHeaders()
{
    return {StatementExport::tr("Date"), StatementExport::tr("Entry"),
            StatementExport::tr("Reference"), StatementExport::tr("Amount"),
            StatementExport::tr("Balance")};
}

QStringList chineseFamilies()
{
    const QStringList preferred{QStringLiteral("WenQuanYi Micro Hei"),
                                QStringLiteral("Microsoft YaHei"),
                                QStringLiteral("Noto Sans CJK SC"),
                                QStringLiteral("Source Han Sans SC"), QStringLiteral("SimHei")};
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QStringList found;
    for (const QString &f : preferred) {
        if (installed.contains(f))
            found.append(f);
    }
    for (const QString &f : installed) {
        if (!found.contains(f))
            found.append(f);
    }
    return found.isEmpty() ? preferred : found;
}

/// Lays the statement out on A4 pages of a PDF, in device units at the writer's resolution.
class PdfLayout
{
public:
    PdfLayout(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_painter(painter)
    {
        m_dpi = writer.resolution();
        m_width = painter.viewport().width();
        m_height = painter.viewport().height();
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f;
        f.setFamilies(chineseFamilies());
        f.setPixelSize(qMax(1, int(points * m_dpi / 72.0)));
        f.setBold(bold);
        // Shaping could swap digits for glyphs the PDF's text then loses.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    int mm(double millimetres) const { return int(millimetres * m_dpi / 25.4); }

    void text(const QString &s, double points, bool bold = false)
    {
        m_painter.setFont(font(points, bold));
        const int h = QFontMetrics(m_painter.font()).height();
        ensureRoom(h);
        m_painter.drawText(QRect(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, s);
        m_y += h + mm(1);
    }

    /// One row of cells; columns are fractions of the width, numbers right-aligned.
    void row(const QStringList &cells, const QList<double> &widths, const QList<bool> &right,
             bool bold, bool ruled)
    {
        m_painter.setFont(font(9.5, bold));
        const int h = QFontMetrics(m_painter.font()).height() + mm(2);
        ensureRoom(h);
        int x = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int w = int(m_width * widths.at(i));
            const Qt::Alignment a = (right.at(i) ? Qt::AlignRight : Qt::AlignLeft)
                                    | Qt::AlignVCenter;
            m_painter.drawText(QRect(x + mm(1), m_y, w - mm(2), h), int(a), cells.at(i));
            x += w;
        }
        if (ruled)
            m_painter.drawLine(0, m_y + h, m_width, m_y + h);
        m_y += h;
    }

    void gap(double millimetres) { m_y += mm(millimetres); }

private:
    void ensureRoom(int h)
    {
        if (m_y + h <= m_height)
            return;
        m_writer.newPage();
        m_y = 0;
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_dpi = 300;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

#endif

} // namespace

bool StatementExport::available()
{
#ifdef HEARTH_STATEMENT_EXPORT
    return true;
#else
    return false;
#endif
}

QString StatementExport::yuan(qint64 fen)
{
    const qint64 whole = (fen < 0 ? -fen : fen) / 100;
    const qint64 cents = (fen < 0 ? -fen : fen) % 100;
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return (fen < 0 ? QStringLiteral("-") : QString()) + digits + QLatin1Char('.')
           + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

Core::Status StatementExport::toXlsx(const DealerStatement &s, const QString &path)
{
#ifdef HEARTH_STATEMENT_EXPORT
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Core::Error{tr("could not create the workbook"), path};
    const QByteArray sheetName = tr("Statement").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format *boldMoney = workbook_add_format(book);
    format_set_num_format(boldMoney, "#,##0.00");
    format_set_bold(boldMoney);
    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 1, 16, nullptr);
    worksheet_set_column(sheet, 2, 2, 22, nullptr);
    worksheet_set_column(sheet, 3, 4, 16, nullptr);

    auto put = [&](lxw_row_t r, lxw_col_t col, const QString &text, lxw_format *f = nullptr) {
        worksheet_write_string(sheet, r, col, text.toUtf8().constData(), f);
    };
    // A cell shows yuan; the value is the exact fen count over 100, which a double holds
    // exactly enough for any statement (below 2^53 fen).
    auto putMoney = [&](lxw_row_t r, lxw_col_t col, qint64 fen, lxw_format *f) {
        worksheet_write_number(sheet, r, col, double(fen) / 100.0, f);
    };

    lxw_row_t r = 0;
    worksheet_merge_range(sheet, r, 0, r, 4, tr("Dealer statement").toUtf8().constData(), title);
    ++r;
    put(r, 0, tr("Dealer"), bold);
    put(r++, 1, QStringLiteral("%1 (%2)").arg(s.dealerName, s.dealerCode));
    put(r, 0, tr("Period"), bold);
    put(r++, 1, periodText(s));
    ++r;
    for (const auto &[label, fen] : summaryRows(s)) {
        put(r, 0, label, bold);
        putMoney(r++, 1, fen, boldMoney);
    }
    ++r;
    const QStringList headers = entryHeaders();
    for (qsizetype i = 0; i < headers.size(); ++i)
        put(r, lxw_col_t(i), headers.at(i), bold);
    ++r;
    for (const StatementEntry &e : s.entries) {
        put(r, 0, e.on.toString(Qt::ISODate));
        put(r, 1, DealerStatements::entryTitle(e));
        put(r, 2, e.reference);
        putMoney(r, 3, e.amountFen, money);
        putMoney(r++, 4, e.balanceFen, money);
    }
    ++r;
    if (s.confirmation)
        put(r++, 0, confirmationText(s));
    else
        put(r++, 0, tr("Confirmed by the dealer (signature and seal): ____________  "
                       "Date: ____________"));

    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR)
        return Core::Error{tr("could not write the workbook: %1")
                               .arg(QString::fromUtf8(lxw_strerror(closed))),
                           path};
    qCInfo(lcFinance) << "statement written as xlsx with" << s.entries.size() << "entries";
    return {};
#else
    Q_UNUSED(s)
    return Core::Error{tr("this build of Hearth cannot write xlsx statements"), path};
#endif
}

Core::Status StatementExport::toPdf(const DealerStatement &s, const QString &path)
{
#ifdef HEARTH_STATEMENT_EXPORT
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Core::Error{tr("writing a PDF needs the graphical application (fonts)"), path};
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setTitle(tr("Dealer statement"));
    writer.setCreator(QStringLiteral("Hearth"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Core::Error{tr("could not write the PDF"), path};
    PdfLayout layout(writer, painter);

    layout.text(tr("Dealer statement"), 16, true);
    layout.text(tr("Dealer: %1 (%2)").arg(s.dealerName, s.dealerCode), 10.5);
    layout.text(tr("Period: %1").arg(periodText(s)), 10.5);
    layout.gap(3);
    for (const auto &[label, fen] : summaryRows(s))
        layout.row({label, yuan(fen)}, {0.3, 0.25}, {false, true}, true, false);
    layout.gap(4);
    const QList<double> widths{0.17, 0.17, 0.28, 0.19, 0.19};
    const QList<bool> right{false, false, false, true, true};
    layout.row(entryHeaders(), widths, right, true, true);
    for (const StatementEntry &e : s.entries) {
        layout.row({e.on.toString(Qt::ISODate), DealerStatements::entryTitle(e), e.reference,
                    yuan(e.amountFen), yuan(e.balanceFen)},
                   widths, right, false, false);
    }
    layout.gap(8);
    if (s.confirmation)
        layout.text(confirmationText(s), 10.5);
    else
        layout.text(tr("Confirmed by the dealer (signature and seal): ____________  "
                       "Date: ____________"),
                    10.5);
    if (!painter.end())
        return Core::Error{tr("could not write the PDF"), path};
    qCInfo(lcFinance) << "statement written as PDF with" << s.entries.size() << "entries";
    return {};
#else
    Q_UNUSED(s)
    return Core::Error{tr("this build of Hearth cannot write PDF statements"), path};
#endif
}

} // namespace Hearth::Finance
