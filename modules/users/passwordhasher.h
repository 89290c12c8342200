#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Users {

/// Argon2id password hashes through libsodium, in its self-describing string form, so that the
/// cost can be raised later without breaking stored hashes.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Users::PasswordHasher)

public:
    /// sodium_init(), once per process; false when libsodium cannot start.
    static bool initialize();

    static Core::Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    /// True when a hash was made with weaker settings than hash() uses now.
    static bool needsRehash(const QString &storedHash);
    /// A random password of length characters that are easy to read aloud and to type.
    static QString generate(int length = 12);
};

} // namespace Hearth::Users
