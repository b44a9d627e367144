#pragma once

// The real names the demo data is made of: the units of Hanoi's 2024 PAKN
// pilot (departments, districts and their wards/communes, the drainage
// company), the named demo accounts, Vietnamese personal names and streets.

#include "demo/DemoRandom.h"
#include "domain/CaseTypes.h"

#include <QString>
#include <QStringList>

namespace pakn::server::DemoCatalog {

struct UnitSpec
{
    QString name;
    QString kind;
    QString parent; // empty for the city
};

// Parents come before their children.
const QList<UnitSpec> &units();
QString cityName();
QString kimMa();
QString ngocHa();
QString baDinh();

struct AccountSpec
{
    QString login;
    QString displayName;
    Role role;
    QString unit;
};

// The accounts the README names (coordinator, leader, officer, …).
const QList<AccountSpec> &namedAccounts();

// "Phường Cống Vị" → "phuong-cong-vi", for logins such as leader.phuong-cong-vi.
QString slug(const QString &unitName);

QString personName(DemoRandom &random, bool female);
QString phoneNumber(DemoRandom &random);

// Streets near a unit, with their kind ("phố Kim Mã", "Đường Láng").
const QStringList &streetsNear(const QString &unitName);
// The district (or "Thành phố Hà Nội") a unit lies in, for addresses.
QString districtOf(const QString &unitName);

} // namespace pakn::server::DemoCatalog
