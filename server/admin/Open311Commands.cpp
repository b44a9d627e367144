#include "admin/Open311Commands.h"

#include "open311/Open311Keys.h"
#include "storage/TransactionGuard.h"

#include <QTimeZone>

namespace pakn::server {

QStringList Open311Commands::commands()
{
    return {QStringLiteral("add"), QStringLiteral("list")};
}

QString Open311Commands::usage()
{
    return QStringLiteral("  open311 add NAME | open311 list\n");
}

ConsoleResult Open311Commands::run(const QString &command, const QStringList &args,
                                   Open311ClientRepository &clients, AdminHistory &history,
                                   const AdminActor &actor)
{
    if (command == QLatin1String("list") && args.isEmpty()) {
        bool ok = false;
        const QList<Open311Client> all = clients.list(&ok);
        if (!ok)
            return {1, {}, QStringLiteral("the database failed; see the log")};
        ConsoleResult result;
        for (const Open311Client &c : all)
            result.output.append(
                QStringLiteral("%1 \"%2\" added %3")
                    .arg(c.id)
                    .arg(c.name,
                         c.createdAt.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate)));
        return result;
    }
    if (command == QLatin1String("add") && args.size() == 1) {
        const QString name = args.first().trimmed();
        if (name.isEmpty() || name.size() > 100)
            return {1, {}, QStringLiteral("a client's name is 1 to 100 characters")};
        const QString key = Open311Keys::generate();
        TransactionGuard transaction(clients.database());
        const auto id =
            clients.add(name, Open311Keys::hashOf(key), QDateTime::currentDateTimeUtc());
        if (!id)
            return {1, {}, QStringLiteral("cannot add \"%1\": the name is taken").arg(name)};
        const QString added = QStringLiteral("open311 client %1 \"%2\" added").arg(*id).arg(name);
        if (!history.record(actor, QStringLiteral("open311.add"), added) || !transaction.commit())
            return {1, {}, QStringLiteral("the database failed; see the log")};
        return {0, {added, QStringLiteral("api key (shown only now): ") + key}, {}};
    }
    return {2, {}, QStringLiteral("bad arguments for \"open311 %1\"").arg(command)};
}

} // namespace pakn::server
