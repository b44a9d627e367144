#pragma once

// Answers a modal dialog from inside its exec() loop: a timer looks for the
// active modal widget and hands it to `answer` once it is there (no sleeps).

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTimer>
#include <functional>

namespace pakn::testing {

inline void whenModal(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

// Clicks the button named `buttonName` in the next modal dialog.
inline void clickInModal(const QString &buttonName, QString *seenText = nullptr)
{
    whenModal([buttonName, seenText](QWidget *modal) {
        if (seenText)
            *seenText = modal->property("text").toString();
        if (auto *b = modal->findChild<QPushButton *>(buttonName))
            b->click();
        else if (auto *d = qobject_cast<QDialog *>(modal))
            d->reject();
    });
}

} // namespace pakn::testing
