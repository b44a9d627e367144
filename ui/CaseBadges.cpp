#include "CaseBadges.h"

#include "DisplayNames.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace pakn {

namespace {

constexpr int kSize = 16;

QIcon badge(const QColor &fill, const QString &letter, bool round)
{
    static QHash<QString, QIcon> cache;
    const QString key = fill.name() + letter + (round ? QLatin1Char('o') : QLatin1Char('s'));
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap(QSize(kSize, kSize) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        const QRectF box(1, 1, kSize - 2, kSize - 2);
        if (round)
            p.drawEllipse(box.adjusted(3, 3, -3, -3));
        else
            p.drawRoundedRect(box, 3, 3);
        if (!letter.isEmpty()) {
            QFont font;
            font.setBold(true);
            font.setPixelSize(10);
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(box, Qt::AlignCenter, letter);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

// The first letter of the name the user reads, so the badge follows the language.
QString initial(const QString &name)
{
    return name.isEmpty() ? QString() : name.left(1).toUpper();
}

} // namespace

QIcon CaseBadges::urgency(Urgency u)
{
    switch (u) {
    case Urgency::Normal:
        break;
    case Urgency::Urgent:
        return badge(QColor(0xc6, 0x28, 0x28), QStringLiteral("!"), false);
    case Urgency::Complex:
        return badge(QColor(0x6a, 0x1b, 0x9a), initial(DisplayNames::urgency(u)), false);
    }
    return {};
}

QIcon CaseBadges::channel(Channel c)
{
    // In allChannels() order: Zalo's blue, Open311 teal, web grey, hotline orange, walk-in brown.
    static const QList<QColor> colours = {QColor(0x00, 0x68, 0xff), QColor(0x00, 0x79, 0x6b),
                                          QColor(0x45, 0x5a, 0x64), QColor(0xe6, 0x51, 0x00),
                                          QColor(0x5d, 0x40, 0x37)};
    const QColor fill = colours.value(allChannels().indexOf(c), colours.at(2));
    return badge(fill, initial(DisplayNames::channel(c)), false);
}

QIcon CaseBadges::unread()
{
    return badge(QColor(0x15, 0x65, 0xc0), QString(), true);
}

} // namespace pakn
