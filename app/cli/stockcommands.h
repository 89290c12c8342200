#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// hearthctl stock seed|balance|valuation|moves|check|receive|issue|transfer|count: the stock
/// ledger (库存台账) for people and scripts. seed writes the default warehouses, bins and
/// items; balance ITEM [--bin B], valuation [--warehouse W] and moves ITEM [--limit N] read;
/// check compares the balance summaries with the moves (exit 1 with the differences);
/// receive|issue|transfer|count --item I --bin B [--to B2] --qty Q [--cost C] [--wo WO]
/// [--lot L] --key K book one move, once per key.
int cmdStock(const QStringList &args);

} // namespace Hearth::Cli
