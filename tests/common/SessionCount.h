#pragma once

// How many sessions a test server holds for one account, read straight from
// its SQLite file: what tests of logging out compare, whatever the clients say.

#include "ServerProcess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// -1 when the database cannot be read.
inline int sessionCount(const ServerProcess &server, const QString &login)
{
    const QString connection = QStringLiteral("session-count");
    int count = -1;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(server.database());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (db.open() && q.prepare(QStringLiteral("SELECT count(*) FROM sessions s JOIN accounts a"
                                                  " ON a.id = s.account_id WHERE a.login = ?"))) {
            q.addBindValue(login);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}
