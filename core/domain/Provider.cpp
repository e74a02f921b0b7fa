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

double Pricing::costUsd(qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens) const
{
    const qint64 uncached = inputTokens - cachedInputTokens;
    const double cachedPrice = cachedInputPerMTok.value_or(inputPerMTok);
    return (double(uncached) * inputPerMTok + double(cachedInputTokens) * cachedPrice +
            double(outputTokens) * outputPerMTok) /
           1e6;
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
