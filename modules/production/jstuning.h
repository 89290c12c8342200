#pragma once

namespace Hearth::Production::Internal {

/// The search's settings; tests of the search itself may change them.
struct Tuning
{
    int poolSize = 8;
    int stallIterations = 10'000;
    int strategy = 1;            // 0 one run, 1 path relinking, 2 perturbed best
    double relinkDepthMin = 0.3;
    double relinkDepthMax = 0.6;
    int perturbMoves = 10;
    int constructions = 40;
    int tenureBase = 10;
    double tenureSpread = 0.4;
};

Tuning &tuning();

} // namespace Hearth::Production::Internal
