#pragma once

// A reply's evidence as Zalo takes it: the OA API accepts images as JPEG or
// PNG up to 1 MB and documents as PDF up to 5 MB. A larger photo, or a WebP
// one, is sent as a JPEG made small enough (longest side at most 2,048 px,
// smaller until it fits); a PDF over Zalo's limit cannot be sent.

#include "domain/Attachment.h"

#include <QByteArray>
#include <variant>

namespace pakn::server {

struct ZaloFile
{
    static constexpr qint64 maxImageBytes = 1024 * 1024;
    static constexpr qint64 maxDocumentBytes = 5 * 1024 * 1024;

    QByteArray bytes;
    QString fileName;
    QString contentType;
    bool image = false;

    // What to send for `attachment` whose bytes are `bytes`, or why it cannot go.
    static std::variant<ZaloFile, QString> from(const Attachment &attachment,
                                                const QByteArray &bytes);
};

} // namespace pakn::server
