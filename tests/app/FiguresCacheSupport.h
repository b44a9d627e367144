#pragma once

// What the figures' cache tests share: the cached facts read back in a
// stable order, cases stored as a sync stores them, the figures fixture in a
// cache, and one-line SQL for setting up a state.

#include "FiguresFixture.h"
#include "TestCases.h"
#include "cache/CaseFactStore.h"
#include "cache/ReferenceStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace testdata {

inline QList<CaseFact> sorted(QList<CaseFact> facts)
{
    std::sort(facts.begin(), facts.end(), [](const CaseFact &a, const CaseFact &b) {
        return std::tie(a.caseId, a.at, a.kind) < std::tie(b.caseId, b.at, b.kind);
    });
    return facts;
}

inline QList<CaseFact> storedFacts(const QSqlDatabase &db)
{
    FactSelection all;
    all.from =
        QDateTime::fromMSecsSinceEpoch(0, Qt::UTC); // Open facts without a start are stored at 0
    all.to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    all.openDueBefore = all.from;
    QString error;
    const auto facts = CaseFactStore(db).read(all, &error);
    if (!facts)
        qWarning("reading the facts failed: %s", qPrintable(error));
    return sorted(facts.value_or(QList<CaseFact>{}));
}

inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1String(": ") + sql));
}

inline bool store(CaseStore &cases, const QList<Case> &list, qint64 cursor)
{
    QString error;
    const bool ok = cases.applyFeedPage(pageOf(list, cursor), &error);
    if (!ok)
        qWarning("storing cases failed: %s", qPrintable(error));
    return ok;
}

// The fixture's city, staff, reference data and cases in a cache, as a sync leaves them.
inline void storeFixture(const QSqlDatabase &db, const pakn::fixture::FiguresFixture &x)
{
    CaseStore cases(db);
    QString error;
    QVERIFY2(cases.replaceUnits(x.units, &error), qPrintable(error));
    QList<Account> accounts;
    for (const auto &a : x.accounts)
        accounts.append(a.account);
    QVERIFY2(cases.replaceAccounts(accounts, &error), qPrintable(error));
    QVERIFY2(ReferenceStore(db).save(x.reference, &error), qPrintable(error));
    QVERIFY(store(cases, x.cases, x.cases.size()));
}

} // namespace testdata
