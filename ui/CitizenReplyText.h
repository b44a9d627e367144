#pragma once

// The reply as the citizen receives it through a channel that sends plain
// text (Zalo, SMS, the portal): the stored Markdown without its marks, lists
// as "• " or "1. " lines, and the answering unit's signature line at the end.

#include <QString>

namespace pakn {

// Zalo's limit for one text message: longer replies arrive split in parts.
constexpr int kChannelMessageSoftLimit = 2000;

QString citizenPlainText(const QString &markdown);
// The whole message: the plain text, then "— <unit>" when the unit is known.
QString citizenMessage(const QString &markdown, const QString &unitName);

} // namespace pakn
