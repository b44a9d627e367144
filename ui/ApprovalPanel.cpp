#include "ApprovalPanel.h"

#include "CitizenReplyText.h"
#include "DisplayNames.h"
#include "WordDiff.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pakn {

ApprovalPanel::ApprovalPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("approvalPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("versionSummary"));
    m_summary->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setTabChangesFocus(true);
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("approvalEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff);
    layout->addWidget(m_evidence);
    retranslateUi();
    setCase(std::nullopt);
}

QList<ReplyVersion> ApprovalPanel::submittedVersions(const Case &c)
{
    QList<ReplyVersion> out;
    const QString submit = toCode(CaseAction::SubmitReply);
    for (const CaseEvent &e : c.history)
        if (e.action == submit)
            out.append({int(out.size()) + 1, e.detail, e.actorName, e.at});
    return out;
}

void ApprovalPanel::setCase(const std::optional<Case> &c)
{
    m_case = c;
    render();
}

bool ApprovalPanel::applies() const
{
    return m_case && m_case->status == CaseStatus::AwaitingApproval;
}

bool ApprovalPanel::hasPrevious() const
{
    return applies() && submittedVersions(*m_case).size() >= 2;
}

QString ApprovalPanel::evidenceText(const Case &c)
{
    QStringList names;
    for (const Attachment &a : c.attachments)
        if (a.purpose == Attachment::Purpose::Evidence)
            names.append(a.fileName);
    return names.isEmpty() ? tr("No evidence attached to the reply.")
                           : tr("Evidence sent with the reply (%1): %2")
                                 .arg(names.size())
                                 .arg(names.join(QStringLiteral(", ")));
}

void ApprovalPanel::render()
{
    if (!applies()) {
        m_summary->clear();
        m_diff->clear();
        m_evidence->clear();
        return;
    }
    m_evidence->setText(evidenceText(*m_case));
    const QList<ReplyVersion> versions = submittedVersions(*m_case);
    if (versions.size() < 2) {
        m_summary->setText(tr("First submitted version: there is no earlier version to compare."));
        m_diff->setVisible(false);
        return;
    }
    const ReplyVersion &now = versions.last();
    const ReplyVersion &before = versions.at(versions.size() - 2);
    m_summary->setText(tr("Version %1 (%2, %3) compared with version %4 (%5, %6). Removed words "
                          "are struck through, added words underlined.")
                           .arg(now.number)
                           .arg(now.authorName, DisplayNames::dateTime(now.at))
                           .arg(before.number)
                           .arg(before.authorName, DisplayNames::dateTime(before.at)));
    const QList<DiffPart> parts =
        WordDiff::compare(citizenPlainText(before.text), citizenPlainText(now.text));
    const bool same = std::all_of(parts.begin(), parts.end(),
                                  [](const DiffPart &p) { return p.kind == DiffPart::Same; });
    m_diff->setHtml(same ? tr("The text is the same as in version %1.").arg(before.number)
                         : WordDiff::toHtml(parts));
    m_diff->setVisible(true);
}

void ApprovalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApprovalPanel::retranslateUi()
{
    m_diff->setAccessibleName(tr("Changes since the previous version"));
    m_summary->setAccessibleName(tr("Versions compared"));
    m_evidence->setAccessibleName(tr("Evidence with the reply"));
    render();
}

} // namespace pakn
