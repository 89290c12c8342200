#include "xlsxarchive.h"

#include <QCoreApplication>
#include <QFile>

namespace Hearth::Orders::Internal {

namespace {

voidpf ZCALLBACK openFile(voidpf, const void *name, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    auto file = std::make_unique<QFile>(*static_cast<const QString *>(name));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file.release();
}

uLong ZCALLBACK readFile(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 read = static_cast<QFile *>(stream)->read(static_cast<char *>(buffer), size);
    return read < 0 ? 0 : uLong(read);
}

uLong ZCALLBACK writeFile(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile *>(stream)->pos());
}

long ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<QFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    return file->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

} // namespace

Core::Result<XlsxArchive> XlsxArchive::open(const QString &path, const QString &fileName)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the file cannot be opened: %1")
                               .arg(probe.errorString()),
                           fileName};
    }
    probe.close();

    zlib_filefunc64_def functions{};
    functions.zopen64_file = openFile;
    functions.zread_file = readFile;
    functions.zwrite_file = writeFile;
    functions.ztell64_file = tellFile;
    functions.zseek64_file = seekFile;
    functions.zclose_file = closeFile;
    functions.zerror_file = fileError;
    XlsxArchive archive;
    archive.m_zip.reset(unzOpen2_64(&path, &functions));
    if (!archive.m_zip) {
        return Core::Error{QCoreApplication::translate(
                               "Hearth::Orders",
                               "this is not an Excel workbook (.xlsx): it is not a zip "
                               "archive. An old .xls or a password-protected workbook must be "
                               "saved as a plain .xlsx first"),
                           fileName};
    }
    return archive;
}

Core::Error XlsxArchive::damaged(const QString &fileName, const QString &part,
                                 const QString &detail)
{
    return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                   "the workbook is damaged: its part %1 "
                                                   "cannot be read (%2); open it in Excel and "
                                                   "save it again")
                           .arg(part, detail),
                       fileName};
}

} // namespace Hearth::Orders::Internal
