#pragma once

// Uploads and withdrawals of attachments (PUT and DELETE
// /cases/{id}/attachments/{uuid}). An upload is checked in the contract's
// order (400, 404, an idempotent replay or 409, 403, 415, 422), the file and
// its thumbnail are stored on disk, and then one transaction writes the
// attachment's row, the case's "attach" event, its new version and a new
// feed seq, as CaseActionService does for actions. The checks run again
// inside the transaction: another request may have changed the case while
// the image was being read.

#include "attachments/AttachmentFiles.h"
#include "attachments/Thumbnailer.h"
#include "domain/Attachment.h"
#include "http/ApiReply.h"
#include "http/Authenticator.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"

#include <QUrlQuery>
#include <functional>

namespace pakn::server {

struct AttachmentStores
{
    CaseRepository &cases;
    AttachmentRepository &attachments;
    ChangeFeed &feed;
    AttachmentFiles &files;
};

class AttachmentService
{
public:
    static constexpr qsizetype maxNameLength = 200;

    AttachmentService(AttachmentStores stores, AttachmentLimits limits,
                      std::function<QDateTime()> clock);

    ApiReply upload(const Caller &caller, CaseId id, const QString &uuid, const QUrlQuery &query,
                    const QByteArray &body);
    ApiReply withdraw(const Caller &caller, CaseId id, const QString &uuid);

    // The data of an "attach" event: which file, of what purpose, type and size.
    static QJsonObject attachedData(const Attachment &a);
    // A name fit to show and offer for "Save as": 1 to `maxLength` characters, none a control one.
    static bool isFileName(const QString &name, qsizetype maxLength = maxNameLength);
    // The canonical (lower-case, no braces) form of a UUID, or empty when `text` is not one.
    static QString canonicalUuid(const QString &text);

private:
    // What the checks before storing found: the answer when they end the
    // request, else the case to change.
    struct Check
    {
        std::optional<ApiReply> reply;
        std::optional<Case> current;
    };
    Check check(const Caller &caller, CaseId id, const Attachment &upload);
    // One attempt at storing a checked upload in one transaction.
    ApiReply storeOnce(const Caller &caller, CaseId id, Attachment a, const QByteArray &body,
                       const std::optional<ImageFacts> &image);
    // The case in the caller's scope, or the reply (404, 500) in `check`.
    void findCase(const Caller &caller, CaseId id, Check &check);
    bool save(Case &next);
    CaseEvent event(const Caller &caller, const QString &action, const QString &detail,
                    QJsonObject data) const;

    AttachmentStores m_stores;
    AttachmentLimits m_limits;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
