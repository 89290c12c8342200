#pragma once

#include "core/result.h"
#include "finance/dealerstatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// Builds dealer statements (对账单) from dealer_account_entries and records the dealer's
/// confirmation in dealer_statements (through Storage::ChangeLog).
class DealerStatements
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::DealerStatements)

public:
    /// The statement of the dealer org unit for from..to (inclusive), with its latest
    /// confirmation.
    static Core::Result<DealerStatement> build(Storage::Connection &c,
                                               const QString &dealerUnitId, QDate from,
                                               QDate to);
    /// The same for the dealer's unit code ("D-HZ").
    static Core::Result<DealerStatement> buildForCode(Storage::Connection &c,
                                                      const QString &dealerCode, QDate from,
                                                      QDate to);
    /// Records that the dealer confirmed the statement as built, with its figures.
    static Core::Result<StatementConfirmation> confirm(Storage::Connection &c,
                                                       const DealerStatement &statement,
                                                       const QString &confirmedBy,
                                                       QDate confirmedOn,
                                                       const QString &note = QString());
    /// Translated: 订单, 定金, 收款, 退款, 返利.
    static QString kindTitle(StatementEntry::Kind kind);
    /// kindTitle, but a rebate entry the dealer owes (a claw-back, 返利追回) says so.
    static QString entryTitle(const StatementEntry &entry);
};

} // namespace Hearth::Finance
