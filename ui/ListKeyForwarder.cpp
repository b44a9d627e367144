#include "ListKeyForwarder.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace pakn {

ListKeyForwarder::ListKeyForwarder(QLineEdit *line, QAbstractItemView *list)
    : QObject(line), m_list(list)
{
    line->installEventFilter(this);
}

bool ListKeyForwarder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pakn
