#pragma once

// The desktop client's own settings, kept in the profile's settings file
// (group "desk") next to what ClientProfile stores: how often to sync, the
// font size, and which notifications to show.

#include <QString>

namespace pakn {

struct DeskPreferences
{
    int syncIntervalSeconds = 30;
    int fontPointSize = 0; // 0: the system's size
    bool notifyAssigned = true;
    bool notifySentBack = true;
    bool notifyApproval = true;
    bool notifyDueToday = true;

    static constexpr int MinInterval = 10;
    static constexpr int MaxInterval = 3600;

    // Missing or out-of-range values fall back to the defaults.
    static DeskPreferences load(const QString &profileDirectory);
    bool save(const QString &profileDirectory, QString *error) const;

    friend bool operator==(const DeskPreferences &, const DeskPreferences &) = default;
};

} // namespace pakn
