#pragma once

// Which of a citizen's Zalo messages form one report, and the report becoming
// a case. The rule: every text, image and location message a citizen sends
// while no report of theirs is open starts or joins their report; the report
// is complete when they send "#gui" or `reportWindow` after its first message
// (10 minutes by default), and then becomes one case through CaseIntake
// (texts in order as the description, image URLs listed under it, the last
// location as the case's coordinates); the images are then fetched as the
// case's attachments (MediaImport). The messages wait in the database, so a
// restart loses none. The citizen gets the case number back.

#include "attachments/MediaImport.h"
#include "intake/CaseIntake.h"
#include "zalo/ZaloDelivery.h"
#include "zalo/ZaloEvent.h"
#include "zalo/ZaloStore.h"

namespace pakn::server {

class ZaloReportAssembler
{
public:
    static inline const QString sendWord = QStringLiteral("#gui");

    ZaloReportAssembler(ZaloStore &store, CaseIntake &intake, MediaImport &media,
                        ZaloDelivery &delivery, const ZaloSettings &settings,
                        std::function<QDateTime()> clock);

    // Keeps a message of a report (inside the webhook's transaction); false on a database error.
    bool keep(const ZaloEvent &event);
    // Makes a case of every complete report.
    void assembleDue();

private:
    void assemble(const QString &userId);
    void tell(const QString &userId, const QString &text);

    ZaloStore &m_store;
    CaseIntake &m_intake;
    MediaImport &m_media;
    ZaloDelivery &m_delivery;
    const ZaloSettings &m_settings;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
