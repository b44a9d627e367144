#pragma once

// Types text into a widget key by key, like a user with a Vietnamese input
// method: QTest::keyClicks only handles Latin-1, so each character is sent
// as a key event carrying its text.

#include <QTest>

namespace pakn::testing {

inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace pakn::testing
