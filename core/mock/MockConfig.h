#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

#include "json/Diagnostics.h"

namespace sy {

struct MockFaults
{
    double errorRate = 0;      // share of requests answered 500
    double hangRate = 0;       // share accepted and never answered
    double malformedRate = 0;  // share answered 200 with a broken body
    double dropRate = 0;       // share whose connection drops mid-answer (mid-stream when streaming)
    int rateLimitPeriodMs = 0; // every period, the first burstMs answer 429 with Retry-After
    int rateLimitBurstMs = 0;
    int retryAfterS = 1;
    struct Window
    {
        int startMs;
        int durationMs;
    };
    std::vector<Window> outages; // answered 503, relative to server start
    int outagePeriodMs = 0;      // repeat the outage windows with this period (0: once)
};

struct MockModel
{
    QString id;
    int ttftMs = 100;
    double tokensPerSecond = 50;
    int jitterMs = 0;
    int minOutputTokens = 20;
    int maxOutputTokens = 120;
    int embeddingDimensions = 0; // > 0: serves /v1/embeddings
    // Share of known prompts (MockConfig::answers) answered right; -1: the model knows no answers.
    // Which prompts it gets right is fixed by the model, the prompt and the seed.
    double accuracy = -1;
    MockFaults faults;

    // A fault-free model answering exactly outputTokens tokens, for tests and benchmarks.
    static MockModel steady(const QString &id, int ttftMs, double tokensPerSecond, int outputTokens)
    {
        MockModel m;
        m.id = id;
        m.ttftMs = ttftMs;
        m.tokensPerSecond = tokensPerSecond;
        m.minOutputTokens = m.maxOutputTokens = outputTokens;
        return m;
    }
};

// The simulated providers' settings: several models with their own speed and faults.
struct MockConfig
{
    quint64 seed = 1;
    std::vector<MockModel> models;
    QHash<QString, QString> answers; // last user message → the right answer, for models with an accuracy

    void addAnswer(const QString &prompt, const QString &answer) { answers.insert(prompt.trimmed(), answer); }
    const MockModel *find(const QString &id) const;
    static std::optional<MockConfig> fromJsonText(const QByteArray &text, Diagnostics &diagnostics);
    static std::optional<MockConfig> fromFile(const QString &fileName, Diagnostics &diagnostics);
    static MockConfig demo(); // resources/demo/mock.json
};

} // namespace sy
