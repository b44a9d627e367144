// The HTML of CaseDetailView, section by section (kept apart from the
// widget's behaviour so each file reads in one sitting).

#include "CaseDetailView.h"

#include "DisplayNames.h"
#include "domain/CaseDeadlines.h"
#include "domain/PhoneMask.h"

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

QString heading(const QString &text)
{
    return QStringLiteral("<h4>") + text.toHtmlEscaped() + QStringLiteral("</h4>");
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href='") + href + QStringLiteral("'>") + text.toHtmlEscaped() +
           QStringLiteral("</a>");
}

bool isReplyVersion(const QString &action)
{
    return action == toCode(CaseAction::DraftReply) || action == toCode(CaseAction::SubmitReply) ||
           action == toCode(CaseAction::Approve);
}

qint64 minutesPerDay(const DeadlineCalendar &calendar)
{
    qint64 perDay = 0;
    for (const DeadlineCalendar::Period &p : calendar.periods())
        perDay += p.start.secsTo(p.end) / 60;
    return qMax<qint64>(perDay, 60);
}

bool isNote(const QString &action)
{
    return action == toCode(CaseAction::Note);
}

// The ward (phường, xã, thị trấn) named in a Vietnamese address, if any.
QString wardOf(const QString &address)
{
    static const QStringList prefixes = {QStringLiteral("Phường "), QStringLiteral("Xã "),
                                         QStringLiteral("Thị trấn ")};
    for (const QString &part : address.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        for (const QString &prefix : prefixes)
            if (p.startsWith(prefix))
                return p;
    }
    return {};
}
} // namespace

QString CaseDetailView::html(const Case &c) const
{
    QString h = headerHtml(c);
    h += reporterHtml(c);
    h += heading(tr("Description")) + QStringLiteral("<p>") + escaped(c.description) +
         QStringLiteral("</p>");
    h += locationHtml(c);
    if (!c.replyPublished.isEmpty())
        h += heading(tr("Published reply")) + QStringLiteral("<p>") + escaped(c.replyPublished) +
             QStringLiteral("</p>");
    h += historyHtml(c);
    return h;
}

QString CaseDetailView::headerHtml(const Case &c) const
{
    QString h = QStringLiteral("<h3>") + tr("Case %1").arg(c.id).toHtmlEscaped() +
                QStringLiteral(" — ") + escaped(c.title) + QStringLiteral("</h3><table>");
    h += row(tr("Status"), QStringLiteral("<b>") + DisplayNames::status(c.status).toHtmlEscaped() +
                               QStringLiteral("</b>"));
    h += row(tr("Urgency"), c.urgency == Urgency::Normal
                                ? DisplayNames::urgency(c.urgency).toHtmlEscaped()
                                : QStringLiteral("<span class='soon'>") +
                                      DisplayNames::urgency(c.urgency).toHtmlEscaped() +
                                      QStringLiteral("</span>"));
    h += row(tr("Field"), DisplayNames::field(c.field).toHtmlEscaped());
    h += row(tr("Unit"), c.unitId ? escaped(c.unitName) : tr("not routed yet").toHtmlEscaped());
    h += row(tr("Assignee"), c.assigneeId ? escaped(c.assigneeName) : QStringLiteral("—"));
    h += row(tr("Acceptance due"), deadlineHtml(c, true));
    h += row(tr("Reply due"), deadlineHtml(c, false));
    if (!c.extensions.isEmpty())
        h += row(tr("Extensions"), extensionsHtml(c));
    if (c.rating)
        h += row(tr("Citizen's rating"), DisplayNames::rating(*c.rating).toHtmlEscaped() +
                                             QStringLiteral(" <span class='t'>") +
                                             DisplayNames::dateTime(c.ratedAt).toHtmlEscaped() +
                                             QStringLiteral("</span>"));
    if (const QString links = linksHtml(c); !links.isEmpty())
        h += row(tr("Linked cases"), links);
    h += row(tr("Channel"), DisplayNames::channel(c.channel).toHtmlEscaped());
    h += row(tr("Received"), DisplayNames::dateTime(c.receivedAt).toHtmlEscaped());
    if (c.answeredAt.isValid())
        h += row(tr("Answered"), DisplayNames::dateTime(c.answeredAt).toHtmlEscaped());
    if (c.reopenCount > 0)
        h += row(tr("Reopened"), tr("%n time(s)", nullptr, c.reopenCount).toHtmlEscaped());
    return h + QStringLiteral("</table>");
}

QString CaseDetailView::workingTimeText(qint64 minutes) const
{
    const qint64 perDay = minutesPerDay(m_calendar);
    minutes = qAbs(minutes);
    if (minutes >= perDay)
        return tr("%1 d %2 h of working time").arg(minutes / perDay).arg((minutes % perDay) / 60);
    return tr("%1 h %2 min of working time").arg(minutes / 60).arg(minutes % 60);
}

QString CaseDetailView::deadlineHtml(const Case &c, bool acceptance) const
{
    const QDateTime deadline = acceptance ? c.acceptDeadline : c.answerDeadline;
    if (!deadline.isValid())
        return QStringLiteral("—");
    const QDateTime now = m_now();
    const DeadlineState state = acceptance ? acceptState(c, now) : answerState(c, now);
    const QDateTime doneAt = acceptance ? c.acceptedAt : c.answeredAt;
    const QString h = DisplayNames::dateTime(deadline).toHtmlEscaped() + QStringLiteral(" — ");
    const qint64 left = m_calendar.workingMinutesBetween(now, deadline);
    const qint64 perDay = minutesPerDay(m_calendar);
    auto span = [](const char *cls, const QString &text) -> QString {
        return QStringLiteral("<span class='") + QLatin1String(cls) + QStringLiteral("'>") +
               text.toHtmlEscaped() + QStringLiteral("</span>");
    };
    switch (state) {
    case DeadlineState::Running:
        return h + span(left < perDay ? "soon" : "ok", tr("%1 left").arg(workingTimeText(left)));
    case DeadlineState::Overdue:
        return h + span("late", tr("overdue by %1").arg(workingTimeText(left)));
    case DeadlineState::Met:
        return h + span("ok", tr("met (done %1)").arg(DisplayNames::dateTime(doneAt)));
    case DeadlineState::Missed:
        return h + span("late", tr("missed (done %1)").arg(DisplayNames::dateTime(doneAt)));
    case DeadlineState::None:
        break;
    }
    return DisplayNames::dateTime(deadline).toHtmlEscaped();
}

QString CaseDetailView::extensionsHtml(const Case &c) const
{
    QStringList lines;
    for (const ExtensionRequest &x : c.extensions) {
        QString line = tr("%1 asked on %2 for %3: %4")
                           .arg(x.requestedByName, DisplayNames::dateTime(x.requestedAt),
                                DisplayNames::dateTime(x.proposedDeadline), x.reason)
                           .toHtmlEscaped();
        QString decision;
        switch (x.decision) {
        case ExtensionRequest::Decision::Pending:
            decision = QStringLiteral("<span class='soon'>") +
                       tr("awaiting the leader's decision").toHtmlEscaped() +
                       QStringLiteral("</span>");
            break;
        case ExtensionRequest::Decision::Granted:
            decision = QStringLiteral("<span class='ok'>") +
                       tr("granted until %1 by %2 on %3")
                           .arg(DisplayNames::dateTime(x.grantedDeadline), x.decidedByName,
                                DisplayNames::dateTime(x.decidedAt))
                           .toHtmlEscaped() +
                       QStringLiteral("</span>");
            break;
        case ExtensionRequest::Decision::Denied:
            decision = QStringLiteral("<span class='late'>") +
                       tr("denied by %1 on %2")
                           .arg(x.decidedByName, DisplayNames::dateTime(x.decidedAt))
                           .toHtmlEscaped() +
                       QStringLiteral("</span>");
            break;
        }
        if (!x.comment.isEmpty())
            decision += QStringLiteral(": ") + escaped(x.comment);
        lines.append(line + QStringLiteral("<br>→ ") + decision);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString CaseDetailView::linksHtml(const Case &c) const
{
    QStringList parts;
    if (c.mergedIntoId)
        parts.append(
            tr("merged into").toHtmlEscaped() + QLatin1Char(' ') +
            link(QStringLiteral("case:%1").arg(c.mergedIntoId), tr("case %1").arg(c.mergedIntoId)));
    QStringList duplicates;
    for (const CaseEvent &e : c.history) {
        if (e.action != QLatin1String("duplicate_merged"))
            continue;
        const qint64 id = e.data.value(QStringLiteral("duplicateId")).toInteger();
        if (id > 0)
            duplicates.append(link(QStringLiteral("case:%1").arg(id), tr("case %1").arg(id)));
    }
    if (!duplicates.isEmpty())
        parts.append(tr("duplicates merged in:").toHtmlEscaped() + QLatin1Char(' ') +
                     duplicates.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("<br>"));
}

QString CaseDetailView::reporterHtml(const Case &c) const
{
    QString h = heading(tr("Reporter")) + QStringLiteral("<table>");
    h += row(tr("Name"),
             c.reporterName.isEmpty() ? tr("anonymous").toHtmlEscaped() : escaped(c.reporterName));
    QString phone = QStringLiteral("—");
    if (phoneRevealed(c)) {
        phone = escaped(m_revealedPhones.value(c.id));
    } else if (!c.reporterPhone.isEmpty()) {
        // Masked by the server already; masked again for a case cached by an older desk.
        phone = maskedPhone(c.reporterPhone).toHtmlEscaped() + QStringLiteral(" &nbsp; ") +
                link(QStringLiteral("reveal:phone"), tr("Show phone number"));
        if (m_phoneProblem.first == c.id)
            phone += QStringLiteral("<br><span class=\"late\">") +
                     m_phoneProblem.second.toHtmlEscaped() + QStringLiteral("</span>");
    }
    h += row(tr("Phone"), phone);
    return h + QStringLiteral("</table>");
}

QString CaseDetailView::locationHtml(const Case &c) const
{
    QString h = heading(tr("Location")) + QStringLiteral("<table>");
    h += row(tr("Address"), c.address.isEmpty() ? QStringLiteral("—") : escaped(c.address));
    if (const QString ward = wardOf(c.address); !ward.isEmpty())
        h += row(tr("Ward"), escaped(ward));
    if (c.latitude && c.longitude)
        h += row(tr("Coordinates"), QString::number(*c.latitude, 'f', 6) + QStringLiteral(", ") +
                                        QString::number(*c.longitude, 'f', 6));
    h += QStringLiteral("</table>");
    if ((c.latitude && c.longitude) || !c.address.isEmpty())
        h += QStringLiteral("<p>") + link(QStringLiteral("map:open"), tr("Open in the map")) +
             QStringLiteral("</p>");
    return h;
}

QString CaseDetailView::historyHtml(const Case &c) const
{
    int notes = 0;
    int replies = 0;
    for (const CaseEvent &e : c.history) {
        notes += isNote(e.action) ? 1 : 0;
        replies += isReplyVersion(e.action) ? 1 : 0;
    }
    auto choice = [this](HistoryFilter f, const QString &code, const QString &text) -> QString {
        return m_filter == f ? QStringLiteral("<b>") + text.toHtmlEscaped() + QStringLiteral("</b>")
                             : link(QStringLiteral("filter:") + code, text);
    };
    QString h = heading(tr("History"));
    h += QStringLiteral("<p>") +
         choice(HistoryFilter::All, QStringLiteral("all"), tr("All (%1)").arg(c.history.size())) +
         QStringLiteral(" · ") +
         choice(HistoryFilter::Notes, QStringLiteral("notes"),
                tr("Internal notes (%1)").arg(notes)) +
         QStringLiteral(" · ") +
         choice(HistoryFilter::Replies, QStringLiteral("replies"),
                tr("Reply versions (%1)").arg(replies)) +
         QStringLiteral("</p>");
    int version = 0;
    int shown = 0;
    // Oldest first, one paragraph per event: it reads well in a narrow pane.
    for (const CaseEvent &e : c.history) {
        const bool reply = isReplyVersion(e.action);
        version += reply ? 1 : 0;
        if ((m_filter == HistoryFilter::Notes && !isNote(e.action)) ||
            (m_filter == HistoryFilter::Replies && !reply))
            continue;
        h += eventHtml(e, reply ? version : 0);
        ++shown;
    }
    if (shown == 0)
        h += QStringLiteral("<p class='muted'>") + tr("Nothing here.").toHtmlEscaped() +
             QStringLiteral("</p>");
    return h;
}

QString CaseDetailView::eventHtml(const CaseEvent &e, int replyVersion) const
{
    const QString cls = isNote(e.action) ? QStringLiteral("ev note")
                        : replyVersion   ? QStringLiteral("ev reply")
                                         : QStringLiteral("ev");
    QString h = QStringLiteral("<p class='") + cls + QStringLiteral("'><span class='t'>") +
                DisplayNames::dateTime(e.at).toHtmlEscaped() + QStringLiteral("</span> · <b>") +
                DisplayNames::historyAction(e.action).toHtmlEscaped() + QStringLiteral("</b>");
    if (isNote(e.action))
        h += QStringLiteral(" <span class='badge'>") + tr("internal").toHtmlEscaped() +
             QStringLiteral("</span>");
    if (replyVersion)
        h += QStringLiteral(" <span class='badge'>") +
             tr("reply version %1").arg(replyVersion).toHtmlEscaped() + QStringLiteral("</span>");
    h += QStringLiteral(" · ") +
         (e.actorName.isEmpty() ? QStringLiteral("—") : escaped(e.actorName));
    if (!e.client.isEmpty())
        h += QStringLiteral(" <span class='muted'>(") + tr("via %1").arg(e.client).toHtmlEscaped() +
             QStringLiteral(")</span>");
    if (!e.detail.isEmpty())
        h += QStringLiteral("<br>") + escaped(e.detail);
    return h + QStringLiteral("</p>");
}

} // namespace pakn
