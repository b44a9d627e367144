#include "ScratchDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {
// The maintenance connection to the cluster, opened for one statement.
QSqlDatabase maintenance(const QUrl &cluster, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(cluster.host());
    db.setPort(cluster.port(5432));
    db.setUserName(cluster.userName());
    db.setPassword(cluster.password());
    db.setDatabaseName(cluster.path().mid(1));
    return db;
}
} // namespace

bool ScratchDatabase::onPostgres()
{
    return qEnvironmentVariable("PAKN_TEST_BACKEND") == QLatin1String("postgresql");
}

ScratchDatabase::ScratchDatabase()
{
    if (!onPostgres())
        return;
    const QString cluster = qEnvironmentVariable("PAKN_TEST_POSTGRES");
    if (cluster.isEmpty()) {
        m_error = QStringLiteral("PAKN_TEST_POSTGRES is not set (scripts/run-tests.sh sets it)");
        return;
    }
    m_name = QStringLiteral("pakn_test_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!run(QStringLiteral("CREATE DATABASE ") + m_name)) {
        m_name.clear();
        return;
    }
    QUrl url(cluster);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

ScratchDatabase::~ScratchDatabase()
{
    // FORCE: a server the test killed may still hold a connection.
    if (!m_name.isEmpty())
        run(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"));
}

bool ScratchDatabase::run(const QString &sql)
{
    const QString connection = QStringLiteral("scratch-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = maintenance(QUrl(qEnvironmentVariable("PAKN_TEST_POSTGRES")), connection);
        QSqlQuery q(db);
        ok = db.open() && q.exec(sql);
        if (!ok)
            m_error = QStringLiteral("%1: %2").arg(sql, db.isOpen() ? q.lastError().text()
                                                                    : db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
