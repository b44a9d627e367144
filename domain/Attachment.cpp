#include "Attachment.h"

namespace pakn {

QString toCode(Attachment::Purpose p)
{
    return p == Attachment::Purpose::Evidence ? QStringLiteral("evidence")
                                              : QStringLiteral("report");
}

std::optional<Attachment::Purpose> attachmentPurposeFromCode(const QString &code)
{
    if (code == QLatin1String("report"))
        return Attachment::Purpose::Report;
    if (code == QLatin1String("evidence"))
        return Attachment::Purpose::Evidence;
    return std::nullopt;
}

} // namespace pakn
