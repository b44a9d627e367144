#pragma once

// The wire and file format of ReferenceData (docs/API.md, "Reference data").
// Decoding is strict like JsonCodec: a missing or mistyped member, a bad date
// or time, or a set that fails validationError() gives nullopt and a message
// naming the problem, never half a value.

#include "ReferenceData.h"

#include <QJsonObject>
#include <optional>

namespace pakn {

QJsonObject toJson(const ReferenceData &data);
std::optional<ReferenceData> referenceDataFromJson(const QJsonObject &o, QString *error = nullptr);

// "08:00-12:00,13:00-17:00" ⇄ periods (the administrator's spelling).
QString periodsToText(const QList<DeadlineCalendar::Period> &periods);
std::optional<QList<DeadlineCalendar::Period>> periodsFromText(const QString &text,
                                                               QString *error = nullptr);

} // namespace pakn
