#pragma once

// The reply as the citizen will receive it: plain text as a channel sends
// it, with the unit's signature line, and its length against the length of
// one channel message.

#include <QDialog>
#include <QIcon>
#include <utility>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace pakn {

class ReplyPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReplyPreviewDialog(const QString &markdown, const QString &unitName, QWidget *parent = nullptr);

    QString message() const;
    // The evidence that goes with the reply (icon and file name), listed
    // under the text as the citizen receives it; "none" when empty.
    void setEvidence(const QList<std::pair<QIcon, QString>> &items);
    // "1.234 characters", with the over-length warning when it applies.
    static QString lengthText(qsizetype characters);

private:
    QPlainTextEdit *m_text;
    QLabel *m_length;
    QLabel *m_evidenceTitle;
    QListWidget *m_evidence;
};

} // namespace pakn
