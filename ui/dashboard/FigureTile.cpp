#include "FigureTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pakn {

namespace {

// Dark enough to read on paper and on a grey printout.
QString colourOf(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("#1b6e34");
    case Tone::Bad:
        return QStringLiteral("#b3261e");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("#555555");
}

} // namespace

FigureTile::FigureTile(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("figureTile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    // The focus must show on a tile: it has no text cursor or selection of its own.
    setStyleSheet(QStringLiteral("#figureTile { background: palette(base); border: 1px solid "
                                 "#b0b7c0; border-radius: 4px; }"
                                 "#figureTile:focus { border: 2px solid #1f4e79; }"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_value = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
}

void FigureTile::setTitle(const QString &title)
{
    m_title->setText(title);
    updateAccessibleName();
}

void FigureTile::setValue(const QString &value, const FigureChange &change)
{
    m_value->setText(value);
    m_change->setText(change.text.isEmpty() ? QStringLiteral(" ") : change.text);
    m_tone = change.tone;
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(colourOf(change.tone)));
    setStale(false);
    updateAccessibleName();
}

void FigureTile::setStale(bool stale)
{
    m_value->setStyleSheet(stale ? QStringLiteral("color: #9aa0a6;") : QString());
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::changeText() const
{
    return m_change->text().trimmed();
}

void FigureTile::updateAccessibleName()
{
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_value->text() + QLatin1Char(' ') + m_change->text().trimmed());
}

void FigureTile::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FigureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

} // namespace pakn
