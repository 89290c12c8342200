#pragma once

#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders {

/// Order numbers (订单号) a desk gives to the orders it creates. A desk that syncs has a desk
/// code from the server (setting "desk.code", such as "A7"), and numbers its orders
/// "SOA7-00000001", "SOA7-00000002"...: two desks working offline never hand out the same
/// number. A desk that never synced numbers "SO00000001" as before. The series continues after
/// the highest number of the desk's own prefix, so a number is never given twice on one desk.
class OrderNumbers
{
public:
    static constexpr char DeskCodeSetting[] = "desk.code";

    /// The desk code, or empty when this desk has none.
    static QString deskCode(Storage::Connection &connection);
    /// "SO" for a desk without a code, otherwise "SO<code>-".
    static QString prefix(Storage::Connection &connection);
    /// The highest number already used after prefix (0 when none).
    static qint64 lastNumber(Storage::Connection &connection, const QString &prefix);
    static QString format(const QString &prefix, qint64 number);
    /// A desk code is two to six capital letters or digits, starting with a letter.
    static bool isValidDeskCode(const QString &code);
};

} // namespace Hearth::Orders
