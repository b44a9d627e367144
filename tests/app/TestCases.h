#pragma once

// Builders for the client cache tests: cases, units and accounts with the
// values the tests need and nothing else, plus a cache file in a temporary dir.

#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace testdata {

using namespace pakn;

inline const QDateTime kBase = QDateTime(QDate(2026, 11, 2), QTime(1, 30), Qt::UTC);

inline Case makeCase(CaseId id, CaseStatus status = CaseStatus::InProgress,
                     const QString &title = QString())
{
    Case c;
    c.id = id;
    c.version = 3;
    c.title = title.isEmpty() ? QStringLiteral("Phản ánh số %1").arg(id) : title;
    c.description = QStringLiteral("Mô tả chi tiết của phản ánh.");
    c.reporterName = QStringLiteral("Nguyễn Văn Bình");
    c.reporterPhone = QStringLiteral("******* 678"); // masked, as the server sends it
    c.channel = Channel::Zalo;
    c.receivedAt = kBase.addSecs(id * 60);
    c.field = QStringLiteral("roads");
    c.address = QStringLiteral("Phố Kim Mã, Ba Đình");
    c.unitId = 5;
    c.unitName = QStringLiteral("Phường Kim Mã");
    c.status = status;
    if (status != CaseStatus::New && status != CaseStatus::PendingAcceptance) {
        c.assigneeId = 9;
        c.assigneeName = QStringLiteral("Lê Thị Lan");
        c.answerDeadline = c.receivedAt.addDays(10);
    }
    c.updatedAt = c.receivedAt;
    CaseEvent received;
    received.id = id * 10;
    received.at = c.receivedAt;
    received.action = QStringLiteral("received");
    received.client = QStringLiteral("zalo");
    c.history.append(received);
    return c;
}

inline Account officer()
{
    return {9, QStringLiteral("officer"), QStringLiteral("Lê Thị Lan"), Role::Officer, 5};
}
inline Account leader()
{
    return {8, QStringLiteral("leader"), QStringLiteral("Trần Minh Đức"), Role::Leader, 5};
}

inline QList<Unit> units()
{
    return {{1, 0, QStringLiteral("Thành phố Hà Nội"), QStringLiteral("city")},
            {5, 1, QStringLiteral("Phường Kim Mã"), QStringLiteral("ward")},
            {6, 1, QStringLiteral("Phường Ngọc Hà"), QStringLiteral("ward")}};
}

inline FeedPage pageOf(const QList<Case> &cases, qint64 cursor)
{
    FeedPage page;
    qint64 seq = cursor - cases.size();
    for (const Case &c : cases)
        page.changes.append({++seq, c, 0});
    page.cursor = cursor;
    return page;
}

// The rows a statement reads, each as its values joined by '|' (or the error).
inline QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

// What a cache holds of its cases, row by row, but for the unread marks.
inline QStringList cachedRows(const QSqlDatabase &db)
{
    return rowsOf(db,
                  QStringLiteral("SELECT c.id, version, possible_dup, dup_key, folded, facts_key,"
                                 " coalesce(j.json, c.json) FROM cases AS c"
                                 " LEFT JOIN case_json AS j ON j.id = c.id ORDER BY c.id")) +
           rowsOf(db, QStringLiteral("SELECT * FROM case_facts ORDER BY case_id, seq"));
}

// A fresh cache file that lives as long as the fixture.
class CacheFixture
{
public:
    explicit CacheFixture(QString connection = {})
    {
        static int serial = 0;
        if (connection.isEmpty())
            connection = QStringLiteral("test-%1").arg(++serial);
        QString error;
        auto opened = CacheDatabase::open(path(), connection, &error);
        if (!opened)
            qFatal("cache did not open: %s", qPrintable(error));
        m_cache = std::make_unique<CacheDatabase>(std::move(*opened));
    }
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    QSqlDatabase db() const { return m_cache->db(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

} // namespace testdata
