#include "ReplyPreviewDialog.h"

#include "CitizenReplyText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pakn {

ReplyPreviewDialog::ReplyPreviewDialog(const QString &markdown, const QString &unitName,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("replyPreview"));
    setWindowTitle(tr("Preview: the reply as the citizen will see it"));
    setAccessibleName(windowTitle());
    resize(560, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Channels such as Zalo and SMS send plain text: bold and italic "
                                "are dropped, lists are sent as lines."),
                             this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(citizenMessage(markdown, unitName), this);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setAccessibleName(tr("Reply as sent to the citizen"));
    m_text->setReadOnly(true);
    m_length = new QLabel(lengthText(m_text->toPlainText().size()), this);
    m_length->setObjectName(QStringLiteral("previewLength"));
    m_length->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_length);
    layout->addWidget(buttons);
    m_text->setFocus();
}

QString ReplyPreviewDialog::message() const
{
    return m_text->toPlainText();
}

QString ReplyPreviewDialog::lengthText(qsizetype characters)
{
    const QString count = tr("%Ln character(s)", nullptr, int(characters));
    if (characters <= kChannelMessageSoftLimit)
        return count;
    return tr("%1 — longer than one Zalo message (%2 characters): it will arrive in several parts.")
        .arg(count, QLocale().toString(kChannelMessageSoftLimit));
}

} // namespace pakn
