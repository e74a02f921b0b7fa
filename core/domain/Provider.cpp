#include "domain/Provider.h"

namespace sy {

const CapabilityName kCapabilityNames[5] = {
    {Capability::Tools, "tools"},           {Capability::Vision, "vision"},
    {Capability::JsonOutput, "json_output"}, {Capability::Streaming, "streaming"},
    {Capability::Embeddings, "embeddings"},
};

QString capabilityNames(Capabilities capabilities, QStringView separator)
{
    QString out;
    for (const CapabilityName &c : kCapabilityNames) {
        if (!capabilities.has(c.capability))
            continue;
        if (!out.isEmpty())
            out += separator;
        out += QLatin1String(c.name);
    }
    return out;
}

Capabilities capabilitiesFromNames(QStringView text)
{
    Capabilities caps;
    for (QStringView word : text.split(u',', Qt::SkipEmptyParts))
        for (const CapabilityName &c : kCapabilityNames)
            if (word.trimmed().compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0)
                caps.set(c.capability);
    return caps;
}

QString providerKindName(ProviderKind kind)
{
    return kind == ProviderKind::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai");
}

std::optional<ProviderKind> providerKindFromName(const QString &name)
{
    if (name == u"openai")
        return ProviderKind::OpenAI;
    if (name == u"anthropic")
        return ProviderKind::Anthropic;
    return std::nullopt;
}

const PriceRates &Pricing::ratesFor(qint64 inputTokens) const
{
    const PriceRates *rates = this;
    for (const PriceTier &tier : tiers)
        if (inputTokens > tier.aboveInputTokens)
            rates = &tier.rates;
    return *rates;
}

double Pricing::costUsd(const TokenUsage &u) const
{
    const PriceRates &r = ratesFor(u.inputTokens);
    const double cacheWrite = r.cacheWritePerMTok.value_or(r.inputPerMTok);
    // Providers report the parts inside the totals; a part larger than its total is taken as the total.
    const qint64 uncached = qMax<qint64>(0, u.inputTokens - u.cachedInputTokens - u.cacheWriteTokens - u.cacheWrite1hTokens);
    const qint64 reasoning = qMin(u.reasoningTokens, u.outputTokens);
    return (double(uncached) * r.inputPerMTok + double(u.cachedInputTokens) * r.cachedInputPerMTok.value_or(r.inputPerMTok) +
            double(u.cacheWriteTokens) * cacheWrite + double(u.cacheWrite1hTokens) * r.cacheWrite1hPerMTok.value_or(cacheWrite) +
            double(u.outputTokens - reasoning) * r.outputPerMTok + double(reasoning) * r.reasoningPerMTok.value_or(r.outputPerMTok)) /
           1e6;
}

double Pricing::costUsd(qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens) const
{
    TokenUsage u;
    u.inputTokens = inputTokens;
    u.outputTokens = outputTokens;
    u.cachedInputTokens = cachedInputTokens;
    return costUsd(u);
}

const ModelSpec *ProviderSpec::findModel(const QString &idOrAlias) const
{
    for (const ModelSpec &m : models)
        if (m.id == idOrAlias)
            return &m;
    for (const ModelSpec &m : models)
        if (!m.alias.isEmpty() && m.alias == idOrAlias)
            return &m;
    return nullptr;
}

} // namespace sy
