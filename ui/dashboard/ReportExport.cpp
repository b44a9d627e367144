#include "ReportExport.h"

#include "FigureText.h"
#include "domain/TextFolding.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <memory>

Q_LOGGING_CATEGORY(lcReportExport, "pakn.ui.export")

namespace pakn {

namespace {

QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
}

// The place line of the form: the city's name without its kind ("Thành phố Hà Nội" → "Hà Nội").
QString placeOf(const QList<Unit> &units)
{
    for (const Unit &u : units) {
        if (u.parentId != 0)
            continue;
        QString name = u.name;
        for (const QString &kind :
             {QStringLiteral("UBND "), QStringLiteral("Thành phố "), QStringLiteral("Tỉnh ")})
            if (name.startsWith(kind, Qt::CaseInsensitive))
                name = name.mid(kind.size());
        return name;
    }
    return {};
}

} // namespace

ReportExport::Writers ReportExport::Writers::standard()
{
    return {writePdfReport, writeXlsxReport, writeCsvReport, printReport};
}

ReportExport::ReportExport(FiguresSource &source, QList<Unit> units, QList<FieldInfo> fields,
                           QWidget *window, Writers writers)
    : QObject(window), m_source(source), m_units(std::move(units)), m_fields(std::move(fields)),
      m_window(window), m_writers(std::move(writers))
{
    connect(&m_source, &FiguresSource::casesLoaded, this, &ReportExport::casesLoaded);
}

ReportExport::~ReportExport() = default;

QString ReportExport::defaultFileName(const FiguresReport &report)
{
    QString scope = foldForSearch(report.unitName);
    scope.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    scope.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (scope.isEmpty())
        scope = QString::number(report.request.unitId);
    QString period = report.request.period.code();
    period.replace(QStringLiteral(".."), QStringLiteral("_"));
    return QStringLiteral("bao-cao-%1-%2.pdf").arg(scope, period);
}

ReportContent ReportExport::contentOf(const FiguresReport &report, QDate today) const
{
    ReportContent content;
    content.report = report;
    for (const FieldInfo &f : m_fields)
        content.fieldNames.insert(f.code, f.nameVi);
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    content.issuingBody = vietnamese.toUpper(report.unitName);
    for (const Unit &u : m_units)
        if (u.id == report.request.unitId)
            for (const Unit &parent : m_units)
                if (parent.id == u.parentId)
                    content.parentBody = vietnamese.toUpper(parent.name);
    content.place = placeOf(m_units);
    content.date = today;
    return content;
}

void ReportExport::exportReport(const FiguresReport &report)
{
    if (isBusy())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pdf = tr("PDF document (*.pdf)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV table (*.csv)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export report"), QDir(folder).filePath(defaultFileName(report)),
        QStringList{pdf, xlsx, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") &&
        suffix != QLatin1String("csv")) {
        // The filter chosen decides when the name has no known ending.
        path += filter == xlsx  ? QStringLiteral(".xlsx")
                : filter == csv ? QStringLiteral(".csv")
                                : QStringLiteral(".pdf");
    }
    exportTo(report, path);
}

void ReportExport::exportTo(const FiguresReport &report, const QString &path)
{
    start(report, Target::File, path);
}

void ReportExport::print(const FiguresReport &report)
{
    if (!isBusy())
        start(report, Target::Printer, {});
}

void ReportExport::start(const FiguresReport &report, Target target, const QString &path)
{
    FigureDrill drill{report.request, std::nullopt, QStringLiteral("report")};
    m_pending = Pending{drill, report, target, path};
    m_busy = new QProgressDialog(tr("Preparing the report…"), QString(), 0, 0, m_window);
    m_busy->setWindowTitle(tr("Export report"));
    m_busy->setWindowModality(Qt::WindowModal);
    m_busy->setMinimumDuration(0);
    m_busy->setAutoClose(false);
    m_busy->show();
    qCInfo(lcReportExport) << "reading the cases of" << report.request.period.code() << "unit"
                           << report.request.unitId;
    m_source.loadCases(drill);
}

void ReportExport::casesLoaded(const FigureDrill &drill, const QList<ReportCase> &cases)
{
    if (!m_pending || !(drill == m_pending->drill))
        return;
    const Pending pending = *std::exchange(m_pending, std::nullopt);
    ReportContent content = contentOf(pending.report, vietnamToday());
    content.cases = cases;
    if (pending.target == Target::Printer)
        printNow(content);
    else
        write(content, pending.path);
}

void ReportExport::write(const ReportContent &content, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const FileWriter writer = suffix == QLatin1String("xlsx")  ? m_writers.xlsx
                              : suffix == QLatin1String("csv") ? m_writers.csv
                                                               : m_writers.pdf;
    if (m_busy)
        m_busy->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_writing = true;
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    // A large report takes seconds to lay out: never on the GUI thread.
    QThread *thread = QThread::create(
        [writer, content, path, outcome] { outcome->ok = writer(content, path, &outcome->error); });
    connect(thread, &QThread::finished, this, [this, thread, path, outcome] {
        thread->deleteLater();
        m_writing = false;
        tell(outcome->ok, path, outcome->error);
    });
    thread->start();
}

void ReportExport::printNow(const ReportContent &content)
{
    if (m_busy)
        m_busy->close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(defaultFileName(content.report).chopped(4));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted) {
        tell(false, {}, {});
        return;
    }
    m_writers.print(content, &printer);
    tell(true, printer.outputFileName(), {});
}

void ReportExport::tell(bool ok, const QString &path, const QString &message)
{
    if (m_busy)
        m_busy->close();
    qCInfo(lcReportExport) << (ok ? "report written" : "report not written") << path << message;
    Q_EMIT finished(ok, path, message);
    if (path.isEmpty() || !m_window)
        return; // printed, or the print dialog was left
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Export report"));
    if (ok) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("The report is saved as %1.").arg(QDir::toNativeSeparators(path)));
        QPushButton *open = box->addButton(tr("&Open folder"), QMessageBox::ActionRole);
        connect(open, &QPushButton::clicked, this, [path] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        });
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("The report could not be saved: %1").arg(message));
    }
    box->addButton(tr("Close"), QMessageBox::RejectRole);
    box->show();
}

} // namespace pakn
