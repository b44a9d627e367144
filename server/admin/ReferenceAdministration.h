#pragma once

// The reference data's administration — holidays, make-up working days,
// office hours, deadline rules, fields, reply templates and the ranking
// weights — shared by
// `pakn-server admin …` and /api/v1/admin/…. Every change reads the stored
// set, edits it, validates the result (overlapping hours, unknown fields …)
// and stores it as the next revision; the server uses it from its next action.

#include "admin/AdminOutcome.h"
#include "storage/ReferenceRepository.h"

#include <functional>

namespace pakn::server {

class ReferenceAdministration
{
public:
    explicit ReferenceAdministration(ReferenceRepository &store);

    std::optional<ReferenceData> current();

    AdminOutcome addHoliday(const QString &date, const QString &name);
    AdminOutcome removeHoliday(const QString &date);
    AdminOutcome addWorkday(const QString &date, const QString &name);
    AdminOutcome removeWorkday(const QString &date);
    AdminOutcome setHours(const QString &periods); // "08:00-12:00,13:00-17:00"
    AdminOutcome setAcceptHours(int hours);
    // `field` empty: the general rule for the urgency.
    AdminOutcome setAnswerHours(const QString &field, const QString &urgency, int hours);
    AdminOutcome removeAnswerRule(const QString &field, const QString &urgency);
    AdminOutcome addField(const QString &code, const QString &nameVi, const QString &nameEn);
    AdminOutcome renameField(const QString &code, const QString &nameVi, const QString &nameEn);
    AdminOutcome setFieldActive(const QString &code, bool active);
    AdminOutcome addTemplate(const QString &field, const QString &title, const QString &body);
    // Unset optionals keep the template's value.
    AdminOutcome editTemplate(qint64 id, const std::optional<QString> &field,
                              const std::optional<QString> &title,
                              const std::optional<QString> &body);
    AdminOutcome removeTemplate(qint64 id);
    // The units' ranking: score = onTime × on-time % + satisfaction × satisfied %;
    // each weight from 0 to 1, together 1 (so a score is a percentage).
    AdminOutcome setRanking(double onTime, double satisfaction);

    // 2026-04-30 or 30/04/2026.
    static std::optional<QDate> parseDate(const QString &text);

private:
    // An edit returns a failure, or nullopt when `data` was changed.
    using Edit = std::function<std::optional<AdminOutcome>(ReferenceData &data)>;
    AdminOutcome change(const Edit &edit, const QString &done);
    AdminOutcome addDay(const QString &date, const QString &name, bool working);
    AdminOutcome removeDay(const QString &date, bool working);

    ReferenceRepository &m_store;
};

} // namespace pakn::server
