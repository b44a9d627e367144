#pragma once

// The reply as the citizen will receive it: plain text as a channel sends
// it, with the unit's signature line, and its length against the length of
// one channel message.

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace pakn {

class ReplyPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReplyPreviewDialog(const QString &markdown, const QString &unitName, QWidget *parent = nullptr);

    QString message() const;
    // "1.234 characters", with the over-length warning when it applies.
    static QString lengthText(qsizetype characters);

private:
    QPlainTextEdit *m_text;
    QLabel *m_length;
};

} // namespace pakn
