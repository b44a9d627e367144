#include "ReplyPreviewDialog.h"

#include "CitizenReplyText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
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
    // attach-client: the evidence as the citizen gets it with the message.
    m_evidenceTitle = new QLabel(this);
    m_evidenceTitle->setObjectName(QStringLiteral("previewEvidenceTitle"));
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("previewEvidence"));
    m_evidence->setAccessibleName(tr("Evidence sent with the reply"));
    m_evidence->setViewMode(QListView::IconMode);
    m_evidence->setFlow(QListView::LeftToRight);
    m_evidence->setWrapping(false);
    m_evidence->setIconSize(QSize(64, 64));
    m_evidence->setFixedHeight(64 + fontMetrics().height() * 2 + 12);
    m_evidence->hide();
    layout->addWidget(m_evidenceTitle);
    layout->addWidget(m_evidence);
    setEvidence({});
    layout->addWidget(buttons);
    m_text->setFocus();
}

void ReplyPreviewDialog::setEvidence(const QList<std::pair<QIcon, QString>> &items)
{
    m_evidence->clear();
    for (const auto &[icon, name] : items)
        new QListWidgetItem(icon, name, m_evidence);
    m_evidence->setVisible(!items.isEmpty());
    m_evidenceTitle->setText(items.isEmpty() ? tr("No photos or documents go with this reply.")
                                             : tr("Sent with the reply: %n photo(s) or document(s)",
                                                  nullptr, int(items.size())));
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
