#include "CaseDetailView.h"

#include "DisplayNames.h"

#include <QEvent>
#include <QScrollBar>

namespace pakn {

namespace {
QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class='k'>") + label.toHtmlEscaped() +
           QStringLiteral("</td><td>") + valueHtml + QStringLiteral("</td></tr>");
}
} // namespace

CaseDetailView::CaseDetailView(QWidget *parent)
    : QTextBrowser(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("caseDetail"));
    setReadOnly(true);
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDefaultStyleSheet(
        QStringLiteral("td.k { color: #555; padding-right: 10px; white-space: nowrap; }"
                       ".late { color: #c62828; font-weight: bold; }"
                       "h3 { margin-bottom: 4px; } h4 { margin-top: 12px; margin-bottom: 2px; }"
                       "p.ev { margin-top: 2px; margin-bottom: 4px; } span.t { color: #555; }"));
    render();
}

void CaseDetailView::setCase(const std::optional<Case> &c)
{
    m_case = c;
    render();
}

void CaseDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void CaseDetailView::render()
{
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

QString CaseDetailView::deadlineText(const QDateTime &deadline, bool counts) const
{
    if (!deadline.isValid())
        return QStringLiteral("—");
    QString text = DisplayNames::dateTime(deadline).toHtmlEscaped();
    if (counts && deadline < m_now())
        text += QStringLiteral(" <span class='late'>") + tr("overdue").toHtmlEscaped() +
                QStringLiteral("</span>");
    return text;
}

QString CaseDetailView::html(const Case &c) const
{
    QString h;
    h += QStringLiteral("<h3>") + tr("Case %1").arg(c.id).toHtmlEscaped() + QStringLiteral(" — ") +
         escaped(c.title) + QStringLiteral("</h3><table>");
    h += row(tr("Status"), DisplayNames::status(c.status).toHtmlEscaped());
    h += row(tr("Field"), DisplayNames::field(c.field).toHtmlEscaped());
    h += row(tr("Urgency"), DisplayNames::urgency(c.urgency).toHtmlEscaped());
    h += row(tr("Unit"), c.unitId ? escaped(c.unitName) : tr("not routed yet").toHtmlEscaped());
    h += row(tr("Assignee"), c.assigneeId ? escaped(c.assigneeName) : QStringLiteral("—"));
    h += row(tr("Acceptance due"),
             deadlineText(c.acceptDeadline, c.status == CaseStatus::PendingAcceptance));
    h += row(tr("Reply due"), deadlineText(c.answerDeadline, isOpen(c.status)));
    QString reporter =
        c.reporterName.isEmpty() ? tr("anonymous").toHtmlEscaped() : escaped(c.reporterName);
    if (!c.reporterPhone.isEmpty())
        reporter += QStringLiteral(", ") + escaped(c.reporterPhone);
    h += row(tr("Reporter"), reporter);
    h += row(tr("Channel"), DisplayNames::channel(c.channel).toHtmlEscaped());
    h += row(tr("Address"), c.address.isEmpty() ? QStringLiteral("—") : escaped(c.address));
    h += row(tr("Received"), DisplayNames::dateTime(c.receivedAt).toHtmlEscaped());
    if (c.answeredAt.isValid())
        h += row(tr("Answered"), DisplayNames::dateTime(c.answeredAt).toHtmlEscaped());
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h4>") + tr("Description").toHtmlEscaped() + QStringLiteral("</h4><p>") +
         escaped(c.description) + QStringLiteral("</p>");
    if (!c.replyPublished.isEmpty())
        h += QStringLiteral("<h4>") + tr("Published reply").toHtmlEscaped() +
             QStringLiteral("</h4><p>") + escaped(c.replyPublished) + QStringLiteral("</p>");

    h += QStringLiteral("<h4>") + tr("History").toHtmlEscaped() + QStringLiteral("</h4>");
    if (c.history.isEmpty())
        h += QStringLiteral("<p>—</p>");
    // One paragraph per event reads well in a narrow pane, unlike a table.
    for (const CaseEvent &e : c.history) {
        h += QStringLiteral("<p class='ev'><span class='t'>") +
             DisplayNames::dateTime(e.at).toHtmlEscaped() + QStringLiteral("</span> · ") +
             escaped(e.actorName) + QStringLiteral(" · <b>") +
             DisplayNames::historyAction(e.action).toHtmlEscaped() + QStringLiteral("</b>");
        if (!e.detail.isEmpty())
            h += QStringLiteral(": ") + escaped(e.detail);
        h += QStringLiteral("</p>");
    }
    return h;
}

} // namespace pakn
