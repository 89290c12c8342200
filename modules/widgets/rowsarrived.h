#pragma once

#include <QObject>

namespace Hearth::Widgets {

/// Tells the pages that rows written elsewhere reached the local database (a sync round that
/// brought other desks' or the server's changes), so that lists and details read again
/// instead of showing what was there before.
class RowsArrived : public QObject
{
    Q_OBJECT

public:
    static RowsArrived *instance();
    /// Emits arrived(count).
    static void notify(int count);

signals:
    void arrived(int count);

private:
    RowsArrived() = default;
};

} // namespace Hearth::Widgets
