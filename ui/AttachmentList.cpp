#include "AttachmentList.h"

#include <QContextMenuEvent>
#include <QKeyEvent>

namespace pakn {

bool AttachmentList::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Save) || key->key() == Qt::Key_Delete) {
            event->accept(); // ours while the list has focus
            return true;
        }
    }
    return QListWidget::event(event);
}

void AttachmentList::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Save))
        Q_EMIT saveRequested();
    else if (event->key() == Qt::Key_Delete)
        Q_EMIT removeRequested();
    else if (event->key() == Qt::Key_Menu && currentItem())
        Q_EMIT contextRequested(viewport()->mapToGlobal(visualItemRect(currentItem()).center()));
    else
        QListWidget::keyPressEvent(event);
}

void AttachmentList::contextMenuEvent(QContextMenuEvent *event)
{
    if (QListWidgetItem *item = itemAt(event->pos()))
        setCurrentItem(item);
    if (currentItem())
        Q_EMIT contextRequested(event->globalPos());
}

} // namespace pakn
