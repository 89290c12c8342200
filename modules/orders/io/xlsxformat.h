#pragma once

#include <QString>
#include <QStringView>

namespace Hearth::Orders::Internal::XlsxFormat {

/// What a cell's number format makes of its number.
enum class NumberKind : quint8 { Plain, Date, DateTime, Time };

constexpr int maxColumns = 16384;           // XFD, Excel's last column
constexpr double maxDateSerial = 2958466.0; // 10000-01-01, past Excel's last date

/// The kind of one of Excel's built-in number formats, by its id.
NumberKind builtinKind(int id);
/// The kind of a custom format code: date and time letters outside quoted text, escapes and
/// [colour]/[$-locale] parts.
NumberKind formatKind(const QString &code);

/// A date serial as "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" or "HH:MM:SS", as Excel shows it.
QString dateSerialText(double serial, NumberKind kind, bool date1904);
/// Fifteen significant digits in plain notation, for numbers that do not fit a Decimal.
QString plainNumber(double value);
/// A cell of type "d" holds an ISO 8601 date or date and time.
QString isoDateText(const QString &raw);
/// Excel stores characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).
QString decodeEscapes(const QString &text);

/// "C7" gives column 2 (0-based) and row 7.
bool parseCellReference(QStringView reference, int *column, int *row);
QString columnLetters(int column);

/// A plain decimal of at most twelve significant digits and six decimals is exactly what was
/// typed; it needs none of the work that recovers a number from a double's 17 digits.
bool isShortDecimal(QStringView text);

} // namespace Hearth::Orders::Internal::XlsxFormat
