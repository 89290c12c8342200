#include "ordernumbers.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QRegularExpression>

namespace Hearth::Orders {

QString OrderNumbers::deskCode(Storage::Connection &c)
{
    Storage::Statement &read = c.prepare("SELECT value FROM settings WHERE key = ?");
    read.bind(1, QLatin1String(DeskCodeSetting));
    const QString code = read.next() ? read.text(0) : QString();
    read.reset();
    return isValidDeskCode(code) ? code : QString();
}

QString OrderNumbers::prefix(Storage::Connection &c)
{
    const QString code = deskCode(c);
    return code.isEmpty() ? QStringLiteral("SO") : QStringLiteral("SO%1-").arg(code);
}

qint64 OrderNumbers::lastNumber(Storage::Connection &c, const QString &prefix)
{
    // The prefix holds capital letters, digits and "-" only, none of them special to GLOB.
    Storage::Statement &read = c.prepare(
        "SELECT COALESCE(MAX(CAST(substr(order_no, length(?1) + 1) AS INTEGER)), 0) "
        "FROM sales_orders WHERE order_no GLOB ?1 || '[0-9]*'");
    read.bind(1, prefix);
    const qint64 last = read.next() ? read.int64(0) : 0;
    read.reset();
    return last;
}

QString OrderNumbers::format(const QString &prefix, qint64 number)
{
    return prefix + QStringLiteral("%1").arg(number, 8, 10, QLatin1Char('0'));
}

bool OrderNumbers::isValidDeskCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,5}$"));
    return pattern.match(code).hasMatch();
}

} // namespace Hearth::Orders
