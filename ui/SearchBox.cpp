#include "SearchBox.h"

#include <QEvent>
#include <QKeyEvent>

namespace pakn {

SearchBox::SearchBox(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchBox"));
    setClearButtonEnabled(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text()); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty()) {
            // Clearing is a deliberate act: show the whole queue again at once.
            m_debounce.stop();
            Q_EMIT searchRequested(t);
        } else {
            m_debounce.start();
        }
    });
    retranslateUi();
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void SearchBox::setSearchPending(bool pending)
{
    if (pending == m_searchPending)
        return;
    m_searchPending = pending;
    retranslateUi();
}

void SearchBox::retranslateUi()
{
    setPlaceholderText(m_searchPending
                           ? tr("Search… (finds every case once the first download ends)")
                           : tr("Search… (no diacritics needed)"));
    setToolTip(tr("Type words from the title, address, reporter, unit or the case number "
                  "(Ctrl+F)"));
}

} // namespace pakn
