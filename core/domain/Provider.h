#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

#include "domain/Model.h"

namespace sy {

enum class ProviderKind { OpenAI, Anthropic };

QString providerKindName(ProviderKind kind);
std::optional<ProviderKind> providerKindFromName(const QString &name);

// Where a secret lives. The secret itself never enters a policy file or the workspace.
struct CredentialRef
{
    enum class Source { None, Environment, Keychain };
    Source source = Source::None;
    QString name; // environment variable, or keychain entry key

    bool isSet() const { return source != Source::None; }
    friend bool operator==(const CredentialRef &, const CredentialRef &) = default;
};

struct Timeouts
{
    std::optional<int> connectMs;   // TCP/TLS connect
    std::optional<int> firstByteMs; // until response headers (or first SSE event)
    std::optional<int> totalMs;     // whole request

    static constexpr int kDefaultConnectMs = 5000;
    static constexpr int kDefaultFirstByteMs = 60000;
    static constexpr int kDefaultTotalMs = 600000;

    friend bool operator==(const Timeouts &, const Timeouts &) = default;
};

struct HeaderEntry
{
    QString name;
    QString value; // never a secret: see CredentialRef
    friend bool operator==(const HeaderEntry &, const HeaderEntry &) = default;
};

struct ProviderSpec
{
    QString id; // referenced by targets as "id/model"
    ProviderKind kind = ProviderKind::OpenAI;
    QString baseUrl; // http(s)://host[:port]/v1, or sim://NAME for the in-process simulator
    CredentialRef credential;
    std::vector<HeaderEntry> headers;
    Timeouts timeouts;
    std::vector<ModelSpec> models;
    bool responsesApi = false; // serves POST /responses itself (OpenAI kind): Responses requests pass through
    // The provider's own usage limits: the proxy keeps under them rather than collect its 429s.
    std::optional<int> requestsPerMinute;
    std::optional<qint64> tokensPerMinute;

    const ModelSpec *findModel(const QString &idOrAlias) const;
    friend bool operator==(const ProviderSpec &, const ProviderSpec &) = default;
};

} // namespace sy
