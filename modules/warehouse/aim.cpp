#include "aim.h"

namespace Hearth::Warehouse {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

} // namespace

Aim Aim::fromRead(const QString &read)
{
    Aim aim;
    if (read.size() < 3 || read[0] != u']' || !isAsciiLetter(read[1])
        || !isAsciiLetterOrDigit(read[2])) {
        return aim;
    }
    aim.m_identifier = read.left(3);
    const char16_t code = read[1].unicode();
    const char16_t modifier = read[2].unicode();
    aim.m_symbology = Symbology::Other;
    switch (code) {
    case u'C':  // Code 128: 1 = FNC1 first (GS1-128), 2 = FNC1 second
        aim.m_symbology = modifier == u'1' ? Symbology::Gs1_128 : Symbology::Code128;
        if (modifier == u'1')
            aim.m_fnc1 = Fnc1::FirstPosition;
        else if (modifier == u'2')
            aim.m_fnc1 = Fnc1::SecondPosition;
        break;
    case u'd':  // Data Matrix: 2 and 5 FNC1 first, 3 and 6 FNC1 second (4-6 with ECI)
        aim.m_symbology = (modifier == u'2' || modifier == u'5') ? Symbology::Gs1DataMatrix
                                                                 : Symbology::DataMatrix;
        if (modifier == u'2' || modifier == u'5')
            aim.m_fnc1 = Fnc1::FirstPosition;
        else if (modifier == u'3' || modifier == u'6')
            aim.m_fnc1 = Fnc1::SecondPosition;
        break;
    case u'Q':  // QR Code: 3 and 4 FNC1 first, 5 and 6 FNC1 second
        aim.m_symbology = (modifier == u'3' || modifier == u'4') ? Symbology::Gs1QrCode
                                                                 : Symbology::QrCode;
        if (modifier == u'3' || modifier == u'4')
            aim.m_fnc1 = Fnc1::FirstPosition;
        else if (modifier == u'5' || modifier == u'6')
            aim.m_fnc1 = Fnc1::SecondPosition;
        break;
    case u'E':  // EAN/UPC: 0 EAN-13, UPC-A or UPC-E as 13 digits; 4 EAN-8; 1-3 add-ons
        if (modifier == u'0' || modifier == u'3')
            aim.m_symbology = Symbology::Ean13;
        else if (modifier == u'4')
            aim.m_symbology = Symbology::Ean8;
        else
            aim.m_symbology = Symbology::EanAddOn;
        if (modifier == u'0' || modifier == u'4')
            aim.m_content = Content::Gtin;
        break;
    case u'e':  // GS1 DataBar: always GS1 data
        aim.m_symbology = Symbology::Gs1DataBar;
        aim.m_fnc1 = Fnc1::FirstPosition;
        break;
    case u'z':  // Aztec: 1 and 4 FNC1 first, 2 and 5 FNC1 second
        aim.m_symbology = (modifier == u'1' || modifier == u'4') ? Symbology::Gs1Aztec
                                                                 : Symbology::Aztec;
        if (modifier == u'1' || modifier == u'4')
            aim.m_fnc1 = Fnc1::FirstPosition;
        else if (modifier == u'2' || modifier == u'5')
            aim.m_fnc1 = Fnc1::SecondPosition;
        break;
    case u'J':  // DotCode: 1 FNC1 first, 2 FNC1 second
        aim.m_symbology = modifier == u'1' ? Symbology::Gs1DotCode : Symbology::DotCode;
        if (modifier == u'1')
            aim.m_fnc1 = Fnc1::FirstPosition;
        else if (modifier == u'2')
            aim.m_fnc1 = Fnc1::SecondPosition;
        break;
    case u'A':
        aim.m_symbology = Symbology::Code39;
        break;
    case u'G':
        aim.m_symbology = Symbology::Code93;
        break;
    case u'F':
        aim.m_symbology = Symbology::Codabar;
        break;
    case u'I':
        aim.m_symbology = Symbology::Interleaved2of5;
        break;
    case u'L':
        aim.m_symbology = Symbology::Pdf417;
        break;
    default:
        break;
    }
    if (aim.m_fnc1 == Fnc1::FirstPosition)
        aim.m_content = Content::Gs1ElementString;
    return aim;
}

QString Aim::name() const
{
    switch (m_symbology) {
    case Symbology::None:
        return QString();
    case Symbology::Code128:
        return QStringLiteral("Code 128");
    case Symbology::Gs1_128:
        return QStringLiteral("GS1-128");
    case Symbology::DataMatrix:
        return QStringLiteral("Data Matrix");
    case Symbology::Gs1DataMatrix:
        return QStringLiteral("GS1 DataMatrix");
    case Symbology::QrCode:
        return QStringLiteral("QR Code");
    case Symbology::Gs1QrCode:
        return QStringLiteral("GS1 QR Code");
    case Symbology::Ean13:
        return QStringLiteral("EAN-13/UPC");
    case Symbology::Ean8:
        return QStringLiteral("EAN-8");
    case Symbology::EanAddOn:
        return QStringLiteral("EAN/UPC add-on");
    case Symbology::Gs1DataBar:
        return QStringLiteral("GS1 DataBar");
    case Symbology::Code39:
        return QStringLiteral("Code 39");
    case Symbology::Code93:
        return QStringLiteral("Code 93");
    case Symbology::Codabar:
        return QStringLiteral("Codabar");
    case Symbology::Interleaved2of5:
        return QStringLiteral("ITF");
    case Symbology::Pdf417:
        return QStringLiteral("PDF417");
    case Symbology::Aztec:
        return QStringLiteral("Aztec");
    case Symbology::Gs1Aztec:
        return QStringLiteral("GS1 Aztec");
    case Symbology::DotCode:
        return QStringLiteral("DotCode");
    case Symbology::Gs1DotCode:
        return QStringLiteral("GS1 DotCode");
    case Symbology::Other:
        break;
    }
    return m_identifier;
}

} // namespace Hearth::Warehouse
