#include "syncservice.h"

#include "logging.h"
#include "storage/database.h"
#include "syncengine.h"
#include "synctables.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslError>
#include <QSysInfo>
#include <QUuid>

namespace Hearth::Sync {

namespace {

constexpr char ServerKey[] = "sync.server";
constexpr char UserKey[] = "sync.user";
constexpr char CertificateKey[] = "sync.certificate";
constexpr char IntervalKey[] = "sync.interval_minutes";
constexpr char LastSuccessKey[] = "sync.last_success";
constexpr char StaySignedInKey[] = "sync.stay_signed_in";
// {"server", "user", "token", "expires_at"} of the session kept across restarts.
constexpr char SessionKey[] = "sync.session";
// A kept token this close to its end is not used: the first round would fail with it.
constexpr int SessionMarginSeconds = 60;
constexpr char DeskIdKey[] = "desk.id";
// Orders::OrderNumbers reads the code (orders sits above sync, so the key is repeated here).
constexpr char DeskCodeKey[] = "desk.code";
constexpr int RequestTimeoutMs = 20000;

QString setting(const char *key)
{
    if (!Storage::Database::isOpen())
        return {};
    QSqlQuery q(Storage::Database::connection().sql());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Core::Status storeSetting(const char *key, const QString &value)
{
    QSqlQuery q(Storage::Database::connection().sql());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(QLatin1String(key));
    q.addBindValue(value);
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("settings/") + QLatin1String(key)};
    return {};
}

qint64 count(const QString &sql)
{
    QSqlQuery q(Storage::Database::connection().sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

QString errorOf(const QByteArray &body, const QString &fallback)
{
    const QString message = QJsonDocument::fromJson(body)
                                .object()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    return message.isEmpty() ? fallback : message;
}

} // namespace

SyncService::SyncService(QObject *parent, bool resumeSession) : QObject(parent)
{
    m_settings = loadSettings();
    m_lastSuccess =
        QDateTime::fromString(setting(LastSuccessKey), Qt::ISODateWithMs).toUTC();
    m_thread.setObjectName(QStringLiteral("hearth-sync"));

    m_interval.setSingleShot(false);
    connect(&m_interval, &QTimer::timeout, this, &SyncService::syncNow);
    m_writeDelay.setSingleShot(true);
    m_writeDelay.setInterval(DefaultWriteDelayMs);
    connect(&m_writeDelay, &QTimer::timeout, this, &SyncService::syncNow);
    m_watch.setInterval(DefaultWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &SyncService::refreshCounts);
    m_watch.start();
    if (resumeSession)
        this->resumeSession();
    restartTimer();
    refreshCounts();
}

void SyncService::resumeSession()
{
    if (!m_settings.staySignedIn || m_settings.server.isEmpty())
        return;
    const QJsonObject kept = QJsonDocument::fromJson(setting(SessionKey).toUtf8()).object();
    const QString token = kept.value(QStringLiteral("token")).toString();
    const QDateTime expires = QDateTime::fromString(
        kept.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (token.isEmpty() || kept.value(QStringLiteral("server")).toString()
                               != m_settings.server.toString()
        || kept.value(QStringLiteral("user")).toString() != m_settings.userName
        || !expires.isValid()
        || expires.toUTC() <= QDateTime::currentDateTimeUtc().addSecs(SessionMarginSeconds)) {
        return;
    }
    m_token = token;
    qCInfo(lcSync) << "resumed the kept session on" << m_settings.server.host() << "until"
                   << expires.toUTC().toString(Qt::ISODate);
    setState(State::Idle);
    // The first round runs once the shell is up; a refused token asks for the password then.
    QTimer::singleShot(0, this, &SyncService::syncNow);
}

void SyncService::keepSession(const QString &token, const QString &expiresAt)
{
    if (!m_settings.staySignedIn)
        return;
    const QJsonObject kept{{QStringLiteral("server"), m_settings.server.toString()},
                           {QStringLiteral("user"), m_settings.userName},
                           {QStringLiteral("token"), token},
                           {QStringLiteral("expires_at"), expiresAt}};
    if (Core::Status s = storeSetting(SessionKey,
                                      QString::fromUtf8(QJsonDocument(kept).toJson(
                                          QJsonDocument::Compact)));
        !s) {
        qCWarning(lcSync) << "cannot keep the session:" << s.error().toString();
    }
}

void SyncService::forgetSession()
{
    if (!Storage::Database::isOpen() || setting(SessionKey).isEmpty())
        return;
    if (Core::Status s = storeSetting(SessionKey, QString()); !s)
        qCWarning(lcSync) << "cannot forget the kept session:" << s.error().toString();
}

SyncService::~SyncService()
{
    if (m_signInReply)
        m_signInReply->abort();
    dropEngine();
    m_thread.quit();
    m_thread.wait();
}

SyncService::Settings SyncService::loadSettings()
{
    Settings s;
    s.server = QUrl(setting(ServerKey));
    s.userName = setting(UserKey);
    s.certificatePem = setting(CertificateKey).toLatin1();
    bool ok = false;
    const int minutes = setting(IntervalKey).toInt(&ok);
    if (ok && minutes > 0)
        s.intervalMinutes = minutes;
    s.staySignedIn = setting(StaySignedInKey) != QLatin1String("0");
    return s;
}

Core::Status SyncService::saveSettings(const Settings &settings)
{
    const QUrl &url = settings.server;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return Core::Error{tr("the server address must be https://host:port, such as "
                              "https://hearth.example.com:8443"),
                           QStringLiteral("server")};
    }
    if (settings.userName.trimmed().isEmpty())
        return Core::Error{tr("enter the user name to sign in with"), QStringLiteral("user")};
    if (!settings.certificatePem.isEmpty()
        && QSslCertificate::fromData(settings.certificatePem, QSsl::Pem).isEmpty()) {
        return Core::Error{tr("the server certificate is not a PEM certificate"),
                           QStringLiteral("certificate")};
    }
    if (settings.intervalMinutes < 1 || settings.intervalMinutes > 24 * 60) {
        return Core::Error{tr("the interval must be from 1 to 1440 minutes"),
                           QStringLiteral("interval")};
    }
    Settings cleaned = settings;
    cleaned.userName = settings.userName.trimmed();
    cleaned.server = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemovePath
                                  | QUrl::RemoveQuery | QUrl::RemoveFragment);
    for (const auto &[key, value] :
         {std::pair{ServerKey, cleaned.server.toString()}, std::pair{UserKey, cleaned.userName},
          std::pair{CertificateKey, QString::fromLatin1(cleaned.certificatePem)},
          std::pair{IntervalKey, QString::number(cleaned.intervalMinutes)},
          std::pair{StaySignedInKey, cleaned.staySignedIn ? QStringLiteral("1")
                                                          : QStringLiteral("0")}}) {
        if (Core::Status s = storeSetting(key, value); !s)
            return s;
    }
    const bool sameAccount = cleaned.server == m_settings.server
                             && cleaned.userName == m_settings.userName
                             && cleaned.certificatePem == m_settings.certificatePem;
    // A connection kept open under the old trust must not carry on under the new one.
    if (cleaned.certificatePem != m_settings.certificatePem && m_network)
        m_network->clearConnectionCache();
    m_settings = cleaned;
    restartTimer();
    if (!cleaned.staySignedIn)
        forgetSession();
    else if (sameAccount && isSignedIn())
        keepSession(m_token, m_tokenExpires);
    if (!sameAccount) {
        dropEngine();
        if (isSignedIn())
            signOut();
    }
    return {};
}

Core::Result<QByteArray> SyncService::readCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the certificate: %1").arg(file.errorString()), path};
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
    if (certificates.size() != 1) {
        return Core::Error{tr("expected one PEM certificate (BEGIN CERTIFICATE), found %1")
                               .arg(certificates.size()),
                           path};
    }
    return certificates.first().toPem();
}

QString SyncService::fingerprint(const QByteArray &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return {};
    return QString::fromLatin1(
        certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

SyncSettings SyncService::engineSettings() const
{
    SyncSettings s;
    s.server = m_settings.server;
    s.token = m_token;
    s.trustedCertificates = QSslCertificate::fromData(m_settings.certificatePem, QSsl::Pem);
    return s;
}

QNetworkReply *SyncService::send(const QByteArray &method, const QString &path,
                                 const QByteArray &body, bool withToken)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = m_settings.server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(RequestTimeoutMs);
    // The pinned self-signed certificate or the company CA, as the engine's requests trust it.
    const QList<QSslCertificate> trusted =
        QSslCertificate::fromData(m_settings.certificatePem, QSsl::Pem);
    SyncClient::applyTrust(request, trusted);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    SyncClient::acceptPinned(reply, trusted);
    return reply;
}

void SyncService::signIn(const QString &password)
{
    if (m_settings.server.isEmpty() || m_settings.userName.isEmpty()) {
        emit signInFailed(tr("Enter the server address and the user name first."));
        return;
    }
    if (m_signInReply)
        m_signInReply->abort();
    const QJsonObject body{{QStringLiteral("user_name"), m_settings.userName},
                           {QStringLiteral("password"), password}};
    QNetworkReply *reply = send("POST", QStringLiteral("/api/v1/auth/login"),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    m_signInReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        if (status == 0) {
            qCWarning(lcSync) << "sign-in to the sync server failed:" << reply->errorString();
            const QString refused = SyncClient::certificateProblem(reply);
            emit signInFailed(
                refused.isEmpty()
                    ? tr("Cannot reach the server: %1").arg(reply->errorString())
                    : tr("The server's certificate was refused: %1.").arg(refused));
            return;
        }
        const QString token = QJsonDocument::fromJson(bytes).object()
                                  .value(QStringLiteral("token")).toString();
        if (status != 200 || token.isEmpty()) {
            emit signInFailed(errorOf(bytes, tr("The server refused the sign-in (%1).")
                                                 .arg(status)));
            return;
        }
        m_token = token;
        m_tokenExpires = QJsonDocument::fromJson(bytes).object()
                             .value(QStringLiteral("expires_at")).toString();
        keepSession(token, m_tokenExpires);
        qCInfo(lcSync) << "signed in to the sync server" << m_settings.server.host();
        if (m_engine) {
            SyncEngine *engine = m_engine;
            QMetaObject::invokeMethod(engine, [engine, token] { engine->setToken(token); });
        }
        setState(State::Idle);
        emit signedIn();
        restartTimer();
        registerDesk();
    });
}

void SyncService::registerDesk()
{
    // A desk numbers the orders it makes offline in its own series (Orders::OrderNumbers), with
    // the code the server gives it once. Sync goes on either way; a desk still without a code
    // asks again at the next sign-in.
    if (!setting(DeskCodeKey).isEmpty()) {
        syncNow();
        return;
    }
    QString deskId = setting(DeskIdKey);
    if (QUuid::fromString(deskId).isNull()) {
        deskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Core::Status stored = storeSetting(DeskIdKey, deskId); !stored) {
            qCWarning(lcSync) << "cannot keep the desk id:" << stored.error().toString();
            syncNow();
            return;
        }
    }
    const QJsonObject body{{QStringLiteral("desk_id"), deskId},
                           {QStringLiteral("name"), QSysInfo::machineHostName()}};
    QNetworkReply *reply = send("POST", QStringLiteral("/api/v1/desks"),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), true);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString code = QJsonDocument::fromJson(reply->readAll()).object()
                                 .value(QStringLiteral("desk_code")).toString();
        static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,5}$"));
        if ((status == 200 || status == 201) && pattern.match(code).hasMatch()) {
            if (Core::Status stored = storeSetting(DeskCodeKey, code); !stored) {
                qCWarning(lcSync) << "cannot keep the desk code:" << stored.error().toString();
            } else {
                qCInfo(lcSync) << "this desk is" << code << "on the sync server";
            }
        } else {
            qCWarning(lcSync) << "the sync server gave no desk code (HTTP" << status << ")";
        }
        syncNow();
    });
}

void SyncService::signOut()
{
    if (!m_token.isEmpty() && !m_settings.server.isEmpty()) {
        QNetworkReply *reply = send("POST", QStringLiteral("/api/v1/auth/logout"), {}, true);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_token.clear();
    forgetSession();
    m_again = false;
    m_writeDelay.stop();
    if (m_engine)
        m_engine->cancel();
    dropEngine();
    setState(State::SignedOut);
    restartTimer();
}

void SyncService::restartTimer()
{
    m_interval.setInterval(m_settings.intervalMinutes * 60 * 1000);
    if (isSignedIn())
        m_interval.start();
    else
        m_interval.stop();
}

void SyncService::ensureEngine()
{
    if (m_engine)
        return;
    m_engine = new SyncEngine(Storage::Database::path(), engineSettings());
    m_engine->setClock(&Storage::Database::clock());
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &SyncEngine::progress, this, &SyncService::onProgress);
    // Queued before the progress() of the same page, so that it reports this fraction.
    connect(m_engine, &SyncEngine::downloadProgress, this, [this](qint64 next, qint64 head) {
        if (m_initialDownload && head > 0)
            m_fraction = qBound(0.0, double(next) / double(head), 1.0);
    });
    if (!m_thread.isRunning())
        m_thread.start();
}

void SyncService::dropEngine()
{
    if (!m_engine)
        return;
    m_engine->cancel();
    // Deleted on its own thread, after the round in flight; the thread's end deletes it too.
    m_engine->deleteLater();
    m_engine = nullptr;
    if (m_state == State::Syncing)
        setState(isSignedIn() ? State::Idle : State::SignedOut);
}

void SyncService::syncNow()
{
    if (!isSignedIn()) {
        setState(State::SignedOut);
        return;
    }
    if (m_state == State::Syncing) {
        m_again = true;
        return;
    }
    startRound();
}

void SyncService::startRound()
{
    m_writeDelay.stop();
    ensureEngine();
    ConflictResolver resolver(Storage::Database::connection(), Storage::Database::clock());
    m_initialDownload = resolver.lastRevision() == 0;
    m_downloaded = 0;
    m_fraction = m_initialDownload ? -1 : 1;
    setState(State::Syncing);
    if (m_initialDownload)
        emit downloadProgress(0, m_fraction);

    SyncEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [this, engine] {
        // On the worker thread. The service waits for this thread before it goes away.
        const Core::Result<SyncReport> report = engine->run();
        const bool ok = report.ok();
        const QString message = ok ? QString() : report.error().toString();
        const int pulled = ok ? report->pulled : 0;
        const int conflicts = ok ? report->conflicts + report->refused : 0;
        QMetaObject::invokeMethod(
            this,
            [this, engine, ok, message, pulled, conflicts] {
                if (engine == m_engine)
                    onRoundFinished(ok, message, pulled, conflicts);
            },
            Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SyncService::onProgress(int pushed, int pulled)
{
    Q_UNUSED(pushed);
    if (!m_initialDownload || m_state != State::Syncing)
        return;
    m_downloaded = pulled;
    emit downloadProgress(m_downloaded, m_fraction);
}

void SyncService::onRoundFinished(bool ok, const QString &message, int pulled, int conflicts)
{
    const bool wasInitial = m_initialDownload;
    m_initialDownload = false;
    refreshCounts();
    if (ok) {
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        storeSetting(LastSuccessKey, m_lastSuccess.toString(Qt::ISODateWithMs));
        if (wasInitial) {
            m_downloaded = pulled;
            m_fraction = 1;
            emit downloadProgress(m_downloaded, m_fraction);
        }
        qCInfo(lcSync) << "sync round done: pulled" << pulled << "new conflicts" << conflicts;
        setState(State::Idle);
        if (pulled > 0)
            emit rowsReceived(pulled);
        emit roundFinished(true, {});
        if (m_again) {
            m_again = false;
            syncNow();
        } else if (m_pending > 0) {
            m_writeDelay.start();  // written while the round ran
        }
        return;
    }
    m_again = false;
    emit roundFinished(false, message);
    probe(message);
}

void SyncService::probe(const QString &failure)
{
    // The engine's error text does not say whether the server was away or refused the token:
    // ask the server who the token belongs to.
    QNetworkReply *reply = send("GET", QStringLiteral("/api/v1/me"), {}, true);
    connect(reply, &QNetworkReply::finished, this, [this, reply, failure] {
        reply->deleteLater();
        if (!isSignedIn())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 && !SyncClient::certificateProblem(reply).isEmpty()) {
            setState(State::Error, failure);  // retrying will not help: the settings must change
        } else if (status == 0) {
            setState(State::Offline, reply->errorString());
        } else if (status == 401) {
            m_token.clear();
            forgetSession();
            dropEngine();
            setState(State::SignedOut, tr("the server asks to sign in again"));
            restartTimer();
            emit signInNeeded(tr("Your session on the sync server ended. Enter your password "
                                 "to sign in again."));
        } else {
            setState(State::Error, failure);
        }
    });
}

void SyncService::setState(State state, const QString &error)
{
    const bool changed = state != m_state || error != m_lastError;
    m_state = state;
    m_lastError = error;
    if (changed)
        emit stateChanged(state);
}

QString SyncService::stateText(const QTimeZone &zone) const
{
    const QString when =
        m_lastSuccess.isValid()
            ? m_lastSuccess.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
    switch (m_state) {
    case State::SignedOut:
        return m_settings.server.isEmpty() ? tr("Sync not set up") : tr("Not signed in");
    case State::Syncing:
        return m_initialDownload ? tr("First download…") : tr("Syncing…");
    case State::Offline:
        return tr("Offline — will retry");
    case State::Error:
        return tr("Sync failed");
    case State::Idle:
        break;
    }
    return when.isEmpty() ? tr("Signed in") : tr("Synced %1").arg(when);
}

void SyncService::refreshCounts()
{
    if (!Storage::Database::isOpen())
        return;
    QStringList tables;
    for (const QString &table : SyncTables::tables())
        tables.append(u'\'' + table + u'\'');
    const qint64 pending =
        count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND table_name "
                             "IN (%1)").arg(tables.join(QStringLiteral(", "))));
    const qint64 conflicts =
        count(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL"));
    const bool wrote = pending > m_pending;
    if (pending == m_pending && conflicts == m_conflicts)
        return;
    m_pending = pending;
    m_conflicts = conflicts;
    emit countsChanged(m_pending, m_conflicts);
    // A local write: sync it soon, unless the desk is offline (the interval retries) or a
    // round is already on its way.
    if (wrote && isSignedIn() && (m_state == State::Idle || m_state == State::Error)
        && !m_writeDelay.isActive()) {
        m_writeDelay.start();
    }
}

Core::Status SyncService::guardResolve() const
{
    if (m_state == State::Syncing)
        return Core::Error{tr("sync is running; resolve the conflict when it ends"), {}};
    return {};
}

Core::Result<QList<ConflictRecord>> SyncService::conflicts()
{
    return ConflictResolver(Storage::Database::connection(), Storage::Database::clock())
        .openConflicts();
}

Core::Status SyncService::keepMine(qint64 conflictId)
{
    if (Core::Status s = guardResolve(); !s)
        return s;
    const Core::Status s =
        ConflictResolver(Storage::Database::connection(), Storage::Database::clock())
            .keepMine(conflictId);
    refreshCounts();
    if (s)
        syncNow();
    return s;
}

Core::Result<QString> SyncService::recreateAsNew(qint64 conflictId)
{
    if (Core::Status s = guardResolve(); !s)
        return s.error();
    const Core::Result<QString> id =
        ConflictResolver(Storage::Database::connection(), Storage::Database::clock())
            .recreateAsNew(conflictId);
    refreshCounts();
    if (id)
        syncNow();
    return id;
}

Core::Status SyncService::takeServers(qint64 conflictId)
{
    if (Core::Status s = guardResolve(); !s)
        return s;
    const Core::Status s =
        ConflictResolver(Storage::Database::connection(), Storage::Database::clock())
            .takeServers(conflictId);
    refreshCounts();
    if (s)
        syncNow();
    return s;
}

} // namespace Hearth::Sync
