#include "orderwriter.h"

#include "core/money.h"
#include "ordernumbers.h"
#include "orderrepository.h"
#include "storage/changelog.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <utility>

namespace Hearth::Orders::Internal {

using Storage::Connection;
using Storage::Statement;

QString OrderWriter::nowUtc()
{
    thread_local qint64 lastMs = -1;
    thread_local QString lastText;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

OrderWriter::OrderWriter(Storage::Connection &c, ImportReport &report, const QString &file)
    : m_c(c), m_report(report)
{
    setFile(file);
    m_prefix = OrderNumbers::prefix(c);
    m_nextNo = OrderNumbers::lastNumber(c, m_prefix) + 1;
}

void OrderWriter::setFile(const QString &file)
{
    m_file = QFileInfo(file).fileName();
    // Audit reasons stay English; the timeline translates them by their pattern.
    m_importedFrom = QStringLiteral("imported from %1").arg(m_file);
}

Core::Status OrderWriter::write(SalesOrder incoming, const QString &note)
{
    for (qsizetype i = 0; i < incoming.lines.size(); ++i)
        incoming.lines[i].lineNo = int(i + 1);
    incoming.sourceFile = m_file;
    const QString now = nowUtc();
    incoming.hlc = Storage::Database::clock().now();

    Statement &find = m_c.prepare(
        "SELECT id FROM sales_orders WHERE channel = ? AND channel_order_no = ?");
    find.bind(1, channelCode(incoming.channel)).bind(2, incoming.channelOrderNo);
    const QString existingId = find.next() ? find.text(0) : QString();
    find.reset();

    if (existingId.isEmpty()) {
        // The channel's order is one order on every desk that imports it (a new id when this
        // desk removed an order of that number before: its tombstone keeps the id).
        incoming.id = OrderRepository::channelOrderId(channelCode(incoming.channel),
                                                      incoming.channelOrderNo);
        Statement &held = m_c.prepare("SELECT 1 FROM sales_orders WHERE id = ?");
        held.bind(1, incoming.id);
        if (held.next())
            incoming.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        held.reset();
        for (OrderLine &line : incoming.lines)
            line.id = OrderRepository::channelLineId(incoming.id, line);
        incoming.orderNo = OrderNumbers::format(m_prefix, m_nextNo++);
        OrderRowChanges rows;
        if (const Core::Status s = OrderRepository::writeOrder(m_c, incoming, true, now, &rows);
            !s) {
            return s;
        }
        m_writtenThisRun.insert(incoming.id);
        ++m_report.ordersNew;
        m_report.linesWritten += int(incoming.lines.size());
        Insert insert{incoming.id, incoming.hlc, {}, {}, std::move(rows)};
        if (!note.trimmed().isEmpty()) {
            insert.noteHlc = Storage::Database::clock().now();
            const auto document = OrderRepository::insertNote(m_c, incoming.id, note,
                                                              insert.noteHlc, now);
            if (!document)
                return document.error();
            insert.note = document.value();
        }
        return recordInsert(std::move(incoming), std::move(insert));
    }

    // The changes recorded so far go first, so that the outbox keeps the order of writing.
    if (const Core::Status s = finish(); !s)
        return s;
    auto loaded = OrderRepository::loadWith(m_c, existingId);
    if (!loaded)
        return loaded.error();
    const SalesOrder existing = loaded.value();
    if (m_writtenThisRun.contains(existingId)) {
        // The file lists this order's lines in more than one place: add the later ones.
        SalesOrder merged = existing;
        merged.hlc = incoming.hlc;
        for (OrderLine line : incoming.lines) {
            line.id.clear();
            line.lineNo = int(merged.lines.size() + 1);
            merged.lines.append(line);
        }
        m_report.linesWritten += int(incoming.lines.size());
        OrderRowChanges changes;
        if (const Core::Status s = OrderRepository::writeOrder(m_c, merged, false, now, &changes);
            !s) {
            return s;
        }
        // finish() recorded the order itself already, new in this run or not: its added lines
        // follow it.
        const QString reason = QStringLiteral("re-imported from %1").arg(m_file);
        if (const Core::Status s = OrderRepository::recordParents(m_c, changes, reason); !s)
            return s;
        return OrderRepository::recordLines(m_c, existingId, changes, reason);
    }

    incoming.id = existing.id;
    incoming.orderNo = existing.orderNo;
    incoming.status = existing.status;
    incoming.returned = existing.returned;
    if (incoming.sameContent(existing)) {
        ++m_report.ordersUnchanged;
        return {};
    }
    if (isPastReview(existing.status)) {
        ++m_report.ordersFlagged;
        m_report.flagged.append(flaggedText(existing));
        return noteFlagged(existing, incoming, now);
    }
    // Lines keep their rows by line number (OrderRepository::writeOrder); each line change is
    // recorded after the order's own entry.
    OrderRowChanges changes;
    if (const Core::Status s = OrderRepository::writeOrder(m_c, incoming, false, now, &changes);
        !s) {
        return s;
    }
    m_writtenThisRun.insert(incoming.id);
    ++m_report.ordersUpdated;
    m_report.linesWritten += int(incoming.lines.size());
    const QString reason = QStringLiteral("re-imported from %1").arg(m_file);
    if (const Core::Status s = OrderRepository::recordParents(m_c, changes, reason); !s)
        return s;
    if (const Core::Status s = Storage::ChangeLog::record(
            m_c, {QStringLiteral("sales_orders"), incoming.id, Storage::ChangeLog::Op::Update,
                  OrderRepository::toJson(existing), OrderRepository::toJson(incoming),
                  incoming.hlc, reason});
        !s) {
        return s;
    }
    return OrderRepository::recordLines(m_c, incoming.id, changes, reason);
}

Core::Status OrderWriter::finish()
{
    submit();
    while (!m_batches.empty()) {
        if (const Core::Status s = recordFirstBatch(); !s)
            return s;
    }
    return {};
}

QString OrderWriter::flaggedText(const SalesOrder &existing)
{
    return QCoreApplication::translate("Hearth::Orders",
                                       "%1 (channel order %2): changed in the file, but the "
                                       "order is already %3; not updated")
        .arg(existing.orderNo, existing.channelOrderNo, statusName(existing.status));
}

Core::Status OrderWriter::noteFlagged(const SalesOrder &existing, const SalesOrder &incoming,
                                      const QString &now)
{
    const QString body = flaggedNote(existing, incoming);
    Statement &same = m_c.prepare(
        "SELECT 1 FROM order_notes WHERE order_id = ? AND body = ? AND deleted = 0");
    same.bind(1, existing.id).bind(2, body);
    const bool noted = same.next();
    same.reset();
    if (noted)
        return {};
    const QString hlc = Storage::Database::clock().now();
    const auto document = OrderRepository::insertNote(m_c, existing.id, body, hlc, now);
    if (!document)
        return document.error();
    return Storage::ChangeLog::record(
        m_c, {QStringLiteral("order_notes"), document->value(QLatin1String("id")).toString(),
              Storage::ChangeLog::Op::Insert, {}, document.value(), hlc, {}},
        existing.id);
}

QString OrderWriter::flaggedNote(const SalesOrder &was, const SalesOrder &is) const
{
    return tr("Not updated from %1, because the order is already %2. The file changes: %3.")
        .arg(m_file, statusName(was.status), changes(was, is).join(QStringLiteral("; ")));
}

QStringList OrderWriter::changes(const SalesOrder &was, const SalesOrder &is)
{
    constexpr qsizetype maxChanges = 8;
    QStringList result;
    const auto compare = [&result](const QString &what, const QString &a, const QString &b) {
        if (a != b) {
            result.append(tr("%1 %2 → %3")
                              .arg(what, a.isEmpty() ? tr("(empty)") : a,
                                   b.isEmpty() ? tr("(empty)") : b));
        }
    };
    const auto date = [](const QDate &d) { return d.toString(Qt::ISODate); };
    const auto money = [](const Core::Decimal &d) { return d.toString(2); };
    compare(tr("customer"), was.customer.name, is.customer.name);
    compare(tr("mobile"), was.customer.mobile, is.customer.mobile);
    compare(tr("address"), was.address.toString(), is.address.toString());
    compare(tr("signed"), date(was.signedOn), date(is.signedOn));
    compare(tr("promised"), date(was.promisedOn), date(is.promisedOn));
    compare(tr("shipped"), date(was.shippedOn), date(is.shippedOn));
    compare(tr("ship mode"), was.shipMode, is.shipMode);
    compare(tr("deposit"), Core::Money(was.depositFen).toString(),
            Core::Money(is.depositFen).toString());
    compare(tr("dealer"), was.dealer.name, is.dealer.name);
    compare(tr("store"), was.store.name, is.store.name);
    compare(tr("designer"), was.designer.name, is.designer.name);
    const auto title = [](const OrderLine &l) {
        return l.description.isEmpty() ? l.sku : l.description;
    };
    for (qsizetype i = 0; i < std::max(was.lines.size(), is.lines.size()); ++i) {
        const int no = int(i + 1);
        if (i >= was.lines.size()) {
            result.append(tr("line %1 added: %2").arg(no).arg(title(is.lines[i])));
            continue;
        }
        if (i >= is.lines.size()) {
            result.append(tr("line %1 removed: %2").arg(no).arg(title(was.lines[i])));
            continue;
        }
        const OrderLine &a = was.lines[i];
        const OrderLine &b = is.lines[i];
        if (a.sameContent(b))
            continue;
        const qsizetype before = result.size();
        compare(tr("line %1 product").arg(no), title(a), title(b));
        compare(tr("line %1 quantity").arg(no), a.quantity.toString(), b.quantity.toString());
        compare(tr("line %1 unit price").arg(no), a.unitPrice ? money(*a.unitPrice) : QString(),
                b.unitPrice ? money(*b.unitPrice) : QString());
        compare(tr("line %1 discount").arg(no), a.discount.toString(), b.discount.toString());
        compare(tr("line %1 amount").arg(no), money(a.amount), money(b.amount));
        if (result.size() == before)
            result.append(tr("line %1: other details").arg(no));
    }
    if (result.isEmpty())
        result.append(tr("other details of the order"));
    if (result.size() > maxChanges) {
        const qsizetype more = result.size() - maxChanges;
        result.resize(maxChanges);
        result.append(tr("%1 more").arg(more));
    }
    return result;
}

Core::Status OrderWriter::recordInsert(SalesOrder written, Insert insert)
{
    m_inserts.append(std::move(insert));
    m_orders.append(std::move(written));
    if (m_orders.size() >= batchSize)
        submit();
    while (m_batches.size() > maxBatches
           || (!m_batches.empty()
               && m_batches.front().documents.wait_for(std::chrono::seconds(0))
                   == std::future_status::ready)) {
        if (const Core::Status s = recordFirstBatch(); !s)
            return s;
    }
    return {};
}

void OrderWriter::submit()
{
    if (m_orders.isEmpty())
        return;
    m_batches.push_back({m_documents.make(std::exchange(m_orders, {})),
                         std::exchange(m_inserts, {}), m_importedFrom});
}

Core::Status OrderWriter::recordFirstBatch()
{
    Batch batch = std::move(m_batches.front());
    m_batches.pop_front();
    const QList<QJsonObject> documents = batch.documents.get();
    for (qsizetype i = 0; i < batch.inserts.size(); ++i) {
        const Insert &insert = batch.inserts[i];
        // The customer, partners and products first (the order refers to them), the lines
        // after the order (they refer to it): another desk can store each as it arrives.
        if (Core::Status s = OrderRepository::recordParents(m_c, insert.rows, batch.reason); !s)
            return s;
        const Core::Status s = Storage::ChangeLog::record(
            m_c, {QStringLiteral("sales_orders"), insert.id, Storage::ChangeLog::Op::Insert,
                  {}, documents[i], insert.hlc, batch.reason});
        if (!s)
            return s;
        if (Core::Status lined = OrderRepository::recordLines(m_c, insert.id, insert.rows,
                                                              batch.reason);
            !lined) {
            return lined;
        }
        if (insert.note.isEmpty())
            continue;
        const Core::Status noted = Storage::ChangeLog::record(
            m_c, {QStringLiteral("order_notes"),
                  insert.note.value(QLatin1String("id")).toString(),
                  Storage::ChangeLog::Op::Insert, {}, insert.note, insert.noteHlc, {}},
                  insert.id);
        if (!noted)
            return noted;
    }
    return {};
}

} // namespace Hearth::Orders::Internal
