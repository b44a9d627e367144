#pragma once

// Photos for the demo's cases, drawn rather than shipped: a street scene of
// the kind citizens report (a pothole, a pile of rubbish, a flooded street, a
// broken street light) or the repaired road staff send back as evidence.
// Gradients and shapes with a little grain, 640×480 JPEG of some tens of KB.
// The same scene and variant always give the same bytes; DemoAttachments
// draws each once and shares it between cases.

#include <QByteArray>

namespace pakn::server {

namespace DemoPhotos {

enum class Scene
{
    Pothole,
    Rubbish,
    Flood,
    BrokenLight,
    Repaired, // evidence: the road after the work
};
constexpr int variants = 3;

// The JPEG of `scene` in `variant` (0 … variants-1).
QByteArray draw(Scene scene, int variant);

} // namespace DemoPhotos

} // namespace pakn::server
