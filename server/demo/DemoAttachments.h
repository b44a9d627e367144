#pragma once

// Puts photos on some demo cases, as if they had been uploaded while the
// story happened: about one case in five has one to three photos from the
// report (each with its "attach" event just after the case arrived), and some
// answered cases carry an evidence photo attached before the reply was
// submitted. Has its own random stream, so the cases themselves are the same
// with or without photos. The files are stored once each (content-addressed).

#include "attachments/AttachmentFiles.h"
#include "demo/DemoCaseBuilder.h"
#include "demo/DemoPhotos.h"

#include <QHash>
#include <optional>

namespace pakn::server {

class DemoAttachments
{
public:
    DemoAttachments(AttachmentFiles &files, const DemoUnits &units);

    bool addTo(DemoCase &built, QString *error);

private:
    bool addReportPhotos(DemoCase &built, QString *error);
    bool addEvidence(DemoCase &built, QString *error);
    // The attachment of `scene`, its file stored, and its "attach" event at `index` of the history.
    bool attach(DemoCase &built, DemoPhotos::Scene scene, Attachment::Purpose purpose,
                const Actor &by, qsizetype index, const QDateTime &at, QString *error);

    // The description of a drawn photo (type, size, digest, pixels), drawn and
    // stored on first use: a few photos serve every case.
    std::optional<Attachment> storedPhoto(DemoPhotos::Scene scene, int variant, QString *error);

    AttachmentFiles &m_files;
    const DemoUnits &m_units;
    DemoRandom m_random;
    QHash<int, Attachment> m_stored; // by scene and variant
    int m_photoNumber = 0;           // for file names and ids
};

} // namespace pakn::server
