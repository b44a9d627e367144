#pragma once

// One headline figure: its name, the value in large type and the change
// from the previous period, coloured by whether the change is good news.
// Focusable; a click, Enter or Space asks for the cases behind it.

#include "FigureText.h"

#include <QFrame>

class QLabel;

namespace pakn {

class FigureTile : public QFrame
{
    Q_OBJECT
public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value, const FigureChange &change);
    // While the figures are being read: the old value greyed, no change shown.
    void setStale(bool stale);
    QString value() const;
    QString changeText() const;
    Tone changeTone() const { return m_tone; }

Q_SIGNALS:
    void activated();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateAccessibleName();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    Tone m_tone = Tone::Neutral;
};

} // namespace pakn
