#pragma once

// The citizen's rating, back from a rating button ("#danhgia satisfied",
// "#danhgia acceptable", "#danhgia not_satisfied"): the Rate action on their
// newest answered, unrated Zalo case, taken as the channel's account (the
// same action and checks as any rating, so it lands in the figures).

#include "cases/CaseActionService.h"
#include "storage/AccountRepository.h"
#include "storage/UnitRepository.h"
#include "zalo/ZaloEvent.h"
#include "zalo/ZaloSettings.h"
#include "zalo/ZaloStore.h"

namespace pakn::server {

class ZaloRatings
{
public:
    ZaloRatings(ZaloStore &store, CaseRepository &cases, CaseActionService &actions,
                AccountRepository &accounts, UnitRepository &units, const ZaloSettings &settings);

    // The rating code of a message that is a rating button's payload.
    static std::optional<QString> ratingOf(const ZaloEvent &event);
    // True when a case was rated.
    bool rate(const ZaloEvent &event);

private:
    std::optional<Caller> channelCaller();

    ZaloStore &m_store;
    CaseRepository &m_cases;
    CaseActionService &m_actions;
    AccountRepository &m_accounts;
    UnitRepository &m_units;
    const ZaloSettings &m_settings;
};

} // namespace pakn::server
