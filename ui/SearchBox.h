#pragma once

// The search field above the case table. It narrows the table as the user
// types: the text is reported once typing pauses (a short single-shot timer),
// so a fast typist does not start a query per key. Esc clears it.

#include <QLineEdit>
#include <QTimer>

namespace pakn {

class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBox(QWidget *parent = nullptr);

    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    // During a first sync the search index is built at its end: the box says
    // that searching finds only some cases until then.
    void setSearchPending(bool pending);
    bool searchPending() const { return m_searchPending; }

Q_SIGNALS:
    // The text to search for, after typing paused (or at once when cleared).
    void searchRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTimer m_debounce;
    bool m_searchPending = false;
};

} // namespace pakn
