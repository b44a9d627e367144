#pragma once

// Export and print of the dashboard's report through the report writers
// (app/report): the cases behind the figures are read first (through the
// FiguresSource, off the GUI thread), then the file is written on a thread
// of its own under a busy indicator, and the user is told where it is, with
// a button that opens the folder. Reports are Vietnamese documents whatever
// the UI language (the administrative form).

#include "FiguresSource.h"
#include "domain/ReferenceData.h"
#include "report/ReportContent.h"

#include <QPointer>
#include <functional>

class QProgressDialog;
class QWidget;

namespace pakn {

class ReportExport : public QObject
{
    Q_OBJECT
public:
    using FileWriter = std::function<bool(const ReportContent &, const QString &, QString *)>;
    struct Writers
    {
        FileWriter pdf;
        FileWriter xlsx;
        FileWriter csv;
        std::function<void(const ReportContent &, QPagedPaintDevice *)> print;
        static Writers standard(); // the app/report writers
    };

    ReportExport(FiguresSource &source, QList<Unit> units, QList<FieldInfo> fields, QWidget *window,
                 Writers writers = Writers::standard());
    ~ReportExport() override;

    // Asks for a file (PDF, xlsx or CSV), then writes the report there.
    void exportReport(const FiguresReport &report);
    // Writes to `path` without asking (the format by its suffix).
    void exportTo(const FiguresReport &report, const QString &path);
    // Asks for a printer (QPrintDialog), then prints the report's pages.
    void print(const FiguresReport &report);
    // "bao-cao-<scope>-<period>.pdf": the unit's name without diacritics.
    static QString defaultFileName(const FiguresReport &report);
    // What a report document is made of, besides the figures and the cases.
    ReportContent contentOf(const FiguresReport &report, QDate today) const;
    bool isBusy() const { return m_pending.has_value() || m_writing; }

Q_SIGNALS:
    void finished(bool ok, const QString &path, const QString &message);

private:
    enum class Target
    {
        File,
        Printer
    };
    struct Pending
    {
        FigureDrill drill;
        FiguresReport report;
        Target target;
        QString path;
    };
    void start(const FiguresReport &report, Target target, const QString &path);
    void casesLoaded(const FigureDrill &drill, const QList<ReportCase> &cases);
    void write(const ReportContent &content, const QString &path);
    void printNow(const ReportContent &content);
    void tell(bool ok, const QString &path, const QString &message);

    FiguresSource &m_source;
    QList<Unit> m_units;
    QList<FieldInfo> m_fields;
    QPointer<QWidget> m_window;
    Writers m_writers;
    std::optional<Pending> m_pending;
    bool m_writing = false;
    QPointer<QProgressDialog> m_busy;
};

} // namespace pakn
