#include "mesimporter.h"

#include "logging.h"
#include "mestime.h"
#include "orders/io/rowreader.h"
#include "productionhandoff.h"
#include "progressquery.h"
#include "progressrecorder.h"
#include "shopfloorcode.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <optional>

namespace Hearth::Production {

using Orders::RowError;
using Storage::Connection;
using Storage::Statement;

namespace {

Q_LOGGING_CATEGORY(lcMes, "hearth.production.mes", QtWarningMsg)

enum Column { EventId, WoNo, Seq, Kind, Good, Scrap, Station, Operator, At, Part, ColumnCount };

struct ColumnSpec
{
    const char *name;
    std::array<const char16_t *, 3> aliases;
    bool required;
};

// Header names an MES may use, English and Chinese; matched without case and spaces.
constexpr std::array<ColumnSpec, ColumnCount> Columns{{
    {"event_id", {u"事件号", u"事件id", u"id"}, true},
    {"wo_no", {u"工单号", u"work_order", u"wo"}, true},
    {"seq", {u"工序号", u"op_seq", u"operation_seq"}, false},
    {"kind", {u"类型", u"event", u"type"}, true},
    {"good", {u"合格数", u"good_qty", u"合格"}, false},
    {"scrap", {u"报废数", u"scrap_qty", u"报废"}, false},
    {"station", {u"工位", u"work_center", u"工作中心"}, false},
    {"operator", {u"操作员", u"user", u"operator_id"}, false},
    {"at", {u"时间", u"time", u"timestamp"}, true},
    {"part", {u"板件", u"part_id", u"板件号"}, false},
}};

QString normalizedHeader(const QString &header)
{
    QString h = header.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    h.replace(u' ', u'_');
    return h;
}

std::optional<int> columnFor(const QString &header)
{
    const QString h = normalizedHeader(header);
    for (int c = 0; c < ColumnCount; ++c) {
        if (h == QLatin1String(Columns[c].name))
            return c;
        for (const char16_t *alias : Columns[c].aliases) {
            if (h == QStringView(alias))
                return c;
        }
    }
    return std::nullopt;
}

std::optional<ProgressKind> kindFrom(const QString &text)
{
    const QString t = text.trimmed();
    if (auto kind = ProgressQuery::kindFromCode(t))
        return kind;
    if (t == u"开工")
        return ProgressKind::Start;
    if (t == u"报工")
        return ProgressKind::Report;
    if (t == u"完工")
        return ProgressKind::Finish;
    if (t == u"包装")
        return ProgressKind::Pack;
    return std::nullopt;
}

/// A count of parts: digits, or a number with a zero fraction as a spreadsheet writes it.
std::optional<int> count(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    qsizetype end = t.size();
    if (const qsizetype dot = t.indexOf(u'.'); dot >= 0) {
        for (qsizetype i = dot + 1; i < t.size(); ++i) {
            if (t[i] != u'0')
                return std::nullopt;
        }
        end = dot;
    }
    bool ok = false;
    const int value = t.left(end).toInt(&ok);
    if (!ok || value < 0 || t.startsWith(u'+'))
        return std::nullopt;
    return value;
}

struct Row
{
    int row = 0;
    QString eventId;
    ProgressEvent event;
};

/// Look-ups for one file: work orders by number, users and stations, each read once.
class Resolver
{
public:
    explicit Resolver(Connection &c) : m_c(c) {}

    const WorkOrderProgress *workOrder(const QString &woNo, QString *error)
    {
        auto it = m_workOrders.find(woNo);
        if (it == m_workOrders.end()) {
            auto w = ProgressQuery::workOrderByNo(m_c, woNo);
            if (!w) {
                m_errors.insert(woNo, w.error().message);
                it = m_workOrders.insert(woNo, std::nullopt);
            } else {
                it = m_workOrders.insert(woNo, w.value());
            }
        }
        if (!it.value()) {
            *error = m_errors.value(woNo);
            return nullptr;
        }
        return &*it.value();
    }

    /// A user by name or id; empty when unknown.
    QString user(const QString &nameOrId)
    {
        auto it = m_users.find(nameOrId);
        if (it == m_users.end()) {
            Statement &q = m_c.prepare(
                "SELECT id FROM users WHERE username = ?1 COLLATE NOCASE OR id = ?1 LIMIT 1");
            q.bind(1, nameOrId);
            it = m_users.insert(nameOrId, q.next() ? q.text(0) : QString());
            q.reset();
        }
        return it.value();
    }

    bool station(const QString &code)
    {
        auto it = m_stations.find(code);
        if (it == m_stations.end()) {
            Statement &q = m_c.prepare(
                "SELECT 1 FROM work_centers WHERE code = ? AND deleted = 0");
            q.bind(1, code);
            it = m_stations.insert(code, q.next());
            q.reset();
        }
        return it.value();
    }

private:
    Connection &m_c;
    QHash<QString, std::optional<WorkOrderProgress>> m_workOrders;
    QHash<QString, QString> m_errors;
    QHash<QString, QString> m_users;
    QHash<QString, bool> m_stations;
};

/// The column a recorder refusal is about, named as the file names it.
QString columnOf(const Core::Error &error)
{
    if (error.where == u"good")
        return QStringLiteral("good");
    if (error.where == u"at")
        return QStringLiteral("at");
    if (error.where == u"station")
        return QStringLiteral("station");
    if (error.where == u"user")
        return QStringLiteral("operator");
    if (error.where == u"part")
        return QStringLiteral("part");
    return QStringLiteral("kind");
}

} // namespace

QString MesImportReport::summary() const
{
    QStringList parts;
    parts << tr("%n row(s) read", nullptr, rowsRead);
    parts << tr("%n event(s) recorded", nullptr, eventsWritten);
    if (eventsUnchanged > 0)
        parts << tr("%n already recorded before", nullptr, eventsUnchanged);
    QString text = parts.join(QStringLiteral(", ")) + u'.';
    if (!filesRejected.isEmpty()) {
        text += u' '
                + tr("%n file(s) not imported, nothing of them written: %1.", nullptr,
                     int(filesRejected.size()))
                      .arg(filesRejected.join(QStringLiteral(", ")));
        if (rowsRejected > 0)
            text += u' ' + tr("%n bad row(s); fix them and import the file again.", nullptr,
                              rowsRejected);
    }
    if (cancelled)
        text += u' ' + tr("The import was cancelled.");
    return text;
}

MesImporter::MesImporter(QObject *parent) : QObject(parent) {}

QStringList MesImporter::columns()
{
    QStringList names;
    for (const ColumnSpec &spec : Columns)
        names.append(QLatin1String(spec.name));
    return names;
}

MesImportReport MesImporter::run(Connection &c, const MesImportOptions &options)
{
    MesImportReport report;
    const QTimeZone zone = options.siteZone.isValid() ? options.siteZone
                                                      : ProgressQuery::siteZone(c);
    for (const QString &file : options.files) {
        if (m_cancelled) {
            report.cancelled = true;
            break;
        }
        importFile(c, file, options, zone, report);
    }
    qCInfo(lcMes) << "MES import:" << options.files.size() << "files," << report.rowsRead
                  << "rows," << report.eventsWritten << "events written,"
                  << report.eventsUnchanged << "unchanged," << report.rowsRejected << "rejected";
    return report;
}

void MesImporter::importFile(Connection &c, const QString &file, const MesImportOptions &options,
                             const QTimeZone &zone, MesImportReport &report)
{
    const QString shown = QFileInfo(file).fileName();
    const bool json = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    auto opened = json ? Orders::openJson(file) : Orders::openCsv(file);
    if (!opened) {
        report.unreadable.append(opened.error());
        report.filesRejected.append(shown);
        return;
    }
    Orders::RowReader &reader = *opened.value();

    QList<RowError> errors;
    int rejected = 0;
    const auto fail = [&](int row, const QString &column, const QString &message) {
        ++rejected;
        if (report.errors.size() + errors.size() < MesImportReport::maxErrors)
            errors.append(RowError{shown, row, column, message});
    };

    std::array<int, ColumnCount> at;
    at.fill(-1);
    const QStringList headers = reader.headers();
    for (int i = 0; i < headers.size(); ++i) {
        const auto column = columnFor(headers[i]);
        if (!column)
            continue;
        if (at[*column] >= 0) {
            fail(json ? 0 : 1, headers[i],
                 tr("two columns hold %1: \"%2\" and \"%3\"; keep one")
                     .arg(QLatin1String(Columns[*column].name), headers[at[*column]], headers[i]));
        }
        at[*column] = i;
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (Columns[column].required && at[column] < 0) {
            fail(json ? 0 : 1, QLatin1String(Columns[column].name),
                 tr("expected a column \"%1\" (or \"%2\")")
                     .arg(QLatin1String(Columns[column].name),
                          QString::fromUtf16(Columns[column].aliases[0])));
        }
    }

    Resolver resolver(c);
    QList<Row> rows;
    QHash<QString, int> seen;
    if (errors.isEmpty()) {
        QStringList cells;
        int rowNumber = 0;
        while (reader.readRow(&cells, &rowNumber)) {
            if (m_cancelled) {
                report.cancelled = true;
                return;
            }
            ++report.rowsRead;
            if ((report.rowsRead & 255) == 0)
                emit progress(reader.permille() / 2, tr("Checking %1").arg(shown));
            const auto cell = [&](Column column) {
                return at[column] >= 0 ? cells.value(at[column]).trimmed() : QString();
            };
            const auto name = [](Column column) { return QLatin1String(Columns[column].name); };
            const int before = rejected;
            Row r;
            r.row = rowNumber;
            r.eventId = cell(EventId);
            if (r.eventId.isEmpty()) {
                fail(rowNumber, name(EventId), tr("expected the MES's id of the event"));
            } else if (const auto first = seen.constFind(r.eventId); first != seen.constEnd()) {
                fail(rowNumber, name(EventId),
                     tr("event id %1 repeats row %2").arg(r.eventId).arg(first.value()));
            } else {
                seen.insert(r.eventId, rowNumber);
            }
            const auto kind = kindFrom(cell(Kind));
            if (!kind) {
                fail(rowNumber, name(Kind),
                     tr("\"%1\" is not an event kind: expected start, report, finish or pack")
                         .arg(cell(Kind)));
            }
            const auto good = count(cell(Good));
            if (!good) {
                fail(rowNumber, name(Good),
                     tr("\"%1\" is not a number of parts: expected a whole number, 0 or more")
                         .arg(cell(Good)));
            }
            const auto scrap = count(cell(Scrap));
            if (!scrap) {
                fail(rowNumber, name(Scrap),
                     tr("\"%1\" is not a number of parts: expected a whole number, 0 or more")
                         .arg(cell(Scrap)));
            }
            const auto when = MesTime::parse(cell(At), zone);
            if (!when)
                fail(rowNumber, name(At), when.error().message);
            const QString station = cell(Station);
            if (!station.isEmpty() && !resolver.station(station)) {
                fail(rowNumber, name(Station),
                     tr("no work center with the code %1").arg(station));
            }
            QString userId;
            if (const QString op = cell(Operator); !op.isEmpty()) {
                userId = resolver.user(op);
                if (userId.isEmpty()) {
                    fail(rowNumber, name(Operator),
                         tr("no user %1: expected a Hearth user name or id").arg(op));
                }
            }
            QString partId;
            if (const QString part = cell(Part); !part.isEmpty()) {
                const ShopfloorCode code = ShopfloorCode::parse(
                    part.startsWith(QLatin1String("PT:"), Qt::CaseInsensitive)
                        ? part
                        : QStringLiteral("PT:") + part);
                partId = code.value();
            }

            const WorkOrderProgress *w = nullptr;
            QString operationId;
            QString woError;
            if (cell(WoNo).isEmpty()) {
                fail(rowNumber, name(WoNo), tr("expected a work order number"));
            } else if (w = resolver.workOrder(cell(WoNo), &woError); !w) {
                fail(rowNumber, name(WoNo), woError);
            } else if (kind != ProgressKind::Pack) {
                bool ok = false;
                const int seq = cell(Seq).toInt(&ok);
                QStringList seqs;
                for (const OperationProgress &o : w->operations) {
                    seqs.append(QString::number(o.seq));
                    if (ok && o.seq == seq)
                        operationId = o.id;
                }
                if (!ok) {
                    fail(rowNumber, name(Seq),
                         tr("\"%1\" is not an operation number: expected one of %2 of %3")
                             .arg(cell(Seq), seqs.join(QStringLiteral(", ")), w->woNo));
                } else if (operationId.isEmpty()) {
                    fail(rowNumber, name(Seq),
                         tr("%1 has no operation %2 (its operations: %3)")
                             .arg(w->woNo)
                             .arg(seq)
                             .arg(seqs.join(QStringLiteral(", "))));
                }
            }
            if (rejected != before)
                continue;
            r.event.workOrderId = w->id;
            r.event.operationId = operationId;
            r.event.partId = partId;
            r.event.kind = *kind;
            r.event.good = *good;
            r.event.scrap = *scrap;
            r.event.station = station;
            r.event.userId = userId;
            r.event.at = when.value();
            r.event.source = QStringLiteral("mes");
            r.event.sourceKey = QStringLiteral("mes:") + r.eventId;
            rows.append(r);
        }
        if (const auto broken = reader.error()) {
            report.unreadable.append(*broken);
            report.filesRejected.append(shown);
            return;
        }
    }

    if (rejected == 0) {
        // The rules hold in time order, whatever order the MES wrote its rows in.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.event.at < b.event.at;
        });
        Storage::Transaction tx(c);
        if (!tx.isActive()) {
            report.unreadable.append(Core::Error{tr("the database is busy: import again"), file});
            report.filesRejected.append(shown);
            return;
        }
        ProgressRecorder recorder(c);
        recorder.setTimeZone(zone);
        int written = 0;
        int unchanged = 0;
        QStringList touched;  // work orders with new progress, handed off after the commit
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (m_cancelled) {
                report.cancelled = true;
                return;
            }
            if ((i & 255) == 0)
                emit progress(500 + int(i * 500 / rows.size()), tr("Recording %1").arg(shown));
            auto outcome = recorder.recordInTransaction(rows[i].event);
            if (!outcome)
                fail(rows[i].row, columnOf(outcome.error()), outcome.error().message);
            else if (outcome->repeated)
                ++unchanged;
            else {
                ++written;
                if (!touched.contains(outcome->workOrder.id))
                    touched.append(outcome->workOrder.id);
            }
        }
        if (rejected == 0) {
            if (options.dryRun) {
                tx.rollback();
            } else if (Core::Status s = tx.commit(); !s) {
                report.unreadable.append(Core::Error{s.error().message, file});
                report.filesRejected.append(shown);
                return;
            }
            report.eventsWritten += written;
            report.eventsUnchanged += unchanged;
            report.filesWritten.append(shown);
            if (!options.dryRun) {
                for (const QString &workOrderId : std::as_const(touched)) {
                    // Made work orders complete their tasks and may move their orders on; a
                    // failure here leaves the recorded progress as it is and is logged.
                    const auto handed = ProductionHandoff::afterProgress(c, workOrderId);
                    if (!handed)
                        qCWarning(lcProduction) << "after importing" << shown << ":"
                                                << handed.error().toString();
                }
            }
            return;
        }
    }
    std::sort(errors.begin(), errors.end(), [](const RowError &a, const RowError &b) {
        return a.row < b.row;
    });
    report.errors += errors;
    report.rowsRejected += rejected;
    report.filesRejected.append(shown);
}

} // namespace Hearth::Production
