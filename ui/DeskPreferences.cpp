#include "DeskPreferences.h"

#include <QCoreApplication>
#include <QSettings>

namespace pakn {

namespace {
QString path(const QString &dir)
{
    return dir + QStringLiteral("/profile.ini"); // the file ClientProfile keeps
}
} // namespace

DeskPreferences DeskPreferences::load(const QString &profileDirectory)
{
    QSettings s(path(profileDirectory), QSettings::IniFormat);
    DeskPreferences p;
    s.beginGroup(QStringLiteral("desk"));
    const int interval =
        s.value(QStringLiteral("syncIntervalSeconds"), p.syncIntervalSeconds).toInt();
    if (interval >= MinInterval && interval <= MaxInterval)
        p.syncIntervalSeconds = interval;
    const int font = s.value(QStringLiteral("fontPointSize"), 0).toInt();
    if (font >= 6 && font <= 32)
        p.fontPointSize = font;
    p.notifyAssigned = s.value(QStringLiteral("notifyAssigned"), true).toBool();
    p.notifySentBack = s.value(QStringLiteral("notifySentBack"), true).toBool();
    p.notifyApproval = s.value(QStringLiteral("notifyApproval"), true).toBool();
    p.notifyDueToday = s.value(QStringLiteral("notifyDueToday"), true).toBool();
    return p;
}

bool DeskPreferences::save(const QString &profileDirectory, QString *error) const
{
    QSettings s(path(profileDirectory), QSettings::IniFormat);
    s.beginGroup(QStringLiteral("desk"));
    s.setValue(QStringLiteral("syncIntervalSeconds"), syncIntervalSeconds);
    s.setValue(QStringLiteral("fontPointSize"), fontPointSize);
    s.setValue(QStringLiteral("notifyAssigned"), notifyAssigned);
    s.setValue(QStringLiteral("notifySentBack"), notifySentBack);
    s.setValue(QStringLiteral("notifyApproval"), notifyApproval);
    s.setValue(QStringLiteral("notifyDueToday"), notifyDueToday);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("pakn::DeskPreferences",
                                                 "The settings file %1 cannot be written.")
                         .arg(path(profileDirectory));
        return false;
    }
    return true;
}

} // namespace pakn
