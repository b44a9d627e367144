#pragma once

// The question asked before a reply leaves the officer (submit) or goes out
// to the citizen (approve), with what is worth a second look listed: a very
// short text, no evidence attached, longer than one channel message. The
// safe answer (keep editing) is the default.

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace pakn {

class SendConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(pakn::SendConfirmation)

public:
    static constexpr int ShortReplyLength = 20;

    // `message` is the reply as the citizen receives it; `evidence` the
    // number of attached photos and documents (none until issue 6).
    static QStringList warnings(const QString &message, int evidence);

    // True when the user chose to go ahead.
    static bool ask(QWidget *parent, const QString &title, const QString &question,
                    const QString &goAhead, const QStringList &warnings);
};

} // namespace pakn
