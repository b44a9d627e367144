#include "SavedQueues.h"

#include "QueueListModel.h"
#include "cache/SavedQueueStore.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace pakn {

SavedQueues::SavedQueues(QListView *list, QueueListModel *model, CaseStore &store, QObject *parent)
    : QObject(parent), m_list(list), m_model(model), m_store(store), m_rename(new QAction(this)),
      m_remove(new QAction(this))
{
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove->setShortcut(QKeySequence::Delete);
    // The keys are read in eventFilter: the list view would take F2 for
    // editing before a shortcut saw it. In the menu they are only shown.
    for (QAction *a : {m_rename, m_remove})
        a->setShortcutContext(Qt::WidgetShortcut);
    connect(m_rename, &QAction::triggered, this, &SavedQueues::renameCurrent);
    connect(m_remove, &QAction::triggered, this, &SavedQueues::removeCurrent);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &SavedQueues::showMenu);
    m_list->installEventFilter(this);
    retranslateUi();
}

bool SavedQueues::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list)
        return false;
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::KeyPress && currentSavedId()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_F2) {
            key->key() == Qt::Key_F2 ? renameCurrent() : removeCurrent();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void SavedQueues::retranslateUi()
{
    m_rename->setText(tr("&Rename…"));
    m_remove->setText(tr("&Delete"));
}

qint64 SavedQueues::currentSavedId() const
{
    return m_model->savedIdAt(m_list->currentIndex().row());
}

void SavedQueues::showMenu(const QPoint &pos)
{
    const QModelIndex at = m_list->indexAt(pos);
    if (at.isValid())
        m_list->setCurrentIndex(at);
    if (!currentSavedId())
        return; // the role's own queues cannot be renamed or deleted
    QMenu menu(m_list);
    menu.setObjectName(QStringLiteral("savedQueueMenu"));
    menu.addAction(m_rename);
    menu.addAction(m_remove);
    const QRect rect = m_list->visualRect(m_list->currentIndex());
    menu.exec(m_list->viewport()->mapToGlobal(at.isValid() ? pos : rect.center()));
}

void SavedQueues::saveAs(const CaseQuery &query)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_list, tr("Save as queue"),
                              tr("Name of the new queue (its search and filters are kept):"),
                              QLineEdit::Normal, query.search, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    const std::optional<qint64> id = SavedQueueStore(m_store.database()).add(name, query, &error);
    if (!id) {
        QMessageBox::warning(m_list, tr("Save as queue"),
                             tr("The queue could not be saved: %1").arg(error));
        return;
    }
    m_model->refresh();
    Q_EMIT changed();
    const int row = m_model->rowOfSaved(*id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void SavedQueues::renameCurrent()
{
    const qint64 id = currentSavedId();
    if (!id)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            m_list, tr("Rename queue"), tr("New name:"), QLineEdit::Normal,
            m_model->data(m_list->currentIndex(), QueueListModel::NameRole).toString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty() || !SavedQueueStore(m_store.database()).rename(id, name))
        return;
    m_model->refresh();
    Q_EMIT changed();
    m_list->setCurrentIndex(m_model->index(m_model->rowOfSaved(id)));
}

void SavedQueues::removeCurrent()
{
    const qint64 id = currentSavedId();
    if (!id)
        return;
    const QString name = m_model->data(m_list->currentIndex(), QueueListModel::NameRole).toString();
    QMessageBox box(QMessageBox::Question, tr("Delete queue"),
                    tr("Delete your queue “%1”? The cases stay; only the saved search and "
                       "filters are removed.")
                        .arg(name),
                    QMessageBox::NoButton, m_list);
    QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Keep"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() != yes || !SavedQueueStore(m_store.database()).remove(id))
        return;
    const int row = m_list->currentIndex().row();
    m_model->refresh();
    Q_EMIT changed();
    m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

} // namespace pakn
