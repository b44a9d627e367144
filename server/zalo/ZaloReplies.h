#pragma once

// A published reply to a Zalo case goes to the citizen: first the reply's
// evidence (each photo as an image message, each PDF as a file, ZaloFile),
// then the text with three buttons for the rating (their payloads
// "#danhgia <rating code>" come back as the citizen's message) — last, so the
// buttons sit at the bottom of the chat. Nothing is sent when the citizen's
// last message is older than the reply window (Zalo would refuse it); the
// case records "outside the reply window" instead. The outcome, with how many
// evidence files went, lands in the case's history.

#include "attachments/AttachmentFiles.h"
#include "zalo/ZaloCaseHistory.h"
#include "zalo/ZaloDelivery.h"
#include "zalo/ZaloStore.h"

namespace pakn::server {

class ZaloReplies
{
public:
    static inline const QString ratingWord = QStringLiteral("#danhgia");

    ZaloReplies(ZaloStore &store, ZaloDelivery &delivery, ZaloCaseHistory &history,
                const AttachmentFiles &files, const ZaloSettings &settings,
                std::function<QDateTime()> clock);

    // The case's reply was just published (approved); nothing for other channels' cases.
    void published(const Case &c);
    // The OA message: the reply and the rating buttons.
    static QJsonObject messageFor(const QString &reply);

private:
    // What became of the evidence files so far.
    struct Sending
    {
        QString userId;
        CaseId id = 0;
        QString reply;
        QList<Attachment> evidence; // still to send
        int total = 0;
        int sent = 0;
        QStringList problems;
    };
    void sendEvidence(Sending sending);
    void sendReply(const Sending &sending);
    void record(const Sending &sending, const ZaloSendResult &result, int attempts);

    ZaloStore &m_store;
    ZaloDelivery &m_delivery;
    ZaloCaseHistory &m_history;
    const AttachmentFiles &m_files;
    const ZaloSettings &m_settings;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
