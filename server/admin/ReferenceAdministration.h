#pragma once

// The reference data's administration — holidays, make-up working days,
// office hours, deadline rules, fields, reply templates and the ranking
// weights — shared by
// `pakn-server admin …` and /api/v1/admin/…. Every change reads the stored
// set, edits it, validates the result (overlapping hours, unknown fields …)
// and stores it as the next revision, with its line in the administration's
// history in the same transaction; the server uses it from its next action.

#include "admin/AdminHistory.h"
#include "storage/ReferenceRepository.h"

#include <functional>

namespace pakn::server {

class ReferenceAdministration
{
public:
    ReferenceAdministration(ReferenceRepository &store, AdminHistory &history);

    std::optional<ReferenceData> current();

    AdminOutcome addHoliday(const QString &date, const QString &name, const AdminActor &actor);
    AdminOutcome removeHoliday(const QString &date, const AdminActor &actor);
    AdminOutcome addWorkday(const QString &date, const QString &name, const AdminActor &actor);
    AdminOutcome removeWorkday(const QString &date, const AdminActor &actor);
    AdminOutcome setHours(const QString &periods,
                          const AdminActor &actor); // "08:00-12:00,13:00-17:00"
    AdminOutcome setAcceptHours(int hours, const AdminActor &actor);
    // `field` empty: the general rule for the urgency.
    AdminOutcome setAnswerHours(const QString &field, const QString &urgency, int hours,
                                const AdminActor &actor);
    AdminOutcome removeAnswerRule(const QString &field, const QString &urgency,
                                  const AdminActor &actor);
    AdminOutcome addField(const QString &code, const QString &nameVi, const QString &nameEn,
                          const AdminActor &actor);
    AdminOutcome renameField(const QString &code, const QString &nameVi, const QString &nameEn,
                             const AdminActor &actor);
    AdminOutcome setFieldActive(const QString &code, bool active, const AdminActor &actor);
    AdminOutcome addTemplate(const QString &field, const QString &title, const QString &body,
                             const AdminActor &actor);
    // Unset optionals keep the template's value.
    AdminOutcome editTemplate(qint64 id, const std::optional<QString> &field,
                              const std::optional<QString> &title,
                              const std::optional<QString> &body, const AdminActor &actor);
    AdminOutcome removeTemplate(qint64 id, const AdminActor &actor);
    // The units' ranking: score = onTime × on-time % + satisfaction × satisfied %;
    // each weight from 0 to 1, together 1 (so a score is a percentage).
    AdminOutcome setRanking(double onTime, double satisfaction, const AdminActor &actor);

    // 2026-04-30 or 30/04/2026.
    static std::optional<QDate> parseDate(const QString &text);

private:
    // An edit returns a failure, or nullopt when `data` was changed.
    using Edit = std::function<std::optional<AdminOutcome>(ReferenceData &data)>;
    AdminOutcome change(const AdminActor &actor, const Edit &edit, const QString &done);
    AdminOutcome addDay(const QString &date, const QString &name, bool working,
                        const AdminActor &actor);
    AdminOutcome removeDay(const QString &date, bool working, const AdminActor &actor);

    ReferenceRepository &m_store;
    AdminHistory &m_history;
};

} // namespace pakn::server
