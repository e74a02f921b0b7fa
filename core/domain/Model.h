#pragma once

#include <QString>
#include <QStringView>

#include <optional>

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

// Prices in US dollars per million tokens.
struct Pricing
{
    double inputPerMTok = 0;
    double outputPerMTok = 0;
    std::optional<double> cachedInputPerMTok; // where the provider bills cache reads apart

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
