#pragma once

#include <QListWidget>

namespace pakn {

// The list itself: keeps Ctrl+S and Delete for its own commands while it
// has focus (the reply's "save draft" button owns Ctrl+S elsewhere).
class AttachmentList : public QListWidget
{
    Q_OBJECT
public:
    using QListWidget::QListWidget;

Q_SIGNALS:
    void saveRequested();
    void removeRequested();
    void contextRequested(const QPoint &globalPos);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace pakn
