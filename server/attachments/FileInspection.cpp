#include "attachments/FileInspection.h"

namespace pakn::server {

std::variant<InspectedFile, QString> inspectFile(const QByteArray &bytes)
{
    const auto type = detectFileType(bytes);
    if (!type)
        return QStringLiteral("Only %1 files can be attached").arg(acceptedFileTypesText());
    InspectedFile file;
    file.type = *type;
    if (isImage(*type)) {
        QString error;
        file.image = Thumbnailer::read(bytes, &error);
        if (!file.image)
            return error;
    }
    return file;
}

} // namespace pakn::server
