#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace sy {

enum class Capability : unsigned {
    None = 0,
    Tools = 1u << 0,
    Vision = 1u << 1,
    JsonOutput = 1u << 2,
    Streaming = 1u << 3,
    Embeddings = 1u << 4,
};

struct Capabilities
{
    unsigned bits = 0;
    bool has(Capability c) const { return (bits & unsigned(c)) != 0; }
    void set(Capability c, bool on = true) { bits = on ? (bits | unsigned(c)) : (bits & ~unsigned(c)); }
    friend bool operator==(const Capabilities &, const Capabilities &) = default;
};

// The names used in JSON files, in a fixed order.
struct CapabilityName
{
    Capability capability;
    const char *name;
};
extern const CapabilityName kCapabilityNames[5];

// "tools, vision" with separator ", " (or the one given); and back, ignoring case and spaces.
QString capabilityNames(Capabilities capabilities, QStringView separator = u", ");
Capabilities capabilitiesFromNames(QStringView text);

// The tokens one request is billed for, as the provider reported them. Input counts every input
// token (cache reads and writes included); output counts reasoning tokens too, as both APIs do.
struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cachedInputTokens = 0;  // read from the provider's prompt cache
    qint64 cacheWriteTokens = 0;   // written to it (Anthropic: the 5-minute cache)
    qint64 cacheWrite1hTokens = 0; // written to Anthropic's 1-hour cache
    qint64 reasoningTokens = 0;    // of the output, where reported
    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

// Prices in US dollars per million tokens. Each optional price falls back to the plain input (or,
// for reasoning, output) price: a provider that does not bill them apart needs none.
struct PriceRates
{
    double inputPerMTok = 0;
    double outputPerMTok = 0;
    std::optional<double> cachedInputPerMTok; // cache reads
    std::optional<double> cacheWritePerMTok;  // cache writes (Anthropic's 5-minute cache)
    std::optional<double> cacheWrite1hPerMTok; // Anthropic's 1-hour cache writes; else cacheWritePerMTok
    std::optional<double> reasoningPerMTok;   // reasoning output, where billed apart from the rest
    friend bool operator==(const PriceRates &, const PriceRates &) = default;
};

// Long-prompt prices: a request whose input is above aboveInputTokens pays these rates for all
// its tokens (Gemini 2.5 Pro and Claude's long-context window past 200k, for example).
struct PriceTier
{
    qint64 aboveInputTokens = 0;
    PriceRates rates;
    friend bool operator==(const PriceTier &, const PriceTier &) = default;
};

struct Pricing : PriceRates
{
    std::vector<PriceTier> tiers; // by aboveInputTokens, ascending

    static Pricing perMTok(double input, double output)
    {
        Pricing p;
        p.inputPerMTok = input;
        p.outputPerMTok = output;
        return p;
    }

    // The rates a request of this many input tokens pays.
    const PriceRates &ratesFor(qint64 inputTokens) const;
    double costUsd(const TokenUsage &usage) const;
    double costUsd(qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens = 0) const;
    friend bool operator==(const Pricing &, const Pricing &) = default;
};

struct ModelSpec
{
    QString id;    // the provider's model id
    QString alias; // optional short name users may use instead of id
    Pricing pricing;
    std::optional<int> contextWindow;
    Capabilities capabilities;

    friend bool operator==(const ModelSpec &, const ModelSpec &) = default;
};

} // namespace sy
