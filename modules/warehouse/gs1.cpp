#include "gs1.h"

#include <array>

namespace Hearth::Warehouse {

namespace {

enum class Format {
    Numeric,       // n, fixed or variable
    Alphanumeric,  // an, the 82 characters of GS1's set 82
    Date,          // n6 YYMMDD, day 00 allowed
    DateTime,      // n10 YYMMDDhhmm
    Measure,       // n6 with the AI's last digit as the decimals
    Amount,        // n..15 with the AI's last digit as the decimals
    IsoAmount,     // n3 currency + n..15, decimals as Amount
    NumericThenAn  // a fixed numeric head (checked) and an alphanumeric tail
};

enum class DateEnd { First, Last };

struct AiSpec
{
    const char *code;     // the AI, without the decimals digit when withDecimals
    bool withDecimals;    // the AI has one more digit: the implied decimals
    Format format;
    int minLength;
    int maxLength;
    int checkedDigits;    // digits from the start carrying a mod-10 check digit; 0 for none
    const char *title;
    DateEnd dayZero = DateEnd::Last;
};

constexpr int Var = 0;  // minLength of a variable-length field that may hold one character

// The AIs a furniture factory's suppliers and carriers print; others are refused by name.
constexpr std::array<AiSpec, 86> Specs{{
    {"00", false, Format::Numeric, 18, 18, 18, "SSCC"},
    {"01", false, Format::Numeric, 14, 14, 14, "GTIN"},
    {"02", false, Format::Numeric, 14, 14, 14, "CONTENT"},
    {"03", false, Format::Numeric, 14, 14, 14, "MTO GTIN"},
    {"10", false, Format::Alphanumeric, Var, 20, 0, "BATCH/LOT"},
    {"11", false, Format::Date, 6, 6, 0, "PROD DATE", DateEnd::First},
    {"12", false, Format::Date, 6, 6, 0, "DUE DATE"},
    {"13", false, Format::Date, 6, 6, 0, "PACK DATE", DateEnd::First},
    {"15", false, Format::Date, 6, 6, 0, "BEST BEFORE or BEST BY"},
    {"16", false, Format::Date, 6, 6, 0, "SELL BY"},
    {"17", false, Format::Date, 6, 6, 0, "USE BY OR EXPIRY"},
    {"20", false, Format::Numeric, 2, 2, 0, "VARIANT"},
    {"21", false, Format::Alphanumeric, Var, 20, 0, "SERIAL"},
    {"22", false, Format::Alphanumeric, Var, 20, 0, "CPV"},
    {"235", false, Format::Alphanumeric, Var, 28, 0, "TPX"},
    {"240", false, Format::Alphanumeric, Var, 30, 0, "ADDITIONAL ID"},
    {"241", false, Format::Alphanumeric, Var, 30, 0, "CUST. PART No."},
    {"242", false, Format::Numeric, Var, 6, 0, "MTO VARIANT"},
    {"243", false, Format::Alphanumeric, Var, 20, 0, "PCN"},
    {"250", false, Format::Alphanumeric, Var, 30, 0, "SECONDARY SERIAL"},
    {"251", false, Format::Alphanumeric, Var, 30, 0, "REF. TO SOURCE"},
    {"253", false, Format::NumericThenAn, 13, 30, 13, "GDTI"},
    {"254", false, Format::Alphanumeric, Var, 20, 0, "GLN EXTENSION COMPONENT"},
    {"255", false, Format::Numeric, 13, 25, 13, "GCN"},
    {"30", false, Format::Numeric, Var, 8, 0, "VAR. COUNT"},
    {"310", true, Format::Measure, 6, 6, 0, "NET WEIGHT (kg)"},
    {"311", true, Format::Measure, 6, 6, 0, "LENGTH (m)"},
    {"312", true, Format::Measure, 6, 6, 0, "WIDTH (m)"},
    {"313", true, Format::Measure, 6, 6, 0, "HEIGHT (m)"},
    {"314", true, Format::Measure, 6, 6, 0, "AREA (m²)"},
    {"315", true, Format::Measure, 6, 6, 0, "NET VOLUME (l)"},
    {"316", true, Format::Measure, 6, 6, 0, "NET VOLUME (m³)"},
    {"320", true, Format::Measure, 6, 6, 0, "NET WEIGHT (lb)"},
    {"321", true, Format::Measure, 6, 6, 0, "LENGTH (in)"},
    {"322", true, Format::Measure, 6, 6, 0, "LENGTH (ft)"},
    {"323", true, Format::Measure, 6, 6, 0, "LENGTH (yd)"},
    {"324", true, Format::Measure, 6, 6, 0, "WIDTH (in)"},
    {"325", true, Format::Measure, 6, 6, 0, "WIDTH (ft)"},
    {"326", true, Format::Measure, 6, 6, 0, "WIDTH (yd)"},
    {"327", true, Format::Measure, 6, 6, 0, "HEIGHT (in)"},
    {"328", true, Format::Measure, 6, 6, 0, "HEIGHT (ft)"},
    {"329", true, Format::Measure, 6, 6, 0, "HEIGHT (yd)"},
    {"330", true, Format::Measure, 6, 6, 0, "GROSS WEIGHT (kg)"},
    {"331", true, Format::Measure, 6, 6, 0, "LENGTH (m), log"},
    {"332", true, Format::Measure, 6, 6, 0, "WIDTH (m), log"},
    {"333", true, Format::Measure, 6, 6, 0, "HEIGHT (m), log"},
    {"334", true, Format::Measure, 6, 6, 0, "AREA (m²), log"},
    {"335", true, Format::Measure, 6, 6, 0, "VOLUME (l), log"},
    {"336", true, Format::Measure, 6, 6, 0, "VOLUME (m³), log"},
    {"337", true, Format::Measure, 6, 6, 0, "KG PER m²"},
    {"340", true, Format::Measure, 6, 6, 0, "GROSS WEIGHT (lb)"},
    {"341", true, Format::Measure, 6, 6, 0, "LENGTH (in), log"},
    {"342", true, Format::Measure, 6, 6, 0, "LENGTH (ft), log"},
    {"343", true, Format::Measure, 6, 6, 0, "LENGTH (yd), log"},
    {"344", true, Format::Measure, 6, 6, 0, "WIDTH (in), log"},
    {"345", true, Format::Measure, 6, 6, 0, "WIDTH (ft), log"},
    {"346", true, Format::Measure, 6, 6, 0, "WIDTH (yd), log"},
    {"347", true, Format::Measure, 6, 6, 0, "HEIGHT (in), log"},
    {"348", true, Format::Measure, 6, 6, 0, "HEIGHT (ft), log"},
    {"349", true, Format::Measure, 6, 6, 0, "HEIGHT (yd), log"},
    {"350", true, Format::Measure, 6, 6, 0, "AREA (in²)"},
    {"351", true, Format::Measure, 6, 6, 0, "AREA (ft²)"},
    {"352", true, Format::Measure, 6, 6, 0, "AREA (yd²)"},
    {"353", true, Format::Measure, 6, 6, 0, "AREA (in²), log"},
    {"354", true, Format::Measure, 6, 6, 0, "AREA (ft²), log"},
    {"355", true, Format::Measure, 6, 6, 0, "AREA (yd²), log"},
    {"356", true, Format::Measure, 6, 6, 0, "NET WEIGHT (troy oz)"},
    {"357", true, Format::Measure, 6, 6, 0, "NET VOLUME (oz)"},
    {"360", true, Format::Measure, 6, 6, 0, "NET VOLUME (qt)"},
    {"361", true, Format::Measure, 6, 6, 0, "NET VOLUME (gal.)"},
    {"362", true, Format::Measure, 6, 6, 0, "VOLUME (qt), log"},
    {"363", true, Format::Measure, 6, 6, 0, "VOLUME (gal.), log"},
    {"364", true, Format::Measure, 6, 6, 0, "VOLUME (in³)"},
    {"365", true, Format::Measure, 6, 6, 0, "VOLUME (ft³)"},
    {"366", true, Format::Measure, 6, 6, 0, "VOLUME (yd³)"},
    {"367", true, Format::Measure, 6, 6, 0, "VOLUME (in³), log"},
    {"368", true, Format::Measure, 6, 6, 0, "VOLUME (ft³), log"},
    {"369", true, Format::Measure, 6, 6, 0, "VOLUME (yd³), log"},
    {"37", false, Format::Numeric, Var, 8, 0, "COUNT"},
    {"390", true, Format::Amount, Var, 15, 0, "AMOUNT"},
    {"391", true, Format::IsoAmount, 4, 18, 0, "AMOUNT"},
    {"392", true, Format::Amount, Var, 15, 0, "PRICE"},
    {"393", true, Format::IsoAmount, 4, 18, 0, "PRICE"},
    {"400", false, Format::Alphanumeric, Var, 30, 0, "ORDER NUMBER"},
    {"401", false, Format::Alphanumeric, Var, 30, 0, "GINC"},
    {"402", false, Format::Numeric, 17, 17, 17, "GSIN"},
}};

// The second half of the table, split so that each array stays readable.
constexpr std::array<AiSpec, 20> MoreSpecs{{
    {"403", false, Format::Alphanumeric, Var, 30, 0, "ROUTE"},
    {"410", false, Format::Numeric, 13, 13, 13, "SHIP TO LOC"},
    {"411", false, Format::Numeric, 13, 13, 13, "BILL TO"},
    {"412", false, Format::Numeric, 13, 13, 13, "PURCHASE FROM"},
    {"413", false, Format::Numeric, 13, 13, 13, "SHIP FOR LOC"},
    {"414", false, Format::Numeric, 13, 13, 13, "LOC No."},
    {"415", false, Format::Numeric, 13, 13, 13, "PAY TO"},
    {"416", false, Format::Numeric, 13, 13, 13, "PROD/SERV LOC"},
    {"417", false, Format::Numeric, 13, 13, 13, "PARTY"},
    {"420", false, Format::Alphanumeric, Var, 20, 0, "SHIP TO POST"},
    {"421", false, Format::NumericThenAn, 3, 12, 0, "SHIP TO POST"},
    {"422", false, Format::Numeric, 3, 3, 0, "ORIGIN"},
    {"7003", false, Format::DateTime, 10, 10, 0, "EXPIRY TIME"},
    {"8003", false, Format::NumericThenAn, 14, 30, 14, "GRAI"},
    {"8004", false, Format::Alphanumeric, Var, 30, 0, "GIAI"},
    {"8005", false, Format::Numeric, 6, 6, 0, "PRICE PER UNIT"},
    {"8006", false, Format::Numeric, 18, 18, 14, "ITIP"},
    {"8020", false, Format::Alphanumeric, Var, 25, 0, "REF No."},
    {"90", false, Format::Alphanumeric, Var, 30, 0, "INTERNAL"},
    {"9", false, Format::Alphanumeric, Var, 90, 0, "INTERNAL"},
}};

// 91-99 are matched through the one-digit entry "9" above; "90" comes first.

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isGs1Character(QChar c)
{
    static const QLatin1StringView allowed("!\"%&'()*+,-./:;<=>?_");
    if (c.unicode() > 0x7f)
        return false;
    return isDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
           || allowed.contains(c);
}

/// The spec whose AI starts data at from; the AI's full code goes to ai.
const AiSpec *findSpec(const QString &data, qsizetype from, QString *ai)
{
    const auto match = [&](const AiSpec &spec) -> bool {
        const QLatin1StringView code(spec.code);
        if (QStringView(data).mid(from, code.size()) != code)
            return false;
        qsizetype length = code.size();
        if (code.size() == 1) {  // 91-99
            if (from + 1 >= data.size() || !isDigit(data[from + 1]) || data[from + 1] == u'0')
                return false;
            length = 2;
        }
        if (spec.withDecimals) {
            if (from + length >= data.size() || !isDigit(data[from + length]))
                return false;
            ++length;
        }
        *ai = data.mid(from, length);
        return true;
    };
    for (const AiSpec &spec : Specs) {
        if (match(spec))
            return &spec;
    }
    for (const AiSpec &spec : MoreSpecs) {
        if (match(spec))
            return &spec;
    }
    return nullptr;
}

const AiSpec *specOf(const QString &ai)
{
    QString found;
    const AiSpec *spec = findSpec(ai, 0, &found);
    return spec && found == ai ? spec : nullptr;
}

int centuryYear(int yy, const QDate &today)
{
    const int year = today.year();
    const int century = year - year % 100;
    const int diff = yy - year % 100;
    if (diff >= 51)
        return century - 100 + yy;
    if (diff <= -50)
        return century + 100 + yy;
    return century + yy;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Gs1)

public:
    Parser(int position, const QDate &today, int *errorPosition)
        : m_position(position), m_today(today.isValid() ? today : QDate::currentDate()),
          m_errorPosition(errorPosition)
    {
    }

    Core::Error fail(int at, const QString &message)
    {
        if (m_errorPosition)
            *m_errorPosition = at;
        return Core::Error{message, tr("position %1").arg(at)};
    }

    QString label(const Gs1Element &e, const AiSpec &spec) const
    {
        return QStringLiteral("AI %1 (%2)").arg(e.ai, QString::fromUtf8(spec.title));
    }

    /// Checks one element's value against its spec and fills its decimals and date.
    std::optional<Core::Error> check(Gs1Element &e, const AiSpec &spec, int valueAt)
    {
        const QString &v = e.value;
        if (v.isEmpty())
            return fail(valueAt, tr("%1 has no data after it").arg(label(e, spec)));
        if (v.size() > spec.maxLength) {
            return fail(valueAt + spec.maxLength,
                        tr("%1 is longer than %n character(s); a group separator (GS) may be "
                           "missing",
                           nullptr, spec.maxLength)
                            .arg(label(e, spec)));
        }
        if (v.size() < spec.minLength) {
            return fail(valueAt + int(v.size()),
                        tr("%1 needs %n digit(s), found %2", nullptr, spec.minLength)
                            .arg(label(e, spec))
                            .arg(v.size()));
        }
        const bool allNumeric = spec.format != Format::Alphanumeric;
        const qsizetype numericPart = spec.format == Format::NumericThenAn ? spec.minLength
                                                                           : v.size();
        for (qsizetype i = 0; i < v.size(); ++i) {
            const QChar c = v[i];
            if (allNumeric && i < numericPart && !isDigit(c)) {
                return fail(valueAt + int(i), tr("%1: \"%2\" is not a digit")
                                                  .arg(label(e, spec), QString(c)));
            }
            if (!isGs1Character(c)) {
                return fail(valueAt + int(i),
                            tr("%1: the character \"%2\" (U+%3) is not allowed in GS1 data")
                                .arg(label(e, spec), QString(c))
                                .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            }
        }
        if (spec.checkedDigits > 0) {
            const QStringView digits = QStringView(v).left(spec.checkedDigits);
            if (!Gs1::hasValidCheckDigit(digits)) {
                const QChar expected = Gs1::checkDigit(digits.left(digits.size() - 1));
                return fail(valueAt + spec.checkedDigits - 1,
                            tr("%1: check digit %2 is wrong, expected %3")
                                .arg(label(e, spec), QString(digits.back()), QString(expected)));
            }
        }
        if (spec.withDecimals) {
            e.decimals = e.ai.back().digitValue();
            const int maxDecimals = spec.format == Format::Measure ? 5 : 9;
            if (e.decimals > maxDecimals) {
                return fail(e.position + int(e.ai.size()) - 1,
                            tr("%1: the decimal point digit %2 is out of range, expected 0 to %3")
                                .arg(label(e, spec))
                                .arg(e.decimals)
                                .arg(maxDecimals));
            }
        }
        if (spec.format == Format::Date || spec.format == Format::DateTime)
            return checkDate(e, spec, valueAt);
        return std::nullopt;
    }

    std::optional<Core::Error> checkDate(Gs1Element &e, const AiSpec &spec, int valueAt)
    {
        const QString &v = e.value;
        const int year = centuryYear(v.mid(0, 2).toInt(), m_today);
        const int month = v.mid(2, 2).toInt();
        const int day = v.mid(4, 2).toInt();
        if (month < 1 || month > 12) {
            return fail(valueAt + 2, tr("%1: month %2 does not exist (date %3, YYMMDD)")
                                         .arg(label(e, spec), v.mid(2, 2), v.left(6)));
        }
        const QDate first(year, month, 1);
        if (day == 0 && spec.format == Format::Date) {
            e.dayOmitted = true;
            e.date = spec.dayZero == DateEnd::Last ? first.addMonths(1).addDays(-1) : first;
            return std::nullopt;
        }
        if (day < 1 || day > first.daysInMonth()) {
            return fail(valueAt + 4, tr("%1: day %2 is not in %3-%4 (date %5, YYMMDD)")
                                         .arg(label(e, spec), v.mid(4, 2))
                                         .arg(year)
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(v.left(6)));
        }
        e.date = QDate(year, month, day);
        if (spec.format == Format::DateTime) {
            const int hour = v.mid(6, 2).toInt();
            const int minute = v.mid(8, 2).toInt();
            if (hour > 23 || minute > 59) {
                return fail(valueAt + 6, tr("%1: %2:%3 is not a time of day (hhmm)")
                                             .arg(label(e, spec), v.mid(6, 2), v.mid(8, 2)));
            }
        }
        return std::nullopt;
    }

    /// Adds e unless the same AI came before with other data (GS1 forbids that).
    std::optional<Core::Error> add(QList<Gs1Element> &elements, const Gs1Element &e)
    {
        for (const Gs1Element &before : elements) {
            if (before.ai == e.ai && before.value != e.value) {
                return fail(e.position, tr("AI %1 appears twice with different data: \"%2\" at "
                                           "position %3 and \"%4\"")
                                            .arg(e.ai, before.value)
                                            .arg(before.position)
                                            .arg(e.value));
            }
            if (before.ai == e.ai)
                return std::nullopt;
        }
        elements.append(e);
        return std::nullopt;
    }

    Core::Result<QList<Gs1Element>> parse(const QString &data)
    {
        QList<Gs1Element> elements;
        qsizetype i = 0;
        while (i < data.size()) {
            if (data[i] == QChar(Gs1::GroupSeparator)) {  // FNC1 first, or doubled
                ++i;
                continue;
            }
            const int at = m_position + int(i);
            QString ai;
            const AiSpec *spec = findSpec(data, i, &ai);
            if (!spec) {
                const QString shown = data.mid(i, 4);
                if (!isDigit(data[i])) {
                    return fail(at, tr("expected an application identifier (2 to 4 digits), "
                                       "found \"%1\"")
                                        .arg(shown));
                }
                return fail(at, tr("unknown application identifier at \"%1\"").arg(shown));
            }
            Gs1Element e;
            e.ai = ai;
            e.position = at;
            i += ai.size();
            if (spec->minLength == spec->maxLength) {
                e.value = data.mid(i, spec->maxLength);
                const qsizetype gs = e.value.indexOf(QChar(Gs1::GroupSeparator));
                if (gs >= 0)
                    e.value.truncate(gs);
                i += e.value.size();
            } else {
                qsizetype end = data.indexOf(QChar(Gs1::GroupSeparator), i);
                if (end < 0)
                    end = data.size();
                e.value = data.mid(i, end - i);
                i = end;
            }
            if (auto error = check(e, *spec, at + int(ai.size())))
                return *error;
            if (auto error = add(elements, e))
                return *error;
        }
        if (elements.isEmpty())
            return fail(m_position, tr("no GS1 data after the separator"));
        return elements;
    }

    Core::Result<QList<Gs1Element>> parseBracketed(const QString &text)
    {
        QList<Gs1Element> elements;
        qsizetype i = 0;
        while (i < text.size()) {
            const int at = m_position + int(i);
            if (text[i] != u'(')
                return fail(at, tr("expected \"(\" and an application identifier"));
            const qsizetype close = text.indexOf(u')', i);
            if (close < 0)
                return fail(at, tr("the application identifier has no closing \")\""));
            const QString ai = text.mid(i + 1, close - i - 1);
            const AiSpec *spec = specOf(ai);
            if (!spec)
                return fail(at + 1, tr("unknown application identifier \"%1\"").arg(ai));
            qsizetype end = close + 1;
            // A "(" inside a value is data only when no known AI in brackets follows it.
            while (end < text.size()) {
                if (text[end] == u'(') {
                    const qsizetype next = text.indexOf(u')', end);
                    if (next > end && specOf(text.mid(end + 1, next - end - 1)))
                        break;
                }
                ++end;
            }
            Gs1Element e;
            e.ai = ai;
            e.position = at + 1;
            e.value = text.mid(close + 1, end - close - 1);
            if (auto error = check(e, *spec, m_position + int(close) + 1))
                return *error;
            if (auto error = add(elements, e))
                return *error;
            i = end;
        }
        if (elements.isEmpty())
            return fail(m_position, tr("no GS1 data"));
        return elements;
    }

private:
    int m_position;
    QDate m_today;
    int *m_errorPosition;
};

} // namespace

QString Gs1Element::decimalText() const
{
    if (decimals < 0)
        return value;
    QString digits = value;
    QString currency;
    if (ai.startsWith(QLatin1StringView("391")) || ai.startsWith(QLatin1StringView("393"))) {
        currency = value.left(3) + u' ';
        digits = value.mid(3);
    }
    while (digits.size() <= decimals)
        digits.prepend(u'0');
    QString whole = digits.left(digits.size() - decimals);
    while (whole.size() > 1 && whole.front() == u'0')
        whole.remove(0, 1);
    if (decimals == 0)
        return currency + whole;
    return currency + whole + u'.' + digits.right(decimals);
}

Core::Result<QList<Gs1Element>> Gs1::parse(const QString &data, int position,
                                           const QDate &today, int *errorPosition)
{
    Parser parser(position, today, errorPosition);
    return parser.parse(data);
}

Core::Result<QList<Gs1Element>> Gs1::parseBracketed(const QString &text, int position,
                                                    const QDate &today, int *errorPosition)
{
    Parser parser(position, today, errorPosition);
    return parser.parseBracketed(text);
}

QString Gs1::encode(const QList<Gs1Element> &elements)
{
    QString out;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        out += elements[i].ai + elements[i].value;
        if (i + 1 < elements.size() && !isFixedLength(elements[i].ai))
            out += QChar(GroupSeparator);
    }
    return out;
}

QChar Gs1::checkDigit(QStringView digits)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isDigit(digits[i]))
            return QChar();
        sum += digits[i].digitValue() * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

bool Gs1::hasValidCheckDigit(QStringView digits)
{
    if (digits.size() < 2 || !isDigit(digits.back()))
        return false;
    const QChar expected = checkDigit(digits.left(digits.size() - 1));
    return !expected.isNull() && expected == digits.back();
}

QString Gs1::gtin14(const QString &gtin)
{
    return gtin.size() >= 14 ? gtin : QString(14 - gtin.size(), u'0') + gtin;
}

QString Gs1::title(const QString &ai)
{
    const AiSpec *spec = specOf(ai);
    return spec ? QString::fromUtf8(spec->title) : QString();
}

bool Gs1::isFixedLength(const QString &ai)
{
    // GS1's table of predefined lengths, by the AI's first two digits.
    static const QStringList predefined{
        QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
        QStringLiteral("04"), QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
        QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17"),
        QStringLiteral("18"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("35"),
        QStringLiteral("36"), QStringLiteral("41")};
    return predefined.contains(ai.left(2));
}

} // namespace Hearth::Warehouse
