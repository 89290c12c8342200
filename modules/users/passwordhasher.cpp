#include "passwordhasher.h"

#include "logging.h"

#include <sodium.h>

#include <mutex>

namespace Hearth::Users {

namespace {

constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// No 0/O, 1/l/I: a password that is read off a screen or a slip of paper.
constexpr char Alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

} // namespace

bool PasswordHasher::initialize()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        ok = sodium_init() >= 0;
        if (!ok)
            qCCritical(lcUsers) << "libsodium failed to initialise";
    });
    return ok;
}

Core::Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!initialize())
        return Core::Error{tr("the password library could not start"), {}};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), OpsLimit, MemLimit) != 0)
        return Core::Error{tr("not enough memory to protect the password"), {}};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!initialize())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    if (!initialize())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), OpsLimit, MemLimit) != 0;
}

QString PasswordHasher::generate(int length)
{
    initialize();
    constexpr uint32_t size = sizeof(Alphabet) - 1;
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(Alphabet[randombytes_uniform(size)]));
    return result;
}

} // namespace Hearth::Users
