#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Hearth::Warehouse {

/// One GS1 element: an application identifier (AI) and its data.
struct Gs1Element
{
    QString ai;      // "01", "3103"
    QString value;   // as encoded: "09501101020917", "001250"
    int position = 0;  // 1-based position of the AI in the read
    int decimals = -1;  // implied decimals of a measure or amount (310n, 392n); -1 for none
    QDate date;      // the date a date AI means (see Gs1::parse for day 00)
    bool dayOmitted = false;  // the date was sent with day 00

    /// A measure or amount with its decimal point: "1.250" for 3103 "001250"; else value.
    QString decimalText() const;
};

/// GS1 element strings as scanners send them (GS1 General Specifications, section 3 and 7):
/// application identifiers with their fixed or variable lengths, variable fields ended by the
/// group separator (GS, 0x1D, FNC1 in the symbol) or the end, and mod-10 check digits.
class Gs1
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Gs1)

public:
    static constexpr char16_t GroupSeparator = 0x1D;

    /// Splits an element string ("0109501101020917" GS "10ABC") into its elements and checks
    /// each: lengths, digits, the 82 characters GS1 allows, check digits of GTIN, SSCC, GLN
    /// and GSIN, real dates. Day 00 means the last day of the month for a due, best-before,
    /// sell-by or expiry date (12, 15, 16, 17) and the first for a production or packing date
    /// (11, 13). A two-digit year is placed by GS1's rule: within 49 years ahead or 50 behind
    /// today. position is where data starts in the read, for the error message; errorPosition
    /// receives the position an error refers to.
    static Core::Result<QList<Gs1Element>> parse(const QString &data, int position = 1,
                                                 const QDate &today = {},
                                                 int *errorPosition = nullptr);
    /// The human-readable form printed under a barcode, "(01)09501101020917(10)ABC".
    static Core::Result<QList<Gs1Element>> parseBracketed(const QString &text, int position = 1,
                                                          const QDate &today = {},
                                                          int *errorPosition = nullptr);
    /// The element string of elements with a GS after each variable-length field but the last.
    static QString encode(const QList<Gs1Element> &elements);

    /// The GS1 mod-10 check digit of digits (without their check digit); '\0' when digits
    /// holds anything but 0-9.
    static QChar checkDigit(QStringView digits);
    /// True when the last of digits is the check digit of the others (GTIN-8/12/13/14, SSCC,
    /// GLN).
    static bool hasValidCheckDigit(QStringView digits);
    /// A GTIN-8, -12 or -13 widened to 14 digits with leading zeros.
    static QString gtin14(const QString &gtin);
    /// GS1's data title of an AI ("GTIN", "BATCH/LOT", "NET WEIGHT (kg)"); empty when unknown.
    static QString title(const QString &ai);
    /// True for the AIs of a predefined length, which need no GS after them.
    static bool isFixedLength(const QString &ai);
};

} // namespace Hearth::Warehouse
