// POST /api/v1/orders over HTTPS: validation as strict as file import, idempotent repeats,
// nothing half-written, hostile text kept as data. On SQLite, or PostgreSQL by
// HEARTH_TEST_PG_URI.

#include "serverfixture.h"

#include "server/serversync.h"

#include <QJsonArray>

using namespace ServerTest;

namespace {

QJsonObject withLine(QJsonObject order, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    QJsonObject line = lines[index].toObject();
    if (value.isUndefined())
        line.remove(key);
    else
        line.insert(key, value);
    lines[index] = line;
    order.insert(QStringLiteral("lines"), lines);
    return order;
}

} // namespace

class tst_OrderIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void oversizeBodyIs413();
    void intakeCreatesOneOrder();
    void intakeRepeatsWriteNothing();
    void intakeNeedsKeys();
    void intakeFieldErrors_data();
    void intakeFieldErrors();
    void intakeWritesNothingWhenTheStoreFails();
    void injectionStringsAreData();
    void dealersKeepTheirOwnCustomers();
    void dealerAndStoreCodes_data();
    void dealerAndStoreCodes();
    void dealerDeskPullsThePartnerAndTheOrder();
    void pushedPartnerIsReused();
    void moneyIsRoundedAsTheDeskRoundsIt();

private:
    QString addUnit(const QString &kind, const QString &code, const QString &name);
    QString keyFor(const QString &unitId);
    /// The live sync rows of a table, their fields with "id" added.
    QList<QJsonObject> syncRows(const QString &table);
    QList<QJsonObject> partnerRows(const QString &kind, const QString &code);
    QJsonObject orderRow(const QString &channelOrderNo);

    Fixture m_f;
};

QString tst_OrderIntake::addUnit(const QString &kind, const QString &code, const QString &name)
{
    if (!m_f.store->begin())
        return {};
    const auto unit = Accounts(*m_f.store).createOrgUnit({{}, kind, code, name, {}}, m_f.now);
    if (!unit || !m_f.store->commit())
        return {};
    return unit->id;
}

QString tst_OrderIntake::keyFor(const QString &unitId)
{
    if (!m_f.store->begin())
        return {};
    const auto key = ChannelKeys(*m_f.store).create(QStringLiteral("erp-") + unitId,
                                                    Hearth::Orders::Channel::Dealer, unitId,
                                                    m_f.now);
    if (!key || !m_f.store->commit())
        return {};
    return key->secret;
}

QList<QJsonObject> tst_OrderIntake::syncRows(const QString &table)
{
    QSqlQuery q = m_f.store->prepare(QStringLiteral(
        "SELECT row_id, fields FROM sync_rows WHERE table_name = ? AND deleted = 0 "
        "ORDER BY revision"));
    q.addBindValue(table);
    QList<QJsonObject> rows;
    if (!m_f.store->exec(q))
        return rows;
    while (q.next()) {
        QJsonObject fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        fields.insert(QStringLiteral("id"), q.value(0).toString());
        rows.append(fields);
    }
    return rows;
}

QList<QJsonObject> tst_OrderIntake::partnerRows(const QString &kind, const QString &code)
{
    QList<QJsonObject> found;
    for (const QJsonObject &p : syncRows(QStringLiteral("partners"))) {
        if (p.value(QStringLiteral("kind")).toString() == kind
            && p.value(QStringLiteral("code")).toString() == code) {
            found.append(p);
        }
    }
    return found;
}

QJsonObject tst_OrderIntake::orderRow(const QString &channelOrderNo)
{
    for (const QJsonObject &o : syncRows(QStringLiteral("sales_orders"))) {
        if (o.value(QStringLiteral("channel_order_no")).toString() == channelOrderNo)
            return o;
    }
    return {};
}

void tst_OrderIntake::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(m_f.setUp());
    qInfo() << "order intake on" << (m_f.postgres() ? m_f.pgBase->display()
                                                    : QStringLiteral("SQLite"));
}

void tst_OrderIntake::init()
{
    QVERIFY(m_f.start());
    // The dealer of Fixture::order(): a code that names no dealer is refused.
    QVERIFY(!addUnit(QStringLiteral("dealer"), QStringLiteral("D-SZ-07"),
                     QStringLiteral("深圳经销商")).isEmpty());
}

void tst_OrderIntake::cleanup()
{
    m_f.stop();
}

void tst_OrderIntake::oversizeBodyIs413()
{
    QJsonObject big = Fixture::order();
    big.insert(QStringLiteral("note"), QString(Fixture::MaxBody, u'x'));
    const Reply refused = m_f.postJson(QStringLiteral("/api/v1/orders"), big,
                                       m_f.intakeHeaders("big-1"));
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.errorCode(), QStringLiteral("too_large"));
    QCOMPARE(m_f.count(QStringLiteral("orders")), 0);

    // Just under the limit is read as usual.
    QJsonObject fits = Fixture::order();
    fits.insert(QStringLiteral("note"), QString(Fixture::MaxBody / 2, u'x'));
    QCOMPARE(m_f.postJson(QStringLiteral("/api/v1/orders"), fits,
                          m_f.intakeHeaders("big-2")).status, 201);
}

void tst_OrderIntake::intakeCreatesOneOrder()
{
    const Reply created = m_f.postJson(QStringLiteral("/api/v1/orders"), Fixture::order(),
                                       m_f.intakeHeaders("order-0001"));
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.json.value(QStringLiteral("order")).toObject();
    QCOMPARE(order.value(QStringLiteral("order_no")).toString(), QStringLiteral("SV00000001"));
    QCOMPARE(order.value(QStringLiteral("channel")).toString(), QStringLiteral("dealer"));
    QCOMPARE(order.value(QStringLiteral("channel_order_no")).toString(),
             QStringLiteral("DLR-2026-0001"));
    QCOMPARE(order.value(QStringLiteral("lines")).toInt(), 2);
    // 2 × 1999.00 × 0.9 = 3598.20, plus 500.00.
    QCOMPARE(order.value(QStringLiteral("total")).toString(), QStringLiteral("4098.20"));
    QVERIFY(!created.headers.contains("idempotent-replayed"));

    QSqlQuery row = m_f.store->prepare(QStringLiteral(
        "SELECT customer_name, signed_on, total_micros, line_count, document FROM orders"));
    QVERIFY(m_f.store->exec(row) && row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("王女士"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("2026-11-30"));
    QCOMPARE(row.value(2).toLongLong(), 4'098'200'000LL);
    QCOMPARE(row.value(3).toInt(), 2);
    const QJsonObject document = QJsonDocument::fromJson(row.value(4).toString().toUtf8())
                                     .object();
    // The document is the desk's (Orders::OrderRepository::toJson) for the same order.
    QCOMPARE(document.value(QStringLiteral("order_no")).toString(), QStringLiteral("SV00000001"));
    QCOMPARE(document.value(QStringLiteral("customer")).toString(), QStringLiteral("王女士"));
    QCOMPARE(document.value(QStringLiteral("mobile")).toString(), QStringLiteral("13800138000"));
    QCOMPARE(document.value(QStringLiteral("dealer")).toString(), QStringLiteral("D-SZ-07"));
    QCOMPARE(document.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    const QJsonArray lines = document.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject cabinet = lines[0].toObject();
    QCOMPARE(cabinet.value(QStringLiteral("line_no")).toInt(), 1);
    QCOMPARE(cabinet.value(QStringLiteral("width_mm")).toInt(), 800);
    QCOMPARE(cabinet.value(QStringLiteral("unit")).toString(), QStringLiteral("piece"));
    QCOMPARE(cabinet.value(QStringLiteral("discount")).toString(), QStringLiteral("0.1"));
    QCOMPARE(cabinet.value(QStringLiteral("amount")).toString(), QStringLiteral("3598.2"));
    QVERIFY(!cabinet.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(lines[1].toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("500"));
    QCOMPARE(m_f.count(QStringLiteral("intake_requests")), 1);
}

void tst_OrderIntake::intakeRepeatsWriteNothing()
{
    const QString path = QStringLiteral("/api/v1/orders");
    const Reply first = m_f.postJson(path, Fixture::order(), m_f.intakeHeaders("key-A"));
    QCOMPARE(first.status, 201);

    // The same request again: the first answer, word for word, and nothing new.
    const Reply repeat = m_f.postJson(path, Fixture::order(), m_f.intakeHeaders("key-A"));
    QCOMPARE(repeat.status, 201);
    QCOMPARE(repeat.json, first.json);
    QCOMPARE(repeat.headers.value("idempotent-replayed"), QByteArrayLiteral("true"));

    // A new key for the same channel order with the same content: the first answer too.
    const Reply sameOrder = m_f.postJson(path, Fixture::order(), m_f.intakeHeaders("key-B"));
    QCOMPARE(sameOrder.status, 201);
    QCOMPARE(sameOrder.json, first.json);
    QCOMPARE(m_f.count(QStringLiteral("orders")), 1);
    QCOMPARE(m_f.count(QStringLiteral("intake_requests")), 1);

    // The key of another body: refused, naming the header.
    const Reply reused = m_f.postJson(path, Fixture::order(QStringLiteral("DLR-2026-0002")),
                                      m_f.intakeHeaders("key-A"));
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorField(), QStringLiteral("Idempotency-Key"));

    // The same channel order number with other content: a conflict, not a silent change.
    QJsonObject changed = Fixture::order();
    changed.insert(QStringLiteral("customer_name"), QStringLiteral("王先生"));
    const Reply conflict = m_f.postJson(path, changed, m_f.intakeHeaders("key-C"));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorField(), QStringLiteral("channel_order_no"));
    QCOMPARE(m_f.count(QStringLiteral("orders")), 1);

    // A second order is the next number.
    const Reply second = m_f.postJson(path, Fixture::order(QStringLiteral("DLR-2026-0002")),
                                      m_f.intakeHeaders("key-D"));
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json.value(QStringLiteral("order")).toObject()
                 .value(QStringLiteral("order_no")).toString(), QStringLiteral("SV00000002"));
    QCOMPARE(m_f.count(QStringLiteral("orders")), 2);
}

void tst_OrderIntake::intakeNeedsKeys()
{
    const QString path = QStringLiteral("/api/v1/orders");
    const Reply noKey = m_f.postJson(path, Fixture::order(),
                                     {{QByteArrayLiteral("Idempotency-Key"), "k-1"}});
    QCOMPARE(noKey.status, 401);
    QCOMPARE(noKey.errorField(), QStringLiteral("X-Hearth-Channel-Key"));

    const Reply wrongKey = m_f.postJson(path, Fixture::order(),
                                        {{QByteArrayLiteral("X-Hearth-Channel-Key"),
                                          "hck_not-our-key"},
                                         {QByteArrayLiteral("Idempotency-Key"), "k-1"}});
    QCOMPARE(wrongKey.status, 401);

    // A user's token is not a channel key.
    const Reply signedIn = m_f.login(QStringLiteral("admin"),
                                     QLatin1String(Fixture::AdminPassword));
    const Reply token = m_f.postJson(
        path, Fixture::order(),
        {{QByteArrayLiteral("X-Hearth-Channel-Key"),
          signedIn.json.value(QStringLiteral("token")).toString().toLatin1()},
         {QByteArrayLiteral("Idempotency-Key"), "k-1"}});
    QCOMPARE(token.status, 401);

    const Reply noIdempotency = m_f.postJson(path, Fixture::order(),
                                             {{QByteArrayLiteral("X-Hearth-Channel-Key"),
                                               m_f.channelKey.toLatin1()}});
    QCOMPARE(noIdempotency.status, 400);
    QCOMPARE(noIdempotency.errorField(), QStringLiteral("Idempotency-Key"));
    const Reply spaced = m_f.postJson(path, Fixture::order(), m_f.intakeHeaders("has space"));
    QCOMPARE(spaced.status, 400);
    QCOMPARE(m_f.count(QStringLiteral("orders")), 0);
}

void tst_OrderIntake::intakeFieldErrors_data()
{
    QTest::addColumn<QJsonObject>("order");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QJsonObject good = Fixture::order();
    auto without = [&](const QString &key) {
        QJsonObject o = good;
        o.remove(key);
        return o;
    };
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return o;
    };
    QTest::newRow("unknown order field") << with(QStringLiteral("colour_code"),
                                                 QStringLiteral("white"))
                                         << 400 << QStringLiteral("colour_code");
    QTest::newRow("unknown line field") << withLine(good, 1, QStringLiteral("colr"),
                                                    QStringLiteral("oak"))
                                        << 400 << QStringLiteral("lines[1].colr");
    QTest::newRow("channel is the key's") << with(QStringLiteral("channel"),
                                                  QStringLiteral("store"))
                                          << 400 << QStringLiteral("channel");
    QTest::newRow("quantity as a number") << withLine(good, 0, QStringLiteral("quantity"), 2)
                                          << 400 << QStringLiteral("lines[0].quantity");
    QTest::newRow("price as a float") << withLine(good, 0, QStringLiteral("unit_price"), 1999.5)
                                      << 400 << QStringLiteral("lines[0].unit_price");
    QTest::newRow("width as text") << withLine(good, 0, QStringLiteral("width_mm"),
                                               QStringLiteral("800"))
                                   << 400 << QStringLiteral("lines[0].width_mm");
    QTest::newRow("width with decimals") << withLine(good, 0, QStringLiteral("width_mm"), 800.5)
                                         << 400 << QStringLiteral("lines[0].width_mm");
    QTest::newRow("missing customer") << without(QStringLiteral("customer_name"))
                                      << 400 << QStringLiteral("customer_name");
    QTest::newRow("missing quantity") << withLine(good, 1, QStringLiteral("quantity"),
                                                  QJsonValue::Undefined)
                                      << 400 << QStringLiteral("lines[1].quantity");
    QTest::newRow("no lines") << with(QStringLiteral("lines"), QJsonArray())
                              << 400 << QStringLiteral("lines");
    QTest::newRow("lines not objects") << with(QStringLiteral("lines"), QJsonArray{1, 2})
                                       << 400 << QStringLiteral("lines");
    QTest::newRow("bad date") << with(QStringLiteral("signed_on"), QStringLiteral("2026-13-45"))
                              << 422 << QStringLiteral("signed_on");
    QTest::newRow("bad mobile") << with(QStringLiteral("mobile"), QStringLiteral("call me"))
                                << 422 << QStringLiteral("mobile");
    QTest::newRow("blank order no") << with(QStringLiteral("channel_order_no"), QStringLiteral(" "))
                                    << 422 << QStringLiteral("channel_order_no");
    QTest::newRow("zero quantity") << withLine(good, 0, QStringLiteral("quantity"),
                                               QStringLiteral("0"))
                                   << 422 << QStringLiteral("lines[0].quantity");
    QTest::newRow("seven decimals") << withLine(good, 0, QStringLiteral("unit_price"),
                                                QStringLiteral("1.0000001"))
                                    << 422 << QStringLiteral("lines[0].unit_price");
    QTest::newRow("width out of range") << withLine(good, 0, QStringLiteral("width_mm"), 20000)
                                        << 422 << QStringLiteral("lines[0].width_mm");
    QTest::newRow("unknown unit") << withLine(good, 1, QStringLiteral("unit"),
                                              QStringLiteral("bucket"))
                                  << 422 << QStringLiteral("lines[1].unit");
    QTest::newRow("discount over 100%") << withLine(good, 0, QStringLiteral("discount"),
                                                    QStringLiteral("150%"))
                                        << 422 << QStringLiteral("lines[0].discount");
    QTest::newRow("line repeated") << withLine(good, 1, QStringLiteral("channel_line_no"),
                                               QStringLiteral("1"))
                                   << 422 << QStringLiteral("lines[1].channel_line_no");
    QTest::newRow("control character") << with(QStringLiteral("customer_name"),
                                               QStringLiteral("王").append(QChar(0)))
                                       << 400 << QStringLiteral("customer_name");
    QTest::newRow("no price") << withLine(good, 1, QStringLiteral("amount"),
                                          QJsonValue::Undefined)
                              << 422 << QStringLiteral("lines[1].amount");
}

void tst_OrderIntake::intakeFieldErrors()
{
    QFETCH(QJsonObject, order);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Reply refused = m_f.postJson(QStringLiteral("/api/v1/orders"), order,
                                       m_f.intakeHeaders("bad-request-1"));
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.errorField(), field);
    const QJsonArray problems = refused.json.value(QStringLiteral("error")).toObject()
                                    .value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems[0].toObject().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_f.count(QStringLiteral("orders")), 0);
    QCOMPARE(m_f.count(QStringLiteral("intake_requests")), 0);
}

void tst_OrderIntake::intakeWritesNothingWhenTheStoreFails()
{
    // The answer record is written after the order; when it fails, the order must go too.
    QStringList statements;
    if (m_f.postgres()) {
        statements << QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                                     "RAISE EXCEPTION 'refused by the test'; END $$ "
                                     "LANGUAGE plpgsql")
                   << QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON intake_requests "
                                     "FOR EACH ROW EXECUTE FUNCTION refuse()");
    } else {
        statements << QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON intake_requests "
                                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    }
    const Hearth::Core::Status made = m_f.store->execScript(
        statements.join(QStringLiteral(";\n")) + u';', QStringLiteral("test trigger"));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    const Reply failed = m_f.postJson(QStringLiteral("/api/v1/orders"), Fixture::order(),
                                      m_f.intakeHeaders("doomed-1"));
    QCOMPARE(failed.status, 503);
    QCOMPARE(m_f.count(QStringLiteral("orders")), 0);
    QCOMPARE(m_f.count(QStringLiteral("intake_requests")), 0);
    QSqlQuery counter = m_f.store->prepare(QStringLiteral(
        "SELECT value FROM counters WHERE name = 'order_no'"));
    QVERIFY(m_f.store->exec(counter) && counter.next());
    QCOMPARE(counter.value(0).toLongLong(), 0);
}

void tst_OrderIntake::injectionStringsAreData()
{
    const QStringList hostile{
        QStringLiteral("Robert'); DROP TABLE orders;--"),
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("\"; DELETE FROM users; --"),
        QStringLiteral("x' UNION SELECT password_hash FROM users --"),
        QStringLiteral("$1 $$; SELECT pg_sleep(5); $$"),
        QStringLiteral("<script>alert(1)</script> 王后 \\x00")};
    int n = 0;
    for (const QString &text : hostile) {
        ++n;
        QJsonObject order = Fixture::order(text.left(20) + QString::number(n));
        order.insert(QStringLiteral("customer_name"), text);
        order = withLine(order, 0, QStringLiteral("product_name"), text);
        const Reply created = m_f.postJson(QStringLiteral("/api/v1/orders"), order,
                                           m_f.intakeHeaders("';DROP-TABLE-intake_requests;--"
                                                             + QByteArray::number(n)));
        QCOMPARE(created.status, 201);
        QSqlQuery row = m_f.store->prepare(QStringLiteral(
            "SELECT customer_name, document FROM orders WHERE channel_order_no = ?"));
        row.addBindValue(text.left(20) + QString::number(n));
        QVERIFY(m_f.store->exec(row) && row.next());
        const QString stored = row.value(0).toString();
        QCOMPARE(stored, text.trimmed());
        const QJsonObject document = QJsonDocument::fromJson(row.value(1).toString().toUtf8())
                                         .object();
        QCOMPARE(document.value(QStringLiteral("lines")).toArray()[0].toObject()
                     .value(QStringLiteral("description")).toString(), text.trimmed());
    }
    QCOMPARE(m_f.count(QStringLiteral("orders")), hostile.size());
    QCOMPARE(m_f.count(QStringLiteral("users")), 2);

    for (const QString &text : hostile) {
        const Reply refused = m_f.login(text, text);
        QCOMPARE(refused.status, 401);
    }
    QCOMPARE(m_f.count(QStringLiteral("users")), 2);
    QCOMPARE(m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword)).status,
             200);
}

void tst_OrderIntake::dealersKeepTheirOwnCustomers()
{
    // Two dealers' systems send a customer with the same mobile number: each dealer keeps its
    // own customer row, and neither name nor address crosses over.
    QVERIFY(m_f.store->begin());
    Accounts accounts(*m_f.store);
    QStringList secrets;
    for (const QString &code : {QStringLiteral("D1"), QStringLiteral("D2")}) {
        const auto unit = accounts.createOrgUnit(
            {{}, QStringLiteral("dealer"), code, QStringLiteral("经销商 ") + code, {}}, m_f.now);
        QVERIFY(unit);
        const auto key = ChannelKeys(*m_f.store).create(QStringLiteral("erp-") + code,
                                                        Hearth::Orders::Channel::Dealer,
                                                        unit->id, m_f.now);
        QVERIFY(key);
        secrets.append(key->secret);
    }
    QVERIFY(m_f.store->commit());

    const QStringList names{QStringLiteral("王女士"), QStringLiteral("D2 的客户")};
    for (int i = 0; i < 2; ++i) {
        QJsonObject body = Fixture::order(QStringLiteral("SAME-%1").arg(i));
        body.insert(QStringLiteral("customer_name"), names.at(i));
        body.remove(QStringLiteral("dealer_code"));
        const Reply reply = m_f.postJson(
            QStringLiteral("/api/v1/orders"), body,
            {{QByteArrayLiteral("X-Hearth-Channel-Key"), secrets.at(i).toLatin1()},
             {QByteArrayLiteral("Idempotency-Key"), QByteArray("same-mobile-") + char('0' + i)}});
        QCOMPARE(reply.status, 201);
    }
    QCOMPARE(m_f.count(QStringLiteral("sync_rows WHERE table_name = 'customers'")), qint64(2));
    QSqlQuery q = m_f.store->prepare(QStringLiteral(
        "SELECT fields FROM sync_rows WHERE table_name = 'customers' ORDER BY fields"));
    QVERIFY(m_f.store->exec(q));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).contains(QStringLiteral("D1:13800138000"))
                 && rows.at(0).contains(names.at(0)),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).contains(QStringLiteral("D2:13800138000"))
                 && rows.at(1).contains(names.at(1)),
             qPrintable(rows.at(1)));
}

void tst_OrderIntake::dealerAndStoreCodes_data()
{
    QTest::addColumn<QString>("keyUnit");  // code of the unit the key is bound to, or none
    QTest::addColumn<QJsonValue>("dealerCode");  // undefined: not sent
    QTest::addColumn<QJsonValue>("storeCode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("dealer");  // the code of the order's dealer partner, or none
    QTest::addColumn<QString>("store");
    const QJsonValue none(QJsonValue::Undefined);
    const QString dealer = QStringLiteral("010025");
    const QString other = QStringLiteral("010031");
    const QString shop = QStringLiteral("STORE-SZ-01");
    QTest::newRow("dealer key, its own code") << dealer << QJsonValue(dealer) << none << 201
                                              << QString() << dealer << QString();
    QTest::newRow("dealer key, no code") << dealer << none << none << 201 << QString()
                                         << dealer << QString();
    QTest::newRow("dealer key, no such dealer")
        << dealer << QJsonValue(QStringLiteral("999999")) << none << 422
        << QStringLiteral("dealer_code") << QString() << QString();
    QTest::newRow("dealer key, another dealer") << dealer << QJsonValue(other) << none << 422
                                                << QStringLiteral("dealer_code") << QString()
                                                << QString();
    QTest::newRow("dealer key, no such store")
        << dealer << none << QJsonValue(QStringLiteral("STORE-XX")) << 422
        << QStringLiteral("store_code") << QString() << QString();
    QTest::newRow("store key, its own store") << shop << none << none << 201 << QString()
                                              << QString() << shop;
    QTest::newRow("store key, another store")
        << shop << none << QJsonValue(QStringLiteral("STORE-GZ-02")) << 422
        << QStringLiteral("store_code") << QString() << QString();
    QTest::newRow("no unit, a dealer's code") << QString() << QJsonValue(other) << none << 201
                                              << QString() << other << QString();
    QTest::newRow("no unit, dealer and store") << QString() << QJsonValue(other)
                                               << QJsonValue(shop) << 201 << QString() << other
                                               << shop;
    QTest::newRow("no unit, no such dealer")
        << QString() << QJsonValue(QStringLiteral("999999")) << none << 422
        << QStringLiteral("dealer_code") << QString() << QString();
    QTest::newRow("no unit, a store's code as the dealer's")
        << QString() << QJsonValue(shop) << none << 422 << QStringLiteral("dealer_code")
        << QString() << QString();
    QTest::newRow("no unit, no such store")
        << QString() << QJsonValue(other) << QJsonValue(QStringLiteral("STORE-XX")) << 422
        << QStringLiteral("store_code") << QString() << QString();
    QTest::newRow("no unit, no codes") << QString() << none << none << 201 << QString()
                                       << QString() << QString();
}

void tst_OrderIntake::dealerAndStoreCodes()
{
    QFETCH(QString, keyUnit);
    QFETCH(QJsonValue, dealerCode);
    QFETCH(QJsonValue, storeCode);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, dealer);
    QFETCH(QString, store);
    QVERIFY(!addUnit(QStringLiteral("dealer"), QStringLiteral("010025"),
                     QStringLiteral("佛山经销商")).isEmpty());
    QVERIFY(!addUnit(QStringLiteral("dealer"), QStringLiteral("010031"),
                     QStringLiteral("中山经销商")).isEmpty());
    QList<QPair<QByteArray, QByteArray>> headers = m_f.intakeHeaders("codes-1");
    if (!keyUnit.isEmpty()) {
        const auto unit = Accounts(*m_f.store).findOrgUnitByCode(keyUnit);
        QVERIFY(unit);
        headers[0].second = keyFor(unit->id).toLatin1();
    }
    QJsonObject body = Fixture::order();
    body.remove(QStringLiteral("dealer_code"));
    if (!dealerCode.isUndefined())
        body.insert(QStringLiteral("dealer_code"), dealerCode);
    if (!storeCode.isUndefined())
        body.insert(QStringLiteral("store_code"), storeCode);

    const Reply reply = m_f.postJson(QStringLiteral("/api/v1/orders"), body, headers);
    QCOMPARE(reply.status, status);
    if (status != 201) {
        QCOMPARE(reply.errorField(), field);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_order"));
        if (keyUnit == QLatin1String("010025") && field == QLatin1String("dealer_code")) {
            QVERIFY2(reply.errorMessage().contains(QStringLiteral("010025")),
                     qPrintable(reply.errorMessage()));
        }
        QCOMPARE(m_f.count(QStringLiteral("orders")), 0);
        QCOMPARE(m_f.count(QStringLiteral("sync_rows")), 0);
        return;
    }
    const QJsonObject order = orderRow(QStringLiteral("DLR-2026-0001"));
    QVERIFY(!order.isEmpty());
    const std::pair<QString, const char *> wanted[] = {{dealer, "dealer"}, {store, "store"}};
    for (const auto &[code, kind] : wanted) {
        const QString column = QLatin1String(kind) + QStringLiteral("_id");
        if (code.isEmpty()) {
            QVERIFY(order.value(column).isNull());
            continue;
        }
        const QList<QJsonObject> partners = partnerRows(QLatin1String(kind), code);
        QCOMPARE(partners.size(), 1);
        QCOMPARE(order.value(column).toString(), partners[0].value(QStringLiteral("id"))
                                                     .toString());
    }
    // The stored document names the dealer the order was given.
    QSqlQuery q = m_f.store->prepare(QStringLiteral("SELECT document FROM orders"));
    QVERIFY(m_f.store->exec(q) && q.next());
    const QJsonObject document = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                     .object();
    QCOMPARE(document.value(QStringLiteral("dealer")).toString(), dealer);
}

void tst_OrderIntake::dealerDeskPullsThePartnerAndTheOrder()
{
    const QString unit = addUnit(QStringLiteral("dealer"), QStringLiteral("010025"),
                                 QStringLiteral("佛山经销商"));
    QVERIFY(!unit.isEmpty());
    const QString secret = keyFor(unit);
    QVERIFY(!secret.isEmpty());
    QVERIFY(m_f.store->begin());
    QVERIFY(Accounts(*m_f.store).createUser({QStringLiteral("dealer.fs"),
                                             QStringLiteral("佛山店长"),
                                             Hearth::Users::Role::Dealer,
                                             QStringLiteral("Dealer-pass-word-1"), unit},
                                            m_f.now));
    QVERIFY(m_f.store->commit());

    // Two orders, one naming the dealer and one not: one partner row, both orders its.
    for (int i = 0; i < 2; ++i) {
        QJsonObject body = Fixture::order(QStringLiteral("FS-%1").arg(i));
        if (i == 0)
            body.insert(QStringLiteral("dealer_code"), QStringLiteral("010025"));
        else
            body.remove(QStringLiteral("dealer_code"));
        const Reply reply = m_f.postJson(
            QStringLiteral("/api/v1/orders"), body,
            {{QByteArrayLiteral("X-Hearth-Channel-Key"), secret.toLatin1()},
             {QByteArrayLiteral("Idempotency-Key"), QByteArray("fs-") + char('0' + i)}});
        QCOMPARE(reply.status, 201);
    }
    const QList<QJsonObject> partners = partnerRows(QStringLiteral("dealer"),
                                                    QStringLiteral("010025"));
    QCOMPARE(partners.size(), 1);
    const QString partnerId = partners[0].value(QStringLiteral("id")).toString();
    QCOMPARE(partners[0].value(QStringLiteral("name")).toString(), QStringLiteral("佛山经销商"));

    const std::optional<ServerUser> user = Accounts(*m_f.store).findUser(
        QStringLiteral("dealer.fs"));
    QVERIFY(user);
    const auto page = ServerSync(*m_f.store).changesAfter(0, 10000, SyncScope::of(*user));
    QVERIFY(page);
    bool partnerPulled = false;
    QStringList ordersPulled;
    for (const Hearth::Sync::PulledChange &c : page->changes) {
        if (c.table == QLatin1String("partners") && c.rowId == partnerId) {
            partnerPulled = true;
            QCOMPARE(c.fields.value(QStringLiteral("code")).toString(),
                     QStringLiteral("010025"));
            QCOMPARE(c.fields.value(QStringLiteral("kind")).toString(),
                     QStringLiteral("dealer"));
        }
        if (c.table == QLatin1String("sales_orders")) {
            QCOMPARE(c.fields.value(QStringLiteral("dealer_id")).toString(), partnerId);
            ordersPulled.append(c.fields.value(QStringLiteral("channel_order_no")).toString());
        }
    }
    QVERIFY(partnerPulled);
    ordersPulled.sort();
    QCOMPARE(ordersPulled, (QStringList{QStringLiteral("FS-0"), QStringLiteral("FS-1")}));
}

void tst_OrderIntake::pushedPartnerIsReused()
{
    // Head office's desks pushed these partners: one of a dealer unit the server knows, one of
    // a dealer that has no unit. Orders name the pushed rows, and no second row is made.
    const QString pushedSz = QStringLiteral("6f1d2c3b-0000-4000-8000-00000000d507");
    const QString pushedGz = QStringLiteral("6f1d2c3b-0000-4000-8000-00000000d602");
    QVERIFY(m_f.store->begin());
    ServerSync sync(*m_f.store);
    for (const auto &[id, code, name] :
         {std::tuple{pushedSz, QStringLiteral("D-SZ-07"), QStringLiteral("深圳经销商")},
          std::tuple{pushedGz, QStringLiteral("D-GZ-02"), QStringLiteral("广州经销商")}}) {
        const QJsonObject fields{{QStringLiteral("kind"), QStringLiteral("dealer")},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("created_at"), QStringLiteral("2026-11-01")},
                                 {QStringLiteral("updated_at"), QStringLiteral("2026-11-01")}};
        QVERIFY(sync.writeServerRow(QStringLiteral("partners"), id, fields,
                                    QString::fromLatin1(SyncScope::GlobalUnit), m_f.now));
    }
    QVERIFY(m_f.store->commit());

    const Reply sz = m_f.postJson(QStringLiteral("/api/v1/orders"), Fixture::order(),
                                  m_f.intakeHeaders("pushed-1"));
    QCOMPARE(sz.status, 201);
    QJsonObject body = Fixture::order(QStringLiteral("GZ-1"));
    body.insert(QStringLiteral("dealer_code"), QStringLiteral("D-GZ-02"));
    const Reply gz = m_f.postJson(QStringLiteral("/api/v1/orders"), body,
                                  m_f.intakeHeaders("pushed-2"));
    QCOMPARE(gz.status, 201);

    QCOMPARE(orderRow(QStringLiteral("DLR-2026-0001")).value(QStringLiteral("dealer_id"))
                 .toString(), pushedSz);
    QCOMPARE(orderRow(QStringLiteral("GZ-1")).value(QStringLiteral("dealer_id")).toString(),
             pushedGz);
    QCOMPARE(syncRows(QStringLiteral("partners")).size(), 2);
}

void tst_OrderIntake::moneyIsRoundedAsTheDeskRoundsIt()
{
    // Line amounts with more decimals than fen: the desk shows each order's total rounded to
    // the fen half away from zero (Core::Money), and a sum of orders as the exact sum rounded
    // once (Finance::ProfitReport's groups, OrderQuery::stats).
    const QStringList amounts{QStringLiteral("13531.0155"), QStringLiteral("199.256")};
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        QJsonObject body = Fixture::order(QStringLiteral("ROUND-%1").arg(i));
        const QJsonObject line{{QStringLiteral("product_name"), QStringLiteral("柜体")},
                               {QStringLiteral("quantity"), QStringLiteral("1")},
                               {QStringLiteral("amount"), amounts.at(i)}};
        body.insert(QStringLiteral("lines"), QJsonArray{line});
        const Reply created = m_f.postJson(QStringLiteral("/api/v1/orders"), body,
                                           m_f.intakeHeaders("round-" + QByteArray::number(i)));
        QCOMPARE(created.status, 201);
        // 13531.0155 → 13531.02; 199.256 → 199.26.
        QCOMPARE(created.json.value(QStringLiteral("order")).toObject()
                     .value(QStringLiteral("total")).toString(),
                 i == 0 ? QStringLiteral("13531.02") : QStringLiteral("199.26"));
    }
    const Reply signedIn = m_f.login(QStringLiteral("admin"),
                                     QLatin1String(Fixture::AdminPassword));
    const auto auth = Fixture::bearer(signedIn.json.value(QStringLiteral("token")).toString());

    const QString id = orderRow(QStringLiteral("ROUND-0")).value(QStringLiteral("id")).toString();
    const Reply shown = m_f.call("GET", QStringLiteral("/api/v1/orders/") + id, {}, auth);
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json.value(QStringLiteral("order")).toObject()
                 .value(QStringLiteral("total")).toString(), QStringLiteral("13531.02"));
    QCOMPARE(shown.json.value(QStringLiteral("lines")).toArray().at(0).toObject()
                 .value(QStringLiteral("amount")).toString(), QStringLiteral("13531.02"));

    const Reply csv = m_f.call("GET", QStringLiteral("/api/v1/orders/export"), {}, auth);
    QCOMPARE(csv.status, 200);
    const QStringList rows = QString::fromUtf8(csv.body.mid(3)).split(QStringLiteral("\r\n"),
                                                                      Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    QStringList totals;
    for (qsizetype i = 1; i < rows.size(); ++i)
        totals.append(rows.at(i).section(u',', -1));
    totals.sort();
    QCOMPARE(totals, (QStringList{QStringLiteral("13531.02"), QStringLiteral("199.26")}));

    // 13531.0155 + 199.256 = 13730.2715 → 13730.27, as the desk's profit report by channel
    // and its order statistics show the two orders (not 13531.02 + 199.26 = 13730.28).
    const Reply sums = m_f.call("GET", QStringLiteral("/api/v1/reports/totals"), {}, auth);
    QCOMPARE(sums.status, 200);
    QCOMPARE(sums.json.value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(sums.json.value(QStringLiteral("total")).toString(), QStringLiteral("13730.27"));
    QCOMPARE(sums.json.value(QStringLiteral("total_micros")).toString(),
             QStringLiteral("13730271500"));
    const QJsonArray byChannel = sums.json.value(QStringLiteral("by_channel")).toArray();
    QCOMPARE(byChannel.size(), 1);
    QCOMPARE(byChannel.at(0).toObject().value(QStringLiteral("total")).toString(),
             QStringLiteral("13730.27"));
}

QTEST_GUILESS_MAIN(tst_OrderIntake)
#include "tst_orderintake.moc"
