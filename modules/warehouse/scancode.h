#pragma once

#include "aim.h"
#include "gs1.h"
#include "production/shopfloorcode.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Hearth::Warehouse {

/// One read of a barcode, as a scanner sends it, turned into what it names. A read may carry
/// an AIM symbology identifier (Aim), a suffix (CR, LF, Tab) and STX/ETX around it; the data
/// is then one of:
///   GS1       an element string (after ]C1 ]d2 ]Q3 ]e0 ]z1 ]J1, or starting with GS, or
///             holding a GS), the printed "(01)…(10)…" form, or a GTIN from EAN/UPC (]E0,
///             ]E4, or 8, 12, 13 or 14 digits with a right check digit)
///   Hearth's own codes, in upper-case letters, digits and ":-/" (QR alphanumeric mode):
///             WO:<wo no>, PT:<part id>, WC:<station>, CMD:<command> (Production::ShopfloorCode),
///             PK:<order no>-<n>/<N> a package, n of N ("PK:SO00000012-3/12"),
///             BN:<bin code> a bin
/// A read with full-width letters, Chinese punctuation or Chinese characters was changed by an
/// input method and is refused, with a hint to switch the input method off.
class ScanCode
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ScanCode)

public:
    enum class Kind {
        Empty,      // nothing but a suffix or spaces
        Malformed,  // looks like a code but breaks its rules: see error()
        Unknown,    // readable, but no code Hearth knows
        Gs1,
        WorkOrder,
        Part,
        Station,
        Command,
        Package,
        Bin,
        PurchaseOrder
    };

    /// today places the two-digit years of GS1 dates; invalid for the current date.
    static ScanCode parse(const QString &read, const QDate &today = {});

    /// Hearth's package code: "PK:" order number "-" n "/" count.
    static QString forPackage(const QString &orderNo, int number, int count);
    static QString forBin(const QString &binCode);
    static QString forPurchaseOrder(const QString &poNo);
    /// text with its control characters shown: GS as "<GS>", others as "<0xNN>".
    static QString visible(const QString &text);

    Kind kind() const { return m_kind; }
    /// A code Hearth can act on: GS1, one of its own codes.
    bool isValid() const;
    /// The data without AIM identifier, suffix and wrapping; GS stays as 0x1D.
    QString text() const { return m_text; }
    Aim aim() const { return m_aim; }
    /// Why the read is no code, translated, with the position (1 = the first character sent)
    /// and what was expected; empty for a valid code.
    QString error() const;
    /// The position error() refers to; 0 when none.
    int errorPosition() const { return m_errorPosition; }
    /// An input method changed the read (full-width characters, Chinese punctuation).
    bool inputMethodChanged() const { return m_inputMethod; }

    /// GS1: the elements in the order read.
    const QList<Gs1Element> &elements() const { return m_elements; }
    /// GS1: the data of one AI ("01" the GTIN as 14 digits, "10" the batch), empty when absent.
    QString elementValue(const QString &ai) const;
    /// GS1: the date of a date AI ("17" the expiry), invalid when absent.
    QDate elementDate(const QString &ai) const;
    QString gtin() const { return elementValue(QStringLiteral("01")); }
    QString sscc() const { return elementValue(QStringLiteral("00")); }
    QString batch() const { return elementValue(QStringLiteral("10")); }
    QString serial() const { return elementValue(QStringLiteral("21")); }

    /// Hearth's codes: the work order number, part id, station code, order number of a package,
    /// bin code or purchase order number.
    QString value() const { return m_value; }
    Production::ShopfloorCode::Command command() const { return m_command; }
    int packageNumber() const { return m_packageNumber; }
    int packageCount() const { return m_packageCount; }

    /// What the code names in one translated line: "GTIN 06901234567892 · batch L2403".
    QString summary() const;

private:
    void parseData(const QString &data, int position, const QDate &today);
    bool parseHearth(const QString &data, int position);
    void fail(int position, const QString &message);

    Kind m_kind = Kind::Empty;
    QString m_text;
    Aim m_aim;
    QString m_error;
    int m_errorPosition = 0;
    bool m_inputMethod = false;
    QList<Gs1Element> m_elements;
    QString m_value;
    Production::ShopfloorCode::Command m_command = Production::ShopfloorCode::Command::None;
    int m_packageNumber = 0;
    int m_packageCount = 0;
};

} // namespace Hearth::Warehouse
