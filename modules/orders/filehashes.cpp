#include "filehashes.h"

#include <QCryptographicHash>
#include <QFile>

namespace Hearth::Orders::Internal {

FileHashes::~FileHashes()
{
    m_stop = true;
    if (m_hashes.valid())
        m_hashes.wait();
}

QString FileHashes::of(qsizetype file)
{
    if (m_hashes.valid())
        m_done = m_hashes.get();
    return m_done.value(file);
}

QStringList FileHashes::hashAll(const QStringList &files) const
{
    constexpr qint64 chunk = 1024 * 1024;
    QStringList hashes;
    for (const QString &path : files) {
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly)) {
            while (!m_stop) {
                const QByteArray bytes = f.read(chunk);
                if (bytes.isEmpty())
                    break;
                hash.addData(bytes);
            }
        }
        hashes.append(QString::fromLatin1(hash.result().toHex()));
    }
    return hashes;
}

} // namespace Hearth::Orders::Internal
