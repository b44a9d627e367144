#include "files/CaseFiles.h"

#include "cache/CaseStore.h"
#include "files/DiskWork.h"
#include "net/ApiClient.h"

#include <QFile>
#include <QFileInfo>

namespace pakn {

namespace {

struct Prepared
{
    std::optional<PreparedFile> file;
    QString error;
};

} // namespace

CaseFiles::CaseFiles(QSqlDatabase db, const QString &profileDirectory,
                     const ServerEndpoint &endpoint, const QByteArray &token, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_files(profileDirectory),
      m_api(std::make_unique<ApiClient>(endpoint)),
      m_transfer(std::make_unique<AttachmentTransfer>(*m_api, m_files))
{
    m_api->setToken(token);
    m_api->setTimeout(120000); // ten megabytes over a slow office line
}

CaseFiles::~CaseFiles() = default;

void CaseFiles::whenCached(CaseId caseId, const Attachment &a, QObject *context, Fetched done)
{
    // One answer for this attachment, then both connections go.
    auto ready = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    const QString id = a.id;
    *ready = connect(m_transfer.get(), &AttachmentTransfer::fileReady, context,
                     [id, ready, failed, done](const QString &which, const QString &path) {
                         if (which != id)
                             return;
                         disconnect(*ready);
                         disconnect(*failed);
                         done(path, {}, false);
                     });
    *failed = connect(
        m_transfer.get(), &AttachmentTransfer::fileFailed, context,
        [id, ready, failed, done](const QString &which, const QString &error, bool offline) {
            if (which != id)
                return;
            disconnect(*ready);
            disconnect(*failed);
            done({}, error, offline);
        });
    m_transfer->fetchFile(caseId, a);
}

void CaseFiles::saveCopy(CaseId caseId, const Attachment &a, const QString &target,
                         QObject *context, std::function<void(const QString &error)> done)
{
    whenCached(caseId, a, context,
               [context, target, done](const QString &path, const QString &error, bool) {
                   if (path.isEmpty())
                       return done(error);
                   runOffThread<QString>(
                       context,
                       [path, target] {
                           QFile::remove(target); // the user already agreed to replace it
                           return QFile::copy(path, target)
                                      ? QString()
                                      : tr("The file could not be written to %1.").arg(target);
                       },
                       done);
               });
}

bool CaseFiles::mayAttach(const Case &c, Attachment::Purpose purpose) const
{
    const auto me = CaseStore(m_db).me();
    return me && AttachmentQueue::whyNot(c, *me, purpose).isEmpty();
}

QString CaseFiles::whyNotWithdraw(CaseId id, const Attachment &a) const
{
    const CaseStore store(m_db);
    const auto me = store.me();
    const auto c = store.caseById(id);
    return me && c ? AttachmentQueue::whyNotWithdraw(*c, *me, a) : QStringLiteral("-");
}

void CaseFiles::attach(CaseId id, const QStringList &paths, Attachment::Purpose purpose)
{
    for (const QString &path : paths) {
        ++m_attaching;
        const AttachmentLimits limits = m_limits;
        runOffThread<Prepared>(
            this,
            [path, purpose, limits] {
                Prepared p;
                p.file = AttachmentQueue::prepare(path, purpose, limits, &p.error);
                return p;
            },
            [this, id, path](const Prepared &p) {
                --m_attaching;
                QString error = p.error;
                std::optional<Attachment> queued;
                if (p.file)
                    queued = AttachmentQueue(m_db, m_files, m_limits).queue(id, *p.file, &error);
                if (!queued) {
                    Q_EMIT attachFailed(id, QFileInfo(path).fileName(), error);
                    return;
                }
                Q_EMIT attached(id, *queued);
                Q_EMIT caseChanged(id);
            });
    }
}

bool CaseFiles::withdraw(CaseId id, const QString &attachmentId, QString *error)
{
    if (!AttachmentQueue(m_db, m_files, m_limits).withdraw(id, attachmentId, error))
        return false;
    Q_EMIT caseChanged(id);
    return true;
}

} // namespace pakn
