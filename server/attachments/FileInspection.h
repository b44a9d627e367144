#pragma once

// What the server makes of a file's bytes before it keeps them, whoever sent
// them (a staff upload, a photo fetched from a citizen's channel): its type
// from the magic bytes, and for an image its displayed size and thumbnail. A
// file of another type, or an "image" that does not decode, is refused with a
// message for people.

#include "attachments/Thumbnailer.h"
#include "domain/FileSignature.h"

#include <variant>

namespace pakn::server {

struct InspectedFile
{
    FileType type = FileType::Pdf;
    std::optional<ImageFacts> image; // for images only
};

// The file, or why it is refused.
std::variant<InspectedFile, QString> inspectFile(const QByteArray &bytes);

} // namespace pakn::server
