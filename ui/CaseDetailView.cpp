#include "CaseDetailView.h"

#include "AttachmentStrip.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QUrlQuery>

namespace pakn {

CaseDetailView::CaseDetailView(QWidget *parent)
    : QTextBrowser(parent), m_now([] { return QDateTime::currentDateTimeUtc(); }),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); }),
      m_attachments(new AttachmentStrip(AttachmentStrip::Mode::Case, this))
{
    setObjectName(QStringLiteral("caseDetail"));
    m_attachments->setAutoFillBackground(true);
    m_attachments->setContentsMargins(6, 0, 6, 0);
    m_attachments->hide();
    setReadOnly(true);
    setOpenLinks(false);
    setAcceptDrops(true); // files dropped on the case are attached to it
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                            Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    document()->setDefaultStyleSheet(QStringLiteral(
        "td.k { color: #555; padding-right: 10px; white-space: nowrap; }"
        ".late { color: #c62828; font-weight: bold; } .ok { color: #2e7d32; }"
        ".soon { color: #e65100; font-weight: bold; } .muted { color: #777; }"
        "h3 { margin-bottom: 4px; } h4 { margin-top: 12px; margin-bottom: 2px; }"
        "p.ev { margin-top: 2px; margin-bottom: 6px; } span.t { color: #555; }"
        "p.note { background-color: #fff8e1; } p.reply { background-color: #e8f0fe; }"
        "span.badge { background-color: #eceff1; }"));
    connect(this, &QTextBrowser::anchorClicked, this, &CaseDetailView::followLink);
    render();
}

void CaseDetailView::setCalendar(const DeadlineCalendar &calendar)
{
    m_calendar = calendar;
    render();
}

void CaseDetailView::showRevealedPhone(qint64 caseId, const QString &phone)
{
    m_revealedPhones.insert(caseId, phone);
    if (m_phoneProblem.first == caseId)
        m_phoneProblem = {};
    render();
}

void CaseDetailView::showPhoneProblem(qint64 caseId, const QString &problem)
{
    m_phoneProblem = {caseId, problem};
    render();
}

void CaseDetailView::setCase(const std::optional<Case> &c)
{
    // A different case starts with its whole history again.
    if (!c || !m_case || c->id != m_case->id)
        m_filter = HistoryFilter::All;
    const bool same = c && m_case && c->id == m_case->id;
    m_case = c;
    render();
    if (!same)
        verticalScrollBar()->setValue(0);
    m_attachments->setCase(c);
    placeStrip();
}

void CaseDetailView::setCaseFiles(CaseFiles *files)
{
    m_attachments->setCaseFiles(files);
    placeStrip();
}

void CaseDetailView::placeStrip()
{
    const int height = m_attachments->isHidden() ? 0 : m_attachments->sizeHint().height();
    setViewportMargins(0, height, 0, 0);
    // Beside the vertical scroll bar, which runs the whole height.
    const int frame = frameWidth();
    const int bar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    m_attachments->setGeometry(frame, frame, width() - 2 * frame - bar, height);
}

void CaseDetailView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    placeStrip();
}

void CaseDetailView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_attachments->canAttach() && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QTextBrowser::dragEnterEvent(event);
}

void CaseDetailView::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_attachments->canAttach() && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QTextBrowser::dragMoveEvent(event);
}

void CaseDetailView::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (m_attachments->canAttach() && !files.isEmpty()) {
        event->acceptProposedAction();
        m_attachments->attachFiles(files);
    } else {
        QTextBrowser::dropEvent(event);
    }
}

void CaseDetailView::setHistoryFilter(HistoryFilter filter)
{
    m_filter = filter;
    render();
}

QUrl CaseDetailView::mapUrl(const Case &c)
{
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery query;
    if (c.latitude && c.longitude) {
        const QString lat = QString::number(*c.latitude, 'f', 6);
        const QString lon = QString::number(*c.longitude, 'f', 6);
        query.addQueryItem(QStringLiteral("mlat"), lat);
        query.addQueryItem(QStringLiteral("mlon"), lon);
        url.setQuery(query);
        url.setFragment(QStringLiteral("map=18/") + lat + QLatin1Char('/') + lon);
        return url;
    }
    url.setPath(QStringLiteral("/search"));
    query.addQueryItem(QStringLiteral("query"), c.address);
    url.setQuery(query);
    return url;
}

void CaseDetailView::followLink(const QUrl &url)
{
    if (!m_case)
        return;
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("reveal")) {
        Q_EMIT revealPhoneRequested(m_case->id);
    } else if (scheme == QLatin1String("map")) {
        m_openUrl(mapUrl(*m_case));
    } else if (scheme == QLatin1String("case")) {
        if (const CaseId id = url.path().toLongLong(); id > 0)
            Q_EMIT openCaseRequested(id);
    } else if (scheme == QLatin1String("filter")) {
        const QString which = url.path();
        setHistoryFilter(which == QLatin1String("notes")     ? HistoryFilter::Notes
                         : which == QLatin1String("replies") ? HistoryFilter::Replies
                                                             : HistoryFilter::All);
    }
}

void CaseDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void CaseDetailView::render()
{
    setAccessibleName(tr("Case details"));
    if (!m_case) {
        setHtml(QStringLiteral("<p style='color:#777'>") +
                tr("Select a case in the table to see its details.").toHtmlEscaped() +
                QStringLiteral("</p>"));
        return;
    }
    // Keep the reader's place when the same case is re-rendered after a sync.
    const int scroll = verticalScrollBar()->value();
    setHtml(html(*m_case));
    verticalScrollBar()->setValue(scroll);
}

} // namespace pakn
