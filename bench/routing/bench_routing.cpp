// Decision time of the routing engine for policies of 5 and 50 rules.
// Run: build/release/bench/bench_routing --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "policy/PolicyReader.h"
#include "routing/RequestReader.h"
#include "routing/RoutingEngine.h"

using namespace sy;

namespace {

// A conditional of `rules` rules that cycle through the condition kinds users write most:
// token thresholds, keyword lists, header tests, regexes and capability flags. None matches the
// benchmark request, so every rule is evaluated (the worst case), then the default is taken.
std::shared_ptr<const CompiledPolicy> makePolicy(int rules)
{
    QJsonArray models;
    for (int i = 0; i < 8; ++i)
        models.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("m%1").arg(i)}});
    QJsonArray ruleList;
    for (int i = 0; i < rules; ++i) {
        QJsonObject when;
        switch (i % 5) {
        case 0:
            when = {{QStringLiteral("field"), QStringLiteral("prompt_tokens")}, {QStringLiteral("op"), QStringLiteral("gt")},
                    {QStringLiteral("value"), 100000 + i}};
            break;
        case 1:
            when = {{QStringLiteral("field"), QStringLiteral("last_user_message")}, {QStringLiteral("op"), QStringLiteral("contains")},
                    {QStringLiteral("value"), QJsonArray{QStringLiteral("kubernetes%1").arg(i), QStringLiteral("terraform%1").arg(i)}}};
            break;
        case 2:
            when = {{QStringLiteral("field"), QStringLiteral("header")}, {QStringLiteral("name"), QStringLiteral("x-tier")},
                    {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("tier-%1").arg(i)}};
            break;
        case 3:
            when = {{QStringLiteral("field"), QStringLiteral("last_user_message")}, {QStringLiteral("op"), QStringLiteral("matches")},
                    {QStringLiteral("value"), QStringLiteral("\\bticket-%1\\d{3}\\b").arg(i)}};
            break;
        default:
            when = {{QStringLiteral("all"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("has_tools")},
                                                                   {QStringLiteral("op"), QStringLiteral("eq")},
                                                                   {QStringLiteral("value"), true}},
                                                       QJsonObject{{QStringLiteral("field"), QStringLiteral("message_count")},
                                                                   {QStringLiteral("op"), QStringLiteral("ge")},
                                                                   {QStringLiteral("value"), 3}}}}};
        }
        ruleList.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("rule-%1").arg(i)},
                                    {QStringLiteral("when"), when},
                                    {QStringLiteral("then"), QJsonObject{{QStringLiteral("type"), QStringLiteral("target")},
                                                                         {QStringLiteral("model"), QStringLiteral("p/m%1").arg(i % 8)}}}});
    }
    const QJsonObject fallback{{QStringLiteral("type"), QStringLiteral("fallback")},
                               {QStringLiteral("children"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QStringLiteral("p/m0")}},
                                                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("target")}, {QStringLiteral("model"), QStringLiteral("p/m1")}}}}};
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("switchyard.policy")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("bench")},
        {QStringLiteral("providers"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("p")}, {QStringLiteral("kind"), QStringLiteral("openai")},
                                                             {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9/v1")}, {QStringLiteral("models"), models}}}},
        {QStringLiteral("routes"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("auto")},
                                                          {QStringLiteral("root"), QJsonObject{{QStringLiteral("type"), QStringLiteral("conditional")},
                                                                                               {QStringLiteral("rules"), ruleList},
                                                                                               {QStringLiteral("default"), fallback}}}}}}};
    Diagnostics d;
    auto policy = PolicyReader::fromJson(doc, d);
    if (!policy)
        qFatal("%s", qPrintable(d.toString()));
    return CompiledPolicy::compile(std::move(*policy));
}

// A typical chat request: a system prompt and a user message of about 120 words.
RequestFeatures makeFeatures()
{
    QString text;
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Please summarise the attached incident report and list the next steps for the on-call team. ");
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("auto")},
                           {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), QStringLiteral("You are a helpful assistant.")}},
                                                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}}}};
    RequestFeatures f = RequestFeatures::fromRequest(body, ApiFormat::OpenAIChat);
    f.headers.emplace_back(QStringLiteral("x-tier"), QStringLiteral("standard"));
    return f;
}

void BM_Decide(benchmark::State &state)
{
    const auto policy = makePolicy(int(state.range(0)));
    const RequestFeatures features = makeFeatures();
    std::vector<UpstreamLive> live(policy->upstreams.size());
    Decision decision;
    for (auto _ : state) {
        RoutingEngine::decide(*policy, features, live, decision);
        benchmark::DoNotOptimize(decision.steps.data());
    }
    if (decision.steps.size() != 2)
        state.SkipWithError("expected the default's two targets");
}
BENCHMARK(BM_Decide)->Arg(5)->Arg(50)->Unit(benchmark::kMicrosecond);

// Feature extraction from a request body as the proxy receives it (simdjson, token estimate included).
void BM_Features(benchmark::State &state)
{
    QString text;
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Please summarise the attached incident report and list the next steps for the on-call team. ");
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("auto")},
                           {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), QStringLiteral("You are a helpful assistant.")}},
                                                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}}}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (auto _ : state) {
        QByteArray copy = bytes;
        ParsedRequest parsed = RequestReader::read(copy, ApiFormat::OpenAIChat);
        benchmark::DoNotOptimize(parsed.features.promptTokens());
    }
}
BENCHMARK(BM_Features)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
