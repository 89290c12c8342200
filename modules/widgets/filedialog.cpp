#include "filedialog.h"

#include "sitetime.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>

namespace Hearth::Widgets {

namespace {

// The columns of QFileSystemModel: name, size, type, date modified.
enum FileColumn { NameColumn, SizeColumn, TypeColumn, ModifiedColumn };

class LocalisedFileModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        switch (index.column()) {
        case SizeColumn:
            if (files->isDir(source))
                return QIdentityProxyModel::data(index, role);
            return QLocale().formattedDataSize(files->size(source));
        case TypeColumn:
            if (files->isDir(source))
                return FileDialog::tr("Folder");
            return QIdentityProxyModel::data(index, role);
        case ModifiedColumn:
            return SiteTime::format(files->lastModified(source));
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
};

QStringList run(QWidget *parent, const QString &caption, const QString &directory,
                const QString &filter, QFileDialog::FileMode mode)
{
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setFileMode(mode);
    // Qt's first size cuts the size, type and date columns short.
    dialog.resize(820, 500);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    FileDialog::localise(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

} // namespace

void FileDialog::localise(QFileDialog *dialog)
{
    dialog->setProxyModel(new LocalisedFileModel(dialog));
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption,
                                 const QString &directory, const QString &filter)
{
    return run(parent, caption, directory, filter, QFileDialog::ExistingFile).value(0);
}

QStringList FileDialog::openFileNames(QWidget *parent, const QString &caption,
                                      const QString &directory, const QString &filter)
{
    return run(parent, caption, directory, filter, QFileDialog::ExistingFiles);
}

} // namespace Hearth::Widgets
