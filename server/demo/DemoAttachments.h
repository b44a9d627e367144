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

#include <QSet>

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

    AttachmentFiles &m_files;
    const DemoUnits &m_units;
    DemoPhotos m_photos;
    DemoRandom m_random;
    QSet<QString> m_stored; // digests already on disk
    int m_photoNumber = 0;  // for file names and ids
};

} // namespace pakn::server
