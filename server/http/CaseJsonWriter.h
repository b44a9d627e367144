#pragma once

// A case (and its history) as JSON, written with JsonWriter. The text decodes
// to exactly what pakn::toJson(const Case &) gives (a test holds them equal);
// it exists only because the feed needs it fast. The reporter's phone is
// written masked (domain/PhoneMask.h): only revealReplyBody has it in full.

#include "domain/Case.h"
#include "http/JsonWriter.h"

namespace pakn::server {

void writeCase(JsonWriter &w, const Case &c, bool withHistory = true);
void writeEvent(JsonWriter &w, const CaseEvent &e);
void writeAttachment(JsonWriter &w, const Attachment &a);
QByteArray caseReplyBody(const Case &c); // {"case": Case}
// The same around a case already written by writeCase (CaseFeedJson::of).
QByteArray caseReplyBody(const QByteArray &caseJson);
// The answer to reveal_contact: {"case": Case, "reporterPhone": the full number}.
QByteArray revealReplyBody(const Case &c);

} // namespace pakn::server
