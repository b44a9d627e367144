// POST /open311/v2/requests: a form body, as the route reads it, through
// Open311Submission (key, service, location, then CaseIntake's checks and the
// case's transaction) on a real SQLite database. "@KEY@" in an input is the
// registered client's key, so inputs get past the key check.

#include "FuzzQuiet.h"
#include "FuzzServerData.h"
#include "attachments/AttachmentFiles.h"
#include "attachments/MediaImport.h"
#include "cases/SystemCaseChange.h"
#include "intake/CaseIntake.h"
#include "open311/Open311Submission.h"
#include "reference/ReferenceInForce.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Open311ClientRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>

using namespace pakn::server;

namespace {

struct Open311Parts
{
    explicit Open311Parts(FuzzServerData &data)
        : db(data.database().connection()), clients(db), cases(db), feed(db, cases),
          intake(cases, feed, data.config().clock), files(data.config().attachmentsPath()),
          attachments(db), changes(cases, attachments, feed, data.config().clock),
          media(files, changes, data.config().attachmentLimits), referenceStore(db),
          reference(referenceStore), submission(clients, intake, media, reference)
    {}
    QSqlDatabase db;
    Open311ClientRepository clients;
    CaseRepository cases;
    ChangeFeed feed;
    CaseIntake intake;
    AttachmentFiles files;
    AttachmentRepository attachments;
    SystemCaseChange changes;
    MediaImport media; // a media_url is only queued: the event loop never runs here
    ReferenceRepository referenceStore;
    ReferenceInForce reference;
    Open311Submission submission;
};

FuzzServerData *data = nullptr;
Open311Parts *parts = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    quietLogs();
    static QCoreApplication app(*argc, *argv);
    static FuzzServerData serverData(10);
    static Open311Parts open311(serverData);
    data = &serverData;
    parts = &open311;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray body =
        data->withSecrets(QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size)));
    (void)parts->submission.submit(Open311Submission::formOf(body));
    return 0;
}
