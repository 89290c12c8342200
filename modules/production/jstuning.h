#pragma once

namespace Hearth::Production::Internal {

/// The search's settings, tuned on the Lawrence, Taillard and Yamada-Nakano instances with
/// equal iteration budgets.
struct Tuning
{
    int poolSize = 8;               // elite solutions kept for path relinking
    int stallIterations = 5'000;    // a tabu-search run ends after this many without a new best
    double relinkDepthMin = 0.3;    // how far a restart lies on the path between two members
    double relinkDepthMax = 0.6;
    int constructions = 40;         // dispatching-rule starts made before the search
    int blockWindow = 40;           // moves reach at most this far into a block from its ends
    int tenureBase = 5;             // tabu tenure: base + jobs / machines, plus up to
    double tenureSpread = 0.4;      // spread times that, at random
};

} // namespace Hearth::Production::Internal
