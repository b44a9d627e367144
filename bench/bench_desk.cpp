// The workbench at city scale, measured on the real window: opens a profile
// (bench_fill_cache makes one with a million cases) through DeskSession as
// pakn-desk does, then
//  - types search words into the real search box, a key every TYPING_MS, and
//    takes for each keystroke the time until the table has painted results
//    that include it (p50/p95, whole words and prefixes while typing);
//  - runs the same searches against CaseStore directly (the query alone) as
//    the desk reads them: the rows the table shows first, then the rest of
//    the first page; beside a LIKE scan over the folded text (issue 7's baseline);
//  - scrolls the largest queue of the user's role from top to bottom with
//    PageDown, wheel steps and Ctrl+End, timing each step to its paint;
//  - reads the resident memory (VmRSS, and the peak VmHWM) after each part.
// The server is gone: the desk runs offline, as the GUI thread never waits on
// the network anyway. Run under QT_QPA_PLATFORM=offscreen or Xvfb.
// Usage: bench_desk PROFILE_DIR [TYPING_MS] [PAGEDOWN_STEPS] [WHEEL_STEPS] [SEARCH_DELAY_MS]
//   SEARCH_DELAY_MS: the search box's pause before searching (the window's own if not given).
//   BENCH_SKIP_SEARCH=1 in the environment: scrolling and memory only.
//   BENCH_VERBOSE=1: each search query's own time as well.

#include "BenchSupport.h"
#include "CaseTableModel.h"
#include "CaseTableView.h"
#include "ClientProfile.h"
#include "DeskSession.h"
#include "MainWindow.h"
#include "QueueListModel.h"
#include "SearchBox.h"
#include "UiLanguage.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseJsonMove.h"
#include "cache/CaseQuerySql.h"
#include "cache/CaseStore.h"
#include "domain/TextFolding.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>
#include <QWheelEvent>
#include <cstdio>

using namespace pakn;
using namespace pakn::bench;

namespace {

QElapsedTimer g_clock;

double now()
{
    return g_clock.nsecsElapsed() / 1e6;
}

// Peak resident memory of the process so far (VmHWM), in KiB.
long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void memory(const char *when)
{
    row(when, QStringLiteral("RSS %1 MiB, peak (VmHWM) %2 MiB")
                  .arg(rssKiB() / 1024)
                  .arg(peakKiB() / 1024));
}

// Times the end of every paint of the table's viewport: the paint runs inside
// the filter, so the time taken after it is when the rows are on screen.
class PaintClock : public QObject
{
public:
    explicit PaintClock(QWidget *viewport) : m_viewport(viewport)
    {
        viewport->installEventFilter(this);
    }
    int paints = 0;
    double lastPaintEnd = 0;
    std::function<void(double)> onPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_viewport || event->type() != QEvent::Paint || m_inside)
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        lastPaintEnd = now();
        ++paints;
        if (onPaint)
            onPaint(lastPaintEnd);
        return true;
    }

private:
    QWidget *m_viewport;
    bool m_inside = false;
};

// Runs the event loop for `ms` milliseconds.
void spin(double ms)
{
    const double until = now() + ms;
    while (now() < until)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Runs the event loop until the viewport has painted after `since`; -1 when
// nothing was painted within 1 s (the step changed nothing, e.g. at the end).
double untilPainted(PaintClock &paints, int before, double since)
{
    while (paints.paints == before && now() - since < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return paints.paints == before ? -1 : paints.lastPaintEnd - since;
}

QString figures(const QList<double> &ms)
{
    if (ms.isEmpty())
        return QStringLiteral("no samples");
    return QStringLiteral("%1 (n = %2, worst %3 ms)")
        .arg(medianAndP95(ms))
        .arg(ms.size())
        .arg(*std::max_element(ms.cbegin(), ms.cend()), 0, 'f', 1);
}

const QStringList kPhrases = {
    QStringLiteral("duong"),     QStringLiteral("nga tu"),    QStringLiteral("rac thai"),
    QStringLiteral("den duong"), QStringLiteral("ngap nuoc"), QStringLiteral("cay xanh"),
    QStringLiteral("o ga"),      QStringLiteral("tieng on"),  QStringLiteral("via he"),
    QStringLiteral("nuoc thai"), QStringLiteral("lan chiem"), QStringLiteral("hang quan"),
};

struct Keystroke
{
    double at = 0;
    QString text; // trimmed box text after the key
    bool wholeWord = false;
    double latency = -1;
};

void searchAsTyped(MainWindow &window, PaintClock &paints, int typingMs)
{
    SearchBox *box = window.searchBox();
    CaseTableModel *model = window.caseModel();
    QList<Keystroke> keys;
    // Which text the rows painted next were read for.
    QString resultText;
    bool resultPending = false;
    const auto connection = QObject::connect(model, &QAbstractItemModel::modelReset, [&] {
        resultText = model->query().search;
        resultPending = true;
    });
    paints.onPaint = [&](double at) {
        if (!resultPending)
            return;
        resultPending = false;
        int last = -1;
        for (int i = 0; i < keys.size(); ++i)
            if (keys.at(i).text == resultText && keys.at(i).at <= at)
                last = i;
        for (int i = 0; i <= last; ++i)
            if (keys.at(i).latency < 0)
                keys[i].latency = at - keys.at(i).at;
    };
    for (int round = 0; round < 3; ++round) {
        for (const QString &phrase : kPhrases) {
            box->setFocus();
            box->clear();
            spin(300);
            const int first = int(keys.size());
            for (int i = 0; i < phrase.size(); ++i) {
                const QString typed = phrase.left(i + 1).trimmed();
                // A space changes nothing to search for: no new results are due.
                const bool same = i > 0 && typed == phrase.left(i).trimmed();
                const bool whole = i + 1 == phrase.size() || phrase.at(i + 1) == QLatin1Char(' ');
                const double at = now();
                QTest::keyClick(box, phrase.at(i).toLatin1());
                if (!same)
                    keys.append({at, typed, whole});
                spin(typingMs);
            }
            spin(500);
            for (int i = first; i < keys.size(); ++i)
                if (keys.at(i).latency < 0)
                    keys[i].latency = 2000; // never painted: counted as a 2 s miss
        }
    }
    QObject::disconnect(connection);
    paints.onPaint = {};
    box->clear();
    spin(500);
    QList<double> whole, prefix, all;
    for (const Keystroke &k : keys) {
        (k.wholeWord ? whole : prefix).append(k.latency);
        all.append(k.latency);
    }
    std::printf(
        "\nSearch box, keystroke → results painted (a key every %d ms, %lld phrases × 3):\n\n",
        typingMs, static_cast<long long>(kPhrases.size()));
    row("every keystroke", figures(all));
    row("keystrokes that end a word", figures(whole));
    row("keystrokes inside a word (prefix)", figures(prefix));
}

// As the desk reads a search as typed (CaseTableModel::setSearch): its first
// `firstRows` rows, then the rest of the first page of `pageSize` after them.
void searchQueries(const CaseStore &store, Queue queue, int firstRows, int pageSize)
{
    QList<double> whole, prefix, wholePage, prefixPage, like;
    const bool verbose = qEnvironmentVariableIntValue("BENCH_VERBOSE") != 0;
    QSqlQuery q(store.database());
    for (int round = 0; round < 3; ++round)
        for (const QString &phrase : kPhrases)
            for (int i = 0; i < phrase.size(); ++i) {
                if (phrase.at(i) == QLatin1Char(' '))
                    continue;
                const bool whole1 = i + 1 == phrase.size() || phrase.at(i + 1) == QLatin1Char(' ');
                CaseQuery query;
                query.queue = queue;
                query.search = phrase.left(i + 1);
                QElapsedTimer t;
                t.start();
                const QList<CaseRow> rows = store.page(query, {}, firstRows);
                const double ms = t.nsecsElapsed() / 1e6;
                qsizetype all = rows.size();
                if (rows.size() == firstRows && firstRows < pageSize)
                    all += store
                               .page(query, {rows.constLast().sortValue, rows.constLast().id},
                                     pageSize - firstRows)
                               .size();
                const double pageMs = t.nsecsElapsed() / 1e6;
                (whole1 ? whole : prefix).append(ms);
                (whole1 ? wholePage : prefixPage).append(pageMs);
                if (verbose)
                    std::printf("query \"%s\" (%s): %.1f ms, %lld rows; %.1f ms, %lld rows\n",
                                qPrintable(query.search), whole1 ? "whole word" : "prefix", ms,
                                static_cast<long long>(rows.size()), pageMs,
                                static_cast<long long>(all));
                if (!whole1 || round > 0 || like.size() >= 4) // each can be a scan of 5 GB
                    continue;
                // Baseline: the same first rows by LIKE over the folded text,
                // newest first, one term per word (each a substring match).
                QStringList terms;
                QVariantList values;
                for (const QString &word :
                     foldForSearch(query.search).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    terms.append(QStringLiteral("folded LIKE ?"));
                    values.append(QString(QStringLiteral("%") + word + QStringLiteral("%")));
                }
                q.prepare(QStringLiteral("SELECT id, title FROM cases WHERE ") +
                          terms.join(QStringLiteral(" AND ")) +
                          QStringLiteral(" ORDER BY received_at DESC, id DESC LIMIT ?"));
                for (const QVariant &v : values)
                    q.addBindValue(v);
                q.addBindValue(firstRows);
                t.restart();
                q.exec();
                while (q.next()) {
                }
                like.append(t.nsecsElapsed() / 1e6);
            }
    // A full scan: every match counted.
    QElapsedTimer t;
    t.start();
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE folded LIKE ?"));
    q.addBindValue(QStringLiteral("%duong%"));
    q.exec();
    q.next();
    const double scan = t.nsecsElapsed() / 1e6;
    const qint64 matches = q.value(0).toLongLong();
    std::printf(
        "\nSearch queries alone (CaseStore::page, first %d rows of \"%s\", then the rest of "
        "its first page of %d):\n\n",
        firstRows, qPrintable(QueueListModel::queueName(queue, Role::Coordinator)), pageSize);
    row("whole words (FTS5), first rows", figures(whole));
    row("prefixes while typing (FTS5), first rows", figures(prefix));
    row("whole words (FTS5), whole first page", figures(wholePage));
    row("prefixes while typing (FTS5), whole first page", figures(prefixPage));
    row("baseline: LIKE, same first rows, whole words", figures(like));
    row("baseline: LIKE full scan counting \"duong\"",
        QStringLiteral("%1 ms (%2 matches)").arg(scan, 0, 'f', 1).arg(matches));
}

void scroll(MainWindow &window, PaintClock &paints, int pageDowns, int wheels)
{
    QueueListModel *queues = window.queueModel();
    Queue largest = queues->queueAt(0);
    for (int r = 0; r < queues->rowCount(); ++r)
        if (!queues->savedIdAt(r) &&
            queues->data(queues->index(r), QueueListModel::CountRole).toInt() >
                queues->countOf(largest))
            largest = queues->queueAt(r);
    window.selectQueue(largest);
    spin(300);
    CaseTableView *table = window.caseTable();
    CaseTableModel *model = window.caseModel();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    spin(300);
    std::printf("\nScrolling \"%s\" (%d cases) from the top to the bottom:\n\n",
                qPrintable(QueueListModel::queueName(largest, window.account().role)),
                queues->countOf(largest));

    const auto step = [&](const std::function<void()> &act) {
        const int before = paints.paints;
        const double at = now();
        act();
        return untilPainted(paints, before, at);
    };
    QList<double> down, held, wheel, end;
    const auto add = [](QList<double> &to, double ms) {
        if (ms >= 0)
            to.append(ms);
        return ms >= 0;
    };
    for (int i = 0; i < pageDowns; ++i)
        if (!add(down, step([&] { QTest::keyClick(table, Qt::Key_PageDown); })))
            break;
    // The same key held down: the keyboard repeats it, and the case view waits
    // until the selection rests (CaseTableView), so only the table repaints.
    for (int i = 0; i < pageDowns; ++i)
        if (!add(held, step([&] {
                     QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier, QString(),
                                     true);
                     QCoreApplication::sendEvent(table, &press);
                 })))
            break;
    for (int i = 0; i < wheels; ++i)
        if (!add(wheel, step([&] {
                     const QPointF pos = table->viewport()->rect().center();
                     QWheelEvent event(pos, table->viewport()->mapToGlobal(pos), QPoint(),
                                       QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                                       Qt::NoScrollPhase, false);
                     QCoreApplication::sendEvent(table->viewport(), &event);
                 })))
            break;
    QElapsedTimer whole;
    whole.start();
    // Ctrl+End goes to the last row reached; the view then asks for the next
    // page, so each press moves one page on until the queue's end.
    while (end.size() < 20000 &&
           add(end, step([&] { QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); }))) {
        if (!model->canFetchMore({}) && table->currentIndex().row() == model->rowCount() - 1)
            break;
    }
    const double toEnd = whole.elapsed() / 1e3;
    const int rows = model->rowCount();
    QList<double> home;
    add(home, step([&] { QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); }));
    for (int i = 0; i < 50; ++i)
        add(home, step([&] { QTest::keyClick(table, Qt::Key_PageDown); }));
    add(home, step([&] { QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); }));
    for (int i = 0; i < 50; ++i)
        add(home, step([&] { QTest::keyClick(table, Qt::Key_PageUp); }));

    QList<double> all = down + held + wheel + end + home;
    const auto stalls = std::count_if(all.cbegin(), all.cend(), [](double ms) { return ms > 50; });
    row("PageDown from the top, per step", figures(down));
    row("PageDown held (auto-repeat), per step", figures(held));
    row("wheel (3 rows a notch), per step", figures(wheel));
    row("Ctrl+End, a page further each, per step", figures(end));
    row("top to bottom by Ctrl+End", QStringLiteral("%1 s for %2 rows, %3 pages held")
                                         .arg(toEnd, 0, 'f', 1)
                                         .arg(rows)
                                         .arg(model->keptPages()));
    row("back to the top and to the end again (pages read again by key)", figures(home));
    row("steps over 50 ms", QStringLiteral("%1 of %2").arg(stalls).arg(all.size()));
}

// A cache from before the narrow row: its migrations and the background move
// of its cases' JSON (CaseJsonMove) are timed here and finished before the
// figures, which are the desk's steady state.
void moveJsonFirst(const QString &cachePath)
{
    QElapsedTimer t;
    t.start();
    QString error;
    auto cache = CacheDatabase::open(cachePath, QStringLiteral("bench-move"), &error);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const double opened = t.nsecsElapsed() / 1e9;
    CaseJsonMove move(cache->db());
    if (move.done())
        return;
    qint64 cases = 0;
    t.restart();
    for (int went = 1; went > 0;) {
        went = move.runBatch(500, &error); // the backfill thread's batch
        cases += qMax(0, went);
    }
    std::printf("cache opened (migrations) in %.1f s; the JSON of %lld cases moved out of their"
                " rows in %.1f s%s\n",
                opened, static_cast<long long>(cases), t.nsecsElapsed() / 1e9,
                move.done() ? "" : qPrintable(QStringLiteral(" (stopped: ") + error + u')'));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pakn-desk"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_desk PROFILE_DIR [TYPING_MS] [PAGEDOWN_STEPS] "
                             "[WHEEL_STEPS] [SEARCH_DELAY_MS]\n");
        return 2;
    }
    const int typingMs = argc > 2 ? QByteArray(argv[2]).toInt() : 150;
    const int pageDowns = argc > 3 ? QByteArray(argv[3]).toInt() : 2000;
    const int wheels = argc > 4 ? QByteArray(argv[4]).toInt() : 2000;
    const int searchDelay = argc > 5 ? QByteArray(argv[5]).toInt() : -1;
    g_clock.start();
    ClientProfile profile(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!profile.load(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    moveJsonFirst(profile.cachePath());
    UiLanguage language;
    language.use(QStringLiteral("vi"));
    DeskSession session(profile, language, QStringLiteral("bench_desk"));
    const bool started = session.start();
    if (started) { // the token's storage answers first
        QEventLoop loop;
        QObject::connect(&session.credentials(), &SessionCredentials::loaded, &loop,
                         &QEventLoop::quit, Qt::QueuedConnection);
        loop.exec();
    }
    if (!started || !session.mainWindow()) {
        std::fprintf(stderr, "the profile has no session: log in and sync first\n");
        return 1;
    }
    MainWindow &window = *session.mainWindow();
    if (searchDelay >= 0)
        window.searchBox()->setDelay(searchDelay);
    // The size the desk opens at on a full-HD screen (an offscreen screen is
    // 800×600): the table shows as many rows as on an office PC.
    window.resize(1500, 900);
    window.show();
    PaintClock paints(window.caseTable()->viewport());
    untilPainted(paints, 0, now());
    spin(2000); // the queue counts and the first sync attempt settle
    memory("memory after start");

    if (qEnvironmentVariableIntValue("BENCH_SKIP_SEARCH") == 0) {
        searchAsTyped(window, paints, typingMs);
        searchQueries(*session.caseStore(), window.caseModel()->query().queue,
                      window.caseModel()->firstRows(), window.caseModel()->pageSize());
        memory("memory after searching");
    }

    if (qEnvironmentVariableIntValue("BENCH_SKIP_SCROLL") == 0) {
        scroll(window, paints, pageDowns, wheels);
        memory("memory after scrolling to the end");
    }
    return 0;
}
