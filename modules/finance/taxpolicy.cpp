#include "taxpolicy.h"

#include "storage/database.h"
#include "writeguard.h"

namespace Hearth::Finance {

namespace {

std::optional<QString> setting(Storage::Connection &c, const char *key, bool *failed)
{
    Storage::Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(key));
    std::optional<QString> value;
    if (q.next())
        value = q.text(0);
    *failed = *failed || q.failed();
    q.reset();
    return value;
}

Core::Status store(Storage::Connection &c, const char *key, const QString &value)
{
    Storage::Statement &q =
        c.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    q.bind(1, QLatin1String(key)).bind(2, value);
    const bool ok = q.exec();
    const QString error = q.error();
    q.reset();
    if (!ok)
        return Core::Error{error, QStringLiteral("settings %1").arg(QLatin1String(key))};
    return {};
}

} // namespace

QString TaxPolicy::roundingCode(TaxRounding rounding)
{
    return rounding == TaxRounding::PerLine ? QStringLiteral("line") : QStringLiteral("document");
}

std::optional<TaxRounding> TaxPolicy::roundingFromCode(const QString &code)
{
    if (code == QLatin1String("line"))
        return TaxRounding::PerLine;
    if (code == QLatin1String("document"))
        return TaxRounding::PerDocument;
    return std::nullopt;
}

Core::Result<TaxPolicy> TaxPolicy::load(Storage::Connection &c)
{
    TaxPolicy policy;
    bool failed = false;
    const auto where = [](const char *key) {
        return QStringLiteral("settings %1").arg(QLatin1String(key));
    };
    if (const auto rate = setting(c, RateKey, &failed); rate) {
        const auto parsed = Core::Decimal::parse(*rate);
        if (!parsed || *parsed < Core::Decimal() || *parsed >= Core::Decimal::fromInt(1))
            return Core::Error{tr("expected a VAT rate from 0 to 1 such as 0.13, not \"%1\"")
                                   .arg(*rate),
                               where(RateKey)};
        policy.rate = *parsed;
    }
    if (const auto rounding = setting(c, RoundingKey, &failed); rounding) {
        const auto parsed = roundingFromCode(*rounding);
        if (!parsed)
            return Core::Error{tr("expected \"line\" or \"document\", not \"%1\"").arg(*rounding),
                               where(RoundingKey)};
        policy.rounding = *parsed;
    }
    if (const auto inclusive = setting(c, InclusiveKey, &failed); inclusive) {
        if (*inclusive != QLatin1String("0") && *inclusive != QLatin1String("1"))
            return Core::Error{tr("expected 1 (prices include tax) or 0, not \"%1\"")
                                   .arg(*inclusive),
                               where(InclusiveKey)};
        policy.pricesIncludeTax = *inclusive == QLatin1String("1");
    }
    if (failed)
        return Core::Error{tr("the settings could not be read"), QStringLiteral("settings")};
    return policy;
}

Core::Status TaxPolicy::save(Storage::Connection &c, const TaxPolicy &policy)
{
    if (policy.rate < Core::Decimal() || policy.rate >= Core::Decimal::fromInt(1))
        return Core::Error{tr("expected a VAT rate from 0 to 1 such as 0.13, not %1")
                               .arg(policy.rate.toString()),
                           QLatin1String(RateKey)};
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), QStringLiteral("settings")};
    if (Core::Status s = store(c, RateKey, policy.rate.toString()); !s)
        return s;
    if (Core::Status s = store(c, RoundingKey, roundingCode(policy.rounding)); !s)
        return s;
    if (Core::Status s = store(c, InclusiveKey,
                               policy.pricesIncludeTax ? QStringLiteral("1") : QStringLiteral("0"));
        !s) {
        return s;
    }
    return guard.finish();
}

} // namespace Hearth::Finance
