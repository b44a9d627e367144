#pragma once

// A small deterministic generator (SplitMix64) for demo data: the same seed
// gives the same data on every machine and library version, which
// std::uniform_int_distribution does not promise.

#include <QList>
#include <QtGlobal>

namespace pakn::server {

class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); the modulo bias is irrelevant for demo data.
    qint64 below(qint64 n) { return n > 0 ? qint64(next() % quint64(n)) : 0; }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 m_state;
};

} // namespace pakn::server
