// The field API over HTTPS: dispatchers create installation jobs, installers list, take, check
// in and out, send pings and record ratings; nobody reaches another installer's job, and every
// write may be sent again. On SQLite, or PostgreSQL by HEARTH_TEST_PG_URI.

#include "fieldfixture.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace ServerTest;

class tst_FieldApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createJobRefuses_data();
    void createJobRefuses();
    void createJobIsIdempotent();
    void createJobWaitsForCompleteness();
    void openAndMineLists();
    void takeRaceHasOneWinner();
    void checkInOutRefuses_data();
    void checkInOutRefuses();
    void checkInAndOut();
    void pingsRetry();
    void rating();
    void anotherInstallersJob_data();
    void anotherInstallersJob();
    void officeScope_data();
    void officeScope();
    void cancel();

private:
    QString takenJob(const QString &installer);

    FieldFixture f;
};

void tst_FieldApi::initTestCase()
{
    QVERIFY(f.startField());
}

void tst_FieldApi::cleanupTestCase()
{
    f.stop();
}

QString tst_FieldApi::takenJob(const QString &installer)
{
    const QString id = f.createJob();
    const Reply taken = f.post(installer, f.jobPath(id, "take"));
    if (taken.status != 200)
        qWarning() << "take failed:" << taken.body;
    return id;
}

void tst_FieldApi::createJobRefuses_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("no address") << "dispatch" << QJsonObject{{"address", QJsonValue()}} << 400
                                << "address";
    QTest::newRow("slot without zone")
        << "dispatch" << QJsonObject{{"slot_start", "2026-12-01T09:00:00"}} << 400
        << "slot_start";
    QTest::newRow("slot ends first")
        << "dispatch" << QJsonObject{{"slot_end", "2026-12-01T08:00:00+08:00"}} << 400
        << "slot_end";
    QTest::newRow("id not a uuid") << "dispatch" << QJsonObject{{"id", "job-1"}} << 400 << "id";
    QTest::newRow("unknown field") << "dispatch" << QJsonObject{{"colour", "red"}} << 400
                                   << "colour";
    QTest::newRow("unknown order")
        << "dispatch" << QJsonObject{{"order_id", "7d3c52b0-0000-4000-8000-000000000000"}} << 422
        << "order_id";
    QTest::newRow("unknown team") << "dispatch" << QJsonObject{{"team_code", "TEAM-X"}} << 422
                                  << "team_code";
    QTest::newRow("store as team") << "dispatch" << QJsonObject{{"team_code", "STORE-SZ-01"}}
                                   << 422 << "team_code";
    QTest::newRow("assignee not installer")
        << "dispatch" << QJsonObject{{"assignee", "dealer"}} << 422 << "assignee";
    QTest::newRow("assignee of another team")
        << "dispatch" << QJsonObject{{"assignee", "li"}} << 422 << "assignee";
    QTest::newRow("clerk may not dispatch") << "clerk.li" << QJsonObject{} << 403 << "";
    QTest::newRow("installer may not dispatch") << "zhang" << QJsonObject{} << 403 << "";
    QTest::newRow("no token") << "nobody" << QJsonObject{} << 401 << "Authorization";
}

void tst_FieldApi::createJobRefuses()
{
    QFETCH(QString, user);
    QFETCH(QJsonObject, change);
    QFETCH(int, status);
    QFETCH(QString, field);

    QJsonObject job{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {"order_id", f.orderA},
                    {"address", "深圳市南山区"},
                    {"slot_start", "2026-12-01T09:00:00+08:00"},
                    {"slot_end", "2026-12-01T12:00:00+08:00"},
                    {"team_code", "TEAM-A"}};
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (it.value().isNull())
            job.remove(it.key());
        else
            job.insert(it.key(), it.value());
    }
    const qint64 before = f.count("install_jobs");
    const Reply reply = f.post(user, "/api/v1/field/jobs", job);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(f.count("install_jobs"), before);
}

void tst_FieldApi::createJobWaitsForCompleteness()
{
    const QJsonObject job{{"order_id", f.orderA},
                          {"customer_name", "王女士"},
                          {"address", "深圳市南山区"},
                          {"slot_start", "2026-12-01T09:00:00+08:00"},
                          {"slot_end", "2026-12-01T12:00:00+08:00"},
                          {"team_code", "TEAM-A"}};
    const qint64 before = f.count("install_jobs");
    // Packed but not yet scanned into staging: no booking, nothing written.
    QVERIFY(f.setPackage(f.orderA, "closed"));
    Reply reply = f.post("dispatch", "/api/v1/field/jobs", job);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorField(), QStringLiteral("order_id"));
    QVERIFY2(reply.body.contains("1 of the 1 packages of order SO-A-0001"),
             reply.body.constData());
    QCOMPARE(f.count("install_jobs"), before);

    // No packages at all.
    QVERIFY(f.setPackage(f.orderA, "deleted"));
    reply = f.post("dispatch", "/api/v1/field/jobs", job);
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.body.contains("has no packages"), reply.body.constData());

    // Staged: the installation is booked.
    QVERIFY(f.setPackage(f.orderA, "staged"));
    reply = f.post("dispatch", "/api/v1/field/jobs", job);
    QCOMPARE(reply.status, 201);
    QCOMPARE(f.count("install_jobs"), before + 1);
}

void tst_FieldApi::createJobIsIdempotent()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body{{"id", id},
                           {"order_id", f.orderA},
                           {"customer_name", "陈先生"},
                           {"address", "深圳市南山区后海大道2号"},
                           {"slot_start", "2026-12-02T14:00:00+08:00"},
                           {"slot_end", "2026-12-02T17:00:00+08:00"},
                           {"assignee", "zhang"}};
    const Reply first = f.post("dispatch", "/api/v1/field/jobs", body);
    QCOMPARE(first.status, 201);
    const QJsonObject job = first.json.value("job").toObject();
    QCOMPARE(job.value("id").toString(), id);
    QCOMPARE(job.value("state").toString(), "assigned");
    QCOMPARE(job.value("order_no").toString(), "SO-A-0001");
    QCOMPARE(job.value("slot_start").toString(), "2026-12-02T06:00:00.000Z");
    QCOMPARE(job.value("team").toObject().value("code").toString(), "TEAM-A");
    QCOMPARE(job.value("assignee").toObject().value("display_name").toString(), "张师傅");

    const qint64 jobs = f.count("install_jobs");
    const Reply again = f.post("dispatch", "/api/v1/field/jobs", body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value("job").toObject().value("id").toString(), id);
    QCOMPARE(f.count("install_jobs"), jobs);

    QJsonObject changed = body;
    changed.insert("address", "深圳市福田区");
    const Reply clash = f.post("dispatch", "/api/v1/field/jobs", changed);
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.errorField(), "id");
    QCOMPARE(f.count("install_jobs"), jobs);
}

void tst_FieldApi::openAndMineLists()
{
    const QString ofA = f.createJob();
    const QString ofB = f.createJob({{"team_code", "TEAM-B"}});
    const QString ofNone = f.createJob({{"team_code", QJsonValue()}});
    auto ids = [](const Reply &reply) {
        QStringList list;
        for (const QJsonValue &job : reply.json.value("jobs").toArray())
            list.append(job.toObject().value("id").toString());
        return list;
    };

    const Reply zhangOpen = f.get("zhang", "/api/v1/field/jobs/open");
    QCOMPARE(zhangOpen.status, 200);
    QVERIFY(ids(zhangOpen).contains(ofA));
    QVERIFY(ids(zhangOpen).contains(ofNone));
    QVERIFY(!ids(zhangOpen).contains(ofB));
    // An open job shows where, not the customer's phone, until it is taken.
    for (const QJsonValue &job : zhangOpen.json.value("jobs").toArray())
        QVERIFY(!job.toObject().contains("customer_phone"));

    const Reply liOpen = f.get("li", "/api/v1/field/jobs/open");
    QVERIFY(ids(liOpen).contains(ofB));
    QVERIFY(ids(liOpen).contains(ofNone));
    QVERIFY(!ids(liOpen).contains(ofA));

    QVERIFY(!ids(f.get("zhang", "/api/v1/field/jobs/mine")).contains(ofA));
    QCOMPARE(f.post("zhang", f.jobPath(ofA, "take")).status, 200);
    const Reply mine = f.get("zhang", "/api/v1/field/jobs/mine");
    QVERIFY(ids(mine).contains(ofA));
    for (const QJsonValue &job : mine.json.value("jobs").toArray())
        QCOMPARE(job.toObject().value("assignee").toObject().value("user_name").toString(),
                 "zhang");
    QVERIFY(!ids(f.get("wang", "/api/v1/field/jobs/open")).contains(ofA));

    QCOMPARE(f.get("loner", "/api/v1/field/jobs/open").status, 403);
    QCOMPARE(f.get("dispatch", "/api/v1/field/jobs/mine").status, 403);
    QCOMPARE(f.call("POST", "/api/v1/field/jobs/open", "{}", f.as("zhang")).status, 405);
}

void tst_FieldApi::takeRaceHasOneWinner()
{
    // A second server process on the same database, as behind a load balancer.
    ServerStore otherStore;
    QVERIFY(otherStore.open(f.store->uri(), ServerStore::OpenMode::Existing));
    ServerConfig config;
    config.address = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.certificatePath = f.files.certificate;
    config.keyPath = f.files.key;
    config.maxBodyBytes = Fixture::MaxBody;
    ApiServer other(otherStore, config);
    other.setClock([this] { return f.now; });
    QVERIFY(other.start());

    const QString id = f.createJob();
    auto send = [&](quint16 port, const QString &user) {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2")
                                         .arg(port).arg(f.jobPath(id, "take"))));
        request.setRawHeader("Authorization", "Bearer " + f.tokens.value(user).toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = f.network.post(request, QByteArray());
        reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, f.certificate)});
        return reply;
    };
    QNetworkReply *zhang = send(f.server->port(), "zhang");
    QNetworkReply *wang = send(other.port(), "wang");
    QTRY_VERIFY_WITH_TIMEOUT(zhang->isFinished() && wang->isFinished(), 20000);
    const int zhangStatus = zhang->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int wangStatus = wang->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject zhangBody = QJsonDocument::fromJson(zhang->readAll()).object();
    const QJsonObject wangBody = QJsonDocument::fromJson(wang->readAll()).object();
    zhang->deleteLater();
    wang->deleteLater();
    QCOMPARE(QList<int>({zhangStatus, wangStatus}).count(200), 1);
    QCOMPARE(QList<int>({zhangStatus, wangStatus}).count(409), 1);
    const bool zhangWon = zhangStatus == 200;
    const QJsonObject loser = (zhangWon ? wangBody : zhangBody).value("error").toObject();
    QCOMPARE(loser.value("code").toString(), "taken");
    QCOMPARE(loser.value("taken_by").toObject().value("display_name").toString(),
             zhangWon ? "张师傅" : "王师傅");
    QVERIFY(loser.value("message").toString().contains(zhangWon ? "张师傅" : "王师傅"));

    // The winner's retry after a lost answer is the same success; the job has one taker.
    const QString winner = zhangWon ? "zhang" : "wang";
    const Reply retry = f.post(winner, f.jobPath(id, "take"));
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.json.value("job").toObject().value("assignee").toObject()
                 .value("user_name").toString(), winner);
    QCOMPARE(retry.json.value("job").toObject().value("version").toInt(), 2);
    // Another team's installer does not learn the job exists.
    const Reply foreign = f.post("li", f.jobPath(id, "take"));
    QCOMPARE(foreign.status, 404);
    QVERIFY(!foreign.body.contains("师傅"));
}

void tst_FieldApi::checkInOutRefuses_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("field");

    QTest::newRow("latitude past the pole") << QJsonObject{{"lat", 91.0}} << "lat";
    QTest::newRow("longitude as text") << QJsonObject{{"lon", "113.9"}} << "lon";
    QTest::newRow("no accuracy") << QJsonObject{{"accuracy_m", QJsonValue()}} << "accuracy_m";
    QTest::newRow("negative accuracy") << QJsonObject{{"accuracy_m", -1.0}} << "accuracy_m";
    QTest::newRow("time without zone") << QJsonObject{{"at", "2026-12-01T09:30:00"}} << "at";
    QTest::newRow("time far ahead")
        << QJsonObject{{"at", QDateTime::currentDateTimeUtc().addDays(1)
                                  .toString(Qt::ISODateWithMs)}} << "at";
    QTest::newRow("time long ago") << QJsonObject{{"at", "2020-01-01T00:00:00Z"}} << "at";
    QTest::newRow("unknown field") << QJsonObject{{"altitude", 12}} << "altitude";
}

void tst_FieldApi::checkInOutRefuses()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, field);

    static QString id;
    if (id.isEmpty())
        id = takenJob("zhang");
    QJsonObject body = f.position(22.543096, 113.934528);
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    for (const char *action : {"check-in", "check-out"}) {
        const Reply reply = f.post("zhang", f.jobPath(id, action), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorField(), field);
    }
    QCOMPARE(f.get("zhang", f.jobPath(id)).json.value("job").toObject().value("state")
                 .toString(), "assigned");
}

void tst_FieldApi::checkInAndOut()
{
    const QString id = takenJob("zhang");
    const Reply early = f.post("zhang", f.jobPath(id, "check-out"),
                               f.position(22.543096, 113.934528, 1));
    QCOMPARE(early.status, 409);
    QCOMPARE(early.errorCode(), "wrong_state");

    const Reply in = f.post("zhang", f.jobPath(id, "check-in"),
                            f.position(22.543096, 113.934528, 90));
    QCOMPARE(in.status, 200);
    const QJsonObject job = in.json.value("job").toObject();
    QCOMPARE(job.value("state").toString(), "checked_in");
    const QJsonObject checkIn = job.value("check_in").toObject();
    QCOMPARE(checkIn.value("lat").toDouble(), 22.543096);
    QCOMPARE(checkIn.value("lon").toDouble(), 113.934528);
    QCOMPARE(checkIn.value("accuracy_m").toDouble(), 8.5);
    QCOMPARE(checkIn.value("at").toString(),
             f.now.addSecs(-90 * 60).toString(Qt::ISODateWithMs));

    // A resent check-in (the phone lost the answer) keeps the first one.
    const Reply again = f.post("zhang", f.jobPath(id, "check-in"), f.position(1.0, 2.0, 80));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value("job").toObject().value("check_in").toObject().value("lat")
                 .toDouble(), 22.543096);

    const Reply backwards = f.post("zhang", f.jobPath(id, "check-out"),
                                   f.position(22.543096, 113.934528, 120));
    QCOMPARE(backwards.status, 422);
    QCOMPARE(backwards.errorField(), "at");

    const Reply out = f.post("zhang", f.jobPath(id, "check-out"),
                             f.position(22.5431, 113.9346, 2));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.json.value("job").toObject().value("state").toString(), "done");
    QCOMPARE(out.json.value("job").toObject().value("check_out").toObject().value("lat")
                 .toDouble(), 22.5431);
    const int version = out.json.value("job").toObject().value("version").toInt();
    const Reply outAgain = f.post("zhang", f.jobPath(id, "check-out"),
                                  f.position(22.5431, 113.9346, 1));
    QCOMPARE(outAgain.status, 200);
    QCOMPARE(outAgain.json.value("job").toObject().value("version").toInt(), version);
}

void tst_FieldApi::pingsRetry()
{
    const QString job = takenJob("zhang");
    auto ping = [&](int minutesAgo, const QString &jobId = QString()) {
        QJsonObject p = f.position(22.54 + minutesAgo / 1000.0, 113.93, minutesAgo);
        p.insert("id", QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!jobId.isEmpty())
            p.insert("job_id", jobId);
        return p;
    };
    const QJsonArray batch{ping(3, job), ping(2, job), ping(1)};
    const qint64 before = f.count("field_pings");
    const Reply first = f.post("zhang", "/api/v1/field/pings", {{"pings", batch}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value("accepted").toInt(), 3);
    QCOMPARE(first.json.value("duplicates").toInt(), 0);

    const Reply resent = f.post("zhang", "/api/v1/field/pings", {{"pings", batch}});
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json.value("accepted").toInt(), 0);
    QCOMPARE(resent.json.value("duplicates").toInt(), 3);

    QJsonArray grown = batch;
    grown.append(ping(0));
    const Reply mixed = f.post("zhang", "/api/v1/field/pings", {{"pings", grown}});
    QCOMPARE(mixed.json.value("accepted").toInt(), 1);
    QCOMPARE(mixed.json.value("duplicates").toInt(), 3);
    QCOMPARE(f.count("field_pings"), before + 4);

    // One bad ping refuses the batch, named by its place; nothing of it is kept.
    QJsonObject bad = ping(1);
    bad.insert("lat", 123.0);
    const Reply refused = f.post("zhang", "/api/v1/field/pings",
                                 {{"pings", QJsonArray{ping(1), bad}}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorField(), "pings[1].lat");
    const QString wangsJob = takenJob("wang");
    const Reply foreign = f.post("zhang", "/api/v1/field/pings",
                                 {{"pings", QJsonArray{ping(1), ping(1, wangsJob)}}});
    QCOMPARE(foreign.status, 422);
    QCOMPARE(foreign.errorField(), "pings[1].job_id");
    QCOMPARE(f.count("field_pings"), before + 4);
    QCOMPARE(f.post("zhang", "/api/v1/field/pings", {{"pings", QJsonArray{}}}).status, 400);
    QCOMPARE(f.post("dispatch", "/api/v1/field/pings", {{"pings", QJsonArray{ping(1)}}}).status,
             403);
}

void tst_FieldApi::rating()
{
    const QString id = takenJob("zhang");
    const QJsonObject five{{"score", 5}, {"comment", "师傅很专业"}};
    QCOMPARE(f.post("zhang", f.jobPath(id, "rating"), five).status, 409);
    QCOMPARE(f.post("zhang", f.jobPath(id, "check-in"), f.position(22.5, 113.9)).status, 200);

    const Reply six = f.post("zhang", f.jobPath(id, "rating"), {{"score", 6}});
    QCOMPARE(six.status, 400);
    QCOMPARE(six.errorField(), "score");
    const Reply half = f.post("zhang", f.jobPath(id, "rating"), {{"score", 4.5}});
    QCOMPARE(half.status, 400);
    QCOMPARE(half.errorField(), "score");

    const Reply rated = f.post("zhang", f.jobPath(id, "rating"), five);
    QCOMPARE(rated.status, 200);
    const QJsonObject rating = rated.json.value("job").toObject().value("rating").toObject();
    QCOMPARE(rating.value("score").toInt(), 5);
    QCOMPARE(rating.value("comment").toString(), "师傅很专业");
    QCOMPARE(f.post("zhang", f.jobPath(id, "rating"), five).status, 200);
    const Reply changed = f.post("zhang", f.jobPath(id, "rating"), {{"score", 1}});
    QCOMPARE(changed.status, 409);
    QCOMPARE(changed.errorCode(), "already_rated");
    QCOMPARE(f.get("zhang", f.jobPath(id)).json.value("job").toObject().value("rating")
                 .toObject().value("score").toInt(), 5);
}

void tst_FieldApi::anotherInstallersJob_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");

    for (const char *user : {"wang", "li"}) {
        for (const char *action : {"", "check-in", "check-out", "rating", "signature"})
            QTest::addRow("%s %s", user, *action ? action : "read") << user << action;
    }
    QTest::newRow("li take") << "li" << "take";
}

void tst_FieldApi::anotherInstallersJob()
{
    QFETCH(QString, user);
    QFETCH(QString, action);

    const QString id = takenJob("zhang");
    QCOMPARE(f.post("zhang", f.jobPath(id, "check-in"), f.position(22.5, 113.9)).status, 200);
    QJsonObject body = f.position(22.5, 113.9);
    if (action == "rating")
        body = {{"score", 1}};
    else if (action == "signature")
        body = {{"attachment_id", QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    else if (action == "take")
        body = {};
    const Reply reply = action.isEmpty() ? f.get(user, f.jobPath(id))
                                         : f.post(user, f.jobPath(id, action), body);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), "not_found");
    // Nothing about the job or its installer in the answer.
    QVERIFY(!reply.body.contains("张师傅"));
    QVERIFY(!reply.body.contains("SO-A-0001"));
    const QJsonObject job = f.get("zhang", f.jobPath(id)).json.value("job").toObject();
    QCOMPARE(job.value("state").toString(), "checked_in");
    QCOMPARE(job.value("version").toInt(), 3);
    QVERIFY(job.value("rating").isNull());
}

void tst_FieldApi::officeScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("ofDealer");
    QTest::addColumn<int>("status");

    QTest::newRow("dealer, own order's job") << "dealer" << true << 200;
    QTest::newRow("dealer, store order's job") << "dealer" << false << 404;
    QTest::newRow("clerk, store order's job") << "clerk.li" << false << 200;
    QTest::newRow("clerk, dealer order's job") << "clerk.li" << true << 404;
    QTest::newRow("dispatcher at head office") << "dispatch" << true << 200;
    QTest::newRow("admin") << "admin" << false << 200;
}

void tst_FieldApi::officeScope()
{
    QFETCH(QString, user);
    QFETCH(bool, ofDealer);
    QFETCH(int, status);

    const QString id = f.createJob({{"order_id", ofDealer ? f.orderA : f.orderB}});
    const Reply reply = f.get(user, f.jobPath(id));
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.json.value("job").toObject().value("id").toString(), id);
}

void tst_FieldApi::cancel()
{
    const QString id = f.createJob({{"assignee", "zhang"}});
    QCOMPARE(f.post("clerk.li", f.jobPath(id, "cancel")).status, 403);
    QCOMPARE(f.post("zhang", f.jobPath(id, "cancel")).status, 403);
    const Reply cancelled = f.post("dispatch", f.jobPath(id, "cancel"));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json.value("job").toObject().value("state").toString(), "cancelled");
    QCOMPARE(f.post("dispatch", f.jobPath(id, "cancel")).status, 200);
    const Reply late = f.post("zhang", f.jobPath(id, "check-in"), f.position(22.5, 113.9));
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), "wrong_state");

    const QString done = takenJob("wang");
    QCOMPARE(f.post("wang", f.jobPath(done, "check-in"), f.position(22.5, 113.9, 30)).status,
             200);
    QCOMPARE(f.post("wang", f.jobPath(done, "check-out"), f.position(22.5, 113.9, 1)).status,
             200);
    QCOMPARE(f.post("dispatch", f.jobPath(done, "cancel")).status, 409);
}

QTEST_GUILESS_MAIN(tst_FieldApi)
#include "tst_fieldapi.moc"
