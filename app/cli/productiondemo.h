#pragma once

namespace Hearth::Cli {

/// For hearthctl demo, on the open database after the process engine ran: a dozen custom
/// kitchen, wardrobe and cabinet orders with cabinet specs (the bundled sample orders have
/// none, so their split makes no panels), taken through review and split, made into work
/// orders, planned forward from now, and a few shop-floor reports, so that the production
/// pages have work to show. Running it again adds nothing. Prints one line; returns an exit
/// code.
int demoProduction();

} // namespace Hearth::Cli
