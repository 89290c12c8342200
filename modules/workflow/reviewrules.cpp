#include "reviewrules.h"

#include "core/money.h"
#include "orders/salesorder.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "users/roles.h"
#include "workflow/catalogue.h"
#include "workflow/jsonwriter.h"
#include "workflow/orderscope.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <tuple>

namespace Hearth::Workflow::Internal {

namespace {

using Core::Decimal;
using Orders::OrderLine;
using Orders::SalesOrder;
using Outcome = ReviewFinding::Outcome;
__extension__ using Wide = __int128;

constexpr qint64 microsPerFen = Decimal::One / 100;

Wide ceilDiv(Wide a, Wide b)
{
    const Wide q = a / b;
    return (a % b != 0 && (a > 0) == (b > 0)) ? q + 1 : q;
}

Wide floorDiv(Wide a, Wide b)
{
    const Wide q = a / b;
    return (a % b != 0 && (a > 0) != (b > 0)) ? q - 1 : q;
}

/// Hundredths of a per cent as text: 2999 -> "29.99", 3000 -> "30", 1550 -> "15.5".
QString hundredthsText(qint64 hundredths)
{
    return decimalText(Decimal::fromMicros(hundredths * (Decimal::One / 100)));
}

QString lineLabel(const OrderLine &line)
{
    const QString what = line.description.trimmed();
    if (what.isEmpty())
        return ReviewRules::tr("line %1").arg(line.lineNo);
    return ReviewRules::tr("line %1 (%2)").arg(line.lineNo).arg(what);
}

/// The finding for a problem, with the rule's outcome and, for an approval, who approves.
ReviewFinding problem(const ReviewRule &rule, const QString &message, int lineNo = 0)
{
    ReviewFinding f;
    f.rule = rule.id;
    f.outcome = rule.outcome;
    f.lineNo = lineNo;
    if (rule.outcome == Outcome::Approval) {
        f.approvers = rule.approvers;
        f.message = ReviewRules::tr("%1; approval by %2 needed")
                        .arg(message, ReviewRules::approverList(rule.approvers));
    } else {
        f.message = message;
    }
    return f;
}

QList<ReviewFinding> passed(const ReviewRule &rule, const QString &message)
{
    ReviewFinding f;
    f.rule = rule.id;
    f.outcome = Outcome::Pass;
    f.message = message;
    return {f};
}

QString sizeText(qint64 value)
{
    return value > 0 ? QString::number(value) : QStringLiteral("—");
}

/// The line's list value (quantity × unit price) in micros × 10⁶, or 0 without a unit price.
Wide listValue(const OrderLine &line)
{
    if (!line.unitPrice || line.unitPrice->micros() <= 0 || line.quantity.micros() <= 0)
        return 0;
    return Wide(line.quantity.micros()) * line.unitPrice->micros();
}

/// True when amount is more than rate below list: amount < (1 − rate) × list, both sides in
/// micros × 10¹².
bool discountAbove(Wide list, Decimal amount, Decimal rate)
{
    return Wide(amount.micros()) * Decimal::One * Decimal::One
           < Wide(Decimal::One - rate.micros()) * list;
}

/// The discount 1 − amount / list in hundredths of a per cent, rounded up so that a discount
/// just above a limit never reads as the limit itself.
qint64 discountHundredths(Wide list, Decimal amount)
{
    const Wide off = list - Wide(amount.micros()) * Decimal::One;
    return qint64(ceilDiv(off * 10'000, list));
}

QString joinList(const QStringList &items)
{
    return items.join(ReviewRules::tr(", ", "separator of a list of words"));
}

} // namespace

bool ReviewRules::isCustomLine(const OrderLine &line)
{
    return line.isCustom() || !line.spec.value(QLatin1String("template")).toString().isEmpty();
}

QString ReviewRules::normalizeMobile(const QString &text)
{
    QString digits = text.normalized(QString::NormalizationForm_KC);
    digits.removeIf([](QChar c) {
        return c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.';
    });
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

bool ReviewRules::isValidMobile(const QString &normalized)
{
    static const QRegularExpression pattern(QStringLiteral("^1[3-9][0-9]{9}$"));
    return pattern.match(normalized).hasMatch();
}

bool ReviewRules::isMaskedMobile(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^1[0-9]{1,3}\\*{3,}[0-9]{2,4}$"));
    return pattern.match(normalizeMobile(text)).hasMatch();
}

QString ReviewRules::yuan(Decimal amount)
{
    const qint64 fen = Core::Money::fromDecimal(amount).minor();
    const quint64 magnitude = fen < 0 ? 0 - quint64(fen) : quint64(fen);
    char digits[24];
    const qsizetype count = std::to_chars(digits, digits + sizeof digits, magnitude / 100).ptr
                            - digits;
    char16_t text[48];
    char16_t *out = text;
    if (fen < 0)
        *out++ = u'-';
    *out++ = u'¥';
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0)
            *out++ = u',';
        *out++ = char16_t(digits[i]);
    }
    const int cents = int(magnitude % 100);
    *out++ = u'.';
    *out++ = char16_t(u'0' + cents / 10);
    *out++ = char16_t(u'0' + cents % 10);
    return QString(reinterpret_cast<const QChar *>(text), out - text);
}

QString ReviewRules::percent(Decimal rate)
{
    return decimalText(Decimal::fromMicros(rate.micros() * 100));
}

QString ReviewRules::approverList(const QStringList &roles)
{
    QStringList titles;
    for (const QString &role : roles) {
        const auto known = Users::Roles::fromCode(role);
        titles.append(known ? Users::Roles::title(*known) : role);
    }
    return titles.join(tr(", then ", "between approvers who decide in this order"));
}

bool ReviewRules::dataInChinese()
{
    return tr("en", "The language of names and messages in rule files: translate as \"zh\" where "
                    "the Chinese names (name, message) should be shown")
           == QLatin1String("zh");
}

QList<ReviewFinding> ReviewRules::depositShare(const ReviewRule &rule, const SalesOrder &order)
{
    const Decimal total = order.total();
    if (total.micros() <= 0)
        return passed(rule, tr("the order has no total to check the deposit against"));
    const Decimal deposit = Decimal::fromMicros(order.depositFen * microsPerFen);
    const qint64 share = qint64(floorDiv(Wide(deposit.micros()) * 10'000, total.micros()));
    const bool enough = Wide(deposit.micros()) * Decimal::One
                        >= Wide(rule.limit.micros()) * total.micros();
    if (enough) {
        return passed(rule, tr("deposit %1 is %2 % of %3")
                                .arg(yuan(deposit), hundredthsText(share), yuan(total)));
    }
    const qint64 requiredFen = qint64(
        ceilDiv(Wide(rule.limit.micros()) * total.micros(), Wide(Decimal::One) * microsPerFen));
    const Decimal required = Decimal::fromMicros(requiredFen * microsPerFen);
    return {problem(rule, tr("deposit %1 is %2 % of %3; at least %4 % (%5) is required")
                              .arg(yuan(deposit), hundredthsText(share), yuan(total),
                                   percent(rule.limit), yuan(required)))};
}

QList<ReviewFinding> ReviewRules::panelSize(const ReviewRule &rule, const SalesOrder &order,
                                            const QList<Part> &parts)
{
    QList<ReviewFinding> findings;
    auto add = [&](const QString &message, int lineNo) {
        const ReviewFinding f = problem(rule, message, lineNo);
        if (!findings.contains(f))
            findings.append(f);
    };

    for (const OrderLine &line : order.lines) {
        if (!isCustomLine(line))
            continue;
        const qint64 w = line.widthMm.value_or(0);
        const qint64 h = line.heightMm.value_or(0);
        const qint64 d = line.depthMm.value_or(0);
        if (w <= 0 || h <= 0 || d <= 0) {
            add(tr("%1: the size W %2 × H %3 × D %4 mm is incomplete")
                    .arg(lineLabel(line), sizeText(w), sizeText(h), sizeText(d)),
                line.lineNo);
        }
    }

    // The allowed thicknesses as a message lists them, made for the first part outside them.
    QStringList allowed;
    const auto allowedText = [&] {
        if (allowed.isEmpty()) {
            for (qint64 t : rule.thicknessesMm)
                allowed.append(QString::number(t));
        }
        return joinList(allowed);
    };
    for (const Part &part : parts) {
        // The sheet's grain runs along its length: a part with grain keeps its direction, one
        // without may be turned.
        qint64 along = part.lengthMm;
        qint64 across = part.widthMm;
        if (part.grain == QLatin1String("width"))
            std::swap(along, across);
        else if (part.grain != QLatin1String("length") && across > along)
            std::swap(along, across);
        const qint64 smallest = std::min(part.lengthMm, part.widthMm);
        if (along <= rule.maxLengthMm && across <= rule.maxWidthMm && smallest >= rule.minMm
            && rule.thicknessesMm.contains(part.thicknessMm))
            continue;  // nothing to say, so no message to make
        QString label = tr("line %1").arg(part.lineNo);
        for (const OrderLine &line : order.lines) {
            if (line.lineNo == part.lineNo)
                label = lineLabel(line);
        }
        const QString what = tr("%1, %2 %3 × %4 × %5 mm")
                                 .arg(label, part.name.isEmpty() ? part.code : part.name,
                                      QString::number(part.lengthMm),
                                      QString::number(part.widthMm),
                                      QString::number(part.thicknessMm));
        if (along > rule.maxLengthMm) {
            add(tr("%1: %2 mm is more than the machines' maximum length of %3 mm")
                    .arg(what)
                    .arg(along)
                    .arg(rule.maxLengthMm),
                part.lineNo);
        }
        if (across > rule.maxWidthMm) {
            add(tr("%1: %2 mm is more than the machines' maximum width of %3 mm")
                    .arg(what)
                    .arg(across)
                    .arg(rule.maxWidthMm),
                part.lineNo);
        }
        if (smallest < rule.minMm) {
            add(tr("%1: %2 mm is less than the machines' minimum of %3 mm")
                    .arg(what)
                    .arg(smallest)
                    .arg(rule.minMm),
                part.lineNo);
        }
        if (!rule.thicknessesMm.contains(part.thicknessMm)) {
            add(tr("%1: %2 mm boards are not used; the allowed thicknesses are %3 mm")
                    .arg(what)
                    .arg(part.thicknessMm)
                    .arg(allowedText()),
                part.lineNo);
        }
    }
    if (findings.isEmpty()) {
        return passed(rule, tr("%n panel(s) within the machines' limits", "", int(parts.size())));
    }
    return findings;
}

QList<ReviewFinding> ReviewRules::catalogue(const ReviewRule &rule, const SalesOrder &order,
                                            const Catalogue &catalogue)
{
    QList<ReviewFinding> findings;
    int checked = 0;
    // Lines of an order mostly share their board and colour: each is looked up once.
    QVarLengthArray<std::tuple<const char *, QString, const CatalogueEntry *>, 8> found;
    const auto find = [&](const char *kind, const QString &value) {
        for (const auto &[k, v, entry] : found) {
            if (k == kind && v == value)
                return entry;
        }
        const CatalogueEntry *entry = catalogue.find(QLatin1String(kind), value);
        found.append({kind, value, entry});
        return entry;
    };
    for (const OrderLine &line : order.lines) {
        if (!isCustomLine(line))
            continue;
        ++checked;
        const auto label = [&line] { return lineLabel(line); };  // only for a problem
        if (rule.kinds.contains(QLatin1String(Catalogue::Material))) {
            const QString material = line.material.trimmed();
            const CatalogueEntry *entry = find(Catalogue::Material, material);
            if (material.isEmpty()) {
                findings.append(problem(rule, tr("%1: no material given").arg(label()),
                                        line.lineNo));
            } else if (!entry) {
                findings.append(problem(
                    rule, tr("%1: material \"%2\" is not in the catalogue").arg(label(), material),
                    line.lineNo));
            } else if (!entry->active) {
                findings.append(problem(
                    rule, tr("%1: material \"%2\" is no longer offered").arg(label(), material),
                    line.lineNo));
            }
        }
        if (rule.kinds.contains(QLatin1String(Catalogue::Colour))) {
            const QString colour = line.colour.trimmed();
            const CatalogueEntry *entry = find(Catalogue::Colour, colour);
            if (colour.isEmpty()) {
                findings.append(problem(rule, tr("%1: no colour given").arg(label()),
                                        line.lineNo));
            } else if (!entry) {
                findings.append(problem(
                    rule, tr("%1: colour \"%2\" is not in the catalogue").arg(label(), colour),
                    line.lineNo));
            } else if (!entry->active) {
                findings.append(problem(
                    rule, tr("%1: colour \"%2\" is no longer offered").arg(label(), colour),
                    line.lineNo));
            }
        }
    }
    if (!findings.isEmpty() && catalogue.isEmpty()) {
        return {problem(rule, tr("the catalogue of materials and colours is empty; import it "
                                 "before orders are reviewed"))};
    }
    if (findings.isEmpty()) {
        return passed(rule, tr("materials and colours of %n custom line(s) are in the catalogue",
                               "", checked));
    }
    return findings;
}

QList<ReviewFinding> ReviewRules::addressMobile(const ReviewRule &rule, const SalesOrder &order)
{
    QList<ReviewFinding> findings;
    const Orders::Address &a = order.address;
    const std::pair<QString, QString> parts[] = {
        {QStringLiteral("province"), a.province},
        {QStringLiteral("city"), a.city},
        {QStringLiteral("district"), a.district},
        {QStringLiteral("street"), a.street},
    };
    QStringList missing;
    for (const auto &[field, value] : parts) {
        if (!rule.addressFields.contains(field) || !value.trimmed().isEmpty())
            continue;
        if (field == QLatin1String("province"))
            missing.append(tr("province"));
        else if (field == QLatin1String("city"))
            missing.append(tr("city"));
        else if (field == QLatin1String("district"))
            missing.append(tr("district"));
        else
            missing.append(tr("street and number"));
    }
    if (!missing.isEmpty()) {
        findings.append(
            problem(rule, tr("the delivery address is incomplete: no %1").arg(joinList(missing))));
    }

    const QString mobile = order.customer.mobile.trimmed();
    // Plain ASCII digits, as most numbers are, need no normalising and cannot be masked.
    const bool digitsOnly = std::all_of(mobile.cbegin(), mobile.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    if (!mobile.isEmpty() && digitsOnly) {
        QStringView digits = mobile;
        if (digits.startsWith(QLatin1String("0086")))
            digits = digits.mid(4);
        else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
            digits = digits.mid(2);
        const bool valid = digits.size() == 11 && digits.at(0) == u'1' && digits.at(1) >= u'3';
        if (!valid) {
            findings.append(problem(rule, tr("\"%1\" is not a mainland mobile number (11 "
                                             "digits starting 13 to 19)")
                                              .arg(mobile)));
        }
    } else if (mobile.isEmpty()) {
        findings.append(problem(rule, tr("the customer's mobile number is missing")));
    } else if (isMaskedMobile(mobile)) {
        if (order.channel == Orders::Channel::Ecommerce) {
            findings.append(problem(rule, tr("the mobile %1 is masked by the online shop; ask "
                                             "the shop or the customer for the full number")
                                              .arg(mobile)));
        } else {
            findings.append(problem(rule, tr("the mobile %1 is masked; the full number is "
                                             "needed for delivery")
                                              .arg(mobile)));
        }
    } else if (!isValidMobile(normalizeMobile(mobile))) {
        findings.append(problem(rule, tr("\"%1\" is not a mainland mobile number (11 digits "
                                         "starting 13 to 19)")
                                          .arg(mobile)));
    }
    if (findings.isEmpty())
        return passed(rule, tr("the delivery address and the mobile number are complete"));
    return findings;
}

QList<ReviewFinding> ReviewRules::discountLimit(const ReviewRule &rule, const SalesOrder &order)
{
    QList<ReviewFinding> findings;
    Wide orderList = 0;
    for (const OrderLine &line : order.lines) {
        const Wide list = listValue(line);
        if (list > 0)
            orderList += list;
        else if (line.amount.micros() > 0)
            orderList += Wide(line.amount.micros()) * Decimal::One;  // no price: no discount

        const bool byRate = line.discount > rule.limit;
        const bool byAmount = list > 0 && discountAbove(list, line.amount, rule.limit);
        if (!byRate && !byAmount)
            continue;
        QString shown = percent(line.discount);
        if (byAmount) {
            const qint64 effective = discountHundredths(list, line.amount);
            if (Wide(effective) * 100 > Wide(line.discount.micros()))
                shown = hundredthsText(effective);
        }
        findings.append(problem(rule, tr("%1: discount %2 % is above the %3 % limit")
                                          .arg(lineLabel(line), shown, percent(rule.limit)),
                                line.lineNo));
    }
    const Decimal total = order.total();
    if (findings.isEmpty() && orderList > 0 && discountAbove(orderList, total, rule.limit)) {
        const Wide off = orderList - Wide(total.micros()) * Decimal::One;
        const Decimal offYuan = Decimal::fromMicros(qint64(floorDiv(off, Decimal::One)));
        const Decimal listYuan = Decimal::fromMicros(qint64(floorDiv(orderList, Decimal::One)));
        findings.append(problem(rule, tr("the order's discount of %1 % (%2 off %3) is above the "
                                         "%4 % limit")
                                          .arg(hundredthsText(discountHundredths(orderList, total)),
                                               yuan(offYuan), yuan(listYuan),
                                               percent(rule.limit))));
    }
    if (findings.isEmpty())
        return passed(rule, tr("no discount above %1 %").arg(percent(rule.limit)));
    return findings;
}

QList<ReviewFinding> ReviewRules::totalLimit(const ReviewRule &rule, const SalesOrder &order)
{
    const Decimal total = order.total();
    if (total > rule.limit) {
        return {problem(rule,
                        tr("the total %1 is above %2").arg(yuan(total), yuan(rule.limit)))};
    }
    return passed(rule, tr("the total %1 is within %2").arg(yuan(total), yuan(rule.limit)));
}

QList<ReviewFinding> ReviewRules::creditLimit(const ReviewRule &rule, const SalesOrder &order)
{
    const QString dealerCode = order.dealer.code.trimmed();
    if (dealerCode.isEmpty())
        return passed(rule, tr("the order names no dealer: no credit limit to check"));
    auto unreadable = [&](const QString &why) {
        ReviewFinding f;  // an order cannot pass a rule that could not be checked
        f.rule = rule.id;
        f.outcome = Outcome::Hold;
        f.message = tr("the credit of dealer %1 could not be read: %2").arg(dealerCode, why);
        return QList<ReviewFinding>{f};
    };
    if (!Storage::Database::isOpen())
        return unreadable(tr("no database is open"));
    Storage::Connection &c = Storage::Database::connection();

    Storage::Statement unit(c.handle(),
                            "SELECT u.id, l.limit_fen FROM org_units u "
                            "LEFT JOIN dealer_credit_limits l "
                            "ON l.dealer_unit_id = u.id AND l.deleted = 0 "
                            "WHERE u.code = ? AND u.kind = 'dealer' AND u.deleted = 0");
    unit.bind(1, dealerCode);
    if (!unit.next()) {
        if (unit.failed())
            return unreadable(unit.error());
        return passed(rule, tr("dealer %1 is not an organisation unit: no credit limit to check")
                                .arg(dealerCode));
    }
    if (unit.isNull(1))
        return passed(rule, tr("dealer %1 has no credit limit").arg(dealerCode));
    const QString unitId = unit.text(0);
    const qint64 limitFen = unit.int64(1);

    // The balance without this order's own total and reported deposit, which come from the
    // order as reviewed (it may not be saved yet, or saved with other figures).
    Storage::Statement balance(c.handle(),
                               "SELECT COALESCE(SUM(amount_fen), 0) FROM dealer_account_entries "
                               "WHERE dealer_unit_id = ? AND NOT (kind IN ('order', 'deposit') "
                               "AND order_id IS ?)");
    balance.bind(1, unitId).bind(2, order.id.isEmpty() ? QString() : order.id);
    if (!balance.next())
        return unreadable(balance.error());
    const qint64 balanceFen = balance.int64(0);
    const qint64 orderFen = Core::Money::fromDecimal(order.total()).minor() - order.depositFen;
    const qint64 exposureFen = balanceFen + orderFen;
    auto money = [](qint64 fen) { return yuan(Decimal::fromMicros(fen * microsPerFen)); };
    if (exposureFen > limitFen) {
        return {problem(rule, tr("dealer %1 would owe %2 (balance %3 plus this order's %4), "
                                 "above its credit limit %5")
                                  .arg(dealerCode, money(exposureFen), money(balanceFen),
                                       money(orderFen), money(limitFen)))};
    }
    return passed(rule, tr("dealer %1 would owe %2, within its credit limit %3")
                            .arg(dealerCode, money(exposureFen), money(limitFen)));
}

QList<ReviewFinding> ReviewRules::expression(const ReviewRule &rule, const SalesOrder &order)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_.]*)\\}"));
    auto expand = [&](const Scope &scope, int lineNo) {
        // The message in the data's language, looked up only for an order the rule is about.
        const QString text = dataInChinese() || rule.messageEn.isEmpty() ? rule.message
                                                                           : rule.messageEn;
        QString out;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(from, m.capturedStart() - from);
            const QString name = m.captured(1);
            out += name == QLatin1String("line") ? QString::number(lineNo)
                                                 : valueToString(scope.value(name));
            from = m.capturedEnd();
        }
        return out + text.mid(from);
    };

    QList<ReviewFinding> findings;
    auto check = [&](const Scope &scope, int lineNo) {
        const auto hit = rule.when.test(scope);
        if (!hit) {
            ReviewFinding f;  // an order cannot pass a rule that could not be checked
            f.rule = rule.id;
            f.outcome = Outcome::Hold;
            f.lineNo = lineNo;
            f.message = tr("the rule's condition could not be evaluated: %1")
                            .arg(hit.error().toString());
            findings.append(f);
        } else if (hit.value()) {
            findings.append(problem(rule, expand(scope, lineNo), lineNo));
        }
    };
    if (rule.perLine) {
        for (qsizetype i = 0; i < order.lines.size(); ++i)
            check(LineScope(order, int(i)), order.lines.at(i).lineNo);
    } else {
        check(OrderScope(order), 0);
    }
    if (findings.isEmpty())
        return passed(rule, tr("does not apply: %1").arg(rule.when.text()));
    return findings;
}

} // namespace Hearth::Workflow::Internal
