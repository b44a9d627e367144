#pragma once

// Vietnamese texts for demo cases, from field-specific templates: titles,
// descriptions, notes, replies and the reasons staff give.

#include "demo/DemoRandom.h"

#include <QString>
#include <QStringList>

namespace pakn::server::DemoTexts {

// Fields a unit of this kind typically handles (department name or "ward").
QStringList fieldsFor(const QString &unitName, const QString &unitKind);

QString title(DemoRandom &random, const QString &field, const QString &street);
QString description(DemoRandom &random, const QString &field, const QString &street);
QString note(DemoRandom &random);
QString reply(DemoRandom &random, const QString &field, const QString &reporterName,
              const QString &unitName);
QString sendBackComment(DemoRandom &random);
QString refuseReason(DemoRandom &random);
QString returnReason(DemoRandom &random);
QString transferReason(DemoRandom &random);
QString extensionReason(DemoRandom &random);
QString mergeReason(DemoRandom &random);
QString closingNote(DemoRandom &random, bool rated);

} // namespace pakn::server::DemoTexts
