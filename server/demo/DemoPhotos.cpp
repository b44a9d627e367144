#include "demo/DemoPhotos.h"

#include "demo/DemoRandom.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace pakn::server {

namespace {

constexpr int width = 640;
constexpr int height = 480;
constexpr int horizon = 200;

void sky(QPainter &p, bool dusk)
{
    QLinearGradient g(0, 0, 0, horizon);
    g.setColorAt(0, dusk ? QColor(40, 45, 90) : QColor(150, 185, 215));
    g.setColorAt(1, dusk ? QColor(200, 120, 90) : QColor(225, 230, 230));
    p.fillRect(0, 0, width, horizon, g);
}

// Narrow "tube houses" along both sides, as in Hanoi's streets.
void houses(QPainter &p, DemoRandom &r, bool dusk)
{
    for (int side = 0; side < 2; ++side) {
        int x = side == 0 ? 0 : width - 150;
        for (int i = 0; i < 3; ++i) {
            const int w = 50;
            const int h = int(r.between(90, 170));
            const QColor wall = QColor::fromHsv(int(r.between(20, 60)), int(r.between(40, 110)),
                                                dusk ? 110 : int(r.between(170, 230)));
            p.fillRect(x, horizon + 40 - h, w, h, wall);
            p.fillRect(x + 8, horizon + 50 - h, w - 16, 14, wall.darker(130)); // balcony
            for (int row = 0; row < 3; ++row)
                p.fillRect(x + 14, horizon + 70 - h + row * 30, 20, 16,
                           dusk && r.percent(50) ? QColor(250, 210, 120) : QColor(70, 80, 90));
            x += w;
        }
    }
}

void road(QPainter &p, QColor asphalt)
{
    QPainterPath path;
    path.moveTo(250, horizon);
    path.lineTo(390, horizon);
    path.lineTo(width + 120, height);
    path.lineTo(-120, height);
    path.closeSubpath();
    QLinearGradient g(0, horizon, 0, height);
    g.setColorAt(0, asphalt.lighter(130));
    g.setColorAt(1, asphalt);
    p.fillPath(path, g);
    p.fillRect(0, horizon + 40, 250, height, QColor(170, 160, 150)); // pavements
    p.fillRect(390, horizon + 40, width, height, QColor(170, 160, 150));
    p.fillPath(path, g);
    p.setPen(QPen(QColor(235, 235, 220), 6, Qt::DashLine));
    p.drawLine(320, horizon + 5, 320, height);
    p.setPen(Qt::NoPen);
}

void pothole(QPainter &p, DemoRandom &r)
{
    const QPointF centre(int(r.between(250, 400)), int(r.between(340, 410)));
    QRadialGradient hole(centre, 90);
    hole.setColorAt(0, QColor(35, 30, 28));
    hole.setColorAt(0.7, QColor(60, 55, 50));
    hole.setColorAt(1, QColor(95, 90, 85));
    p.setBrush(hole);
    p.drawEllipse(centre, 110, 42);
    p.setBrush(QColor(90, 110, 125, 170)); // a puddle in it
    p.drawEllipse(centre + QPointF(10, 6), 55, 18);
}

void rubbish(QPainter &p, DemoRandom &r)
{
    const int baseX = int(r.between(60, 160));
    for (int i = 0; i < 40; ++i) {
        const QColor c =
            QColor::fromHsv(int(r.below(360)), int(r.between(60, 200)), int(r.between(40, 200)));
        p.setBrush(c);
        const int x = baseX + int(r.between(0, 220));
        const int y = 330 + int(r.between(0, 110)) - (x - baseX > 60 && x - baseX < 160 ? 40 : 0);
        p.drawEllipse(QPoint(x, y), int(r.between(14, 40)), int(r.between(10, 28)));
    }
}

void flood(QPainter &p, DemoRandom &r)
{
    QLinearGradient water(0, 260, 0, height);
    water.setColorAt(0, QColor(140, 120, 90, 200));
    water.setColorAt(1, QColor(95, 80, 60, 235));
    p.fillRect(0, 255, width, height - 255, water);
    p.setPen(QPen(QColor(200, 190, 170, 150), 2));
    for (int i = 0; i < 25; ++i) {
        const int y = int(r.between(270, 470));
        const int x = int(r.between(0, width - 80));
        p.drawArc(x, y, int(r.between(40, 90)), 8, 0, 180 * 16);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(30, 30, 35)); // half-submerged motorbikes
    for (int i = 0; i < 3; ++i)
        p.drawEllipse(QPoint(int(r.between(120, 520)), int(r.between(300, 420))), 26, 12);
}

void brokenLight(QPainter &p, DemoRandom &r)
{
    const int x = int(r.between(430, 520));
    p.setBrush(QColor(60, 65, 70));
    p.drawRect(x, 130, 10, 300);
    p.save();
    p.translate(x + 5, 135);
    p.rotate(double(r.between(35, 60))); // the arm hangs, bent
    p.drawRect(0, -4, 80, 8);
    p.setBrush(QColor(90, 90, 80));
    p.drawEllipse(QPoint(82, 6), 16, 8);
    p.restore();
    QRadialGradient glow(QPointF(160, 140), 50); // a working one further down the street
    glow.setColorAt(0, QColor(255, 230, 150, 220));
    glow.setColorAt(1, QColor(255, 230, 150, 0));
    p.setBrush(glow);
    p.drawEllipse(QPointF(160, 140), 50, 50);
}

void repaired(QPainter &p, DemoRandom &r)
{
    const QPointF centre(int(r.between(260, 380)), int(r.between(350, 400)));
    p.setBrush(QColor(30, 30, 32));
    p.drawRect(QRectF(centre - QPointF(120, 45), QSizeF(240, 90)));
    p.setPen(QPen(QColor(210, 200, 60), 4)); // the work site's tape, rolled aside
    p.drawLine(centre + QPointF(-160, 60), centre + QPointF(-130, -50));
    p.setPen(Qt::NoPen);
}

// Film-like grain, so the JPEG compresses like a photograph and not a drawing.
void grain(QImage &image, DemoRandom &r)
{
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = int(r.below(25)) - 12;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + d, 255), qBound(0, qGreen(c) + d, 255),
                           qBound(0, qBlue(c) + d, 255));
        }
    }
}

} // namespace

QByteArray DemoPhotos::draw(Scene scene, int variant)
{
    DemoRandom r(0xd3a0 + quint64(scene) * 131 + quint64(variant));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(150, 145, 140)); // what no shape covers: the far end of the street
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        const bool dusk = scene == Scene::BrokenLight;
        sky(p, dusk);
        houses(p, r, dusk);
        road(p, dusk ? QColor(45, 45, 50) : QColor(105, 105, 108));
        switch (scene) {
        case Scene::Pothole:
            pothole(p, r);
            break;
        case Scene::Rubbish:
            rubbish(p, r);
            break;
        case Scene::Flood:
            flood(p, r);
            break;
        case Scene::BrokenLight:
            brokenLight(p, r);
            break;
        case Scene::Repaired:
            repaired(p, r);
            break;
        }
    }
    grain(image, r);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 70);
    return bytes;
}

} // namespace pakn::server
