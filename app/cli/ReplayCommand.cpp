// switchyard-cli replay: a prompt set through candidate routes and models, scored, for CI.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

#include "CliCredentials.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "demo/DemoWorkspace.h"
#include "eval/AnswerExtraction.h"
#include "mock/MockProvider.h"
#include "policy/PolicyReader.h"
#include "replay/ReplayAggregates.h"
#include "replay/ReplayReport.h"
#include "replay/ReplayRunner.h"
#include "store/PolicyStore.h"
#include "store/ProviderStore.h"
#include "store/Workspace.h"
#include "store/WorkspaceResponseCache.h"

namespace sy::cli {

namespace {

const QString kCommand = QStringLiteral("replay");

// Writes atomically; prints why when it cannot.
bool writeFile(const QString &fileName, const QByteArray &text)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        err(QStringLiteral("switchyard-cli replay: cannot write %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    return true;
}

// Where candidates come from: the demo, a workspace, and policy files named on the command line.
struct Sources
{
    std::vector<Policy> policies;
    std::vector<ProviderSpec> providers;

    QStringList candidateNames() const
    {
        QStringList names;
        for (const Policy &p : policies)
            for (const Route &r : p.routes)
                names.append(p.name + u':' + r.alias);
        for (const ProviderSpec &provider : providers)
            for (const ModelSpec &m : provider.models)
                if (!m.capabilities.has(Capability::Embeddings))
                    names.append(provider.id + u'/' + m.id);
        return names;
    }
};

// POLICY[:ROUTE] (a policy name, or a policy file) or PROVIDER/MODEL.
std::optional<ReplayCandidate> resolveCandidate(const QString &spec, const Sources &sources, QString *error)
{
    if (const auto model = ReplayCandidate::forModel(sources.providers, spec))
        return model;
    QString policyRef = spec, route;
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon > 0 && !QFileInfo::exists(spec)) {
        policyRef = spec.left(colon);
        route = spec.mid(colon + 1);
    }
    std::optional<Policy> policy;
    for (const Policy &p : sources.policies)
        if (p.name == policyRef)
            policy = p;
    if (!policy && QFileInfo::exists(policyRef)) {
        Diagnostics diagnostics;
        policy = PolicyReader::fromFile(policyRef, diagnostics);
        if (!policy) {
            *error = diagnostics.toString(policyRef);
            return std::nullopt;
        }
    }
    if (!policy) {
        *error = QStringLiteral("no policy, policy file or model called '%1' (--list-candidates shows the names)").arg(policyRef);
        return std::nullopt;
    }
    if (route.isEmpty()) {
        if (policy->routes.empty()) {
            *error = QStringLiteral("policy '%1' has no routes").arg(policy->name);
            return std::nullopt;
        }
        route = policy->routes.front().alias;
    }
    if (!policy->findRoute(route)) {
        QStringList routes;
        for (const Route &r : policy->routes)
            routes.append(r.alias);
        *error = QStringLiteral("policy '%1' has no route '%2' (it has: %3)").arg(policy->name, route, routes.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return ReplayCandidate::forRoute(*policy, route);
}

std::optional<std::vector<PromptItem>> loadPrompts(const QString &ref, bool demo, const PromptFieldMap &map, QString *error)
{
    if (demo)
        for (const PromptSet &set : DemoWorkspace::promptSets())
            if (set.name == ref)
                return set.items;
    QFile file(ref);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = demo ? QStringLiteral("no demo prompt set or file called '%1' (the demo has arithmetic and support-triage)").arg(ref)
                      : QStringLiteral("cannot read %1: %2").arg(ref, file.errorString());
        return std::nullopt;
    }
    Diagnostics diagnostics;
    auto items = PromptSetReader::fromJsonl(file.readAll(), diagnostics, map);
    if (!diagnostics.isEmpty()) {
        *error = diagnostics.toString(ref);
        return std::nullopt;
    }
    if (items.empty()) {
        *error = QStringLiteral("%1 has no prompts").arg(ref);
        return std::nullopt;
    }
    return items;
}

void drawProgress(const ReplayProgress &p)
{
    constexpr int width = 30;
    const int filled = p.total > 0 ? p.done * width / p.total : width;
    const QString bar = QString(filled, u'#') + QString(width - filled, u'-');
    const QString eta = p.etaSeconds < 0 ? QStringLiteral("--") : QStringLiteral("%1 s").arg(qRound(p.etaSeconds));
    fprintf(stderr, "\r[%s] %d/%d  in flight %d  $%.4f  ETA %s   ", qPrintable(bar), p.done, p.total, p.inFlight, p.spentUsd, qPrintable(eta));
    fflush(stderr);
}

} // namespace

int runReplay(const QStringList &arguments)
{
    CommandLine cli(kCommand, QStringLiteral(
        "Sends every prompt of a set through each candidate (a policy route or a single model) via the real proxy path, "
        "scores the answers and reports quality, cost and latency per candidate."));
    QCommandLineParser &parser = cli.parser();
    QCommandLineOption prompts(QStringLiteral("prompts"), QStringLiteral("The prompt set: a JSONL file (with --demo also arithmetic or support-triage)."), QStringLiteral("FILE"));
    QCommandLineOption mapOption(QStringLiteral("map"), QStringLiteral("Which fields of the prompt file hold what, as in prompt=question,reference=answer."), QStringLiteral("KEY=FIELD,..."));
    QCommandLineOption candidate(QStringLiteral("candidate"), QStringLiteral("A candidate: POLICY[:ROUTE] (a policy name or file) or PROVIDER/MODEL. Repeat for more."), QStringLiteral("SPEC"));
    QCommandLineOption scorer(QStringLiteral("scorer"), QStringLiteral("A quality check, KIND[:ARG][@WEIGHT] (docs/metrics.md). Repeat to combine."), QStringLiteral("SPEC"));
    QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Requests in flight per candidate."), QStringLiteral("N"), QStringLiteral("8"));
    QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Requests per second over all candidates (0: no limit)."), QStringLiteral("R"), QStringLiteral("0"));
    QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Times to send each prompt to each candidate."), QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption budget(QStringLiteral("budget"), QStringLiteral("Stop before spending more than this many dollars."), QStringLiteral("USD"));
    QCommandLineOption maxTokens(QStringLiteral("max-tokens"), QStringLiteral("Output budget per request."), QStringLiteral("N"));
    QCommandLineOption threshold(QStringLiteral("pass-threshold"), QStringLiteral("Quality at or above which an answer passes."), QStringLiteral("Q"), QStringLiteral("0.5"));
    QCommandLineOption minQuality(QStringLiteral("min-quality"), QStringLiteral("Exit 1 unless every candidate's mean quality reaches Q."), QStringLiteral("Q"));
    QCommandLineOption reportFile(QStringLiteral("report"), QStringLiteral("Write the results: FILE.html (self-contained, with charts), FILE.json or FILE.csv."), QStringLiteral("FILE"));
    QCommandLineOption noTexts(QStringLiteral("report-without-texts"),
                               QStringLiteral("List failed answers in the HTML report by id only, without prompt and answer texts."));
    QCommandLineOption outcomesFile(QStringLiteral("outcomes"), QStringLiteral("Also write the run as an outcome matrix (JSONL, docs/metrics.md)."), QStringLiteral("FILE"));
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Take policies and models from this workspace."), QStringLiteral("FILE"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Use the demo's simulated models, policies and prompt sets."));
    QCommandLineOption list(QStringLiteral("list-candidates"), QStringLiteral("Print the candidate names available, one per line, and exit."));
    QCommandLineOption providerConcurrency(QStringLiteral("provider-concurrency"), QStringLiteral("Requests in flight per provider, over all candidates and judges (0: no limit)."), QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption judgeRubric(QStringLiteral("judge-rubric"), QStringLiteral("The rubric for judge and pairwise scorers, from a text file."), QStringLiteral("FILE"));
    QCommandLineOption noCache(QStringLiteral("no-cache"), QStringLiteral("With --workspace: ask the providers even for answers in the workspace's response cache (fresh answers replace them)."));
    QCommandLineOption weakOption(QStringLiteral("weak"), QStringLiteral("The weak candidate, for PGR, APGR and CPT in the report (with --strong)."), QStringLiteral("CANDIDATE"));
    QCommandLineOption strongOption(QStringLiteral("strong"), QStringLiteral("The strong candidate, for PGR, APGR and CPT in the report (with --weak)."), QStringLiteral("CANDIDATE"));
    QCommandLineOption noStream(QStringLiteral("no-stream"), QStringLiteral("Ask for whole answers instead of streamed ones (no time to first token)."));
    QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the most the replay could cost, and exit."));
    parser.addOptions({prompts, mapOption, candidate, scorer, concurrency, rate, repeats, budget, maxTokens, threshold, minQuality, reportFile,
                       outcomesFile, noTexts, workspace, demo, list, dryRun, providerConcurrency, judgeRubric, noCache, weakOption, strongOption, noStream});
    if (const auto exit = cli.parse(arguments))
        return *exit;

    Sources sources;
    if (parser.isSet(demo)) {
        sources.policies = DemoWorkspace::policies();
        sources.providers = sources.policies.front().providers;
    }
    std::unique_ptr<Workspace> ws;
    if (parser.isSet(workspace)) {
        QString error;
        ws = Workspace::open(parser.value(workspace), &error);
        if (!ws)
            return usageError(kCommand, error);
        QSqlDatabase db = ws->connectionForThisThread();
        for (const ProviderSpec &p : ProviderStore::loadAll(db))
            sources.providers.push_back(p);
        for (const PolicySummary &summary : PolicyStore::list(db)) {
            Diagnostics diagnostics;
            if (auto policy = PolicyReader::fromJsonText(PolicyStore::load(db, summary.name).value_or(QByteArray()), diagnostics))
                sources.policies.push_back(*policy);
        }
    }
    if (parser.isSet(list)) {
        for (const QString &name : sources.candidateNames())
            out(name);
        return Ok;
    }

    ReplayPlan plan;
    auto number = [&](const QCommandLineOption &o, double min, double max, double *value) {
        bool ok = false;
        *value = parser.value(o).toDouble(&ok);
        return ok && *value >= min && *value <= max;
    };
    double value = 0;
    if (!number(concurrency, 1, 1024, &value))
        return usageError(kCommand, QStringLiteral("--concurrency wants a number from 1 to 1024"));
    plan.concurrency = int(value);
    if (!number(rate, 0, 1e6, &plan.requestsPerSecond))
        return usageError(kCommand, QStringLiteral("--rate wants requests per second, 0 or more"));
    if (!number(repeats, 1, 100, &value))
        return usageError(kCommand, QStringLiteral("--repeats wants a number from 1 to 100"));
    plan.repeats = int(value);
    if (parser.isSet(budget) && !number(budget, 0.000001, 1e6, &plan.budgetUsd))
        return usageError(kCommand, QStringLiteral("--budget wants dollars above 0"));
    if (parser.isSet(maxTokens)) {
        if (!number(maxTokens, 1, 1e6, &value))
            return usageError(kCommand, QStringLiteral("--max-tokens wants a number from 1"));
        plan.maxTokens = int(value);
    }
    if (!number(providerConcurrency, 0, 1024, &value))
        return usageError(kCommand, QStringLiteral("--provider-concurrency wants a number from 0 to 1024"));
    plan.providerConcurrency = int(value);
    plan.stream = !parser.isSet(noStream);
    if (!number(threshold, 0, 1, &plan.passThreshold))
        return usageError(kCommand, QStringLiteral("--pass-threshold wants a quality from 0 to 1"));
    double gate = -1;
    if (parser.isSet(minQuality) && !number(minQuality, 0, 1, &gate))
        return usageError(kCommand, QStringLiteral("--min-quality wants a quality from 0 to 1"));
    const QString reportName = parser.value(reportFile);
    if (!reportName.isEmpty() && !reportName.endsWith(QStringLiteral(".json")) && !reportName.endsWith(QStringLiteral(".csv")) &&
        !reportName.endsWith(QStringLiteral(".html")))
        return usageError(kCommand, QStringLiteral("--report wants a FILE.html, FILE.json or FILE.csv"));

    if (!parser.isSet(prompts))
        return usageError(kCommand, QStringLiteral("--prompts FILE is required"));
    QString error;
    const auto fieldMap = PromptFieldMap::parse(parser.value(mapOption), &error);
    if (!fieldMap)
        return usageError(kCommand, QStringLiteral("--map %1").arg(error));
    const auto items = loadPrompts(parser.value(prompts), parser.isSet(demo), *fieldMap, &error);
    if (!items) {
        err(QStringLiteral("switchyard-cli replay: %1").arg(error));
        return Failed;
    }
    plan.items = *items;
    if (!parser.isSet(candidate))
        return usageError(kCommand, QStringLiteral("give at least one --candidate (--list-candidates shows the names)"));
    for (const QString &spec : parser.values(candidate)) {
        const auto resolved = resolveCandidate(spec, sources, &error);
        if (!resolved)
            return usageError(kCommand, QStringLiteral("--candidate %1: %2").arg(spec, error));
        plan.candidates.push_back(*resolved);
    }
    QString rubric;
    if (parser.isSet(judgeRubric)) {
        QFile file(parser.value(judgeRubric));
        if (!file.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("switchyard-cli replay: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return Failed;
        }
        rubric = QString::fromUtf8(file.readAll());
    }
    plan.judgeProviders = sources.providers;
    for (const QString &spec : parser.values(scorer)) {
        auto parsed = Scorer::parse(spec, &error);
        if (!parsed)
            return usageError(kCommand, error);
        if (parsed->isJudged() && !ReplayCandidate::forModel(sources.providers, parsed->judgeModel))
            return usageError(kCommand, QStringLiteral("scorer \"%1\": no model %2 (--list-candidates shows the models)").arg(spec, parsed->judgeModel));
        parsed->rubric = rubric;
        plan.scorers.push_back(*parsed);
    }
    std::shared_ptr<WorkspaceResponseCache> cache;
    if (ws) {
        cache = std::make_shared<WorkspaceResponseCache>(ws.get());
        plan.cache = cache;
        plan.bypassCache = parser.isSet(noCache);
    }

    int weak = -1, strong = -1;
    if (parser.isSet(weakOption) != parser.isSet(strongOption))
        return usageError(kCommand, QStringLiteral("--weak and --strong go together"));
    for (int i = 0; i < int(plan.candidates.size()); ++i) {
        if (parser.isSet(weakOption) && plan.candidates[size_t(i)].label == parser.value(weakOption))
            weak = i;
        if (parser.isSet(strongOption) && plan.candidates[size_t(i)].label == parser.value(strongOption))
            strong = i;
    }
    if (parser.isSet(weakOption) && (weak < 0 || strong < 0 || weak == strong))
        return usageError(kCommand, QStringLiteral("--weak and --strong must name two different candidates of this replay"));

    const double estimate = ReplayRunner::estimateCostUsd(plan);
    if (parser.isSet(dryRun)) {
        out(QStringLiteral("%1 requests (%2 prompts × %3 candidates × %4 repeats); at most $%5")
                .arg(plan.cellCount())
                .arg(plan.items.size())
                .arg(plan.candidates.size())
                .arg(plan.repeats)
                .arg(estimate, 0, 'f', 4));
        return Ok;
    }

    std::unique_ptr<MockServer> simulator;
    if (parser.isSet(demo)) {
        // The simulated models know this set's answers too, each at its own accuracy.
        MockConfig config = DemoWorkspace::simulatorConfig();
        for (const PromptItem &item : plan.items) {
            if (item.reference.isEmpty() || item.messages.isEmpty())
                continue;
            config.addAnswer(lastUserText(item.messages), AnswerExtraction::finalAnswerText(item.reference));
        }
        simulator = std::make_unique<MockServer>(config, 2);
        if (!simulator->listen(QHostAddress::LocalHost, 0, &error)) {
            err(QStringLiteral("switchyard-cli replay: the simulated providers could not start: %1").arg(error));
            return Failed;
        }
        const QString url = simulator->baseUrl();
        plan.simulators = [url](const QString &) { return url; };
    }
    Policy all; // every candidate's providers, for reading their keychain entries once
    for (const ReplayCandidate &c : plan.candidates)
        all.providers.insert(all.providers.end(), c.policy.providers.begin(), c.policy.providers.end());
    for (const ScorerSpec &spec : plan.scorers)
        if (spec.isJudged())
            all.providers.push_back(ReplayCandidate::forModel(sources.providers, spec.judgeModel)->policy.providers.front());
    plan.credentials = credentialsFor(all);

    const bool terminal = isatty(fileno(stderr));
    std::vector<ReplayCell> cells;
    ReplayRunner runner;
    QObject::connect(&runner, &ReplayRunner::cellFinished, [&cells](const ReplayCell &cell) { cells.push_back(cell); });
    if (terminal)
        QObject::connect(&runner, &ReplayRunner::progress, &drawProgress);
    ReplayProgress lastProgress;
    QObject::connect(&runner, &ReplayRunner::progress, [&lastProgress](const ReplayProgress &p) { lastProgress = p; });
    ReplayRunner::End end = ReplayRunner::End::Failed;
    QString endMessage;
    QObject::connect(&runner, &ReplayRunner::finished, [&](ReplayRunner::End how, const QString &message) {
        end = how;
        endMessage = message;
        QCoreApplication::exit(0);
    });
    runner.start(plan);
    QCoreApplication::exec();
    if (terminal)
        fprintf(stderr, "\n");
    std::sort(cells.begin(), cells.end(), [](const ReplayCell &a, const ReplayCell &b) {
        return std::tie(a.key.item, a.key.candidate, a.key.repeat) < std::tie(b.key.item, b.key.candidate, b.key.repeat);
    });
    const auto summaries = ReplayAggregates::summarise(cells, int(plan.candidates.size()));
    out(QStringLiteral("%1 of %2 requests done, %3 from the response cache; spent $%4 (judges $%5)")
            .arg(cells.size())
            .arg(plan.cellCount())
            .arg(lastProgress.cacheHits)
            .arg(lastProgress.spentUsd, 0, 'f', 4)
            .arg(lastProgress.judgeCostUsd, 0, 'f', 4));
    out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
            .arg(QStringLiteral("candidate"), -32)
            .arg(QStringLiteral("quality"), 7)
            .arg(QStringLiteral("pass"), 6)
            .arg(QStringLiteral("errors"), 6)
            .arg(QStringLiteral("$/1k req"), 9)
            .arg(QStringLiteral("p50 ms"), 7)
            .arg(QStringLiteral("p95 ms"), 7));
    for (size_t i = 0; i < summaries.size(); ++i) {
        const CandidateSummary &s = summaries[i];
        out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                .arg(plan.candidates[i].label, -32)
                .arg(s.meanQuality, 7, 'f', 3)
                .arg(QStringLiteral("%1%").arg(s.passRate * 100, 0, 'f', 0), 6)
                .arg(QStringLiteral("%1%").arg(s.errorRate * 100, 0, 'f', 0), 6)
                .arg(s.costPer1k, 9, 'f', 4)
                .arg(s.latencyP50, 7, 'f', 0)
                .arg(s.latencyP95, 7, 'f', 0));
    }
    if (!reportName.isEmpty()) {
        if (!writeFile(reportName, ReplayReport::forFile(reportName, {QFileInfo(parser.value(prompts)).fileName(), QDateTime::currentDateTime().toString(Qt::ISODate), &plan, &cells, &summaries, !parser.isSet(noTexts), weak, strong})))
            return Failed;
        out(QStringLiteral("report: %1").arg(reportName));
    }
    if (parser.isSet(outcomesFile)) {
        if (!writeFile(parser.value(outcomesFile), ReplayAggregates::outcomeMatrix(plan, cells).toJsonl()))
            return Failed;
        out(QStringLiteral("outcomes: %1").arg(parser.value(outcomesFile)));
    }
    if (end == ReplayRunner::End::Failed) {
        err(QStringLiteral("switchyard-cli replay: %1").arg(endMessage));
        return Failed;
    }
    if (end == ReplayRunner::End::BudgetReached)
        err(QStringLiteral("switchyard-cli replay: %1").arg(endMessage));
    if (gate >= 0) {
        QStringList below;
        for (size_t i = 0; i < summaries.size(); ++i)
            if (summaries[i].meanQuality < gate)
                below.append(QStringLiteral("%1 (%2)").arg(plan.candidates[i].label).arg(summaries[i].meanQuality, 0, 'f', 3));
        if (!below.isEmpty()) {
            err(QStringLiteral("quality gate failed: below %1: %2").arg(gate).arg(below.join(QStringLiteral(", "))));
            return Failed;
        }
    }
    return end == ReplayRunner::End::BudgetReached ? Failed : Ok;
}

} // namespace sy::cli
