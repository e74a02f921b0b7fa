#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "demo/DemoWorkspace.h"
#include "store/PolicyStore.h"
#include "store/PromptSetStore.h"
#include "store/ProviderStore.h"
#include "store/RequestLogStore.h"
#include "store/SideBySideVoteStore.h"
#include "store/RunStore.h"
#include "responses/ResponseStore.h"
#include "store/WorkspaceResponseArchive.h"
#include "store/WorkspaceResponseCache.h"
#include "store/Workspace.h"
#include "store/WorkspaceSchema.h"

using namespace sy;

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void migratesEachOlderSchema_data();
    void migratesEachOlderSchema();
    void failedMigrationRollsBack();
    void refusesNewerSchema();
    void refusesNonDatabaseFile();
    void usesWal();
    void writesRunInOrderOffTheCallingThread();
    void failedWriteRollsBackWholeJob();
    void readsDeliverToContextThread();
    void concurrentReadsEachHaveAConnection();
    void providersRoundTripWithoutSecrets();
    void policyVersionsAccumulate();
    void requestLogWithAttempts();
    void sideBySideVotesAndTheirTally();
    void demoSeedIsIdempotent();
    void replayRunsKeepTheirCells();
    void responseCacheKeepsAnswersAcrossOpenings();
    void storedResponsesOutliveTheProcess();
    void storedResponsesArePruned();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("ws-%1.switchyard").arg(++m_counter)); }
};

namespace {

// A raw connection for setting up old schemas by hand.
struct RawDb
{
    QString name;
    QSqlDatabase db;
    explicit RawDb(const QString &path)
        : name(QStringLiteral("raw-") + path)
    {
        QString error;
        db = Workspace::openConnection(path, name, &error);
    }
    ~RawDb()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

int count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestWorkspace::migratesEachOlderSchema_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < WorkspaceSchema::latestVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
}

void TestWorkspace::migratesEachOlderSchema()
{
    QFETCH(int, from);
    const QString path = freshPath();
    {
        RawDb raw(path);
        QString error;
        QVERIFY2(WorkspaceSchema::migrate(raw.db, &error, from), qPrintable(error));
        QCOMPARE(WorkspaceSchema::versionOf(raw.db), from);
        QSqlQuery q(raw.db);
        // Data as each old version could hold it.
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO providers (id, kind, base_url, created_at, updated_at) VALUES "
                                          "('old', 'openai', 'http://h/v1', 'x', 'x')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO models (provider_id, model_id, input_per_mtok, output_per_mtok, "
                                          "capabilities) VALUES ('old', 'm1', 1.5, 6, 'tools,streaming')")));
        }
        if (from >= 2) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO policies (id, name, created_at) VALUES (1, 'p', 'x')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO policy_versions VALUES (1, 1, '{}', 'first', 'x')")));
        }
        if (from >= 4)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO prompt_sets (name, created_at) VALUES ('s', 'x')")));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlDatabase db = ws->connectionForThisThread();
    QCOMPARE(WorkspaceSchema::versionOf(db), WorkspaceSchema::latestVersion());
    if (from >= 1) {
        const auto providers = ProviderStore::loadAll(db);
        QCOMPARE(providers.size(), size_t(1));
        QCOMPARE(providers[0].models.size(), size_t(1));
        QCOMPARE(providers[0].models[0].pricing.inputPerMTok, 1.5);
        QVERIFY(!providers[0].models[0].pricing.cachedInputPerMTok.has_value()); // added by migration 3, empty
        QVERIFY(providers[0].models[0].capabilities.has(Capability::Tools));
    }
    if (from >= 2) {
        QCOMPARE(PolicyStore::versions(db, QStringLiteral("p")).size(), size_t(1));
        QCOMPARE(PolicyStore::load(db, QStringLiteral("p")).value(), QByteArray("{}"));
    }
    if (from >= 4)
        QCOMPARE(PromptSetStore::names(db), QStringList{QStringLiteral("s")});
    QCOMPARE(count(db, QStringLiteral("request_log")), 0);
}

void TestWorkspace::failedMigrationRollsBack()
{
    const QString path = freshPath();
    RawDb raw(path);
    QString error;
    QVERIFY(WorkspaceSchema::migrate(raw.db, &error, 1));
    std::vector<Migration> steps = WorkspaceSchema::migrations();
    steps.resize(2);
    steps[1].statements.append(QStringLiteral("CREATE TABLE broken (")); // fails after the first statements ran
    QVERIFY(!WorkspaceSchema::migrate(raw.db, steps, &error, 2));
    QVERIFY2(error.contains(QStringLiteral("migration 2")), qPrintable(error));
    QCOMPARE(WorkspaceSchema::versionOf(raw.db), 1);
    QSqlQuery q(raw.db);
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM policies"))); // the step's first table is gone too
}

void TestWorkspace::refusesNewerSchema()
{
    const QString path = freshPath();
    {
        RawDb raw(path);
        QSqlQuery q(raw.db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer than this Switchyard")), qPrintable(error));
}

void TestWorkspace::refusesNonDatabaseFile()
{
    const QString path = freshPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("this is not sqlite, just text that is long enough to have a header\n").repeated(100));
    f.close();
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
}

void TestWorkspace::usesWal()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QSqlDatabase db = ws->connectionForThisThread();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestWorkspace::writesRunInOrderOffTheCallingThread()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QList<int> order;
    QList<Qt::HANDLE> threads;
    QObject context;
    for (int i = 1; i <= 20; ++i) {
        ws->write([i, &threads](QSqlDatabase &db) -> QString {
            threads.append(QThread::currentThreadId());
            QString e;
            PolicyStore::saveVersion(db, QStringLiteral("ordered"), QByteArray::number(i), QString(), &e);
            return e;
        }, &context, [i, &order](const QString &e) {
            QVERIFY(e.isEmpty());
            order.append(i);
        });
    }
    QTRY_COMPARE(order.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(order[i], i + 1);
    QVERIFY(!threads.contains(QThread::currentThreadId()));
    QSqlDatabase db = ws->connectionForThisThread();
    QCOMPARE(PolicyStore::load(db, QStringLiteral("ordered"), 20).value(), QByteArray("20"));
    QCOMPARE(PolicyStore::load(db, QStringLiteral("ordered"), 7).value(), QByteArray("7"));
}

void TestWorkspace::failedWriteRollsBackWholeJob()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QString reported;
    QObject context;
    ws->write([](QSqlDatabase &db) -> QString {
        QString e;
        PolicyStore::saveVersion(db, QStringLiteral("half"), "{}", QString(), &e);
        QSqlQuery q(db);
        return q.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)")) ? QString() : q.lastError().text();
    }, &context, [&reported](const QString &e) { reported = e; });
    QTRY_VERIFY(!reported.isEmpty());
    QSqlDatabase db = ws->connectionForThisThread();
    QVERIFY(PolicyStore::list(db).empty());
}

void TestWorkspace::readsDeliverToContextThread()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QVERIFY(DemoWorkspace::seed(*ws).isEmpty());
    auto result = std::make_shared<std::vector<PolicySummary>>();
    Qt::HANDLE readThread = nullptr;
    bool delivered = false;
    QObject context;
    ws->read([result, &readThread](QSqlDatabase &db) {
        readThread = QThread::currentThreadId();
        *result = PolicyStore::list(db);
    }, &context, [&delivered] { delivered = true; });
    QTRY_VERIFY(delivered);
    QVERIFY(readThread != QThread::currentThreadId());
    QCOMPARE(result->size(), size_t(3));
}

void TestWorkspace::concurrentReadsEachHaveAConnection()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QVERIFY(DemoWorkspace::seed(*ws).isEmpty());
    QObject context;
    std::atomic<int> good{0};
    int delivered = 0;
    for (int i = 0; i < 64; ++i) {
        ws->read([&good](QSqlDatabase &db) {
            if (PolicyStore::list(db).size() == 3 && ProviderStore::loadAll(db).size() == 3)
                ++good;
        }, &context, [&delivered] { ++delivered; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 64, 20000);
    QCOMPARE(good.load(), 64);
}

void TestWorkspace::providersRoundTripWithoutSecrets()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    ProviderSpec p;
    p.id = QStringLiteral("openai");
    p.kind = ProviderKind::OpenAI;
    p.baseUrl = QStringLiteral("https://api.openai.com/v1");
    p.credential = {CredentialRef::Source::Environment, QStringLiteral("SY_TEST_SECRET_VAR")};
    p.headers = {{QStringLiteral("OpenAI-Organization"), QStringLiteral("org-1")}};
    p.timeouts.connectMs = 2000;
    ModelSpec m;
    m.id = QStringLiteral("gpt-4o-mini");
    m.pricing = Pricing::perMTok(0.15, 0.6);
    m.pricing.cachedInputPerMTok = 0.075;
    m.contextWindow = 128000;
    m.capabilities.set(Capability::Tools);
    p.models.push_back(m);
    ModelSpec tiered; // prices beyond the plain columns: cache writes, reasoning, a long-prompt tier
    tiered.id = QStringLiteral("long-context");
    tiered.pricing = Pricing::perMTok(3, 15);
    tiered.pricing.cacheWritePerMTok = 3.75;
    tiered.pricing.cacheWrite1hPerMTok = 6;
    tiered.pricing.reasoningPerMTok = 20;
    tiered.pricing.tiers = {{200000, PriceRates{6, 22.5, 0.6, 7.5, std::nullopt, std::nullopt}}};
    p.models.push_back(tiered);
    ModelSpec bare; // no capabilities, no context window: still saved
    bare.id = QStringLiteral("local-tiny");
    p.models.push_back(bare);
    qputenv("SY_TEST_SECRET_VAR", "sk-this-must-never-be-stored");
    QString writeError = QStringLiteral("not run");
    ws->write([p](QSqlDatabase &db) { return ProviderStore::save(db, p); }, nullptr,
              [&writeError](const QString &e) { writeError = e; });
    ws->waitForWrites();
    QTRY_COMPARE(writeError, QString());
    QSqlDatabase db = ws->connectionForThisThread();
    const auto loaded = ProviderStore::loadAll(db);
    QCOMPARE(loaded.size(), size_t(1));
    QVERIFY(loaded[0] == p);
    QCOMPARE(ProviderStore::setPriceCheckedOn(db, QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), QStringLiteral("2026-11-24")), QString());
    QVERIFY(!ProviderStore::setPriceCheckedOn(db, QStringLiteral("openai"), QStringLiteral("nope"), QStringLiteral("2026-11-24")).isEmpty());
    const auto overrides = ProviderStore::catalogOverrides(db);
    QCOMPARE(overrides.size(), size_t(1));
    QCOMPARE(overrides[0].checkedOn, QStringLiteral("2026-11-24"));
    QCOMPARE(ModelCatalog::builtIn().find(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), overrides)->pricesCheckedOn,
             QStringLiteral("2026-11-24"));
    db = QSqlDatabase();
    ws.reset();
    QFile file(m_dir.filePath(QStringLiteral("ws-%1.switchyard").arg(m_counter)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sk-this-must-never-be-stored"));
}

void TestWorkspace::policyVersionsAccumulate()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QSqlDatabase db = ws->connectionForThisThread();
    QCOMPARE(PolicyStore::saveVersion(db, QStringLiteral("p"), "v1", QStringLiteral("first"), &error), 1);
    QCOMPARE(PolicyStore::saveVersion(db, QStringLiteral("p"), "v2", QStringLiteral("second"), &error), 2);
    QCOMPARE(PolicyStore::load(db, QStringLiteral("p")).value(), QByteArray("v2"));
    QCOMPARE(PolicyStore::load(db, QStringLiteral("p"), 1).value(), QByteArray("v1"));
    QVERIFY(!PolicyStore::load(db, QStringLiteral("p"), 3));
    QCOMPARE(PolicyStore::versions(db, QStringLiteral("p")).back().comment, QStringLiteral("second"));
}

void TestWorkspace::requestLogWithAttempts()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    RequestLogEntry e;
    e.timestampMs = 1700000000000;
    e.route = QStringLiteral("auto");
    e.model = QStringLiteral("sim-standard");
    e.status = 200;
    e.attempts = 2;
    e.ttftMs = 42.5;
    e.costUsd = 0.0012;
    e.requestId = QStringLiteral("req-7f3a");
    e.notes = QStringLiteral("Responses API to chat completions dropped: tools[web_search]");
    e.attemptLog = {{QStringLiteral("sim-cloud"), QStringLiteral("sim-mini"), 503, QStringLiteral("upstream 503"), 12, QStringLiteral("opened"), {}},
                    {QStringLiteral("sim-cloud"), QStringLiteral("sim-standard"), 200, QString(), 300, QString(), {}}};
    ws->write([e](QSqlDatabase &db) { return RequestLogStore::insert(db, {e, e}); });
    ws->waitForWrites();
    QSqlDatabase db = ws->connectionForThisThread();
    const auto rows = RequestLogStore::recent(db, 10);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].attemptLog.size(), size_t(2));
    QCOMPARE(rows[0].attemptLog[0].breakerEvent, QStringLiteral("opened"));
    QCOMPARE(rows[0].ttftMs, 42.5);
    QCOMPARE(rows[0].requestId, QStringLiteral("req-7f3a"));
    QCOMPARE(rows[0].notes, e.notes);
}

void TestWorkspace::sideBySideVotesAndTheirTally()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    const auto vote = [](const QString &winner) {
        SideBySideVote v;
        v.timestampMs = 1700000000000;
        v.prompt = QStringLiteral("Say hello.");
        v.winner = winner;
        for (const char *label : {"sim/a", "sim/b", "sim/c"})
            v.columns.push_back({QString::fromLatin1(label), QStringLiteral("sim"), QString::fromLatin1(label + 4), QStringLiteral("Hello!"),
                                 20, 300, 5, 0.001, winner.isEmpty() ? 3 : winner == QLatin1String(label) ? 5 : 1});
        return v;
    };
    ws->write([&](QSqlDatabase &db) {
        for (const QString &winner : {QStringLiteral("sim/b"), QStringLiteral("sim/b"), QStringLiteral("sim/a"), QString()})
            if (QString e = SideBySideVoteStore::save(db, vote(winner)); !e.isEmpty())
                return e;
        return QString();
    });
    ws->waitForWrites();
    QSqlDatabase db = ws->connectionForThisThread();
    const auto votes = SideBySideVoteStore::all(db);
    QCOMPARE(votes.size(), size_t(4));
    QCOMPARE(votes[0].winner, QStringLiteral("sim/b"));
    QCOMPARE(votes[0].columns[1].rating, 5);
    QCOMPARE(votes[0].columns[0].rating, 1);
    QCOMPARE(votes[3].winner, QString());
    QCOMPARE(votes[3].columns[2].answer, QStringLiteral("Hello!"));
    const auto tally = SideBySideVoteStore::tally(db);
    QCOMPARE(tally.size(), size_t(3));
    QCOMPARE(tally[0].label, QStringLiteral("sim/b"));
    QCOMPARE(tally[0].wins, 2);
    QCOMPARE(tally[0].losses, 1);
    QCOMPARE(tally[0].ties, 1);
    QCOMPARE(tally[1].label, QStringLiteral("sim/a"));
    QCOMPARE(tally[2].wins, 0);
    QCOMPARE(tally[2].losses, 3);
}

void TestWorkspace::replayRunsKeepTheirCells()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QVERIFY(DemoWorkspace::seed(*ws).isEmpty());
    QSqlDatabase db = ws->connectionForThisThread();
    const QJsonObject config{{QStringLiteral("candidates"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
    const qint64 run = RunStore::create(db, QStringLiteral("first"), QStringLiteral("arithmetic"), config, &error);
    QVERIFY2(run > 0, qPrintable(error));
    ReplayCell cell;
    cell.key = {3, 1, 0};
    cell.response = QStringLiteral("Answer: 42.");
    cell.provider = QStringLiteral("sim-cloud");
    cell.model = QStringLiteral("sim-mini");
    cell.status = 200;
    cell.attempts = 2;
    cell.ttftMs = -1;
    cell.latencyMs = 120;
    cell.costUsd = 0.0001;
    cell.scores = {{1, QString()}, {0, QStringLiteral("over 100 ms")}};
    cell.quality = 0.5;
    cell.passed = true;
    cell.cached = true;
    cell.judgements = QJsonArray{QJsonObject{{QStringLiteral("grade"), 7}, {QStringLiteral("reasoning"), QStringLiteral("fine")}}};
    ReplayCell failed = cell;
    failed.key = {4, 0, 1};
    failed.error = QStringLiteral("HTTP 500");
    failed.passed = false;
    const QStringList labels{QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(RunStore::saveCells(db, run, labels, {cell, failed}), QString());
    QCOMPARE(RunStore::saveCells(db, run, labels, {cell}), QString()); // again: replaced, not doubled
    QCOMPARE(RunStore::finish(db, run, QStringLiteral("completed")), QString());
    const auto runs = RunStore::list(db);
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].promptSet, QStringLiteral("arithmetic"));
    QCOMPARE(runs[0].status, QStringLiteral("completed"));
    QCOMPARE(runs[0].cells, 2);
    QCOMPARE(runs[0].config, config);
    const auto back = RunStore::cells(db, run, labels);
    QCOMPARE(back.size(), size_t(2));
    QVERIFY(back[0].key == cell.key); // in item order
    QCOMPARE(back[0].response, cell.response);
    QCOMPARE(back[0].scores.size(), size_t(2));
    QCOMPARE(back[0].scores[1].detail, QStringLiteral("over 100 ms"));
    QCOMPARE(back[0].attempts, 2);
    QVERIFY(back[0].passed);
    QVERIFY(back[0].cached);
    QCOMPARE(back[0].judgements, cell.judgements);
    QCOMPARE(back[0].humanRating, 0);
    QCOMPARE(RunStore::rate(db, run, QStringLiteral("b"), cell.key, 4, QStringLiteral("good, but long")), QString());
    QVERIFY(!RunStore::rate(db, run, QStringLiteral("b"), cell.key, 6, QString()).isEmpty());
    QVERIFY(!RunStore::rate(db, run, QStringLiteral("b"), {99, 1, 0}, 3, QString()).isEmpty()); // no such cell
    QCOMPARE(RunStore::cells(db, run, labels)[0].humanRating, 4);
    QCOMPARE(RunStore::cells(db, run, labels)[0].humanComment, QStringLiteral("good, but long"));
    QCOMPARE(back[1].error, QStringLiteral("HTTP 500"));
    QCOMPARE(back[1].ttftMs, -1.0);
    QVERIFY(!back[1].passed);
    // Resume: the stored cells are the ones a new run skips.
    QSet<ReplayCellKey> done;
    for (const ReplayCell &c : back)
        done.insert(c.key);
    QVERIFY(done.contains({3, 1, 0}));
    QVERIFY(!RunStore::saveCells(db, run, labels.mid(0, 1), {cell}).isEmpty()); // candidate 1 unknown: refused
}

void TestWorkspace::responseCacheKeepsAnswersAcrossOpenings()
{
    const QString path = freshPath();
    const QByteArray key = ResponseCache::keyFor(QStringLiteral("p"), QStringLiteral("m"), "{\"messages\":[]}", 0);
    QCOMPARE(key.size(), 64);
    QVERIFY(key != ResponseCache::keyFor(QStringLiteral("p"), QStringLiteral("m"), "{\"messages\":[]}", 1)); // repeats apart
    QVERIFY(key != ResponseCache::keyFor(QStringLiteral("p"), QStringLiteral("m2"), "{\"messages\":[]}", 0));
    CachedResponse answer;
    answer.body = "{\"choices\":[]}";
    answer.latencyMs = 812.5;
    answer.inputTokens = 10;
    answer.outputTokens = 20;
    answer.costUsd = 0.25;
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        WorkspaceResponseCache cache(ws.get());
        QVERIFY(!cache.lookup(key));
        cache.store(key, QStringLiteral("p"), QStringLiteral("m"), answer);
        QCOMPARE(cache.lookup(key)->latencyMs, 812.5); // before the write lands, from memory
        ws->waitForWrites();
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    WorkspaceResponseCache cache(ws.get());
    const auto back = cache.lookup(key);
    QVERIFY(back);
    QCOMPARE(back->body, answer.body);
    QCOMPARE(back->latencyMs, 812.5);
    QCOMPARE(back->ttftMs, -1.0);
    QCOMPARE(back->costUsd, 0.25);
    QCOMPARE(back->outputTokens, 20);
    QSqlDatabase db = ws->connectionForThisThread();
    QCOMPARE(WorkspaceResponseCache::count(db), 1);
    QCOMPARE(WorkspaceResponseCache::clear(db), QString());
    QVERIFY(!cache.lookup(key));
}

// A conversation stored through one proxy continues through the next one on the same workspace:
// the chain of turns is read back from the table, not from memory.
void TestWorkspace::storedResponsesOutliveTheProcess()
{
    const QString path = freshPath();
    const auto item = [](const char *role, const char *text) {
        return QJsonObject{{QStringLiteral("role"), QString::fromLatin1(role)}, {QStringLiteral("content"), QString::fromLatin1(text)}};
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QString error;
        std::shared_ptr<Workspace> ws(Workspace::open(path, &error).release());
        QVERIFY(ws);
        ResponseStore store;
        store.setArchive(std::make_shared<WorkspaceResponseArchive>(ws));
        store.put(QStringLiteral("resp_1"), {{QStringLiteral("id"), QStringLiteral("resp_1")}}, {},
                  {item("user", "one"), item("assistant", "1")}, now);
        store.put(QStringLiteral("resp_2"), {{QStringLiteral("id"), QStringLiteral("resp_2")}}, QStringLiteral("resp_1"),
                  {item("user", "two"), item("assistant", "2")}, now);
        store.put(QStringLiteral("resp_gone"), {{QStringLiteral("id"), QStringLiteral("resp_gone")}}, {}, {item("user", "x")}, now);
        QVERIFY(store.remove(QStringLiteral("resp_gone")));
        ws->waitForWrites();
    }
    QString error;
    std::shared_ptr<Workspace> ws(Workspace::open(path, &error).release());
    QVERIFY(ws);
    ResponseStore store; // a new process: nothing in memory
    QVERIFY(!store.conversation(QStringLiteral("resp_2"), now));
    store.setArchive(std::make_shared<WorkspaceResponseArchive>(ws));
    const std::optional<QJsonArray> conversation = store.conversation(QStringLiteral("resp_2"), now);
    QVERIFY(conversation);
    QCOMPARE(conversation->size(), 4);
    QCOMPARE((*conversation)[0][QStringLiteral("content")].toString(), QStringLiteral("one"));
    QCOMPARE((*conversation)[3][QStringLiteral("content")].toString(), QStringLiteral("2"));
    QCOMPARE(store.get(QStringLiteral("resp_1"), now)->response[QStringLiteral("id")].toString(), QStringLiteral("resp_1"));
    QVERIFY(!store.get(QStringLiteral("resp_gone"), now));
    QVERIFY(!store.remove(QStringLiteral("resp_gone")));
    // Deleting an earlier turn breaks the conversation, and says which turn is missing.
    QVERIFY(store.remove(QStringLiteral("resp_1")));
    ws->waitForWrites();
    ResponseStore fresh;
    fresh.setArchive(std::make_shared<WorkspaceResponseArchive>(ws));
    QString why;
    QVERIFY(!fresh.conversation(QStringLiteral("resp_2"), now, &why));
    QVERIFY2(why.contains(QStringLiteral("'resp_1'")), qPrintable(why));
}

void TestWorkspace::storedResponsesArePruned()
{
    QString error;
    std::shared_ptr<Workspace> ws(Workspace::open(freshPath(), &error).release());
    QVERIFY(ws);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    WorkspaceResponseArchive::Limits limits;
    limits.maxEntries = 5;
    limits.ttlMs = 60000;
    {
        WorkspaceResponseArchive archive(ws, limits);
        archive.save(QStringLiteral("old"), {{}, {}, {}, now - 120000, 10}); // past its time to live
        for (int i = 0; i < 8; ++i)
            archive.save(QStringLiteral("r%1").arg(i), {{}, {}, {}, now + i, 10});
        archive.prune();
        ws->waitForWrites();
    }
    const auto count = [&] {
        QSqlQuery q(ws->connectionForThisThread());
        q.exec(QStringLiteral("SELECT COUNT(*), MIN(id) FROM stored_responses"));
        q.next();
        return std::make_pair(q.value(0).toInt(), q.value(1).toString());
    };
    QCOMPARE(count(), std::make_pair(5, QStringLiteral("r3"))); // the newest five
    limits.maxBytes = 25;
    WorkspaceResponseArchive bytesBound(ws, limits); // prunes when it opens
    ws->waitForWrites();
    QCOMPARE(count(), std::make_pair(2, QStringLiteral("r6")));
}

void TestWorkspace::demoSeedIsIdempotent()
{
    QString error;
    auto ws = Workspace::open(freshPath(), &error);
    QVERIFY(ws);
    QCOMPARE(DemoWorkspace::seed(*ws), QString());
    QCOMPARE(DemoWorkspace::seed(*ws), QString());
    QSqlDatabase db = ws->connectionForThisThread();
    QCOMPARE(PolicyStore::list(db).size(), size_t(3));
    QCOMPARE(count(db, QStringLiteral("policy_versions")), 3);
    QCOMPARE(PromptSetStore::names(db).size(), 2);
    QCOMPARE(PromptSetStore::load(db, QStringLiteral("arithmetic"))->items.size(), size_t(12));
    QCOMPARE(ProviderStore::loadAll(db).size(), size_t(3));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
