#pragma once

// This computer's copy of the cases: the cache database with its WAL, SHM and
// journal files (the reply drafts live in it) and the attachments' file cache
// beside it (<dir>/files, with the files waiting for upload). Deleting it
// leaves the profile's settings; the next login downloads the cases again.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pakn {

class LocalCopy
{
    Q_DECLARE_TR_FUNCTIONS(pakn::LocalCopy)

public:
    explicit LocalCopy(QString cachePath);

    // Work that is on this computer only and would be lost with it.
    struct Unsent
    {
        int actions = 0; // outbox entries (replies, transitions, uploads)
        int drafts = 0;  // saved reply drafts
        bool any() const { return actions > 0 || drafts > 0; }
    };
    // Read through an open connection to the cache.
    static Unsent unsentIn(const QSqlDatabase &db);
    // Read with a connection of its own; nothing when there is no cache file.
    std::optional<Unsent> unsent(QString *error) const;

    // Deletes the database files and moves the attachments folder aside (one
    // rename, so a new cache can start at once); returns the moved folder
    // (empty when there was none) for removeMovedFolder(), which may take long
    // and can run on another thread. No connection to the cache may be open.
    std::optional<QString> remove(QString *error) const;
    static bool removeMovedFolder(const QString &folder);

    // Whether any of its files is still there (for tests and checks).
    bool exists() const;

private:
    QStringList databaseFiles() const;
    QString filesFolder() const;

    QString m_cachePath;
};

} // namespace pakn
