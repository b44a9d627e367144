#pragma once

// The server's reference data as cached on this PC: the working calendar,
// the deadline rules, the fields with their names and the reply templates.
// Everything that builds WorkflowRules on the client builds them from here,
// so an offline action computes the same deadlines the server will; before
// the first sync the shipped defaults stand in.

#include "domain/ReferenceData.h"

#include <QSqlDatabase>
#include <optional>

namespace pakn {

class ReferenceStore
{
public:
    explicit ReferenceStore(QSqlDatabase db);

    // The cached set, or nullopt when none is cached yet (or it is unreadable).
    std::optional<ReferenceData> load() const;
    // The cached set, else the shipped defaults (revision 0).
    ReferenceData current() const;
    // 0 when nothing is cached.
    qint64 revision() const;
    bool save(const ReferenceData &data, QString *error);

private:
    QSqlDatabase m_db;
};

// A field's name for people: the reference data's (Vietnamese or English),
// else the translated built-in name (DisplayNames), else the code.
class FieldNames
{
public:
    FieldNames(ReferenceData data, bool vietnamese);

    QString name(const QString &code) const;
    // The fields new cases may be routed under, in the administrator's order.
    QList<FieldInfo> active() const;

private:
    ReferenceData m_data;
    bool m_vietnamese;
};

} // namespace pakn
