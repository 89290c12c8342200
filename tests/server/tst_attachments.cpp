// Attachments over HTTPS: chunked uploads that resume after a broken connection, the SHA-256
// check at the end, one stored copy per content, and downloads only for users in scope. On
// SQLite, or PostgreSQL by HEARTH_TEST_PG_URI.

#include "fieldfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSslSocket>

using namespace ServerTest;

namespace {

// Three chunks of the test server's 64 KiB: two full, one of 18,928 bytes.
constexpr int FileSize = 150000;

QByteArray photo(quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(FileSize, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)
                                   .toHex());
}

QList<int> missing(const Reply &reply)
{
    QList<int> list;
    for (const QJsonValue &n : reply.json.value("attachment").toObject().value("missing")
                                   .toArray())
        list.append(n.toInt());
    return list;
}

} // namespace

class tst_Attachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void uploadResumesAfterDroppedConnection();
    void hashMismatchKeepsNothing();
    void sameContentStoredOnce();
    void declareRefuses_data();
    void declareRefuses();
    void chunkRefuses_data();
    void chunkRefuses();
    void downloadScope_data();
    void downloadScope();
    void uploadScope();
    void signature();

private:
    Reply declare(const QString &user, const QJsonObject &owner, const QByteArray &bytes,
                  const QString &mime = "image/jpeg", const QString &declaredHash = QString());
    Reply putChunk(const QString &user, const QString &id, int n, const QByteArray &bytes);
    /// Declares and sends every chunk; the attachment's id.
    QString upload(const QString &user, const QJsonObject &owner, const QByteArray &bytes,
                   const QString &mime = "image/jpeg");

    FieldFixture f;
    QString jobOfZhang;
    QString jobOfLi;
    qint64 chunkSize = 0;
};

void tst_Attachments::initTestCase()
{
    QVERIFY(f.startField());
    jobOfZhang = f.createJob({{"assignee", "zhang"}});
    jobOfLi = f.createJob({{"order_id", f.orderB}, {"team_code", "TEAM-B"}, {"assignee", "li"}});
    QVERIFY(!jobOfZhang.isEmpty() && !jobOfLi.isEmpty());
}

void tst_Attachments::cleanupTestCase()
{
    f.stop();
}

Reply tst_Attachments::declare(const QString &user, const QJsonObject &owner,
                               const QByteArray &bytes, const QString &mime,
                               const QString &declaredHash)
{
    QJsonObject body = owner;
    body.insert("id", QUuid::createUuid().toString(QUuid::WithoutBraces));
    body.insert("name", "客厅-完工.jpg");
    body.insert("mime", mime);
    body.insert("size", bytes.size());
    body.insert("sha256", declaredHash.isEmpty() ? sha256(bytes) : declaredHash);
    const Reply reply = f.post(user, "/api/v1/attachments", body);
    chunkSize = reply.json.value("attachment").toObject().value("chunk_size").toInteger();
    return reply;
}

Reply tst_Attachments::putChunk(const QString &user, const QString &id, int n,
                                const QByteArray &bytes)
{
    return f.call("PUT", QStringLiteral("/api/v1/attachments/%1/chunks/%2").arg(id).arg(n),
                  bytes, f.as(user));
}

QString tst_Attachments::upload(const QString &user, const QJsonObject &owner,
                                const QByteArray &bytes, const QString &mime)
{
    const Reply declared = declare(user, owner, bytes, mime);
    if (declared.status != 201) {
        qWarning() << "not declared:" << declared.body;
        return {};
    }
    const QString id = declared.json.value("attachment").toObject().value("id").toString();
    for (int n = 0; n * chunkSize < bytes.size(); ++n) {
        const Reply sent = putChunk(user, id, n, bytes.mid(n * chunkSize, chunkSize));
        if (sent.status != 200)
            qWarning() << "chunk" << n << "refused:" << sent.body;
    }
    return id;
}

void tst_Attachments::uploadResumesAfterDroppedConnection()
{
    const QByteArray bytes = photo(1);
    const Reply declared = declare("zhang", {{"job_id", jobOfZhang}}, bytes);
    QCOMPARE(declared.status, 201);
    const QJsonObject attachment = declared.json.value("attachment").toObject();
    const QString id = attachment.value("id").toString();
    QCOMPARE(attachment.value("chunk_size").toInteger(), Fixture::MaxBody);
    QCOMPARE(attachment.value("chunk_count").toInt(), 3);
    QCOMPARE(attachment.value("state").toString(), "uploading");
    QCOMPARE(attachment.value("job_id").toString(), jobOfZhang);
    QCOMPARE(missing(declared), QList<int>({0, 1, 2}));

    QCOMPARE(missing(putChunk("zhang", id, 0, bytes.left(chunkSize))), QList<int>({1, 2}));

    // Chunk 1 breaks off halfway: the connection drops after 20,000 of its 65,536 bytes.
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted("127.0.0.1", f.server->port());
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
    const QByteArray head = "PUT /api/v1/attachments/" + id.toLatin1() + "/chunks/1 HTTP/1.1\r\n"
                            "Host: 127.0.0.1\r\nAuthorization: Bearer "
                            + f.tokens.value("zhang").toLatin1()
                            + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                            + QByteArray::number(chunkSize) + "\r\n\r\n";
    socket.write(head + bytes.mid(chunkSize, 20000));
    QTRY_COMPARE_WITH_TIMEOUT(socket.encryptedBytesToWrite() + socket.bytesToWrite(), qint64(0),
                              10000);
    QTest::qWait(100);
    socket.abort();
    QTest::qWait(100);

    const Reply status = f.get("zhang", "/api/v1/attachments/" + id);
    QCOMPARE(status.status, 200);
    QCOMPARE(missing(status), QList<int>({1, 2}));
    QCOMPARE(status.json.value("attachment").toObject().value("state").toString(), "uploading");

    // The phone resumes with what the status says is missing, in any order.
    QCOMPARE(missing(putChunk("zhang", id, 2, bytes.mid(2 * chunkSize))), QList<int>({1}));
    const Reply last = putChunk("zhang", id, 1, bytes.mid(chunkSize, chunkSize));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json.value("attachment").toObject().value("state").toString(), "complete");
    QCOMPARE(missing(last), QList<int>());

    const Reply content = f.call("GET", "/api/v1/attachments/" + id + "/content", {},
                                 f.as("zhang"));
    QCOMPARE(content.status, 200);
    QCOMPARE(content.headers.value("content-type"), "image/jpeg");
    QCOMPARE(content.body.size(), bytes.size());
    QVERIFY(content.body == bytes);
    // A resent last chunk after a lost answer is the same success.
    QCOMPARE(putChunk("zhang", id, 1, bytes.mid(chunkSize, chunkSize)).status, 200);
    QCOMPARE(f.count("attachment_chunks"), 0);
}

void tst_Attachments::hashMismatchKeepsNothing()
{
    const QByteArray bytes = photo(2);
    const Reply declared = declare("zhang", {{"job_id", jobOfZhang}}, bytes, "image/jpeg",
                                   sha256(photo(3)));
    QCOMPARE(declared.status, 201);
    const QString id = declared.json.value("attachment").toObject().value("id").toString();
    const qint64 contents = f.count("attachment_contents");
    const qint64 blocks = f.count("attachment_blocks");
    QCOMPARE(putChunk("zhang", id, 0, bytes.left(chunkSize)).status, 200);
    QCOMPARE(putChunk("zhang", id, 1, bytes.mid(chunkSize, chunkSize)).status, 200);
    const Reply last = putChunk("zhang", id, 2, bytes.mid(2 * chunkSize));
    QCOMPARE(last.status, 422);
    QCOMPARE(last.errorCode(), "hash_mismatch");
    QCOMPARE(last.errorField(), "sha256");

    QCOMPARE(f.count("attachment_chunks"), 0);
    QCOMPARE(f.count("attachment_contents"), contents);
    QCOMPARE(f.count("attachment_blocks"), blocks);
    const Reply status = f.get("zhang", "/api/v1/attachments/" + id);
    QCOMPARE(status.json.value("attachment").toObject().value("state").toString(), "rejected");
    QCOMPARE(putChunk("zhang", id, 2, bytes.mid(2 * chunkSize)).status, 409);
    QCOMPARE(f.get("zhang", "/api/v1/attachments/" + id + "/content").status, 409);
}

void tst_Attachments::sameContentStoredOnce()
{
    const QByteArray bytes = photo(4);
    const qint64 contents = f.count("attachment_contents");
    const qint64 blocks = f.count("attachment_blocks");
    const QString first = upload("zhang", {{"job_id", jobOfZhang}}, bytes);
    const QString second = upload("dealer", {{"order_id", f.orderA}}, bytes);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    QCOMPARE(f.count("attachment_contents"), contents + 1);
    QCOMPARE(f.count("attachment_blocks"), blocks + 3);
    for (const auto &[user, id] : {std::pair{"zhang", first}, std::pair{"dealer", second}}) {
        const Reply got = f.get(user, "/api/v1/attachments/" + id + "/content");
        QCOMPARE(got.status, 200);
        QVERIFY(got.body == bytes);
    }
}

void tst_Attachments::declareRefuses_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("too large") << "zhang" << QJsonObject{{"size", 40 * 1024 * 1024}} << 413
                               << "size";
    QTest::newRow("empty") << "zhang" << QJsonObject{{"size", 0}} << 400 << "size";
    QTest::newRow("short hash") << "zhang" << QJsonObject{{"sha256", "abc123"}} << 400
                                << "sha256";
    QTest::newRow("not a media type") << "zhang" << QJsonObject{{"mime", "jpeg"}} << 400
                                      << "mime";
    QTest::newRow("no name") << "zhang" << QJsonObject{{"name", " "}} << 400 << "name";
    QTest::newRow("size as text") << "zhang" << QJsonObject{{"size", "150000"}} << 400 << "size";
    QTest::newRow("job and order") << "zhang" << QJsonObject{{"order_id", "x"}} << 400
                                   << "job_id";
    QTest::newRow("unknown field") << "zhang" << QJsonObject{{"path", "/etc"}} << 400 << "path";
    QTest::newRow("another's job") << "wang" << QJsonObject{} << 404 << "job_id";
    QTest::newRow("no token") << "nobody" << QJsonObject{} << 401 << "Authorization";
}

void tst_Attachments::declareRefuses()
{
    QFETCH(QString, user);
    QFETCH(QJsonObject, change);
    QFETCH(int, status);
    QFETCH(QString, field);

    const QByteArray bytes = photo(5);
    QJsonObject body{{"job_id", jobOfZhang}, {"name", "a.jpg"}, {"mime", "image/jpeg"},
                     {"size", bytes.size()}, {"sha256", sha256(bytes)}};
    for (auto it = change.begin(); it != change.end(); ++it)
        body.insert(it.key(), it.value());
    const qint64 before = f.count("attachments");
    const Reply reply = f.post(user, "/api/v1/attachments", body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(f.count("attachments"), before);
}

void tst_Attachments::chunkRefuses_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("chunk");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("status");

    QTest::newRow("short chunk") << "zhang" << "0" << 1000 << 422;
    QTest::newRow("short last chunk") << "zhang" << "2" << 18927 << 422;
    QTest::newRow("long last chunk") << "zhang" << "2" << 18929 << 413;
    QTest::newRow("past the last") << "zhang" << "3" << 100 << 404;
    QTest::newRow("not a number") << "zhang" << "x" << 100 << 404;
    QTest::newRow("another installer") << "wang" << "0" << int(Fixture::MaxBody) << 404;
    QTest::newRow("the dealer") << "dealer" << "0" << int(Fixture::MaxBody) << 404;
}

void tst_Attachments::chunkRefuses()
{
    QFETCH(QString, user);
    QFETCH(QString, chunk);
    QFETCH(int, size);
    QFETCH(int, status);

    const QByteArray bytes = photo(6);
    const Reply declared = declare("zhang", {{"job_id", jobOfZhang}}, bytes);
    const QString id = declared.json.value("attachment").toObject().value("id").toString();
    const Reply reply = f.call("PUT", "/api/v1/attachments/" + id + "/chunks/" + chunk,
                               QByteArray(size, 'x'), f.as(user));
    QCOMPARE(reply.status, status);
    QCOMPARE(missing(f.get("zhang", "/api/v1/attachments/" + id)), QList<int>({0, 1, 2}));
}

void tst_Attachments::downloadScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("ofJob");
    QTest::addColumn<int>("status");

    // The photo of zhang's job (the dealer's order A); the drawing of the store's order B.
    QTest::newRow("job photo: its installer") << "zhang" << true << 200;
    QTest::newRow("job photo: same team") << "wang" << true << 404;
    QTest::newRow("job photo: other team") << "li" << true << 404;
    QTest::newRow("job photo: the order's dealer") << "dealer" << true << 200;
    QTest::newRow("job photo: another store") << "clerk.li" << true << 404;
    QTest::newRow("job photo: dispatcher") << "dispatch" << true << 200;
    QTest::newRow("job photo: admin") << "admin" << true << 200;
    QTest::newRow("job photo: no token") << "nobody" << true << 401;
    QTest::newRow("drawing: the store") << "clerk.li" << false << 200;
    QTest::newRow("drawing: installer of its job") << "li" << false << 200;
    QTest::newRow("drawing: another installer") << "zhang" << false << 404;
    QTest::newRow("drawing: another dealer") << "dealer" << false << 404;
    QTest::newRow("drawing: admin") << "admin" << false << 200;
}

void tst_Attachments::downloadScope()
{
    QFETCH(QString, user);
    QFETCH(bool, ofJob);
    QFETCH(int, status);

    static QString jobPhoto;
    static QString drawing;
    static const QByteArray photoBytes = photo(7);
    static const QByteArray drawingBytes = photo(8);
    if (jobPhoto.isEmpty()) {
        jobPhoto = upload("zhang", {{"job_id", jobOfZhang}}, photoBytes);
        drawing = upload("clerk.li", {{"order_id", f.orderB}}, drawingBytes, "application/pdf");
    }
    const QString id = ofJob ? jobPhoto : drawing;
    const Reply content = f.get(user, "/api/v1/attachments/" + id + "/content");
    QCOMPARE(content.status, status);
    const Reply status_ = f.get(user, "/api/v1/attachments/" + id);
    QCOMPARE(status_.status, status);
    if (status == 200) {
        QVERIFY(content.body == (ofJob ? photoBytes : drawingBytes));
        QCOMPARE(content.headers.value("x-content-sha256"),
                 sha256(ofJob ? photoBytes : drawingBytes).toLatin1());
    } else if (status == 404) {
        QCOMPARE(content.errorCode(), "not_found");
        QVERIFY(!content.body.contains("客厅"));
    }
}

void tst_Attachments::uploadScope()
{
    const QByteArray bytes = photo(9);
    const Reply dealerOnStore = declare("dealer", {{"order_id", f.orderB}}, bytes);
    QCOMPARE(dealerOnStore.status, 404);
    QCOMPARE(dealerOnStore.errorField(), "order_id");
    const Reply installerOnOrder = declare("li", {{"order_id", f.orderB}}, bytes);
    QCOMPARE(installerOnOrder.status, 404);
    const Reply liOnZhang = declare("li", {{"job_id", jobOfZhang}}, bytes);
    QCOMPARE(liOnZhang.status, 404);
    QCOMPARE(liOnZhang.errorField(), "job_id");
    const Reply dispatcher = declare("dispatch", {{"job_id", jobOfZhang}}, bytes);
    QCOMPARE(dispatcher.status, 201);

    // A declaration sent again is the same upload; the same id for other bytes is refused.
    QJsonObject body{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {"job_id", jobOfLi}, {"name", "门板.jpg"}, {"mime", "image/jpeg"},
                     {"size", bytes.size()}, {"sha256", sha256(bytes)}};
    const Reply first = f.post("li", "/api/v1/attachments", body);
    QCOMPARE(first.status, 201);
    const Reply again = f.post("li", "/api/v1/attachments", body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value("attachment").toObject().value("id"),
             first.json.value("attachment").toObject().value("id"));
    body.insert("size", 10);
    QCOMPARE(f.post("li", "/api/v1/attachments", body).status, 409);
}

void tst_Attachments::signature()
{
    const QByteArray sign = photo(10);
    const QString job = f.createJob({{"assignee", "zhang"}});
    const QString image = upload("zhang", {{"job_id", job}}, sign, "image/png");
    const QString pdf = upload("zhang", {{"job_id", job}}, photo(11), "application/pdf");
    const QString otherJob = upload("zhang", {{"job_id", jobOfZhang}}, photo(12), "image/png");
    const QString path = f.jobPath(job, "signature");

    QCOMPARE(f.post("zhang", path, {{"attachment_id", image}}).status, 409);
    QCOMPARE(f.post("zhang", f.jobPath(job, "check-in"), f.position(22.5, 113.9)).status, 200);
    const Reply notImage = f.post("zhang", path, {{"attachment_id", pdf}});
    QCOMPARE(notImage.status, 422);
    QCOMPARE(notImage.errorField(), "attachment_id");
    QCOMPARE(f.post("zhang", path, {{"attachment_id", otherJob}}).status, 422);
    const Reply signed_ = f.post("zhang", path, {{"attachment_id", image}});
    QCOMPARE(signed_.status, 200);
    QCOMPARE(signed_.json.value("job").toObject().value("signature_attachment_id").toString(),
             image);
    QCOMPARE(f.post("zhang", path, {{"attachment_id", image}}).status, 200);
    const Reply resign = f.post("zhang", path, {{"attachment_id", otherJob}});
    QCOMPARE(resign.status, 409);
    QCOMPARE(resign.errorCode(), "already_signed");
}

QTEST_GUILESS_MAIN(tst_Attachments)
#include "tst_attachments.moc"
