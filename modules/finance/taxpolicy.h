#pragma once

#include "core/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// Where VAT (增值税) is rounded to the fen: on every line, or once on the document's total.
enum class TaxRounding { PerLine, PerDocument };

/// The company's VAT setting, kept in the settings table. Documents copy it when issued, so
/// changing it never changes a document already issued.
struct TaxPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::TaxPolicy)

public:
    static constexpr char RateKey[] = "finance.vat_rate";
    static constexpr char RoundingKey[] = "finance.tax_rounding";
    static constexpr char InclusiveKey[] = "finance.prices_include_tax";

    Core::Decimal rate = Core::Decimal::fromMicros(130'000);  // 13 %
    TaxRounding rounding = TaxRounding::PerLine;
    bool pricesIncludeTax = true;  // Chinese prices are quoted with tax (含税价)

    static QString roundingCode(TaxRounding rounding);  // "line", "document"
    static std::optional<TaxRounding> roundingFromCode(const QString &code);

    /// The setting, with the defaults for what is not set; an unreadable value is an error
    /// naming its key.
    static Core::Result<TaxPolicy> load(Storage::Connection &c);
    static Core::Status save(Storage::Connection &c, const TaxPolicy &policy);

    bool operator==(const TaxPolicy &) const = default;
};

} // namespace Hearth::Finance
