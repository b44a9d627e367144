#pragma once

// Photos for the demo's cases, drawn rather than shipped: a street scene of
// the kind citizens report (a pothole, a pile of rubbish, a flooded street, a
// broken street light) or the repaired road staff send back as evidence.
// Gradients and shapes with a little grain, 640×480 JPEG of some tens of KB.
// The same scene and variant always give the same bytes, and each is drawn
// once per seeder (a few images serve thousands of cases).

#include <QByteArray>
#include <QHash>

namespace pakn::server {

class DemoPhotos
{
public:
    enum class Scene
    {
        Pothole,
        Rubbish,
        Flood,
        BrokenLight,
        Repaired, // evidence: the road after the work
    };
    static constexpr int variants = 3;

    // The JPEG of `scene` in `variant` (0 … variants-1).
    const QByteArray &photo(Scene scene, int variant);

private:
    static QByteArray draw(Scene scene, int variant);

    QHash<int, QByteArray> m_cache;
};

} // namespace pakn::server
