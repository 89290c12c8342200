#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// hearthctl profit --by order|category|region|channel|dealer|month [--json]: revenue, cost
/// and profit per group (单单清算), the figures the profit pages show.
int cmdProfit(const QStringList &args);
/// hearthctl costs --by [type,]product_line|channel|dealer|designer|month [--from DATE]
/// [--to DATE] [--xlsx FILE] [--json]: cost accounting (成本核算), cost by type per group.
int cmdCosts(const QStringList &args);
/// hearthctl receipts --order NO: an order's receipts, what it has paid and still owes, and its
/// payment schedule, first brought in line with the split's collection tasks.
int cmdReceipts(const QStringList &args);
/// hearthctl close --month YYYY-MM [--json]: month close (月结), the month's checks and figures
/// (and what changed since a close); --commit closes it, --reopen --reason TEXT reopens it;
/// --as NAME says who.
int cmdClose(const QStringList &args);

} // namespace Hearth::Cli
