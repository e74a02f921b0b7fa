#include "mock/MockConfig.h"

#include <QFile>

#include "json/JsonReader.h"

namespace sy {

const MockModel *MockConfig::find(const QString &id) const
{
    for (const MockModel &m : models)
        if (m.id == id)
            return &m;
    return nullptr;
}

namespace {

MockFaults readFaults(const QJsonObject &o, const QString &path, Diagnostics &d)
{
    MockFaults f;
    ObjectReader r(o, path, d);
    f.errorRate = r.number(QStringLiteral("error_rate"), ObjectReader::Optional, 0, 1).value_or(0);
    f.hangRate = r.number(QStringLiteral("hang_rate"), ObjectReader::Optional, 0, 1).value_or(0);
    f.malformedRate = r.number(QStringLiteral("malformed_rate"), ObjectReader::Optional, 0, 1).value_or(0);
    f.dropRate = r.number(QStringLiteral("drop_rate"), ObjectReader::Optional, 0, 1).value_or(0);
    if (const auto rl = r.objectMember(QStringLiteral("rate_limit"))) {
        ObjectReader rr(*rl, r.pathOf(QStringLiteral("rate_limit")), d);
        f.rateLimitPeriodMs = rr.integer(QStringLiteral("period_ms"), ObjectReader::Required, 1).value_or(0);
        f.rateLimitBurstMs = rr.integer(QStringLiteral("burst_ms"), ObjectReader::Required, 0).value_or(0);
        f.retryAfterS = rr.integer(QStringLiteral("retry_after_s"), ObjectReader::Optional, 0, 3600).value_or(1);
        rr.rejectUnknownKeys();
    }
    if (const auto outages = r.array(QStringLiteral("outages"))) {
        for (qsizetype i = 0; i < outages->size(); ++i) {
            ObjectReader wr(outages->at(i), jsonPathIndex(r.pathOf(QStringLiteral("outages")), i), d);
            const int start = wr.integer(QStringLiteral("start_ms"), ObjectReader::Required, 0).value_or(0);
            const int duration = wr.integer(QStringLiteral("duration_ms"), ObjectReader::Required, 1).value_or(1);
            wr.rejectUnknownKeys();
            f.outages.push_back({start, duration});
        }
    }
    f.outagePeriodMs = r.integer(QStringLiteral("outage_period_ms"), ObjectReader::Optional, 0).value_or(0);
    r.rejectUnknownKeys();
    return f;
}

} // namespace

std::optional<MockConfig> MockConfig::fromJsonText(const QByteArray &text, Diagnostics &d)
{
    const auto doc = parseJsonText(text, d);
    if (!doc)
        return std::nullopt;
    const qsizetype before = d.size();
    MockConfig config;
    ObjectReader r(doc->object(), QStringLiteral("$"), d);
    if (r.string(QStringLiteral("format"), ObjectReader::Required) != QStringLiteral("switchyard.mock"))
        d.add(QStringLiteral("$.format"), QStringLiteral("expected \"switchyard.mock\""));
    r.integer(QStringLiteral("version"), ObjectReader::Required, 1, 1);
    config.seed = quint64(r.number(QStringLiteral("seed"), ObjectReader::Optional, 0, 9e15).value_or(1));
    if (const auto models = r.array(QStringLiteral("models"), ObjectReader::Required)) {
        if (models->isEmpty())
            d.add(r.pathOf(QStringLiteral("models")), QStringLiteral("needs at least one model"));
        for (qsizetype i = 0; i < models->size(); ++i) {
            const QString path = jsonPathIndex(r.pathOf(QStringLiteral("models")), i);
            ObjectReader mr(models->at(i), path, d);
            if (!mr.isObject())
                continue;
            MockModel m;
            m.id = mr.string(QStringLiteral("id"), ObjectReader::Required).value_or(QString());
            m.ttftMs = mr.integer(QStringLiteral("ttft_ms"), ObjectReader::Optional, 0, 600000).value_or(100);
            m.tokensPerSecond = mr.number(QStringLiteral("tokens_per_second"), ObjectReader::Optional, 0.1, 1e6).value_or(50);
            m.jitterMs = mr.integer(QStringLiteral("jitter_ms"), ObjectReader::Optional, 0, 600000).value_or(0);
            m.embeddingDimensions = mr.integer(QStringLiteral("embedding_dimensions"), ObjectReader::Optional, 1, 8192).value_or(0);
            m.accuracy = mr.number(QStringLiteral("accuracy"), ObjectReader::Optional, 0, 1).value_or(-1);
            if (const auto range = mr.array(QStringLiteral("output_tokens"))) {
                if (range->size() != 2 || !range->at(0).isDouble() || !range->at(1).isDouble() ||
                    range->at(0).toInt() < 1 || range->at(0).toInt() > range->at(1).toInt())
                    d.add(mr.pathOf(QStringLiteral("output_tokens")), QStringLiteral("expected [min, max] with 1 <= min <= max"));
                else {
                    m.minOutputTokens = range->at(0).toInt();
                    m.maxOutputTokens = range->at(1).toInt();
                }
            }
            if (const auto faults = mr.objectMember(QStringLiteral("faults")))
                m.faults = readFaults(*faults, mr.pathOf(QStringLiteral("faults")), d);
            mr.rejectUnknownKeys();
            if (config.find(m.id))
                d.add(mr.pathOf(QStringLiteral("id")), QStringLiteral("duplicate model '%1'").arg(m.id));
            config.models.push_back(std::move(m));
        }
    }
    r.forEach(QStringLiteral("answers"), ObjectReader::Optional, [&](const QJsonValue &v, const QString &path) {
        ObjectReader ar(v, path, d);
        const auto prompt = ar.string(QStringLiteral("prompt"), ObjectReader::Required);
        const auto answer = ar.string(QStringLiteral("answer"), ObjectReader::Required);
        ar.rejectUnknownKeys();
        if (prompt && answer)
            config.addAnswer(*prompt, *answer);
    });
    r.rejectUnknownKeys();
    if (d.size() != before)
        return std::nullopt;
    return config;
}

std::optional<MockConfig> MockConfig::fromFile(const QString &fileName, Diagnostics &d)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        d.add(QString(), QStringLiteral("cannot read: %1").arg(f.errorString()));
        return std::nullopt;
    }
    return fromJsonText(f.readAll(), d);
}

MockConfig MockConfig::demo()
{
    Diagnostics d;
    auto config = fromFile(QStringLiteral(":/demo/mock.json"), d);
    Q_ASSERT_X(config, "MockConfig::demo", qPrintable(d.toString()));
    return config ? *config : MockConfig{};
}

} // namespace sy
