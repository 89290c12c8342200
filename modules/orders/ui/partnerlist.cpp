#include "partnerlist.h"

#include "storage/database.h"

namespace Hearth::Orders {

QList<Partner> partnerList(const QString &kind)
{
    QList<Partner> result;
    if (!Storage::Database::isOpen())
        return result;
    Storage::Statement &q = Storage::Database::connection().prepare(
        "SELECT id, code, name FROM partners WHERE kind = ? AND deleted = 0 ORDER BY name");
    q.bind(1, kind);
    while (q.next())
        result.append({q.text(0), kind, q.text(1), q.text(2)});
    q.reset();
    return result;
}

} // namespace Hearth::Orders
