#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// switchyard-cli simulate and train, end to end on a small outcome matrix the test writes.
class TestLearnCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void simulatesALearnedRouterWithBaselines();
    void trainsAPolicyThatRoutesAndExplains();
    void tunesSemanticThresholds();
    void embedsExamplesWithAProvider();
    void errors_data();
    void errors();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    Result run(const QStringList &args);
    QString file(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
    QString m_matrix;
};

TestLearnCli::Result TestLearnCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SWITCHYARD_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString TestLearnCli::file(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? f.fileName() : QString();
}

void TestLearnCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 300 prompts: "mini" fails the proofs, "max" answers everything; max costs ten times more.
    const QStringList hard{QStringLiteral("prove the lemma about groups"), QStringLiteral("derive the closed form of the recurrence"),
                           QStringLiteral("prove the inequality for all reals")};
    const QStringList easy{QStringLiteral("say hello"), QStringLiteral("what is the capital of Peru"), QStringLiteral("give me a synonym for big"),
                           QStringLiteral("name three colours")};
    QByteArray text;
    for (int i = 0; i < 300; ++i) {
        const bool isHard = i % 3 == 0;
        const QStringList &pool = isHard ? hard : easy;
        const QJsonObject row{{QStringLiteral("id"), QString::number(i)},
                              {QStringLiteral("prompt"), pool[(i / 3) % pool.size()]},
                              {QStringLiteral("outcomes"),
                               QJsonObject{{QStringLiteral("mini"), QJsonObject{{QStringLiteral("quality"), isHard ? 0 : 1}, {QStringLiteral("cost_usd"), 0.001},
                                                                                {QStringLiteral("response"), QStringLiteral("an answer")}}},
                                           {QStringLiteral("max"), QJsonObject{{QStringLiteral("quality"), 1}, {QStringLiteral("cost_usd"), 0.01}}}}}};
        text += QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
    }
    m_matrix = file(QStringLiteral("outcomes.jsonl"), text);
    QVERIFY(!m_matrix.isEmpty());
}

void TestLearnCli::simulatesALearnedRouterWithBaselines()
{
    const Result r = run({QStringLiteral("simulate"), QStringLiteral("--outcomes"), m_matrix, QStringLiteral("--learned"), QStringLiteral("--models"),
                          QStringLiteral("mini,max"), QStringLiteral("--folds"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("3"),
                          QStringLiteral("--json"), QStringLiteral("--curve")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("prompts")).toInt(), 300);
    const QJsonObject b = o.value(QStringLiteral("baselines")).toObject();
    QCOMPARE(b[QStringLiteral("always_weak")][QStringLiteral("quality")].toDouble(), 200.0 / 300);
    QCOMPARE(b[QStringLiteral("always_strong")][QStringLiteral("quality")].toDouble(), 1.0);
    QCOMPARE(b[QStringLiteral("random")][QStringLiteral("apgr")].toDouble(), 0.5);
    QCOMPARE(b[QStringLiteral("random")][QStringLiteral("cpt50")].toDouble(), 0.5);
    // The oracle sends only the proofs to max: full quality at a third of max's calls.
    QCOMPARE(b[QStringLiteral("oracle")][QStringLiteral("quality")].toDouble(), 1.0);
    QVERIFY(qAbs(b[QStringLiteral("oracle")][QStringLiteral("cost_usd")].toDouble() - (0.001 * 2 + 0.01) / 3) < 1e-12);
    QCOMPARE(b[QStringLiteral("zero_router")][QStringLiteral("hull")].toArray().size(), 2);
    const QJsonObject l = o.value(QStringLiteral("learned")).toObject();
    QVERIFY2(l[QStringLiteral("apgr")].toDouble() > 0.8, qPrintable(r.out));
    QVERIFY(l[QStringLiteral("cpt80")].toDouble() < 0.4);
    QCOMPARE(l[QStringLiteral("folds")].toInt(), 5);
    QVERIFY(l[QStringLiteral("curve")].toArray().size() >= 3);
    QVERIFY(l[QStringLiteral("willingness_to_pay")][QStringLiteral("aiq")].toDouble() > b[QStringLiteral("zero_router")][QStringLiteral("aiq")].toDouble());
    // Same seed, same figures.
    const Result again = run({QStringLiteral("simulate"), QStringLiteral("--outcomes"), m_matrix, QStringLiteral("--learned"), QStringLiteral("--models"),
                              QStringLiteral("mini,max"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object()[QStringLiteral("learned")][QStringLiteral("apgr")].toDouble(), l[QStringLiteral("apgr")].toDouble());
}

void TestLearnCli::trainsAPolicyThatRoutesAndExplains()
{
    const QString policy = m_dir.filePath(QStringLiteral("learned.json"));
    const Result trained = run({QStringLiteral("train"), QStringLiteral("--outcomes"), m_matrix, QStringLiteral("--models"), QStringLiteral("mini,max"),
                                QStringLiteral("--price"), QStringLiteral("mini=0.1:0.2"), QStringLiteral("--strong-share"), QStringLiteral("0.34"),
                                QStringLiteral("--out"), policy});
    QVERIFY2(trained.code == 0, qPrintable(trained.err));
    QVERIFY2(trained.out.contains(QStringLiteral("held out (5 folds): APGR")), qPrintable(trained.out));
    QCOMPARE(run({QStringLiteral("validate"), policy}).code, 0);
    QFile f(policy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("routes")][0][QStringLiteral("root")].toObject();
    QCOMPARE(root[QStringLiteral("method")].toString(), QStringLiteral("learned"));
    const QJsonObject model = root[QStringLiteral("params")][QStringLiteral("model")].toObject();
    QVERIFY(model[QStringLiteral("training")][QStringLiteral("held_out")][QStringLiteral("apgr")].toDouble() > 0.8);
    QCOMPARE(model[QStringLiteral("order")].toArray().size(), 2);

    const QString hard = file(QStringLiteral("hard.json"), R"({"model": "learned", "messages": [{"role": "user", "content": "prove the lemma about rings"}]})");
    const QString easy = file(QStringLiteral("easy.json"), R"({"model": "learned", "messages": [{"role": "user", "content": "say hello please"}]})");
    for (const auto &[request, target] : {std::pair{hard, QStringLiteral("local/max")}, std::pair{easy, QStringLiteral("local/mini")}}) {
        const Result routed = run({QStringLiteral("route"), policy, request, QStringLiteral("--json")});
        QVERIFY2(routed.code == 0, qPrintable(routed.err));
        const QJsonObject o = QJsonDocument::fromJson(routed.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("targets")][0][QStringLiteral("target")].toString(), target);
        const QJsonObject selector = o[QStringLiteral("selectors")][0].toObject();
        QCOMPARE(selector[QStringLiteral("scores")].toObject().size(), 2);
        QVERIFY(selector.contains(QStringLiteral("threshold")));
        const Result words = run({QStringLiteral("route"), policy, request});
        QVERIFY2(words.out.contains(QStringLiteral("candidate 'mini' probability")), qPrintable(words.out));
    }
    // The trained policy simulated on the matrix, with its threshold swept.
    const Result simulated = run({QStringLiteral("simulate"), QStringLiteral("--outcomes"), m_matrix, QStringLiteral("--policy"), policy, QStringLiteral("--json")});
    QVERIFY2(simulated.code == 0, qPrintable(simulated.err));
    const QJsonObject p = QJsonDocument::fromJson(simulated.out.toUtf8()).object()[QStringLiteral("policy")].toObject();
    QCOMPARE(p[QStringLiteral("prompts")].toInt(), 300);
    QVERIFY(p[QStringLiteral("quality")].toDouble() > 0.95);
    QVERIFY(p[QStringLiteral("strong_share")].toDouble() < 0.5);
    QVERIFY(p[QStringLiteral("sweep")][QStringLiteral("apgr")].toDouble() > 0.8);
}

// The example intent policy: thresholds from labelled utterances, with precision and recall.
void TestLearnCli::tunesSemanticThresholds()
{
    const QString policy = QStringLiteral(SWITCHYARD_SOURCE_DIR "/docs/examples/intent-routes.json");
    const QString labelled = QStringLiteral(SWITCHYARD_SOURCE_DIR "/docs/examples/intent-labelled.jsonl");
    const QString tuned = m_dir.filePath(QStringLiteral("tuned.json"));
    const Result r = run({QStringLiteral("tune"), policy, QStringLiteral("--labelled"), labelled, QStringLiteral("--json"), QStringLiteral("--write"), tuned});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray choices = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(choices.size(), 2);
    for (const QJsonValue &c : choices) {
        QCOMPARE(c[QStringLiteral("support")].toInt(), 8);
        QVERIFY2(c[QStringLiteral("f1")].toDouble() >= 0.9, qPrintable(r.out));
        QVERIFY(c[QStringLiteral("threshold")].toDouble() > 0);
    }
    QCOMPARE(run({QStringLiteral("validate"), tuned}).code, 0);
    const QString request = file(QStringLiteral("refund.json"), R"({"model": "support", "messages": [{"role": "user", "content": "I was charged twice, please refund me"}]})");
    const Result routed = run({QStringLiteral("route"), tuned, request});
    QVERIFY2(routed.out.contains(QStringLiteral("targets: sim-cloud/sim-mini")) && routed.out.contains(QStringLiteral("candidate 'billing' similarity")),
             qPrintable(routed.out));
    const QString bad = file(QStringLiteral("bad-labels.jsonl"), "{\"text\": \"hi\", \"label\": \"sales\"}\n");
    const Result refused = run({QStringLiteral("tune"), policy, QStringLiteral("--labelled"), bad});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("bad-labels.jsonl:1: label 'sales' is not a candidate")), qPrintable(refused.err));
}

// The embeddings encoder: the demo's simulated embedding model embeds the examples (cached in a
// workspace), the thresholds are tuned on embedded utterances, and `route` (which calls no model)
// says it had no embedding of the request.
void TestLearnCli::embedsExamplesWithAProvider()
{
    QFile example(QStringLiteral(SWITCHYARD_SOURCE_DIR "/docs/examples/intent-routes.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(example.readAll()).object();
    QJsonArray routes = policy[QStringLiteral("routes")].toArray();
    QJsonObject route = routes[0].toObject();
    QJsonObject root = route[QStringLiteral("root")].toObject();
    QJsonObject params = root[QStringLiteral("params")].toObject();
    params.insert(QStringLiteral("encoder"), QStringLiteral("embeddings"));
    params.insert(QStringLiteral("embedding_model"), QStringLiteral("sim-cloud/sim-embed"));
    root.insert(QStringLiteral("params"), params);
    route.insert(QStringLiteral("root"), root);
    routes.replace(0, route);
    policy.insert(QStringLiteral("routes"), routes);
    QJsonArray providers = policy[QStringLiteral("providers")].toArray();
    QJsonObject provider = providers[0].toObject();
    QJsonArray models = provider[QStringLiteral("models")].toArray();
    models.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("sim-embed")}, {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("embeddings")}}});
    provider.insert(QStringLiteral("models"), models);
    providers.replace(0, provider);
    policy.insert(QStringLiteral("providers"), providers);
    const QString bare = file(QStringLiteral("embed-bare.json"), QJsonDocument(policy).toJson());
    const QString embedded = m_dir.filePath(QStringLiteral("embedded.json"));
    const QString ws = m_dir.filePath(QStringLiteral("embed.switchyard"));

    const Result invalid = run({QStringLiteral("validate"), bare});
    QCOMPARE(invalid.code, 1);
    QVERIFY2(invalid.err.contains(QStringLiteral("$.routes[0].root.params.example_vectors: missing: compute the examples' embeddings")), qPrintable(invalid.err));
    const Result first = run({QStringLiteral("embed"), bare, QStringLiteral("--demo"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), embedded});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QStringLiteral("16 example(s) embedded (0 from the workspace cache)")), qPrintable(first.out));
    const Result again = run({QStringLiteral("embed"), bare, QStringLiteral("--demo"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), embedded});
    QVERIFY2(again.out.contains(QStringLiteral("16 example(s) embedded (16 from the workspace cache)")), qPrintable(again.out + again.err));
    QCOMPARE(run({QStringLiteral("validate"), embedded}).code, 0);

    const Result tuned = run({QStringLiteral("tune"), embedded, QStringLiteral("--labelled"), QStringLiteral(SWITCHYARD_SOURCE_DIR "/docs/examples/intent-labelled.jsonl"),
                              QStringLiteral("--demo"), QStringLiteral("--json")});
    QVERIFY2(tuned.code == 0, qPrintable(tuned.err));
    const QJsonArray choices = QJsonDocument::fromJson(tuned.out.toUtf8()).array();
    QCOMPARE(choices.size(), 2);
    QVERIFY(choices[0][QStringLiteral("f1")].toDouble() > 0.5);

    const QString request = file(QStringLiteral("embed-request.json"), R"({"model": "support", "messages": [{"role": "user", "content": "refund please"}]})");
    const Result routed = run({QStringLiteral("route"), embedded, request});
    QVERIFY2(routed.out.contains(QStringLiteral("no embedding of the request from sim-cloud/sim-embed: default taken")), qPrintable(routed.out));
}

void TestLearnCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no outcomes") << QStringList{QStringLiteral("simulate"), QStringLiteral("--learned"), QStringLiteral("--models"), QStringLiteral("a,b")} << 2
                                 << "--outcomes FILE is required";
    QTest::newRow("both modes") << QStringList{QStringLiteral("simulate"), QStringLiteral("--outcomes"), QStringLiteral("M"), QStringLiteral("--learned"),
                                               QStringLiteral("--policy"), QStringLiteral("x.json")}
                                << 2 << "either --policy";
    QTest::newRow("unknown model") << QStringList{QStringLiteral("simulate"), QStringLiteral("--outcomes"), QStringLiteral("M"), QStringLiteral("--learned"),
                                                  QStringLiteral("--models"), QStringLiteral("mini,huge")}
                                   << 1 << "the matrix has no model 'huge'";
    QTest::newRow("bad price") << QStringList{QStringLiteral("simulate"), QStringLiteral("--outcomes"), QStringLiteral("M"), QStringLiteral("--learned"),
                                              QStringLiteral("--models"), QStringLiteral("mini,max"), QStringLiteral("--price"), QStringLiteral("mini=cheap")}
                               << 2 << "--price wants MODEL=IN:OUT";
    QTest::newRow("broken matrix") << QStringList{QStringLiteral("simulate"), QStringLiteral("--outcomes"), QStringLiteral("BROKEN"), QStringLiteral("--learned"),
                                                  QStringLiteral("--models"), QStringLiteral("a,b")}
                                   << 1 << "broken.jsonl:2";
    QTest::newRow("train without out") << QStringList{QStringLiteral("train"), QStringLiteral("--outcomes"), QStringLiteral("M"), QStringLiteral("--models"),
                                                      QStringLiteral("mini,max")}
                                       << 2 << "--out POLICY is required";
    QTest::newRow("wtp without lambda") << QStringList{QStringLiteral("train"), QStringLiteral("--outcomes"), QStringLiteral("M"), QStringLiteral("--models"),
                                                       QStringLiteral("mini,max"), QStringLiteral("--rule"), QStringLiteral("willingness_to_pay"),
                                                       QStringLiteral("--out"), QStringLiteral("x.json")}
                                        << 2 << "needs --lambda";
}

void TestLearnCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString broken = file(QStringLiteral("broken.jsonl"), "{\"id\": \"1\", \"prompt\": \"a\", \"outcomes\": {\"a\": {\"quality\": 1, \"cost_usd\": 0}}}\nnot json\n");
    for (QString &a : args) {
        if (a == u"M")
            a = m_matrix;
        else if (a == u"BROKEN")
            a = broken;
    }
    const Result r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_MAIN(TestLearnCli)
#include "tst_learncli.moc"
