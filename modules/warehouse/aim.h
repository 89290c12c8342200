#pragma once

#include <QString>

namespace Hearth::Warehouse {

/// The AIM symbology identifier (ISO/IEC 15424) a scanner may send in front of its data: "]"
/// then a letter for the symbology and a character for its options ("]C1" a GS1-128, "]Q3" a
/// GS1 QR code, "]E0" an EAN-13). It says whether the data is a GS1 element string (FNC1 in
/// the first position), a GTIN from EAN/UPC, or plain data.
class Aim
{
public:
    enum class Symbology {
        None,
        Code128,
        Gs1_128,
        DataMatrix,
        Gs1DataMatrix,
        QrCode,
        Gs1QrCode,
        Ean13,
        Ean8,
        EanAddOn,
        Gs1DataBar,
        Code39,
        Code93,
        Codabar,
        Interleaved2of5,
        Pdf417,
        Aztec,
        Gs1Aztec,
        DotCode,
        Gs1DotCode,
        Other
    };
    /// Where a FNC1 stands: first position marks GS1 data, second an industry's own AIs.
    enum class Fnc1 { None, FirstPosition, SecondPosition };
    /// What the data after the identifier is.
    enum class Content { Plain, Gs1ElementString, Gtin };

    /// Reads the identifier at the start of read; none when read does not start with one.
    static Aim fromRead(const QString &read);

    bool isPresent() const { return m_symbology != Symbology::None; }
    /// "]C1", empty when none.
    QString identifier() const { return m_identifier; }
    /// Characters the identifier takes at the start of the read: 3 or 0.
    int length() const { return int(m_identifier.size()); }
    Symbology symbology() const { return m_symbology; }
    Fnc1 fnc1() const { return m_fnc1; }
    Content content() const { return m_content; }
    /// The symbology's proper name, "GS1-128" ("" when none); not translated.
    QString name() const;

private:
    QString m_identifier;
    Symbology m_symbology = Symbology::None;
    Fnc1 m_fnc1 = Fnc1::None;
    Content m_content = Content::Plain;
};

} // namespace Hearth::Warehouse
