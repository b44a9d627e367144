#include "cache/ReferenceStore.h"

#include "ClientLogging.h"
#include "DisplayNames.h"
#include "cache/SqlTransaction.h"
#include "domain/ReferenceDataJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn {

ReferenceStore::ReferenceStore(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<ReferenceData> ReferenceStore::load() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT json FROM reference_data WHERE id = 1")) || !q.next())
        return std::nullopt;
    QString error;
    auto data =
        referenceDataFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &error);
    if (!data)
        qCWarning(lcCache) << "the cached reference data is unusable:" << error;
    return data;
}

ReferenceData ReferenceStore::current() const
{
    return load().value_or(ReferenceData::defaults());
}

qint64 ReferenceStore::revision() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT revision FROM reference_data WHERE id = 1")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool ReferenceStore::save(const ReferenceData &data, QString *error)
{
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO reference_data (id, revision, json) VALUES (1, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET revision = excluded.revision,"
                             " json = excluded.json"));
    q.addBindValue(data.revision);
    q.addBindValue(QJsonDocument(toJson(data)).toJson(QJsonDocument::Compact));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

FieldNames::FieldNames(ReferenceData data, bool vietnamese)
    : m_data(std::move(data)), m_vietnamese(vietnamese)
{}

QString FieldNames::name(const QString &code) const
{
    if (const FieldInfo *f = m_data.field(code))
        return m_vietnamese ? f->nameVi : f->nameEn;
    return DisplayNames::field(code);
}

QList<FieldInfo> FieldNames::active() const
{
    QList<FieldInfo> out;
    for (const FieldInfo &f : m_data.fields)
        if (f.active)
            out.append(f);
    return out;
}

} // namespace pakn
