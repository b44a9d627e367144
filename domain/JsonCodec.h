#pragma once

// JSON codecs for the wire format shared by the server and its clients
// (docs/API.md). Decoding is strict: a missing or mistyped required member
// gives nullopt and a message naming it, never a half-filled value.

#include "Case.h"

#include <QJsonObject>
#include <optional>

namespace pakn {

QString toIsoString(const QDateTime &t); // UTC, milliseconds, "Z"; empty for null
QDateTime fromIsoString(const QString &s);

QJsonObject toJson(const CaseEvent &e);
QJsonObject toJson(const ExtensionRequest &x);
QJsonObject toJson(const Attachment &a);
QJsonObject toJson(const Case &c, bool withHistory = true);
QJsonObject toJson(const Unit &u);
QJsonObject toJson(const Account &a);

std::optional<CaseEvent> caseEventFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<ExtensionRequest> extensionRequestFromJson(const QJsonObject &o,
                                                         QString *error = nullptr);
std::optional<Attachment> attachmentFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Case> caseFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Unit> unitFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Account> accountFromJson(const QJsonObject &o, QString *error = nullptr);

} // namespace pakn
