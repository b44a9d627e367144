// The Vietnamese translation is complete: every tr() string of the desktop
// client and its library (extracted afresh with lupdate) has a finished
// translation in translations/pakn_vi.ts. Strings a branch added and listed
// in translations/incoming/*.tsv count as translated until the lead merges
// them into the .ts. A failure lists the missing sources.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            // lupdate run without the build's include paths may miss the namespace.
            context = xml.readElementText();
            context.remove(QStringLiteral("pakn::"));
        } else if (xml.name() == QLatin1String("message"))
            m = Message{context, {}, false};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as <numerusform> children; any text counts.
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            m.finished = type.isEmpty() && !text.isEmpty();
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                out.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> incomingSources(const QString &dir)
{
    QSet<QString> out;
    for (const QFileInfo &info : QDir(dir).entryInfoList({QStringLiteral("*.tsv")}, QDir::Files)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line);
            const qsizetype tab = text.indexOf(QLatin1Char('\t'));
            if (tab > 0 && !text.mid(tab + 1).trimmed().isEmpty())
                out.insert(text.left(tab));
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vietnameseHasEveryString()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(PAKN_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QLatin1Char('@') + QStringLiteral(PAKN_TR_SOURCES),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> extracted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(extracted.size() > 100);
        const QList<Message> vi =
            readTs(QStringLiteral(PAKN_SOURCE_DIR "/translations/pakn_vi.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> done;
        for (const Message &m : vi)
            if (m.finished)
                done.insert(m.context + QLatin1Char('\x1f') + m.source);
        const QSet<QString> incoming =
            incomingSources(QStringLiteral(PAKN_SOURCE_DIR "/translations/incoming"));

        QStringList missing;
        for (const Message &m : extracted)
            if (!done.contains(m.context + QLatin1Char('\x1f') + m.source) &&
                !incoming.contains(m.source))
                missing.append(m.context + QStringLiteral(": ") + m.source);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) without a Vietnamese "
                                                              "translation:\n")
                                                   .arg(missing.size()) +
                                               missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
