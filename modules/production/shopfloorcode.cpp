#include "shopfloorcode.h"

#include <QUuid>

namespace Hearth::Production {

namespace {

constexpr QLatin1StringView WorkOrderPrefix("WO:");
constexpr QLatin1StringView PartPrefix("PT:");
constexpr QLatin1StringView StationPrefix("WC:");
constexpr QLatin1StringView CommandPrefix("CMD:");

// Longest read shown back in a message; a scanner sending a whole page says enough in this.
constexpr int MaxShownLength = 60;

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

/// Drops control characters and spaces at both ends: the CR, LF or Tab a scanner ends a read
/// with, the STX/ETX some wrap it in, and the spaces of a hand-typed code.
QString trimmed(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin].isSpace() || text[begin].category() == QChar::Other_Control))
        ++begin;
    while (end > begin
           && (text[end - 1].isSpace() || text[end - 1].category() == QChar::Other_Control)) {
        --end;
    }
    return text.mid(begin, end - begin);
}

/// A part id as order_parts stores it: a UUID in lower case with dashes, from 32 hex digits
/// with or without dashes in any case; other ids as they are.
QString canonicalPartId(const QString &id)
{
    QString digits = id;
    digits.remove(u'-');
    if (digits.size() == 32) {
        const QString dashed = QStringLiteral("%1-%2-%3-%4-%5")
                                   .arg(digits.mid(0, 8), digits.mid(8, 4), digits.mid(12, 4),
                                        digits.mid(16, 4), digits.mid(20, 12));
        const QUuid parsed = QUuid::fromString(dashed);
        if (!parsed.isNull())
            return parsed.toString(QUuid::WithoutBraces);
    }
    return id;
}

} // namespace

ShopfloorCode ShopfloorCode::parse(const QString &scanned)
{
    ShopfloorCode code;
    // NFKC folds the full-width letters and colon of a Chinese input method to ASCII.
    QString text = trimmed(scanned.normalized(QString::NormalizationForm_KC));
    if (text.size() >= 3 && text[0] == u']' && isAsciiLetter(text[1])
        && isAsciiLetterOrDigit(text[2])) {
        code.m_symbology = text.left(3);
        text = trimmed(text.mid(3));
    }
    code.m_text = text;
    if (text.isEmpty()) {
        code.m_kind = Kind::Empty;
        return code;
    }

    const auto valueAfter = [&text](QLatin1StringView prefix) {
        return text.startsWith(prefix, Qt::CaseInsensitive) ? text.mid(prefix.size()).trimmed()
                                                            : QString();
    };
    if (const QString woNo = valueAfter(WorkOrderPrefix); !woNo.isEmpty()) {
        code.m_kind = Kind::WorkOrder;
        code.m_value = woNo;
    } else if (const QString part = valueAfter(PartPrefix); !part.isEmpty()) {
        code.m_kind = Kind::Part;
        code.m_value = canonicalPartId(part);
    } else if (const QString station = valueAfter(StationPrefix); !station.isEmpty()) {
        code.m_kind = Kind::Station;
        code.m_value = station;
    } else if (const QString command = valueAfter(CommandPrefix); !command.isEmpty()) {
        const QString name = command.toUpper();
        if (name == u"START")
            code.m_command = Command::Start;
        else if (name == u"REPORT")
            code.m_command = Command::Report;
        else if (name == u"FINISH")
            code.m_command = Command::Finish;
        else if (name == u"CLEAR")
            code.m_command = Command::Clear;
        code.m_kind = code.m_command == Command::None ? Kind::Unknown : Kind::Command;
    } else {
        code.m_kind = Kind::Unknown;
    }
    return code;
}

QString ShopfloorCode::forWorkOrder(const QString &woNo)
{
    return WorkOrderPrefix + woNo;
}

QString ShopfloorCode::forPart(const QString &partId)
{
    const QUuid uuid = QUuid::fromString(partId);
    if (uuid.isNull())
        return PartPrefix + partId;
    return PartPrefix + uuid.toString(QUuid::Id128).toUpper();
}

QString ShopfloorCode::forStation(const QString &workCenterCode)
{
    return StationPrefix + workCenterCode;
}

QString ShopfloorCode::forCommand(Command command)
{
    switch (command) {
    case Command::Start:
        return CommandPrefix + QLatin1StringView("START");
    case Command::Report:
        return CommandPrefix + QLatin1StringView("REPORT");
    case Command::Finish:
        return CommandPrefix + QLatin1StringView("FINISH");
    case Command::Clear:
        return CommandPrefix + QLatin1StringView("CLEAR");
    case Command::None:
        break;
    }
    return QString();
}

QString ShopfloorCode::error() const
{
    switch (m_kind) {
    case Kind::Empty:
        return tr("nothing was read: scan a work order, part, station or command code");
    case Kind::Unknown: {
        QString shown = m_text;
        if (shown.size() > MaxShownLength)
            shown = shown.left(MaxShownLength) + QChar(0x2026);
        return tr("unknown code \"%1\": not a work order (WO:), part (PT:), station (WC:) or "
                  "command (CMD:) code")
            .arg(shown);
    }
    case Kind::WorkOrder:
    case Kind::Part:
    case Kind::Station:
    case Kind::Command:
        break;
    }
    return QString();
}

} // namespace Hearth::Production
