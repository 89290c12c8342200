#pragma once

// A desk for the sync tests: its own SQLite file in a temporary folder, migrated like a real
// desk, written the way the repositories write (row and outbox entry in one transaction), and
// a SyncEngine pointed at the test server.

#include "core/hybridclock.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "sync/syncengine.h"
#include "sync/synctables.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

namespace SyncTest {

using namespace Hearth;

struct Desk
{
    QString path;
    std::unique_ptr<Core::HybridClock> clock;
    std::unique_ptr<Storage::Connection> connection;
    std::unique_ptr<Sync::SyncEngine> engine;

    bool open(const QString &file, const Sync::SyncSettings &settings)
    {
        path = file;
        clock = std::make_unique<Core::HybridClock>(QFileInfo(file).baseName());
        const QString name = QStringLiteral("desk-%1").arg(QUuid::createUuid().toString());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return false;
        connection = std::make_unique<Storage::Connection>(std::move(db));
        if (!connection->execScript(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA "
                                                   "synchronous=NORMAL; PRAGMA foreign_keys=ON;")))
            return false;
        if (Core::Status migrated = Storage::Migrator::migrate(*connection); !migrated) {
            qWarning() << migrated.error().toString();
            return false;
        }
        engine = std::make_unique<Sync::SyncEngine>(file, settings);
        engine->setClock(clock.get());
        return true;
    }

    void close()
    {
        engine.reset();
        connection.reset();
    }

    /// One round of sync; a failure fails the calling test through the report's absence.
    std::optional<Sync::SyncReport> sync()
    {
        const Core::Result<Sync::SyncReport> report = engine->run();
        if (!report) {
            qWarning() << "sync failed:" << report.error().toString();
            return std::nullopt;
        }
        return *report;
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(connection->sql());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(connection->sql());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    /// A change written as the repositories write one: the row and its outbox entry together.
    bool write(const QString &table, const QString &id, Storage::ChangeLog::Op op,
               const QString &sql, const QVariantList &values)
    {
        Storage::Transaction tx(*connection);
        const QString hlc = clock->now();
        QVariantList bound{hlc};
        bound.append(values);
        if (!exec(sql, bound))
            return false;
        if (!Storage::ChangeLog::record(*connection, {table, id, op, {}, {}, hlc, {}}))
            return false;
        return bool(tx.commit());
    }

    QString newId() const { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    QString addCustomer(const QString &name)
    {
        const QString id = newId();
        const bool ok = write(QStringLiteral("customers"), id, Storage::ChangeLog::Op::Insert,
                              QStringLiteral("INSERT INTO customers (hlc, id, channel, name, "
                                             "created_at, updated_at) VALUES (?, ?, 'dealer', "
                                             "?, '2026-12-01T08:00:00Z', "
                                             "'2026-12-01T08:00:00Z')"),
                              {id, name});
        return ok ? id : QString();
    }

    QString addOrder(const QString &orderNo, const QString &customerId, qint64 totalMicros)
    {
        const QString id = newId();
        const bool ok = write(
            QStringLiteral("sales_orders"), id, Storage::ChangeLog::Op::Insert,
            QStringLiteral("INSERT INTO sales_orders (hlc, id, order_no, channel, customer_id, "
                           "signed_on, total_micros, city, created_at, updated_at) VALUES "
                           "(?, ?, ?, 'dealer', ?, '2026-12-01', ?, '深圳', "
                           "'2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z')"),
            {id, orderNo, customerId.isEmpty() ? QVariant() : QVariant(customerId),
             totalMicros});
        return ok ? id : QString();
    }

    QString addLine(const QString &orderId, int lineNo, qint64 amountMicros)
    {
        const QString id = newId();
        const bool ok = write(
            QStringLiteral("order_lines"), id, Storage::ChangeLog::Op::Insert,
            QStringLiteral("INSERT INTO order_lines (hlc, id, order_id, line_no, description, "
                           "quantity_micros, amount_micros) VALUES (?, ?, ?, ?, '吊柜', "
                           "1000000, ?)"),
            {id, orderId, lineNo, amountMicros});
        return ok ? id : QString();
    }

    bool setOrderField(const QString &id, const QString &column, const QVariant &value)
    {
        return write(QStringLiteral("sales_orders"), id, Storage::ChangeLog::Op::Update,
                     QStringLiteral("UPDATE sales_orders SET hlc = ?, %1 = ? WHERE id = ?")
                         .arg(column),
                     {value, id});
    }

    bool deleteOrder(const QString &id)
    {
        return write(QStringLiteral("sales_orders"), id, Storage::ChangeLog::Op::Delete,
                     QStringLiteral("UPDATE sales_orders SET hlc = ?, deleted = 1 WHERE id = ?"),
                     {id});
    }

    QString orderField(const QString &id, const QString &column)
    {
        return value(QStringLiteral("SELECT %1 FROM sales_orders WHERE id = ?").arg(column), {id})
            .toString();
    }

    qint64 count(const QString &table, const QString &where = QStringLiteral("1 = 1"))
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where))
            .toLongLong();
    }

    /// Every synced row of a table as text (id, deleted and the plain fields), in id order:
    /// what two desks must agree on.
    QStringList snapshot(const QString &table)
    {
        const QStringList columns = Sync::SyncTables::columns(table);
        QSqlQuery q(connection->sql());
        q.exec(QStringLiteral("SELECT id, deleted, %1 FROM %2 ORDER BY id")
                   .arg(columns.join(QStringLiteral(", ")), table));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < columns.size() + 2; ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
            rows.append(cells.join(u'|'));
        }
        return rows;
    }
};

} // namespace SyncTest
