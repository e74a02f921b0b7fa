#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void exitCodes_data();
    void exitCodes();
    void routeJson();
    void mockServesUntilSigterm();
    void proxyServesLogsAndDrains();
    void proxyForwardsEveryModelToOneUpstream_data();
    void proxyForwardsEveryModelToOneUpstream();
    void proxyReloadsAValidPolicyAndRejectsABadOne();
    void proxyRequiresClientKeys();
    void keysFromTheCommandLine();
    void experimentsFromTheCommandLine();
    void rolloutEndToEnd();
    void proxyDrainsInFlightRequestsOnSigterm_data();
    void proxyDrainsInFlightRequestsOnSigterm();
    void proxyLogsThroughItsCategories_data();
    void proxyLogsThroughItsCategories();
    void replayListsCandidatesAndEstimates();
    void replayScoresAndReports();
    void replayQualityGateFails();
    void replaysSharedDatasets_data();
    void replaysSharedDatasets();
    void replayCacheAndWeakStrong();
    void replayUsageErrors_data();
    void replayUsageErrors();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray route;
        QByteArray arm;
        QByteArray requestId;
    };
    Result run(const QStringList &args);
    // Fault-free models "fast" and "slow" (1.5 s), or the models of `config`; returns the base URL.
    QString startMock(QProcess &mock, const QByteArray &config = {});
    QString startProxy(QProcess &proxy, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                       QByteArray *output = nullptr);
    static Reply post(QNetworkAccessManager &nam, const QString &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static QByteArray chat(const char *model);
    static int stop(QProcess &process); // SIGTERM; the exit code, or -1 if it did not end in 10 s
    QTemporaryDir m_dir;
};

void TestCli::replaysSharedDatasets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("map");
    QTest::addColumn<QStringList>("scorers");
    QTest::addColumn<double>("margin"); // how much better the strong model must do
    QTest::newRow("gsm8k") << QStringLiteral("gsm8k/test.jsonl") << QStringLiteral("prompt=question,reference=answer") << QStringList{QStringLiteral("numeric")} << 0.15;
    // Only MT-Bench's math, reasoning and coding questions have references the simulated judge can check.
    QTest::newRow("mt-bench with judges") << QStringLiteral("mt-bench/question.jsonl") << QStringLiteral("prompt=turns,id=question_id,reference=reference")
                                          << QStringList{QStringLiteral("judge:sim-cloud/sim-pro"), QStringLiteral("pairwise:sim-cloud/sim-pro")} << 0.05;
}

// The shared public sets, imported and replayed against the simulated providers end to end.
void TestCli::replaysSharedDatasets()
{
    QFETCH(QString, file);
    QFETCH(QString, map);
    QFETCH(QStringList, scorers);
    QFETCH(double, margin);
    QFile source(QStringLiteral(SWITCHYARD_SOURCE_DIR "/../shared/datasets/") + file);
    if (!source.open(QIODevice::ReadOnly))
        QSKIP("../shared/datasets is not here");
    // The first 40 prompts keep the test short.
    const QList<QByteArray> lines = source.readAll().split('\n').mid(0, 40);
    const QString prompts = m_dir.filePath(QFileInfo(file).dir().dirName() + QStringLiteral(".jsonl"));
    QFile out(prompts);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(lines.join('\n'));
    out.close();
    const QString report = m_dir.filePath(QFileInfo(file).dir().dirName() + QStringLiteral("-report.json"));
    QStringList args{QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--prompts"), prompts, QStringLiteral("--map"), map,
                     QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-pro"),
                     QStringLiteral("--max-tokens"), QStringLiteral("64"), QStringLiteral("--report"), report};
    for (const QString &s : scorers)
        args << QStringLiteral("--scorer") << s;
    const Result r = run(args);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QFile json(report);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonArray candidates = o.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 2);
    const double mini = candidates[0][QStringLiteral("mean_quality")].toDouble();
    const double pro = candidates[1][QStringLiteral("mean_quality")].toDouble();
    // The simulator answers at each model's accuracy (sim-mini .55, sim-pro .92); the judges see it.
    QVERIFY2(pro > mini + margin, qPrintable(QStringLiteral("mini %1, pro %2").arg(mini).arg(pro)));
    const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 80);
    if (scorers.front().startsWith(QStringLiteral("judge")))
        for (const QJsonValue &c : cells) // an answer the simulated provider failed to give is not judged
            QCOMPARE(c[QStringLiteral("judgements")].toArray().isEmpty(), c.toObject().contains(QStringLiteral("error")));
}

void TestCli::replayCacheAndWeakStrong()
{
    const QString ws = m_dir.filePath(QStringLiteral("cached.switchyard"));
    const QString report = m_dir.filePath(QStringLiteral("weak-strong.html"));
    const QStringList args{QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--workspace"), ws, QStringLiteral("--prompts"),
                           QStringLiteral("arithmetic"), QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--candidate"),
                           QStringLiteral("sim-cloud/sim-pro"), QStringLiteral("--candidate"), QStringLiteral("cheap-first:auto"), QStringLiteral("--scorer"),
                           QStringLiteral("numeric"), QStringLiteral("--weak"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--strong"),
                           QStringLiteral("sim-cloud/sim-pro"), QStringLiteral("--report"), report};
    const Result first = run(args);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QStringLiteral(", 0 from the response cache")), qPrintable(first.out));
    const Result second = run(args);
    QVERIFY2(second.out.contains(QStringLiteral("36 of 36 requests done, 36 from the response cache; spent $0.0000")), qPrintable(second.out));
    const Result bypassed = run(QStringList(args) << QStringLiteral("--no-cache"));
    QVERIFY2(bypassed.out.contains(QStringLiteral(", 0 from the response cache")), qPrintable(bypassed.out));
    QFile html(report);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.contains(QStringLiteral("Routing metrics")));
    QVERIFY(page.contains(QStringLiteral("CPT(50%)")));
    const Result unpaired = run({QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--prompts"), QStringLiteral("arithmetic"),
                                 QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--weak"), QStringLiteral("sim-cloud/sim-mini")});
    QCOMPARE(unpaired.code, 2);
    QVERIFY(unpaired.err.contains(QStringLiteral("--weak and --strong go together")));
}

TestCli::Result TestCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SWITCHYARD_CLI_PATH), args);
    if (!p.waitForFinished(20000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray TestCli::chat(const char *model)
{
    return QByteArray(R"({"model": ")") + model + R"(", "messages": [{"role": "user", "content": "hi"}]})";
}

int TestCli::stop(QProcess &process)
{
    process.terminate();
    return process.waitForFinished(10000) ? process.exitCode() : -1;
}

QString TestCli::startMock(QProcess &mock, const QByteArray &models)
{
    const QString config = m_dir.filePath(models.isEmpty() ? QStringLiteral("test-mock.json") : QStringLiteral("test-mock-own.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(!models.isEmpty() ? models : R"({"format": "switchyard.mock", "version": 1, "models": [
        {"id": "fast", "ttft_ms": 5, "tokens_per_second": 2000, "output_tokens": [10, 10]},
        {"id": "slow", "ttft_ms": 1500, "tokens_per_second": 2000, "output_tokens": [10, 10]}]})");
    f.close();
    mock.start(QStringLiteral(SWITCHYARD_CLI_PATH), {QStringLiteral("mock"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                     QStringLiteral("--config"), config});
    if (!mock.waitForStarted())
        return {};
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("listening on") && clock.elapsed() < 10000) {
        mock.waitForReadyRead(100);
        out += mock.readAllStandardOutput();
    }
    return QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+/v1")).match(QString::fromUtf8(out)).captured(0);
}

QString TestCli::startProxy(QProcess &proxy, const QStringList &args, const QProcessEnvironment &env, QByteArray *output)
{
    proxy.setProcessEnvironment(env);
    proxy.start(QStringLiteral(SWITCHYARD_CLI_PATH), QStringList{QStringLiteral("proxy"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + args);
    if (!proxy.waitForStarted())
        return {};
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("switchyard proxy listening on") && clock.elapsed() < 10000) {
        proxy.waitForReadyRead(100);
        out += proxy.readAllStandardOutput();
    }
    if (output)
        *output = out;
    return QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)")).match(QString::fromUtf8(out)).captured(1);
}

TestCli::Reply TestCli::post(QNetworkAccessManager &nam, const QString &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("x-switchyard-route"),
            reply->rawHeader("x-switchyard-arm"), reply->rawHeader("x-request-id")};
    delete reply;
    return r;
}

void TestCli::exitCodes_data()
{
    const QString demo = QStringLiteral(SWITCHYARD_SOURCE_DIR "/resources/demo/policies/cheap-first.json");
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "switchyard.policy", "version": 1, "name": "b", "providers": [], "routes": [{"alias": "a", "root": {"type": "target", "model": "x/y"}}]})");
    f.close();
    const QString request = m_dir.filePath(QStringLiteral("req.json"));
    QFile r(request);
    QVERIFY(r.open(QIODevice::WriteOnly));
    r.write(R"({"model": "auto", "messages": [{"role": "user", "content": "hi"}]})");
    r.close();
    const QString brokenRequest = m_dir.filePath(QStringLiteral("broken.json"));
    QFile br(brokenRequest);
    QVERIFY(br.open(QIODevice::WriteOnly));
    br.write("{\"model\": ");
    br.close();

    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expect"); // in stdout or stderr
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << "switchyard-cli 0.1.0";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "Commands:";
    QTest::newRow("no command") << QStringList{} << 2 << "Usage:";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command 'frobnicate'";
    QTest::newRow("unknown top flag") << QStringList{QStringLiteral("--frob")} << 2 << "unknown option '--frob'";
    QTest::newRow("valid policy") << QStringList{QStringLiteral("validate"), demo} << 0 << "valid (policy 'cheap-first'";
    QTest::newRow("invalid policy") << QStringList{QStringLiteral("validate"), bad} << 1 << "$.routes[0].root.model: unknown target 'x/y'";
    QTest::newRow("missing policy") << QStringList{QStringLiteral("validate"), QStringLiteral("/no/such.json")} << 2 << "does not exist";
    QTest::newRow("validate unknown flag") << QStringList{QStringLiteral("validate"), QStringLiteral("--strictest"), demo} << 2 << "Unknown option 'strictest'";
    QTest::newRow("validate help") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")} << 0 << "POLICY";
    QTest::newRow("route text") << QStringList{QStringLiteral("route"), demo, request} << 0 << "targets: sim-cloud/sim-mini -> sim-cloud/sim-standard";
    QTest::newRow("route open breaker") << QStringList{QStringLiteral("route"), demo, request, QStringLiteral("--open"), QStringLiteral("sim-cloud/sim-mini")} << 0 << "circuit breaker open";
    QTest::newRow("route bad target") << QStringList{QStringLiteral("route"), demo, request, QStringLiteral("--open"), QStringLiteral("nope/x")} << 2 << "no target 'nope/x'";
    QTest::newRow("route missing request") << QStringList{QStringLiteral("route"), demo, QStringLiteral("/no/req.json")} << 2 << "request '/no/req.json' does not exist";
    QTest::newRow("route broken request") << QStringList{QStringLiteral("route"), demo, brokenRequest} << 1 << "broken.json:1:";
    QTest::newRow("route one argument") << QStringList{QStringLiteral("route"), demo} << 2 << "expected POLICY and REQUEST";
    QTest::newRow("route bad format") << QStringList{QStringLiteral("route"), demo, request, QStringLiteral("--format"), QStringLiteral("gemini")} << 2 << "--format";
    QTest::newRow("mock public address") << QStringList{QStringLiteral("mock"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:9")} << 2 << "loopback";
    QTest::newRow("mock bad listen") << QStringList{QStringLiteral("mock"), QStringLiteral("--listen"), QStringLiteral("nowhere")} << 2 << "ADDRESS:PORT";
    QTest::newRow("proxy needs a policy") << QStringList{QStringLiteral("proxy")} << 2 << "exactly one of --policy FILE, --demo and --upstream URL";
    QTest::newRow("proxy upstream not http") << QStringList{QStringLiteral("proxy"), QStringLiteral("--upstream"), QStringLiteral("ftp://h/v1")} << 1
                                             << "'ftp://h/v1' is not an http://, https:// or sim:// URL";
    QTest::newRow("proxy upstream kind") << QStringList{QStringLiteral("proxy"), QStringLiteral("--upstream"), QStringLiteral("http://127.0.0.1:9/v1"),
                                                        QStringLiteral("--upstream-kind"), QStringLiteral("grpc")} << 2 << "wants openai or anthropic";
    QTest::newRow("proxy kind without upstream") << QStringList{QStringLiteral("proxy"), QStringLiteral("--demo"), QStringLiteral("--upstream-kind"),
                                                                QStringLiteral("openai")} << 2 << "go with --upstream";
    QTest::newRow("proxy missing CA file") << QStringList{QStringLiteral("proxy"), QStringLiteral("--demo"), QStringLiteral("--ca-file"),
                                                          QStringLiteral("/no/ca.pem")} << 2 << "/no/ca.pem";
    QTest::newRow("proxy public without keys") << QStringList{QStringLiteral("proxy"), QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:4999")} << 2 << "without client keys";
    QTest::newRow("proxy bad policy") << QStringList{QStringLiteral("proxy"), QStringLiteral("--policy"), bad} << 1 << "unknown target 'x/y'";
    QTest::newRow("proxy missing policy") << QStringList{QStringLiteral("proxy"), QStringLiteral("--policy"), QStringLiteral("/no/p.json")} << 2 << "does not exist";
    QTest::newRow("mock missing config") << QStringList{QStringLiteral("mock"), QStringLiteral("--config"), QStringLiteral("/no/mock.json")} << 2 << "does not exist";
    // What every command's parsing shares (CommandLine).
    QTest::newRow("validate without a policy") << QStringList{QStringLiteral("validate")} << 2 << "switchyard-cli validate: expected POLICY";
    QTest::newRow("embed without --out") << QStringList{QStringLiteral("embed"), demo} << 2 << "expected POLICY and --out FILE";
    QTest::newRow("simulate extra argument") << QStringList{QStringLiteral("simulate"), QStringLiteral("extra")} << 2 << "unexpected argument 'extra'";
    QTest::newRow("mock extra argument") << QStringList{QStringLiteral("mock"), QStringLiteral("extra")} << 2 << "switchyard-cli mock: unexpected argument 'extra'";
    QTest::newRow("help names --log-level") << QStringList{QStringLiteral("route"), QStringLiteral("--help")} << 0 << "--log-level <LEVEL>";
    QTest::newRow("bad log level") << QStringList{QStringLiteral("validate"), QStringLiteral("--log-level"), QStringLiteral("loud"), demo} << 2
                                   << "--log-level wants one of debug, info, warning, error, off, got 'loud'";
    QTest::newRow("log level") << QStringList{QStringLiteral("validate"), QStringLiteral("--log-level"), QStringLiteral("ERROR"), demo} << 0 << "valid";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expect);
    const Result r = run(args);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r.code).arg(r.out, r.err)));
    QVERIFY2((r.out + r.err).contains(expect), qPrintable(r.out + r.err));
}

void TestCli::routeJson()
{
    const QString request = m_dir.filePath(QStringLiteral("ab.json"));
    QFile f(request);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"model": "chat", "messages": [{"role": "user", "content": "hello"}]})");
    f.close();
    const Result r = run({QStringLiteral("route"), QStringLiteral(SWITCHYARD_SOURCE_DIR "/resources/demo/policies/ab-test.json"), request,
                          QStringLiteral("--json"), QStringLiteral("--header"), QStringLiteral("x-user-id: alice")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("route")).toString(), QStringLiteral("chat"));
    QVERIFY(o.value(QStringLiteral("trace")).toArray().at(1).toString().contains(QStringLiteral("sticky key header:x-user-id")));
    // Sticky: the same user gets the same arm every time.
    const Result again = run({QStringLiteral("route"), QStringLiteral(SWITCHYARD_SOURCE_DIR "/resources/demo/policies/ab-test.json"), request,
                              QStringLiteral("--json"), QStringLiteral("--header"), QStringLiteral("x-user-id: alice"),
                              QStringLiteral("--seed"), QStringLiteral("999")});
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())[QStringLiteral("targets")], o.value(QStringLiteral("targets")));
}

void TestCli::mockServesUntilSigterm()
{
    QProcess p;
    p.start(QStringLiteral(SWITCHYARD_CLI_PATH), {QStringLiteral("mock"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("listening on"), 10000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/v1")).match(QString::fromUtf8(out));
    QVERIFY(m.hasMatch());
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m.captured(0) + QStringLiteral("/models")));
    QNetworkReply *reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("sim-mini"));
    delete reply;
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("served 1 request(s)"));
}

void TestCli::proxyServesLogsAndDrains()
{
    const QString workspace = m_dir.filePath(QStringLiteral("proxy-log.switchyard"));
    QProcess p;
    p.start(QStringLiteral(SWITCHYARD_CLI_PATH), {QStringLiteral("proxy"), QStringLiteral("--demo"), QStringLiteral("--listen"),
                                                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--workspace"), workspace});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("switchyard proxy listening on"), 10000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)")).match(QString::fromUtf8(out));
    QVERIFY(m.hasMatch());
    QVERIFY(out.contains("routes: auto, fast, best, chat, local"));
    QNetworkAccessManager nam;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest req(QUrl(m.captured(1) + QStringLiteral("/v1/chat/completions")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(req, R"({"model": "fast", "messages": [{"role": "user", "content": "hi"}]})");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("x-switchyard-model"), QByteArray("sim-mini"));
        delete reply;
    }
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    out += p.readAllStandardOutput();
    QVERIFY2(out.contains("request log: 3 entries written") && out.contains("stopped"), out.constData());
}

void TestCli::proxyForwardsEveryModelToOneUpstream_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("openai upstream") << QStringLiteral("openai");
    QTest::newRow("anthropic upstream, translated") << QStringLiteral("anthropic");
}

void TestCli::proxyForwardsEveryModelToOneUpstream()
{
    QFETCH(QString, kind);
    QProcess mock;
    const QString mockUrl = startMock(mock); // fault-free: the demo's models fail now and then on purpose
    QVERIFY(!mockUrl.isEmpty());
    QProcess proxy;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SY_TEST_UPSTREAM_KEY"), QStringLiteral("sk-test"));
    proxy.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray out;
    const QString base = startProxy(proxy, {QStringLiteral("--upstream"), mockUrl, QStringLiteral("--upstream-kind"), kind,
                                            QStringLiteral("--upstream-key-env"), QStringLiteral("SY_TEST_UPSTREAM_KEY")}, env, &out);
    QVERIFY(!base.isEmpty());
    QVERIFY2(out.contains("routes: none; passed through: upstream/*"), out.constData());
    QNetworkAccessManager nam;
    {
        // The model list is the upstream's own.
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(base + QStringLiteral("/v1/models"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QByteArray body = reply->readAll();
        QVERIFY2(body.contains("\"fast\"") && body.contains("\"slow\"") && !body.contains("upstream/*"), body.constData());
        delete reply;
    }
    // Any model name reaches the upstream unchanged, with the decision in the headers.
    for (const char *model : {"fast", "slow"}) {
        QNetworkRequest req(QUrl(base + QStringLiteral("/v1/chat/completions")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(req, QByteArray(R"({"model": ")") + model + R"(", "messages": [{"role": "user", "content": "hi"}]})");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QByteArray body = reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("x-switchyard-model"), QByteArray(model));
        QCOMPARE(reply->rawHeader("x-switchyard-provider"), QByteArray("upstream"));
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        QCOMPARE(answer.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion")); // OpenAI shape either way
        QVERIFY2(!answer.value(QStringLiteral("choices")).toArray().first().toObject().value(QStringLiteral("message")).toObject()
                      .value(QStringLiteral("content")).toString().isEmpty(), body.constData());
        delete reply;
    }
    // A model the upstream does not serve: its own 404, in the client's API shape.
    QNetworkRequest req(QUrl(base + QStringLiteral("/v1/chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(req, R"({"model": "no-such-model", "messages": [{"role": "user", "content": "hi"}]})");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).isObject());
    delete reply;

    QCOMPARE(stop(proxy), 0);
    QCOMPARE(stop(mock), 0);
}

void TestCli::proxyReloadsAValidPolicyAndRejectsABadOne()
{
    QProcess mock;
    const QString mockUrl = startMock(mock);
    QVERIFY(!mockUrl.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("reload.json"));
    const auto writePolicy = [&](const QByteArray &alias) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"format": "switchyard.policy", "version": 1, "name": "reload",
                    "providers": [{"id": "sim", "kind": "openai", "base_url": ")" + mockUrl.toUtf8() + R"(", "models": [{"id": "fast"}]}],
                    "routes": [{"alias": ")" + alias + R"(", "root": {"type": "target", "model": "sim/fast"}}]})");
    };
    writePolicy("first");
    QProcess proxy;
    proxy.setProcessChannelMode(QProcess::SeparateChannels);
    const QString base = startProxy(proxy, {QStringLiteral("--policy"), file});
    QVERIFY(!base.isEmpty());
    QNetworkAccessManager nam;
    const QString url = base + QStringLiteral("/v1/chat/completions");
    QCOMPARE(post(nam, url, chat("first")).status, 200);

    writePolicy("second"); // a valid change serves new requests
    QTRY_COMPARE_WITH_TIMEOUT(post(nam, url, chat("second")).status, 200, 10000);
    QCOMPARE(post(nam, url, chat("first")).status, 404);

    {
        QFile f(file); // an invalid one is rejected, and the last good policy keeps serving
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"format": "switchyard.policy", "version": 1, "name": "broken", "providers": [], "routes": [{"alias": "x", "root": {"type": "target", "model": "nope/m"}}]})");
    }
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += proxy.readAllStandardError()).contains("policy change rejected"), 10000);
    QVERIFY2(err.contains("nope/m"), err.constData()); // the diagnostics name what is wrong
    QCOMPARE(post(nam, url, chat("second")).status, 200);
    QCOMPARE(stop(proxy), 0);
    QCOMPARE(stop(mock), 0);
}

// A team's keys made, rotated and revoked with `switchyard-cli keys`, enforced by a proxy serving
// the same workspace: the secret is printed once, the list never shows it, the limit answers
// 429, and a rotated or revoked key stops working while the proxy runs.
void TestCli::keysFromTheCommandLine()
{
    const QString workspace = m_dir.filePath(QStringLiteral("keys.switchyard"));
    const Result created = run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--workspace"), workspace, QStringLiteral("--name"),
                                QStringLiteral("bot"), QStringLiteral("--owner"), QStringLiteral("ci"), QStringLiteral("--rpm"), QStringLiteral("2")});
    QCOMPARE(created.code, 0);
    static const QRegularExpression secretPattern(QStringLiteral("sy-[A-Za-z0-9]{40}"));
    const QString secret = secretPattern.match(created.out).captured();
    QVERIFY2(!secret.isEmpty(), qPrintable(created.out));
    const Result listed = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("bot")) && !listed.out.contains(secret), qPrintable(listed.out));

    QProcess mock;
    const QString mockUrl = startMock(mock);
    QVERIFY(!mockUrl.isEmpty());
    QProcess proxy;
    const QString base = startProxy(proxy, {QStringLiteral("--upstream"), mockUrl, QStringLiteral("--workspace"), workspace});
    QVERIFY(!base.isEmpty());
    QNetworkAccessManager nam;
    const QString url = base + QStringLiteral("/v1/chat/completions");
    const QByteArray bearer = "Bearer " + secret.toUtf8();
    QCOMPARE(post(nam, url, chat("fast")).status, 401);
    QCOMPARE(post(nam, url, chat("fast"), {{"Authorization", bearer}}).status, 200);
    QCOMPARE(post(nam, url, chat("fast"), {{"Authorization", bearer}}).status, 200);
    const Reply limited = post(nam, url, chat("fast"), {{"Authorization", bearer}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(QJsonDocument::fromJson(limited.body)[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("rate_limit_exceeded"));

    const Result rotated = run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("bot"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(rotated.code, 0);
    const QString newSecret = secretPattern.match(rotated.out).captured();
    QVERIFY(!newSecret.isEmpty() && newSecret != secret);
    QTRY_COMPARE_WITH_TIMEOUT(post(nam, url, chat("fast"), {{"Authorization", bearer}}).status, 401, 10000);
    const QByteArray newBearer = "Bearer " + newSecret.toUtf8();
    QVERIFY(post(nam, url, chat("fast"), {{"Authorization", newBearer}}).status != 401); // known again (maybe still over its minute)
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("bot"), QStringLiteral("--workspace"), workspace}).code, 0);
    QTRY_COMPARE_WITH_TIMEOUT(post(nam, url, chat("fast"), {{"Authorization", newBearer}}).status, 401, 10000);
    QCOMPARE(stop(proxy), 0);
    QCOMPARE(stop(mock), 0);
}

// An A/B route served by the CLI's proxy into a workspace, feedback by request id from users who
// like arm B's answers and not A's, and the readout from `experiments` in text and JSON.
void TestCli::experimentsFromTheCommandLine()
{
    QProcess mock;
    const QString mockUrl = startMock(mock);
    QVERIFY(!mockUrl.isEmpty());
    const QString policyFile = m_dir.filePath(QStringLiteral("ab.json"));
    QFile f(policyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(R"({"format": "switchyard.policy", "version": 1, "name": "ab",
        "providers": [{"id": "m", "kind": "openai", "base_url": "%1", "models": [{"id": "fast"}]}],
        "routes": [{"alias": "chat", "root": {"type": "weighted", "arms": [
            {"label": "A", "weight": 50, "node": {"type": "target", "model": "m/fast"}},
            {"label": "B", "weight": 50, "node": {"type": "target", "model": "m/fast"}}]}}]})")
                .arg(mockUrl)
                .toUtf8());
    f.close();
    const QString workspace = m_dir.filePath(QStringLiteral("experiments.switchyard"));
    QProcess proxy;
    const QString base = startProxy(proxy, {QStringLiteral("--policy"), policyFile, QStringLiteral("--workspace"), workspace});
    QVERIFY(!base.isEmpty());
    QNetworkAccessManager nam;
    int feedback = 0;
    for (int i = 0; i < 60; ++i) {
        const Reply answer = post(nam, base + QStringLiteral("/v1/chat/completions"), chat("chat"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.arm == "A" || answer.arm == "B");
        QVERIFY(!answer.requestId.isEmpty());
        const QByteArray verdict = R"({"request_id":")" + answer.requestId + R"(","label":")" + (answer.arm == "B" ? "good" : "bad") + R"("})";
        QCOMPARE(post(nam, base + QStringLiteral("/v1/feedback"), verdict).status, 200);
        ++feedback;
    }
    QCOMPARE(stop(proxy), 0); // writes what it holds
    const Result text = run({QStringLiteral("experiments"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(text.code, 0);
    qInfo("%s", qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Experiment on route 'chat'")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("quality: arm B is better than A with 95% confidence")), qPrintable(text.out));
    const Result json = run({QStringLiteral("experiments"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonArray experiments = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(experiments.size(), 1);
    const QJsonObject e = experiments.first().toObject();
    QCOMPARE(e.value(QStringLiteral("arms")).toArray().size(), 2);
    qint64 requests = 0, rated = 0;
    for (const QJsonValue a : e.value(QStringLiteral("arms")).toArray()) {
        requests += a[QStringLiteral("requests")].toInteger();
        rated += a[QStringLiteral("feedback")].toInteger();
    }
    QCOMPARE(requests, 60);
    QCOMPARE(rated, feedback);
    bool quality = false;
    for (const QJsonValue c : e.value(QStringLiteral("comparisons")).toArray())
        if (c[QStringLiteral("metric")].toString() == QStringLiteral("quality")) {
            quality = true;
            QCOMPARE(c[QStringLiteral("better")].toString(), QStringLiteral("B"));
        }
    QVERIFY(quality);
    QCOMPARE(run({QStringLiteral("experiments"), QStringLiteral("--workspace"), workspace, QStringLiteral("--since"), QStringLiteral("soon")}).code, 2);
    // Had every user been on B: its quality (1), from B's own requests.
    const Result estimated = run({QStringLiteral("experiments"), QStringLiteral("--workspace"), workspace, QStringLiteral("--route"),
                                  QStringLiteral("chat"), QStringLiteral("--estimate"), QStringLiteral("B=100"), QStringLiteral("--json")});
    QCOMPARE(estimated.code, 0);
    const QJsonObject estimate = QJsonDocument::fromJson(estimated.out.toUtf8()).object();
    QCOMPARE(estimate[QStringLiteral("logged")].toInteger(), 60);
    QCOMPARE(estimate[QStringLiteral("figures")][QStringLiteral("quality")][QStringLiteral("value")].toDouble(), 1.0);
    QVERIFY(estimate[QStringLiteral("figures")][QStringLiteral("quality")][QStringLiteral("supporting")].toInteger() < 60);
    QCOMPARE(run({QStringLiteral("experiments"), QStringLiteral("--workspace"), workspace, QStringLiteral("--route"), QStringLiteral("chat"),
                  QStringLiteral("--estimate"), QStringLiteral("C=1")})
                 .code,
             1); // an arm the log never tried
    QCOMPARE(stop(mock), 0);
}

// A candidate tried on a route served from a policy file, end to end: a shadow test, its verdict,
// a canary, promotion, and a roll back, each step picked up by the running proxy.
void TestCli::rolloutEndToEnd()
{
    QProcess mock;
    const QString mockUrl = startMock(mock, R"({"format": "switchyard.mock", "version": 1, "models": [
        {"id": "old", "ttft_ms": 40, "tokens_per_second": 2000, "output_tokens": [10, 10]},
        {"id": "new", "ttft_ms": 2, "tokens_per_second": 2000, "output_tokens": [10, 10]}]})");
    QVERIFY(!mockUrl.isEmpty());
    const QString policyFile = m_dir.filePath(QStringLiteral("rollout.json"));
    QFile f(policyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(R"({"format": "switchyard.policy", "version": 1, "name": "rollout",
        "providers": [{"id": "m", "kind": "openai", "base_url": "%1", "models": [
            {"id": "old", "pricing": {"input_per_mtok": 3, "output_per_mtok": 15}},
            {"id": "new", "pricing": {"input_per_mtok": 0.5, "output_per_mtok": 2}}]}],
        "routes": [{"alias": "chat", "root": {"type": "target", "model": "m/old"}}]})")
                .arg(mockUrl)
                .toUtf8());
    f.close();
    const QString workspace = m_dir.filePath(QStringLiteral("rollout.switchyard"));
    QProcess proxy;
    const QString base = startProxy(proxy, {QStringLiteral("--policy"), policyFile, QStringLiteral("--workspace"), workspace});
    QVERIFY(!base.isEmpty());
    QByteArray proxyOut;
    // Each step rewrites the file; the proxy says when it serves it.
    const auto step = [&](const QStringList &args) {
        const int reloadsBefore = int(proxyOut.count("reloaded policy"));
        const Result r = run(QStringList{QStringLiteral("rollout")} + args + QStringList{QStringLiteral("--policy"), policyFile});
        QElapsedTimer clock;
        clock.start();
        while (proxyOut.count("reloaded policy") == reloadsBefore && clock.elapsed() < 10000) {
            proxy.waitForReadyRead(100);
            proxyOut += proxy.readAllStandardOutput();
        }
        return r;
    };
    QNetworkAccessManager nam;
    const auto send = [&](int n, QHash<QByteArray, int> *byArm = nullptr) {
        for (int i = 0; i < n; ++i) {
            const Reply reply = post(nam, base + QStringLiteral("/v1/chat/completions"), chat("chat"));
            if (reply.status != 200)
                return false;
            if (byArm)
                ++(*byArm)[reply.arm];
        }
        return true;
    };

    const Result shadow = step({QStringLiteral("shadow"), QStringLiteral("--route"), QStringLiteral("chat"), QStringLiteral("--candidate"),
                                QStringLiteral("m/new"), QStringLiteral("--sample"), QStringLiteral("1"), QStringLiteral("--budget"), QStringLiteral("5")});
    QCOMPARE(shadow.code, 0);
    QVERIFY2(shadow.out.contains(QStringLiteral("shadow test of m/new")), qPrintable(shadow.out));
    QVERIFY(proxyOut.count("reloaded policy") == 1);
    QVERIFY(send(30));
    QTest::qWait(600); // the log writer's batch
    const Result readout = run({QStringLiteral("experiments"), QStringLiteral("--workspace"), workspace, QStringLiteral("--policy"), policyFile});
    QCOMPARE(readout.code, 0);
    qInfo("%s", qPrintable(readout.out));
    QVERIFY2(readout.out.contains(QStringLiteral("Shadow test on route 'chat'")), qPrintable(readout.out));
    QVERIFY2(readout.out.contains(QStringLiteral("latency: arm m/new is better than served")), qPrintable(readout.out));
    QVERIFY2(readout.out.contains(QStringLiteral("cost: arm m/new is better than served")), qPrintable(readout.out));

    const Result canary = step({QStringLiteral("canary"), QStringLiteral("--route"), QStringLiteral("chat"), QStringLiteral("--percent"),
                                QStringLiteral("50"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(canary.code, 0);
    qInfo("%s", qPrintable(canary.out));
    QVERIFY2(canary.out.contains(QStringLiteral("canary m/new at 50%")) && canary.out.contains(QStringLiteral("evidence: 30 mirrored requests")),
             qPrintable(canary.out));
    QHash<QByteArray, int> byArm;
    QVERIFY(send(40, &byArm));
    QVERIFY2(byArm.value("canary") > 5 && byArm.value("incumbent") > 5, qPrintable(QString::number(byArm.value("canary"))));

    const Result promoted = step({QStringLiteral("promote"), QStringLiteral("--route"), QStringLiteral("chat"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(promoted.code, 0);
    QVERIFY2(promoted.out.contains(QStringLiteral("m/new takes all traffic")), qPrintable(promoted.out));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    const QJsonArray steps = saved[QStringLiteral("metadata")][QStringLiteral("rollout")][QStringLiteral("chat")][QStringLiteral("steps")].toArray();
    QCOMPARE(steps.size(), 3); // shadow, canary, full: each with when, the last two with their evidence
    QVERIFY(steps[1].toObject().contains(QStringLiteral("evidence")) && steps[2].toObject().contains(QStringLiteral("evidence")));
    const Reply served = post(nam, base + QStringLiteral("/v1/chat/completions"), chat("chat"));
    QCOMPARE(served.status, 200);
    QVERIFY(served.arm.isEmpty());

    const Result rolledBack = step({QStringLiteral("rollback"), QStringLiteral("--route"), QStringLiteral("chat")});
    QCOMPARE(rolledBack.code, 0);
    QVERIFY2(rolledBack.out.contains(QStringLiteral("as before the rollout")), qPrintable(rolledBack.out));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject after = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QVERIFY(!after.contains(QStringLiteral("metadata")));
    QCOMPARE(after[QStringLiteral("routes")][0][QStringLiteral("root")][QStringLiteral("model")].toString(), QStringLiteral("m/old"));
    QVERIFY(!after[QStringLiteral("routes")][0].toObject().contains(QStringLiteral("shadow")));
    const Reply back = post(nam, base + QStringLiteral("/v1/chat/completions"), chat("chat"));
    QCOMPARE(back.status, 200);
    QVERIFY(back.arm.isEmpty());
    QCOMPARE(run({QStringLiteral("rollout"), QStringLiteral("promote"), QStringLiteral("--route"), QStringLiteral("chat"), QStringLiteral("--policy"), policyFile}).code, 1);

    // The shadow test kept the served requests' bodies: they become a prompt set, redacted (an
    // address in one of them), and replay through a candidate like any set.
    const QByteArray secretChat = R"({"model":"chat","messages":[{"role":"user","content":"Reply to ops@example.com please"}],"max_tokens":20})";
    QCOMPARE(run({QStringLiteral("rollout"), QStringLiteral("shadow"), QStringLiteral("--route"), QStringLiteral("chat"), QStringLiteral("--candidate"),
                  QStringLiteral("m/new"), QStringLiteral("--sample"), QStringLiteral("1"), QStringLiteral("--policy"), policyFile})
                 .code,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(post(nam, base + QStringLiteral("/v1/chat/completions"), secretChat).status == 200 &&
                                 (proxyOut += proxy.readAllStandardOutput()).count("reloaded policy") >= 5,
                             10000);
    QTest::qWait(600);
    const Result preview = run({QStringLiteral("harvest"), QStringLiteral("--workspace"), workspace, QStringLiteral("--preview")});
    QCOMPARE(preview.code, 0);
    qInfo("%s", qPrintable(preview.out));
    QVERIFY2(preview.out.contains(QStringLiteral("email: ops@example.com")), qPrintable(preview.out));
    const QString jsonl = m_dir.filePath(QStringLiteral("harvested.jsonl"));
    const Result written = run({QStringLiteral("harvest"), QStringLiteral("--workspace"), workspace, QStringLiteral("--route"), QStringLiteral("chat"),
                              QStringLiteral("--out"), jsonl});
    QCOMPARE(written.code, 0);
    QFile harvested(jsonl);
    QVERIFY(harvested.open(QIODevice::ReadOnly));
    const QByteArray lines = harvested.readAll();
    QVERIFY2(lines.contains("[EMAIL]") && !lines.contains("ops@example.com"), lines.constData());
    QVERIFY(lines.count('\n') >= 31); // the 30 mirrored requests and the last one
    const Result replayed = run({QStringLiteral("replay"), QStringLiteral("--prompts"), jsonl, QStringLiteral("--candidate"), policyFile + QStringLiteral(":chat"),
                                 QStringLiteral("--scorer"), QStringLiteral("rouge-l")});
    QVERIFY2(replayed.code == 0, qPrintable(replayed.err));
    QVERIFY2(replayed.out.contains(QStringLiteral("chat")), qPrintable(replayed.out));
    QCOMPARE(run({QStringLiteral("harvest"), QStringLiteral("--workspace"), workspace, QStringLiteral("--name"), QStringLiteral("from traffic")}).code, 0);
    QCOMPARE(stop(proxy), 0);
    QCOMPARE(stop(mock), 0);
}

void TestCli::proxyRequiresClientKeys()
{
    QProcess mock;
    const QString mockUrl = startMock(mock);
    QVERIFY(!mockUrl.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A key a client could guess is refused before the proxy starts.
    env.insert(QStringLiteral("SY_TEST_CLIENT_KEYS"), QStringLiteral("sk-team-a-0123456789, k"));
    QProcess refused;
    refused.setProcessEnvironment(env);
    refused.start(QStringLiteral(SWITCHYARD_CLI_PATH), {QStringLiteral("proxy"), QStringLiteral("--upstream"), mockUrl,
                                                        QStringLiteral("--client-keys-env"), QStringLiteral("SY_TEST_CLIENT_KEYS"),
                                                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(refused.waitForFinished(10000));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY2(refused.readAllStandardError().contains("at least 16"), "short key not named");
    env.insert(QStringLiteral("SY_TEST_CLIENT_KEYS"), QStringLiteral("key-one-0123456789, key-two-0123456789"));
    QProcess proxy;
    const QString base = startProxy(proxy, {QStringLiteral("--upstream"), mockUrl, QStringLiteral("--client-keys-env"), QStringLiteral("SY_TEST_CLIENT_KEYS")}, env);
    QVERIFY(!base.isEmpty());
    QNetworkAccessManager nam;
    const QString url = base + QStringLiteral("/v1/chat/completions");
    const Reply none = post(nam, url, chat("fast"));
    QCOMPARE(none.status, 401);
    QCOMPARE(QJsonDocument::fromJson(none.body)[QStringLiteral("error")][QStringLiteral("type")].toString(), QStringLiteral("invalid_request_error"));
    QCOMPARE(QJsonDocument::fromJson(none.body)[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("invalid_api_key"));
    QCOMPARE(post(nam, url, chat("fast"), {{"Authorization", "Bearer wrong"}}).status, 401);
    QCOMPARE(post(nam, url, chat("fast"), {{"Authorization", "Bearer key-two-0123456789"}}).status, 200);
    QCOMPARE(post(nam, url, chat("fast"), {{"Authorization", "bearer key-two-0123456789"}}).status, 200); // the scheme in any case
    QCOMPARE(post(nam, url, chat("fast"), {{"x-api-key", "key-one-0123456789"}}).status, 200);
    // /metrics names routes, providers and models: only with a key. /health says "ok" to anyone, more to a key holder.
    auto get = [&nam](const QString &where, const QByteArray &key) {
        QNetworkRequest req{QUrl(where)};
        if (!key.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply *reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}, {}, {}};
        delete reply;
        return r;
    };
    QCOMPARE(get(base + QStringLiteral("/metrics"), {}).status, 401);
    QCOMPARE(get(base + QStringLiteral("/metrics"), "key-one-0123456789").status, 200);
    const Reply health = get(base + QStringLiteral("/health"), {});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, QByteArray(R"({"status":"ok"})"));
    QVERIFY(get(base + QStringLiteral("/health"), "key-one-0123456789").body.contains("routes"));
    QCOMPARE(stop(proxy), 0);
    QCOMPARE(stop(mock), 0);
}

void TestCli::proxyDrainsInFlightRequestsOnSigterm_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("drainSeconds");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("a slow request finishes first") << QByteArray() << 30 << 200 << 0 << QByteArray("stopped\n");
    QTest::newRow("a hung request is cut off at the drain timeout") << QByteArray("hang") << 1 << 0 << 1
                                                                   << QByteArray("stopped with 1 request(s) cut off");
}

void TestCli::proxyDrainsInFlightRequestsOnSigterm()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, drainSeconds);
    QFETCH(int, status);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    QProcess mock;
    const QString mockUrl = startMock(mock);
    QVERIFY(!mockUrl.isEmpty());
    QProcess proxy;
    const QString base = startProxy(proxy, {QStringLiteral("--upstream"), mockUrl, QStringLiteral("--drain-timeout"), QString::number(drainSeconds)});
    QVERIFY(!base.isEmpty());
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(base + QStringLiteral("/v1/chat/completions"))};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!fault.isEmpty())
        req.setRawHeader("x-mock-fault", fault);
    QNetworkReply *reply = nam.post(req, chat("slow")); // 1.5 s upstream
    QSignalSpy done(reply, &QNetworkReply::finished);
    // SIGTERM once the proxy says the request is in flight.
    const auto inFlight = [&] {
        QNetworkReply *metrics = nam.get(QNetworkRequest(QUrl(base + QStringLiteral("/metrics"))));
        QSignalSpy answered(metrics, &QNetworkReply::finished);
        answered.wait(5000);
        const bool busy = metrics->readAll().contains("\nswitchyard_requests_in_flight 1\n");
        delete metrics;
        return busy;
    };
    QTRY_VERIFY_WITH_TIMEOUT(inFlight(), 10000);
    QElapsedTimer clock;
    clock.start();
    proxy.terminate(); // SIGTERM while the request is in flight
    QVERIFY(proxy.waitForFinished(15000));
    QVERIFY(done.count() == 1 || done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(proxy.exitCode(), exitCode);
    const QByteArray out = proxy.readAllStandardOutput();
    QVERIFY2(out.contains("draining 1 request(s) in flight") && out.contains(says), out.constData());
    if (fault == "hang")
        QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()).constData()); // the wait is bounded
    delete reply;
    QCOMPARE(stop(mock), 0);
}

void TestCli::proxyLogsThroughItsCategories_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("rules"); // QT_LOGGING_RULES
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QString listening = QStringLiteral("info switchyard.http: listening on 127.0.0.1:");
    const QString failed = QStringLiteral("warning switchyard.proxy: request log-1 to 'fast': upstream/fast failed after");
    const QString upstreamDetail = QStringLiteral("debug switchyard.upstream: 127.0.0.1:");
    QTest::newRow("default: info") << QStringList() << QString() << QStringList{listening, failed} << QStringList{upstreamDetail};
    QTest::newRow("warning") << QStringList{QStringLiteral("--log-level"), QStringLiteral("warning")} << QString()
                             << QStringList{failed} << QStringList{listening, upstreamDetail};
    QTest::newRow("off") << QStringList{QStringLiteral("--log-level"), QStringLiteral("off")} << QString() << QStringList()
                         << QStringList{QStringLiteral("switchyard.")};
    QTest::newRow("QT_LOGGING_RULES opens one layer") << QStringList{QStringLiteral("--log-level"), QStringLiteral("warning")}
                                                      << QStringLiteral("switchyard.upstream.debug=true")
                                                      << QStringList{failed, upstreamDetail} << QStringList{listening};
}

// The log is on standard error, one line per event with time, level and category; --log-level
// sets how much, and QT_LOGGING_RULES goes on top of it.
void TestCli::proxyLogsThroughItsCategories()
{
    QFETCH(QStringList, args);
    QFETCH(QString, rules);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    // An upstream nobody listens on: every request fails to connect.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString deadUpstream = QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort());
    closed.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    if (!rules.isEmpty())
        env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
    QProcess proxy;
    const QString base = startProxy(proxy, QStringList{QStringLiteral("--upstream"), deadUpstream} + args, env);
    QVERIFY(!base.isEmpty());
    QNetworkAccessManager nam;
    const Reply r = post(nam, base + QStringLiteral("/v1/chat/completions"), chat("fast"), {{"x-request-id", "log-1"}});
    QCOMPARE(r.status, 502);
    QCOMPARE(stop(proxy), 0);
    const QString err = QString::fromUtf8(proxy.readAllStandardError());
    for (const QString &line : present)
        QVERIFY2(err.contains(line), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(line, err)));
    for (const QString &line : absent)
        QVERIFY2(!err.contains(line), qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(line, err)));
    static const QRegularExpression stamped(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (debug|info|warning|error) switchyard\\.\\w+: "));
    for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(QStringLiteral("switchyard.")))
            QVERIFY2(stamped.match(line).hasMatch(), qPrintable(line));
}

void TestCli::replayListsCandidatesAndEstimates()
{
    const Result list = run({QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--list-candidates")});
    QCOMPARE(list.code, 0);
    const QStringList names = list.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(names.contains(QStringLiteral("cheap-first:auto")));
    QVERIFY(names.contains(QStringLiteral("sim-cloud/sim-mini")));
    QVERIFY(!names.contains(QStringLiteral("sim-cloud/sim-embed"))); // embeddings cannot answer prompts
    const Result dry = run({QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--prompts"), QStringLiteral("arithmetic"),
                            QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--candidate"),
                            QStringLiteral("cheap-first:auto"), QStringLiteral("--repeats"), QStringLiteral("2"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.startsWith(QStringLiteral("48 requests (12 prompts × 2 candidates × 2 repeats); at most $")), qPrintable(dry.out));
}

void TestCli::replayScoresAndReports()
{
    const QString report = m_dir.filePath(QStringLiteral("replay.json"));
    const Result r = run({QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--prompts"), QStringLiteral("arithmetic"),
                          QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--candidate"),
                          QStringLiteral("sim-cloud/sim-pro"), QStringLiteral("--scorer"), QStringLiteral("numeric"),
                          QStringLiteral("--concurrency"), QStringLiteral("12"), QStringLiteral("--report"), report,
                          QStringLiteral("--outcomes"), m_dir.filePath(QStringLiteral("outcomes.jsonl"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("24 of 24 requests done")));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("switchyard.replay-report"));
    QCOMPARE(doc.value(QStringLiteral("cells")).toArray().size(), 24);
    const QJsonArray candidates = doc.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 2);
    // The simulated models know the demo's answers at 55% and 92%: the stronger one scores higher
    // and costs more.
    const QJsonObject mini = candidates[0].toObject(), pro = candidates[1].toObject();
    QVERIFY(pro[QStringLiteral("mean_quality")].toDouble() > mini[QStringLiteral("mean_quality")].toDouble());
    QVERIFY(pro[QStringLiteral("cost_per_1k_usd")].toDouble() > 10 * mini[QStringLiteral("cost_per_1k_usd")].toDouble());
    QCOMPARE(mini[QStringLiteral("error_rate")].toDouble(), 0.0);
    // The outcome matrix: a line per prompt, an outcome per candidate.
    QFile outcomes(m_dir.filePath(QStringLiteral("outcomes.jsonl")));
    QVERIFY(outcomes.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = outcomes.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 12);
    const QJsonObject first = QJsonDocument::fromJson(lines.front()).object();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("ar-01"));
    QCOMPARE(first.value(QStringLiteral("outcomes")).toObject().keys(), (QStringList{QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("sim-cloud/sim-pro")}));

    // The same as one self-contained HTML page with its charts inline.
    const QString html = m_dir.filePath(QStringLiteral("replay.html"));
    const Result page = run({QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--prompts"), QStringLiteral("support-triage"),
                             QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--candidate"),
                             QStringLiteral("sim-cloud/sim-pro"), QStringLiteral("--scorer"), QStringLiteral("contains-any"),
                             QStringLiteral("--report"), html});
    QVERIFY2(page.code == 0, qPrintable(page.err));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QCOMPARE(text.count(QStringLiteral("<svg ")), 3); // cost–latency, quality–cost, per category
    QVERIFY(text.contains(QStringLiteral("Pareto front")));
    QVERIFY(text.contains(QStringLiteral("AIQ")));
    QVERIFY(text.contains(QStringLiteral("sim-cloud/sim-pro")));
    QVERIFY(!text.contains(QStringLiteral("<script"))); // nothing to run, nothing to fetch
    QVERIFY(!text.contains(QStringLiteral("http://")) && !text.contains(QStringLiteral("https://")));
}

void TestCli::replayQualityGateFails()
{
    const Result r = run({QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--prompts"), QStringLiteral("support-triage"),
                          QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--scorer"),
                          QStringLiteral("contains-any"), QStringLiteral("--min-quality"), QStringLiteral("0.99")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("quality gate failed: below 0.99: sim-cloud/sim-mini")), qPrintable(r.err));
}

void TestCli::replayUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("replay"), QStringLiteral("--demo"), QStringLiteral("--prompts"), QStringLiteral("arithmetic")};
    QTest::newRow("no candidate") << base << 2 << QStringLiteral("give at least one --candidate");
    QTest::newRow("unknown candidate") << base + QStringList{QStringLiteral("--candidate"), QStringLiteral("nope:auto")} << 2
                                       << QStringLiteral("--candidate nope:auto: no policy, policy file or model called 'nope'");
    QTest::newRow("unknown route") << base + QStringList{QStringLiteral("--candidate"), QStringLiteral("cheap-first:slowest")} << 2
                                   << QStringLiteral("policy 'cheap-first' has no route 'slowest' (it has: auto, fast, best)");
    QTest::newRow("bad scorer") << base + QStringList{QStringLiteral("--candidate"), QStringLiteral("sim-cloud/sim-mini"), QStringLiteral("--scorer"), QStringLiteral("exactly")}
                                << 2 << QStringLiteral("scorer \"exactly\": unknown kind");
    QTest::newRow("bad report type") << base + QStringList{QStringLiteral("--report"), QStringLiteral("out.xml")} << 2
                                     << QStringLiteral("--report wants a FILE.html, FILE.json or FILE.csv");
    QTest::newRow("missing prompts file") << QStringList{QStringLiteral("replay"), QStringLiteral("--prompts"), QStringLiteral("/nonexistent.jsonl"),
                                                         QStringLiteral("--candidate"), QStringLiteral("x/y")}
                                          << 1 << QStringLiteral("cannot read /nonexistent.jsonl");
}

void TestCli::replayUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
