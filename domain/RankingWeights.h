#pragma once

// The weights of the regulation's ranking of units (docs/METRICS.md): part of
// the reference data, so the server and every client rank alike.

namespace pakn {

// score = onTime × on-time % + satisfaction × satisfied %; both ≥ 0, summing to 1.
struct RankingWeights
{
    double onTime = 0.6;
    double satisfaction = 0.4;
    friend bool operator==(const RankingWeights &, const RankingWeights &) = default;
};

} // namespace pakn
