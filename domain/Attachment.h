#pragma once

// A photo or document on a case: what the citizen sent with the report, or
// the evidence staff attach to a reply. The bytes live outside the database
// (on the server's disk, in the client's file cache); the case carries only
// this description. docs/API.md, "Attachments".

#include <QDateTime>
#include <QString>
#include <optional>

namespace pakn {

struct Attachment
{
    enum class Purpose
    {
        Report,   // what was reported: the citizen's photos, or ones staff took on site
        Evidence, // proof that goes to the citizen with the reply
    };
    QString id; // a UUID chosen by the uploader, so an offline client can refer to it
    Purpose purpose = Purpose::Report;
    QString fileName;    // as the uploader named it; only for display and "Save as"
    QString contentType; // from the content's magic bytes, never from the uploader
    qint64 size = 0;     // bytes
    QString sha256;      // lower-case hex of the content
    int width = 0;       // pixels, images only
    int height = 0;
    QDateTime uploadedAt;
    qint64 uploadedById = 0;
    QString uploadedByName;
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

QString toCode(Attachment::Purpose p);
std::optional<Attachment::Purpose> attachmentPurposeFromCode(const QString &code);

// The limits both sides check: the client before it queues an upload (a clear
// error at once, even offline), the server before it stores one. The server's
// are configurable; these are the defaults.
struct AttachmentLimits
{
    qint64 maxFileBytes = 10 * 1024 * 1024;
    int maxPerCase = 20;
};

} // namespace pakn
