#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// A dealer's credit limit (授信额度) in dealer_credit_limits, and its balance: what it owes
/// from dealer_account_entries (orders less payments and rebates). Order review reads the same
/// table and view by SQL (rule type credit_limit in Workflow::Reviewer), so that workflow does
/// not link finance.
class DealerCredit
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::DealerCredit)

public:
    /// Sets or replaces the limit; recorded with Storage::ChangeLog.
    static Core::Status setLimit(Storage::Connection &c, const QString &dealerUnitId,
                                 qint64 limitFen);
    /// The limit, or none when the dealer has none.
    static Core::Result<std::optional<qint64>> limit(Storage::Connection &c,
                                                     const QString &dealerUnitId);
    /// What the dealer owes at the end of asOf (all entries when asOf is invalid).
    static Core::Result<qint64> balance(Storage::Connection &c, const QString &dealerUnitId,
                                        QDate asOf = QDate());
};

} // namespace Hearth::Finance
