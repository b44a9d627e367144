#include "SendConfirmation.h"

#include "CitizenReplyText.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace pakn {

QStringList SendConfirmation::warnings(const QString &message, int evidence)
{
    QStringList out;
    if (message.size() < ShortReplyLength)
        out << tr("The reply has only %n character(s): citizens find short, generic answers "
                  "unsatisfying.",
                  nullptr, int(message.size()));
    if (evidence == 0)
        out << tr("No evidence attached: a reply with photos or documents of what was done is "
                  "more convincing.");
    if (message.size() > kChannelMessageSoftLimit)
        out << tr("The reply is longer than one Zalo message (%1 characters) and will arrive "
                  "in several parts.")
                   .arg(QLocale().toString(kChannelMessageSoftLimit));
    return out;
}

bool SendConfirmation::ask(QWidget *parent, const QString &title, const QString &question,
                           const QString &goAhead, const QStringList &warnings)
{
    QString text = question.toHtmlEscaped();
    if (!warnings.isEmpty()) {
        text += QStringLiteral("<ul>");
        for (const QString &w : warnings)
            text += QStringLiteral("<li>") % w.toHtmlEscaped() % QStringLiteral("</li>");
        text += QStringLiteral("</ul>");
    }
    QMessageBox box(warnings.isEmpty() ? QMessageBox::Question : QMessageBox::Warning, title, text,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("sendConfirmation"));
    box.setTextFormat(Qt::RichText);
    QPushButton *go =
        box.addButton(warnings.isEmpty() ? goAhead : tr("Send anyway"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("goAheadButton"));
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace pakn
