#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <future>

namespace Hearth::Orders::Internal {

/// The SHA-256 of each file of a run, worked out on another thread while the files are read
/// and written: hashing a large export takes about as long as parsing it.
class FileHashes
{
public:
    explicit FileHashes(const QStringList &files)
        : m_hashes(std::async(std::launch::async, [this, files] { return hashAll(files); }))
    {}
    ~FileHashes();
    FileHashes(const FileHashes &) = delete;
    FileHashes &operator=(const FileHashes &) = delete;

    QString of(qsizetype file);

private:
    QStringList hashAll(const QStringList &files) const;

    std::atomic<bool> m_stop = false;
    std::future<QStringList> m_hashes;
    QStringList m_done;
};

} // namespace Hearth::Orders::Internal
