#pragma once

// The right-hand pane: everything about the selected case as read-only,
// selectable text. A header with the deadlines and the working time left,
// extensions, rating and linked cases; the reporter with the phone masked as
// the server sends it, until the user asks to see it (revealPhoneRequested:
// the audited reveal, online only) and the number it answered is handed to
// showRevealedPhone, kept in memory only; description and location with a map link; and the
// history as a timeline that can be narrowed to internal notes or reply
// versions. Links are reachable with Tab and followed with Enter. Above the
// text, the case's photos and files (AttachmentStrip); files dropped on the
// view are attached to the case when the user may.

#include "domain/Case.h"
#include "domain/DeadlineCalendar.h"

#include <QHash>
#include <QTextBrowser>
#include <QUrl>
#include <functional>
#include <optional>

namespace pakn {

class AttachmentStrip;
class CaseFiles;

class CaseDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    enum class HistoryFilter
    {
        All,
        Notes,
        Replies
    };

    explicit CaseDetailView(QWidget *parent = nullptr);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setCalendar(const DeadlineCalendar &calendar);
    // Opens map links (QDesktopServices::openUrl unless replaced, e.g. in tests).
    void setUrlOpener(std::function<void(const QUrl &)> open) { m_openUrl = std::move(open); }
    void setCase(const std::optional<Case> &c);
    // Where the case's files come from (none: the strip is not shown).
    void setCaseFiles(CaseFiles *files);
    AttachmentStrip *attachmentStrip() const { return m_attachments; }
    const std::optional<Case> &currentCase() const { return m_case; }
    void setHistoryFilter(HistoryFilter filter);
    HistoryFilter historyFilter() const { return m_filter; }

    // The HTML shown for a case (public for tests and printing).
    QString html(const Case &c) const;
    // The number the server answered a reveal of case `caseId` with: shown
    // in place of the masked one while this view lives (never stored).
    void showRevealedPhone(qint64 caseId, const QString &phone);
    // Why the reveal of `caseId` did not happen (offline, refused), shown next to the phone.
    void showPhoneProblem(qint64 caseId, const QString &problem);
    bool phoneRevealed(const Case &c) const { return m_revealedPhones.contains(c.id); }
    // Where the map link of a case leads (OpenStreetMap at the coordinates, or an address search).
    static QUrl mapUrl(const Case &c);
    // Follows a link of the pane as a click would ("reveal:", "map:", "case:7", "filter:notes").
    void followLink(const QUrl &url);

Q_SIGNALS:
    // The user asked to see the reporter's phone number (perform reveal_contact).
    void revealPhoneRequested(qint64 caseId);
    // The user followed a link to another case (merged into, duplicate merged in).
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void render();
    void placeStrip(); // in the viewport's top margin, above the text
    QString headerHtml(const Case &c) const;
    QString deadlineHtml(const Case &c, bool acceptance) const;
    QString workingTimeText(qint64 minutes) const;
    QString extensionsHtml(const Case &c) const;
    QString linksHtml(const Case &c) const;
    QString reporterHtml(const Case &c) const;
    QString locationHtml(const Case &c) const;
    QString historyHtml(const Case &c) const;
    QString eventHtml(const CaseEvent &e, int replyVersion) const;

    std::optional<Case> m_case;
    std::function<QDateTime()> m_now;
    std::function<void(const QUrl &)> m_openUrl;
    DeadlineCalendar m_calendar;
    QHash<qint64, QString> m_revealedPhones; // case → the full number, in memory only
    std::pair<qint64, QString> m_phoneProblem;
    HistoryFilter m_filter = HistoryFilter::All;
    AttachmentStrip *m_attachments;
};

} // namespace pakn
