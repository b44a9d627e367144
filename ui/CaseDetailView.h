#pragma once

// The right-hand pane: everything about the selected case as read-only,
// selectable text — the facts, deadlines (marked when overdue), reporter,
// description, the published reply and the history.

#include "domain/Case.h"

#include <QTextBrowser>
#include <functional>
#include <optional>

namespace pakn {

class CaseDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setCase(const std::optional<Case> &c);
    const std::optional<Case> &currentCase() const { return m_case; }

    // The HTML shown for a case (public for tests and printing).
    QString html(const Case &c) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString deadlineText(const QDateTime &deadline, bool counts) const;

    std::optional<Case> m_case;
    std::function<QDateTime()> m_now;
};

} // namespace pakn
