#pragma once

// The texts kill_client_driver writes and tst_kill_client looks for: a note
// carries a marker found nowhere else; a draft's number gives its whole text
// (about 2 KB, so that an autosave spans several database pages).

#include <QString>

namespace killtest {

inline QString noteText(const QString &marker)
{
    return QStringLiteral("Ghi chú thử tắt máy ") + marker;
}

inline QString draftText(int number)
{
    return QStringLiteral("Bản nháp trả lời số %1. ").arg(number).repeated(60);
}

} // namespace killtest
