#pragma once

#include <QCoreApplication>
#include <QString>

namespace Hearth::Production {

/// Hearth's own shop-floor barcodes, as printed on work orders, part labels and station cards,
/// and what a scanner sends for them. The printed forms use only upper-case letters, digits and
/// ":-", so that a QR code stays in its compact alphanumeric mode and a Code 128 stays short:
///
///   WO:<wo_no>          a work order (工单), e.g. "WO:WO2603-0012"
///   PT:<part id>        a part (板件): its order_parts id as 32 hex digits, "PT:3F2A…" (35
///                       characters); the id with dashes and in lower case reads as well
///   WC:<code>           a station (工位), the work center's code, e.g. "WC:EDGE-1"
///   CMD:START, CMD:REPORT, CMD:FINISH, CMD:CLEAR
///                       commands printed on a station card, for hands that hold a scanner
///
/// A read may carry an AIM symbology identifier in front (]C0, ]C1, ]Q1, ]Q3, ]d2, ...), a
/// suffix (CR, LF, Tab), control characters a scanner wraps its data in, surrounding spaces,
/// full-width letters from a Chinese input method and any letter case: all are dropped or
/// folded. Anything else is an unknown code, and the message shows what was read.
class ShopfloorCode
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::ShopfloorCode)

public:
    enum class Kind { Empty, Unknown, WorkOrder, Part, Station, Command };
    enum class Command { None, Start, Report, Finish, Clear };

    static ShopfloorCode parse(const QString &scanned);

    /// The printed text of each kind of code.
    static QString forWorkOrder(const QString &woNo);
    static QString forPart(const QString &partId);
    static QString forStation(const QString &workCenterCode);
    static QString forCommand(Command command);

    Kind kind() const { return m_kind; }
    /// A work order, part, station or command.
    bool isValid() const { return m_kind != Kind::Empty && m_kind != Kind::Unknown; }
    /// The work order number, the part id (lower case with dashes when it is a UUID, as
    /// order_parts stores it) or the work center code; empty for a command.
    QString value() const { return m_value; }
    Command command() const { return m_command; }
    /// What was read, without the symbology identifier and the scanner's suffix.
    QString text() const { return m_text; }
    /// The AIM symbology identifier the scanner sent ("]Q1"), empty when none.
    QString symbology() const { return m_symbology; }
    /// Why the read is not a code, translated: "unknown code "…"" or "nothing was read";
    /// empty for a valid code.
    QString error() const;

private:
    Kind m_kind = Kind::Empty;
    Command m_command = Command::None;
    QString m_value;
    QString m_text;
    QString m_symbology;
};

} // namespace Hearth::Production
