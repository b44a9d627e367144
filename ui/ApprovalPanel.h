#pragma once

// What the approver reads before approving: the submitted reply with the
// words changed since the previous submitted version (after a send-back),
// taken from the case's history, where every submission is kept, and the
// evidence that will go to the citizen with it.

#include "domain/Case.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace pakn {

// One submitted version of a reply, from the history.
struct ReplyVersion
{
    int number = 0; // 1 for the first submission
    QString text;   // Markdown
    QString authorName;
    QDateTime at;
};

class ApprovalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalPanel(QWidget *parent = nullptr);

    // Shows the differences for a case awaiting approval.
    void setCase(const std::optional<Case> &c);
    // Whether the case awaits approval (else there is nothing to show).
    bool applies() const;
    // Whether there is an earlier submitted version to compare with.
    bool hasPrevious() const;
    static QList<ReplyVersion> submittedVersions(const Case &c);
    QTextBrowser *diffView() const { return m_diff; }
    QLabel *evidenceLabel() const { return m_evidence; }
    // "Evidence sent with the reply (2): a.jpg, b.pdf", or that there is none.
    static QString evidenceText(const Case &c);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    std::optional<Case> m_case;
    QLabel *m_summary;
    QTextBrowser *m_diff;
    QLabel *m_evidence;
};

} // namespace pakn
