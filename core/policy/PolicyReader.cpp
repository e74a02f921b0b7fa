#include "policy/PolicyReader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

#include "json/JsonReader.h"
#include "policy/PolicyMigration.h"
#include "policy/SelectorMethodCatalog.h"

namespace sy {

namespace {

const QSet<QString> &secretHeaderNames()
{
    static const QSet<QString> names = {QStringLiteral("authorization"), QStringLiteral("x-api-key"),
                                        QStringLiteral("api-key"), QStringLiteral("proxy-authorization"),
                                        QStringLiteral("x-goog-api-key")};
    return names;
}

class Parser
{
public:
    explicit Parser(Diagnostics &d) : m_diag(d) {}

    Policy parsePolicy(const QJsonObject &doc)
    {
        Policy policy;
        ObjectReader r(doc, QStringLiteral("$"), m_diag);
        r.string(QStringLiteral("format"), ObjectReader::Required);
        r.integer(QStringLiteral("version"), ObjectReader::Required);
        r.value(QStringLiteral("$schema")); // editors' hint, not stored
        policy.name = r.string(QStringLiteral("name"), ObjectReader::Required).value_or(QString());
        policy.description = r.string(QStringLiteral("description"), ObjectReader::Optional, true).value_or(QString());
        policy.metadata = r.objectMember(QStringLiteral("metadata")).value_or(QJsonObject());
        policy.logBodies = r.boolean(QStringLiteral("log_bodies"));
        policy.passthroughModels = r.stringList(QStringLiteral("passthrough_models")).value_or(QStringList());

        r.forEach(QStringLiteral("providers"), ObjectReader::Required, [&](const QJsonValue &v, const QString &path) {
            policy.providers.push_back(parseProvider(v, path));
        });
        const auto routeCount = r.forEach(QStringLiteral("routes"), ObjectReader::Required, [&](const QJsonValue &v, const QString &path) {
            policy.routes.push_back(parseRoute(v, path));
        });
        if (routeCount == 0 && policy.passthroughModels.isEmpty())
            m_diag.add(r.pathOf(QStringLiteral("routes")),
                       QStringLiteral("a policy needs at least one route, or a model in 'passthrough_models'"));
        r.rejectUnknownKeys();
        return policy;
    }

    // Prices per million tokens: input and output required, the rest optional.
    static void readRates(ObjectReader &pr, PriceRates &rates)
    {
        rates.inputPerMTok = pr.number(QStringLiteral("input_per_mtok"), ObjectReader::Required, 0, 1e6).value_or(0);
        rates.outputPerMTok = pr.number(QStringLiteral("output_per_mtok"), ObjectReader::Required, 0, 1e6).value_or(0);
        rates.cachedInputPerMTok = pr.number(QStringLiteral("cached_input_per_mtok"), ObjectReader::Optional, 0, 1e6);
        rates.cacheWritePerMTok = pr.number(QStringLiteral("cache_write_per_mtok"), ObjectReader::Optional, 0, 1e6);
        rates.cacheWrite1hPerMTok = pr.number(QStringLiteral("cache_write_1h_per_mtok"), ObjectReader::Optional, 0, 1e6);
        rates.reasoningPerMTok = pr.number(QStringLiteral("reasoning_per_mtok"), ObjectReader::Optional, 0, 1e6);
    }

    ModelSpec parseModel(const QJsonValue &v, const QString &path)
    {
        ModelSpec m;
        ObjectReader r(v, path, m_diag);
        if (!r.isObject())
            return m;
        m.id = r.string(QStringLiteral("id"), ObjectReader::Required).value_or(QString());
        m.alias = r.string(QStringLiteral("alias")).value_or(QString());
        if (const auto pricing = r.objectMember(QStringLiteral("pricing"))) {
            ObjectReader pr(*pricing, r.pathOf(QStringLiteral("pricing")), m_diag);
            readRates(pr, m.pricing);
            qint64 previousBound = -1;
            pr.forEach(QStringLiteral("tiers"), ObjectReader::Optional, [&](const QJsonValue &tierValue, const QString &tierPath) {
                ObjectReader tr(tierValue, tierPath, m_diag);
                if (!tr.isObject())
                    return;
                PriceTier tier;
                tier.aboveInputTokens = tr.integer(QStringLiteral("above_input_tokens"), ObjectReader::Required, 0, 100000000).value_or(0);
                if (tier.aboveInputTokens <= previousBound)
                    m_diag.add(tr.pathOf(QStringLiteral("above_input_tokens")),
                               QStringLiteral("tiers must be in ascending order of above_input_tokens"));
                previousBound = tier.aboveInputTokens;
                readRates(tr, tier.rates);
                tr.rejectUnknownKeys();
                m.pricing.tiers.push_back(tier);
            });
            pr.rejectUnknownKeys();
        }
        m.contextWindow = r.integer(QStringLiteral("context_window"), ObjectReader::Optional, 1, 100000000);
        if (const auto caps = r.stringList(QStringLiteral("capabilities"))) {
            for (qsizetype i = 0; i < caps->size(); ++i) {
                bool known = false;
                for (const CapabilityName &c : kCapabilityNames) {
                    if (caps->at(i) == QLatin1String(c.name)) {
                        m.capabilities.set(c.capability);
                        known = true;
                    }
                }
                if (!known)
                    m_diag.add(jsonPathIndex(r.pathOf(QStringLiteral("capabilities")), i),
                               QStringLiteral("unknown capability '%1' (known: tools, vision, json_output, "
                                              "streaming, embeddings)")
                                   .arg(caps->at(i)));
            }
        }
        r.rejectUnknownKeys();
        return m;
    }

private:
    ProviderSpec parseProvider(const QJsonValue &v, const QString &path)
    {
        ProviderSpec p;
        ObjectReader r(v, path, m_diag);
        if (!r.isObject())
            return p;
        p.id = r.string(QStringLiteral("id"), ObjectReader::Required).value_or(QString());
        if (!p.id.isEmpty() && p.id.contains(QLatin1Char('/')))
            m_diag.add(r.pathOf(QStringLiteral("id")), QStringLiteral("a provider id must not contain '/'"));
        if (const auto kind = r.string(QStringLiteral("kind"), ObjectReader::Required)) {
            if (const auto k = providerKindFromName(*kind))
                p.kind = *k;
            else
                m_diag.add(r.pathOf(QStringLiteral("kind")),
                           QStringLiteral("unknown provider kind '%1' (expected 'openai' or 'anthropic')").arg(*kind));
        }
        if (const auto url = r.string(QStringLiteral("base_url"), ObjectReader::Required)) {
            const QUrl parsed(*url, QUrl::StrictMode);
            const QString scheme = parsed.scheme();
            if (!parsed.isValid() || parsed.host().isEmpty() ||
                (scheme != u"http" && scheme != u"https" && scheme != u"sim"))
                m_diag.add(r.pathOf(QStringLiteral("base_url")),
                           QStringLiteral("'%1' is not an http://, https:// or sim:// URL with a host").arg(*url));
            p.baseUrl = *url;
        }
        if (r.has(QStringLiteral("api_key"))) {
            r.value(QStringLiteral("api_key"));
            m_diag.add(r.pathOf(QStringLiteral("api_key")),
                       QStringLiteral("secrets are never stored in a policy: reference one with \"credential\": "
                                      "{\"env\": \"VARIABLE\"} or {\"keychain\": \"ENTRY\"}"));
        }
        if (const auto cred = r.objectMember(QStringLiteral("credential")))
            p.credential = parseCredential(*cred, r.pathOf(QStringLiteral("credential")));
        if (const auto headers = r.objectMember(QStringLiteral("headers"))) {
            for (auto it = headers->constBegin(); it != headers->constEnd(); ++it) {
                const QString hpath = jsonPathKey(r.pathOf(QStringLiteral("headers")), it.key());
                if (!it.value().isString()) {
                    m_diag.add(hpath, QStringLiteral("expected a string, found %1").arg(jsonTypeName(it.value())));
                    continue;
                }
                if (secretHeaderNames().contains(it.key().toLower())) {
                    m_diag.add(hpath, QStringLiteral("header '%1' carries a secret: use \"credential\" instead, which "
                                                     "references the key without storing it")
                                          .arg(it.key()));
                    continue;
                }
                p.headers.push_back({it.key(), it.value().toString()});
            }
        }
        if (const auto t = r.objectMember(QStringLiteral("timeouts"))) {
            ObjectReader tr(*t, r.pathOf(QStringLiteral("timeouts")), m_diag);
            p.timeouts.connectMs = tr.integer(QStringLiteral("connect_ms"), ObjectReader::Optional, 1, 3600000);
            p.timeouts.firstByteMs = tr.integer(QStringLiteral("first_byte_ms"), ObjectReader::Optional, 1, 3600000);
            p.timeouts.totalMs = tr.integer(QStringLiteral("total_ms"), ObjectReader::Optional, 1, 86400000);
            tr.rejectUnknownKeys();
        }
        p.responsesApi = r.boolean(QStringLiteral("responses_api")).value_or(false);
        if (const auto limits = r.objectMember(QStringLiteral("limits"))) {
            ObjectReader lr(*limits, r.pathOf(QStringLiteral("limits")), m_diag);
            p.requestsPerMinute = lr.integer(QStringLiteral("rpm"), ObjectReader::Optional, 1, 100000000);
            if (const auto tpm = lr.number(QStringLiteral("tpm"), ObjectReader::Optional, 1, 1e12))
                p.tokensPerMinute = qint64(*tpm);
            lr.rejectUnknownKeys();
        }
        if (p.responsesApi && p.kind != ProviderKind::OpenAI)
            m_diag.add(r.pathOf(QStringLiteral("responses_api")),
                       QStringLiteral("only an openai-kind provider can serve the Responses API"));
        r.forEach(QStringLiteral("models"), ObjectReader::Optional,
                  [&](const QJsonValue &m, const QString &itemPath) { p.models.push_back(parseModel(m, itemPath)); });
        r.rejectUnknownKeys();
        return p;
    }

    CredentialRef parseCredential(const QJsonObject &o, const QString &path)
    {
        CredentialRef c;
        ObjectReader r(o, path, m_diag);
        const auto env = r.string(QStringLiteral("env"));
        const auto keychain = r.string(QStringLiteral("keychain"));
        if (env && keychain)
            m_diag.add(path, QStringLiteral("give either \"env\" or \"keychain\", not both"));
        else if (env) {
            static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
            if (!envName.match(*env).hasMatch())
                m_diag.add(r.pathOf(QStringLiteral("env")),
                           QStringLiteral("'%1' is not an environment variable name").arg(*env));
            c = {CredentialRef::Source::Environment, *env};
        } else if (keychain) {
            c = {CredentialRef::Source::Keychain, *keychain};
        } else if (r.isObject()) {
            m_diag.add(path, QStringLiteral("expected {\"env\": NAME} or {\"keychain\": ENTRY}"));
        }
        r.rejectUnknownKeys();
        return c;
    }

    Route parseRoute(const QJsonValue &v, const QString &path)
    {
        Route route;
        ObjectReader r(v, path, m_diag);
        if (!r.isObject())
            return route;
        route.alias = r.string(QStringLiteral("alias"), ObjectReader::Required).value_or(QString());
        route.description = r.string(QStringLiteral("description"), ObjectReader::Optional, true).value_or(QString());
        route.metadata = r.objectMember(QStringLiteral("metadata")).value_or(QJsonObject());
        if (const auto cache = r.objectMember(QStringLiteral("cache"))) {
            ObjectReader cr(*cache, r.pathOf(QStringLiteral("cache")), m_diag);
            RouteCache c;
            if (const auto mode = cr.string(QStringLiteral("mode"))) {
                if (*mode == u"semantic")
                    c.semantic = true;
                else if (*mode != u"exact")
                    m_diag.add(cr.pathOf(QStringLiteral("mode")), QStringLiteral("expected \"exact\" or \"semantic\", found '%1'").arg(*mode));
            }
            c.ttlSeconds = cr.integer(QStringLiteral("ttl_s"), ObjectReader::Optional, 1, 365 * 86400).value_or(RouteCache::kDefaultTtlSeconds);
            c.threshold = cr.number(QStringLiteral("threshold"), ObjectReader::Optional, 0.5, 1).value_or(RouteCache::kDefaultThreshold);
            c.shareAcrossKeys = cr.boolean(QStringLiteral("share_across_keys")).value_or(false);
            cr.rejectUnknownKeys();
            route.cache = c;
        }
        if (const auto shadow = r.objectMember(QStringLiteral("shadow"))) {
            ObjectReader sr(*shadow, r.pathOf(QStringLiteral("shadow")), m_diag);
            RouteShadow s;
            s.sample = sr.number(QStringLiteral("sample"), ObjectReader::Optional, 0.0001, 1).value_or(RouteShadow::kDefaultSample);
            s.dailyBudgetUsd = sr.number(QStringLiteral("daily_budget_usd"), ObjectReader::Required, 0.000001, 1e6).value_or(0);
            s.targets = sr.stringList(QStringLiteral("targets")).value_or(QStringList());
            if (s.targets.isEmpty())
                m_diag.add(sr.pathOf(QStringLiteral("targets")), QStringLiteral("a shadow test needs at least one target model"));
            s.scorers = sr.stringList(QStringLiteral("scorers")).value_or(QStringList());
            sr.rejectUnknownKeys();
            route.shadow = s;
        }
        const QJsonValue root = r.value(QStringLiteral("root"), ObjectReader::Required);
        if (!root.isUndefined())
            route.root = parseNode(root, r.pathOf(QStringLiteral("root")));
        r.rejectUnknownKeys();
        return route;
    }

    std::optional<FailureSet> parseFailureSet(ObjectReader &r, const QString &key)
    {
        const auto names = r.stringList(key);
        if (!names)
            return std::nullopt;
        FailureSet set;
        for (qsizetype i = 0; i < names->size(); ++i) {
            if (const auto c = failureClassFromName(names->at(i)))
                set.bits |= unsigned(*c);
            else
                m_diag.add(jsonPathIndex(r.pathOf(key), i),
                           QStringLiteral("unknown failure class '%1' (known: %2)")
                               .arg(names->at(i), failureSetNames(FailureSet{0x3f}).join(QStringLiteral(", "))));
        }
        return set;
    }

    Node parseNode(const QJsonValue &v, const QString &path)
    {
        Node node;
        ObjectReader r(v, path, m_diag);
        if (!r.isObject())
            return node;
        const auto type = r.string(QStringLiteral("type"), ObjectReader::Required);
        if (!type)
            return node;
        const auto kind = nodeKindFromName(*type);
        if (!kind) {
            m_diag.add(r.pathOf(QStringLiteral("type")),
                       QStringLiteral("unknown node type '%1' (expected target, fallback, weighted, conditional, "
                                      "ref or selector)")
                           .arg(*type));
            return node;
        }
        node.kind = *kind;
        node.id = r.string(QStringLiteral("id")).value_or(QString());
        node.metadata = r.objectMember(QStringLiteral("metadata")).value_or(QJsonObject());

        switch (node.kind) {
        case NodeKind::Target: parseTarget(r, node.target); break;
        case NodeKind::Fallback:
            if (r.forEach(QStringLiteral("children"), ObjectReader::Required, [&](const QJsonValue &c, const QString &itemPath) {
                    node.children.push_back(parseNode(c, itemPath));
                }) == 0)
                m_diag.add(r.pathOf(QStringLiteral("children")), QStringLiteral("a fallback needs at least one child"));
            node.fallbackOn = parseFailureSet(r, QStringLiteral("fallback_on"));
            break;
        case NodeKind::Weighted:
            node.stickyKey = r.string(QStringLiteral("sticky_key")).value_or(QString());
            node.salt = r.string(QStringLiteral("salt")).value_or(QString());
            if (const auto strategy = r.string(QStringLiteral("strategy"))) {
                if (const auto known = balanceStrategyFromName(*strategy))
                    node.strategy = *known;
                else
                    m_diag.add(r.pathOf(QStringLiteral("strategy")),
                               QStringLiteral("unknown strategy '%1' (known: weights, least_latency, least_busy, lowest_cost, "
                                              "latency_objective)")
                                   .arg(*strategy));
            }
            if (const auto metric = r.string(QStringLiteral("latency_metric"))) {
                if (*metric == u"ttft")
                    node.latencyMetric = LatencyMetric::FirstToken;
                else if (*metric != u"total")
                    m_diag.add(r.pathOf(QStringLiteral("latency_metric")), QStringLiteral("expected \"total\" or \"ttft\", found '%1'").arg(*metric));
            }
            node.objectiveMs = r.integer(QStringLiteral("objective_ms"), ObjectReader::Optional, 1, 3600000);
            if (node.strategy == BalanceStrategy::LatencyObjective && !node.objectiveMs)
                m_diag.add(r.pathOf(QStringLiteral("objective_ms")), QStringLiteral("a latency objective needs objective_ms"));
            parseArms(r, QStringLiteral("arms"), node, true);
            break;
        case NodeKind::Conditional:
            r.forEach(QStringLiteral("rules"), ObjectReader::Required,
                      [&](const QJsonValue &rule, const QString &itemPath) { node.rules.push_back(parseRule(rule, itemPath)); });
            if (r.has(QStringLiteral("default")))
                node.defaultNode = Box<Node>(parseNode(r.value(QStringLiteral("default")), r.pathOf(QStringLiteral("default"))));
            break;
        case NodeKind::Ref:
            node.routeRef = r.string(QStringLiteral("route"), ObjectReader::Required).value_or(QString());
            break;
        case NodeKind::Selector:
            node.method = r.string(QStringLiteral("method"), ObjectReader::Required).value_or(QString());
            node.params = r.objectMember(QStringLiteral("params")).value_or(QJsonObject());
            parseArms(r, QStringLiteral("candidates"), node, false);
            node.defaultNode = Box<Node>(parseNode(r.value(QStringLiteral("default"), ObjectReader::Required),
                                                   r.pathOf(QStringLiteral("default"))));
            break;
        }
        r.rejectUnknownKeys();
        return node;
    }

    void parseArms(ObjectReader &r, const QString &key, Node &node, bool weighted)
    {
        const auto arms = r.array(key, ObjectReader::Required);
        if (!arms)
            return;
        if (arms->isEmpty())
            m_diag.add(r.pathOf(key), QStringLiteral("needs at least one entry"));
        for (qsizetype i = 0; i < arms->size(); ++i) {
            const QString apath = jsonPathIndex(r.pathOf(key), i);
            ObjectReader ar(arms->at(i), apath, m_diag);
            if (!ar.isObject())
                continue;
            Arm arm;
            arm.label = ar.string(QStringLiteral("label"), weighted ? ObjectReader::Optional : ObjectReader::Required)
                            .value_or(QString());
            if (weighted)
                arm.weight = ar.number(QStringLiteral("weight"), ObjectReader::Required, 0, 100).value_or(0);
            const QJsonValue child = ar.value(QStringLiteral("node"), ObjectReader::Required);
            if (!child.isUndefined())
                arm.node = parseNode(child, ar.pathOf(QStringLiteral("node")));
            ar.rejectUnknownKeys();
            node.arms.push_back(std::move(arm));
        }
    }

    void parseTarget(ObjectReader &r, TargetSpec &t)
    {
        t.model = r.string(QStringLiteral("model"), ObjectReader::Required).value_or(QString());
        t.timeoutMs = r.integer(QStringLiteral("timeout_ms"), ObjectReader::Optional, 1, 86400000);
        t.maxConcurrency = r.integer(QStringLiteral("max_concurrency"), ObjectReader::Optional, 1, 1000000);
        t.maxQueueWaitMs = r.integer(QStringLiteral("max_queue_wait_ms"), ObjectReader::Optional, 0, 3600000);
        t.overrideParams = r.objectMember(QStringLiteral("params")).value_or(QJsonObject());
        if (const auto retry = r.objectMember(QStringLiteral("retry"))) {
            ObjectReader rr(*retry, r.pathOf(QStringLiteral("retry")), m_diag);
            t.retry.maxAttempts = rr.integer(QStringLiteral("max_attempts"), ObjectReader::Optional, 0, 20);
            t.retry.initialBackoffMs = rr.integer(QStringLiteral("initial_backoff_ms"), ObjectReader::Optional, 0, 600000);
            t.retry.maxBackoffMs = rr.integer(QStringLiteral("max_backoff_ms"), ObjectReader::Optional, 0, 3600000);
            t.retry.on = parseFailureSet(rr, QStringLiteral("on"));
            rr.rejectUnknownKeys();
        }
        if (const auto breaker = r.objectMember(QStringLiteral("breaker"))) {
            ObjectReader br(*breaker, r.pathOf(QStringLiteral("breaker")), m_diag);
            CircuitBreakerSpec b;
            b.consecutiveFailures = br.integer(QStringLiteral("consecutive_failures"), ObjectReader::Optional, 1, 10000);
            b.errorRate = br.number(QStringLiteral("error_rate"), ObjectReader::Optional, 0.0, 1.0);
            b.windowSeconds = br.integer(QStringLiteral("window_s"), ObjectReader::Optional, 1, 86400);
            b.minRequests = br.integer(QStringLiteral("min_requests"), ObjectReader::Optional, 1, 1000000);
            b.cooldownMs = br.integer(QStringLiteral("cooldown_ms"), ObjectReader::Optional, 1, 86400000);
            b.openOnRateLimits = br.boolean(QStringLiteral("open_on_rate_limits"));
            br.rejectUnknownKeys();
            t.breaker = b;
        }
    }

    Rule parseRule(const QJsonValue &v, const QString &path)
    {
        Rule rule;
        ObjectReader r(v, path, m_diag);
        if (!r.isObject())
            return rule;
        rule.name = r.string(QStringLiteral("name")).value_or(QString());
        const QJsonValue when = r.value(QStringLiteral("when"), ObjectReader::Required);
        if (!when.isUndefined())
            rule.when = parseCondition(when, r.pathOf(QStringLiteral("when")));
        const QJsonValue then = r.value(QStringLiteral("then"), ObjectReader::Required);
        if (!then.isUndefined())
            rule.then = parseNode(then, r.pathOf(QStringLiteral("then")));
        r.rejectUnknownKeys();
        return rule;
    }

    Condition parseCondition(const QJsonValue &v, const QString &path)
    {
        Condition c;
        ObjectReader r(v, path, m_diag);
        if (!r.isObject())
            return c;
        for (const auto &[key, kind] : {std::pair{QStringLiteral("all"), Condition::Kind::All},
                                        std::pair{QStringLiteral("any"), Condition::Kind::Any}}) {
            if (!r.has(key))
                continue;
            c.kind = kind;
            if (const auto items = r.array(key)) {
                if (items->isEmpty())
                    m_diag.add(r.pathOf(key), QStringLiteral("needs at least one condition"));
                for (qsizetype i = 0; i < items->size(); ++i)
                    c.children.push_back(parseCondition(items->at(i), jsonPathIndex(r.pathOf(key), i)));
            }
            r.rejectUnknownKeys();
            return c;
        }
        if (r.has(QStringLiteral("not"))) {
            c.kind = Condition::Kind::Not;
            c.children.push_back(parseCondition(r.value(QStringLiteral("not")), r.pathOf(QStringLiteral("not"))));
            r.rejectUnknownKeys();
            return c;
        }

        c.kind = Condition::Kind::Compare;
        const auto fieldName = r.string(QStringLiteral("field"), ObjectReader::Required);
        const auto opName = r.string(QStringLiteral("op"), ObjectReader::Required);
        c.value = r.value(QStringLiteral("value"));
        c.caseSensitive = r.boolean(QStringLiteral("case_sensitive"));
        const ConditionFieldInfo *info = fieldName ? conditionFieldByName(*fieldName) : nullptr;
        if (fieldName && !info) {
            QStringList names;
            for (const ConditionFieldInfo &f : conditionFields())
                names.append(QLatin1String(f.name));
            m_diag.add(r.pathOf(QStringLiteral("field")), QStringLiteral("unknown field '%1' (known: %2)")
                                                               .arg(*fieldName, names.join(QStringLiteral(", "))));
        }
        if (info) {
            c.field = info->field;
            if (info->needsName)
                c.name = r.string(QStringLiteral("name"), ObjectReader::Required).value_or(QString());
        }
        const auto op = opName ? conditionOpFromName(*opName) : std::nullopt;
        if (opName && !op)
            m_diag.add(r.pathOf(QStringLiteral("op")), QStringLiteral("unknown operator '%1'").arg(*opName));
        if (info && op) {
            c.op = *op;
            if (!opAppliesTo(c.op, info->type))
                m_diag.add(r.pathOf(QStringLiteral("op")),
                           QStringLiteral("operator '%1' does not apply to field '%2'").arg(*opName, *fieldName));
            else
                checkValue(r, *info, c.op);
        }
        r.rejectUnknownKeys();
        return c;
    }

    void checkValue(ObjectReader &r, const ConditionFieldInfo &info, ConditionOp op)
    {
        const QString vpath = r.pathOf(QStringLiteral("value"));
        const QJsonValue value = r.object().value(QStringLiteral("value"));
        auto expect = [&](bool ok, const char *what) {
            if (value.isUndefined())
                m_diag.add(vpath, QStringLiteral("required key is missing"));
            else if (!ok)
                m_diag.add(vpath, QStringLiteral("expected %1, found %2").arg(QLatin1String(what), jsonTypeName(value)));
        };
        auto isStringArray = [&] {
            if (!value.isArray() || value.toArray().isEmpty())
                return false;
            const QJsonArray arr = value.toArray();
            return std::all_of(arr.begin(), arr.end(), [](const QJsonValue &x) { return x.isString(); });
        };
        if (info.type == ValueType::Number)
            return expect(value.isDouble(), "a number");
        if (info.type == ValueType::Boolean)
            return expect(value.isBool(), "a boolean");
        switch (op) {
        case ConditionOp::Exists: return expect(value.isBool(), "a boolean");
        case ConditionOp::In:
        case ConditionOp::NotIn:
        case ConditionOp::ContainsAll: return expect(isStringArray(), "a non-empty array of strings");
        case ConditionOp::Contains: return expect(value.isString() || isStringArray(), "a string or an array of strings");
        default: return expect(value.isString(), "a string");
        }
    }

    Diagnostics &m_diag;
};

// Walks an in-memory policy along the same paths the file uses.
class Validator
{
public:
    Validator(const Policy &p, Diagnostics &d) : m_policy(p), m_diag(d) {}

    void run()
    {
        QSet<QString> providerIds;
        for (size_t i = 0; i < m_policy.providers.size(); ++i) {
            const ProviderSpec &p = m_policy.providers[i];
            const QString path = jsonPathIndex(QStringLiteral("$.providers"), qsizetype(i));
            if (!p.id.isEmpty() && providerIds.contains(p.id))
                m_diag.add(path + QStringLiteral(".id"), QStringLiteral("duplicate provider id '%1'").arg(p.id));
            providerIds.insert(p.id);
            QSet<QString> modelNames;
            for (size_t j = 0; j < p.models.size(); ++j) {
                const ModelSpec &m = p.models[j];
                const QString mpath = jsonPathIndex(path + QStringLiteral(".models"), qsizetype(j));
                if (!m.id.isEmpty() && modelNames.contains(m.id))
                    m_diag.add(mpath + QStringLiteral(".id"), QStringLiteral("duplicate model '%1'").arg(m.id));
                modelNames.insert(m.id);
                if (!m.alias.isEmpty() && modelNames.contains(m.alias) && m.alias != m.id)
                    m_diag.add(mpath + QStringLiteral(".alias"), QStringLiteral("alias '%1' is already a model name").arg(m.alias));
                if (!m.alias.isEmpty())
                    modelNames.insert(m.alias);
            }
        }
        for (size_t i = 0; i < m_policy.routes.size(); ++i) {
            const Route &route = m_policy.routes[i];
            const QString path = jsonPathIndex(QStringLiteral("$.routes"), qsizetype(i));
            if (!route.alias.isEmpty() && m_routeIndex.contains(route.alias))
                m_diag.add(path + QStringLiteral(".alias"), QStringLiteral("duplicate route alias '%1'").arg(route.alias));
            m_routeIndex.insert(route.alias, int(i));
        }
        for (qsizetype i = 0; i < m_policy.passthroughModels.size(); ++i) {
            const QString &entry = m_policy.passthroughModels.at(i);
            const QString path = jsonPathIndex(QStringLiteral("$.passthrough_models"), i);
            // "provider/*" forwards any model name no route claims to that provider, unchanged.
            if (entry.endsWith(u"/*")) {
                if (!m_policy.findProvider(entry.chopped(2)))
                    m_diag.add(path, QStringLiteral("unknown provider '%1'").arg(entry.chopped(2)));
                continue;
            }
            checkModelRef(entry, path);
        }
        for (size_t i = 0; i < m_policy.routes.size(); ++i) {
            const Route &route = m_policy.routes[i];
            if (!route.shadow)
                continue;
            const QString path = jsonPathIndex(QStringLiteral("$.routes"), qsizetype(i)) + QStringLiteral(".shadow.targets");
            for (qsizetype t = 0; t < route.shadow->targets.size(); ++t)
                checkModelRef(route.shadow->targets[t], jsonPathIndex(path, t));
        }
        for (size_t i = 0; i < m_policy.routes.size(); ++i)
            checkNode(m_policy.routes[i].root, jsonPathIndex(QStringLiteral("$.routes"), qsizetype(i)) + QStringLiteral(".root"));
        if (checkCycles())
            checkDepth();
    }

private:
    void checkModelRef(const QString &text, const QString &path)
    {
        const auto ref = ModelRef::parse(text);
        if (!ref) {
            m_diag.add(path, QStringLiteral("'%1' is not of the form provider/model").arg(text));
            return;
        }
        const ProviderSpec *provider = m_policy.findProvider(ref->provider);
        if (!provider) {
            m_diag.add(path, QStringLiteral("unknown target '%1': no provider '%2'").arg(text, ref->provider));
            return;
        }
        if (!provider->findModel(ref->model))
            m_diag.add(path, QStringLiteral("unknown target '%1': provider '%2' has no model '%3'")
                                 .arg(text, ref->provider, ref->model));
    }

    void checkRegex(const Condition &c, const QString &path)
    {
        if (c.kind != Condition::Kind::Compare) {
            const QString key = c.kind == Condition::Kind::All ? QStringLiteral("all")
                                : c.kind == Condition::Kind::Any ? QStringLiteral("any")
                                                                 : QStringLiteral("not");
            for (size_t i = 0; i < c.children.size(); ++i)
                checkRegex(c.children[i], c.kind == Condition::Kind::Not ? path + QStringLiteral(".not")
                                                                         : jsonPathIndex(path + QLatin1Char('.') + key, qsizetype(i)));
            return;
        }
        if (c.op != ConditionOp::Matches)
            return;
        const QRegularExpression re(c.value.toString());
        if (!re.isValid())
            m_diag.add(path + QStringLiteral(".value"), QStringLiteral("bad regular expression at offset %1: %2")
                                                            .arg(re.patternErrorOffset())
                                                            .arg(re.errorString()));
    }

    void checkNode(const Node &node, const QString &path)
    {
        switch (node.kind) {
        case NodeKind::Target:
            checkModelRef(node.target.model, path + QStringLiteral(".model"));
            if (node.target.retry.initialBackoffMs && node.target.retry.maxBackoffMs &&
                *node.target.retry.initialBackoffMs > *node.target.retry.maxBackoffMs)
                m_diag.add(path + QStringLiteral(".retry.max_backoff_ms"),
                           QStringLiteral("must not be less than initial_backoff_ms"));
            break;
        case NodeKind::Fallback:
            for (size_t i = 0; i < node.children.size(); ++i)
                checkNode(node.children[i], jsonPathIndex(path + QStringLiteral(".children"), qsizetype(i)));
            break;
        case NodeKind::Weighted: {
            double sum = 0;
            for (size_t i = 0; i < node.arms.size(); ++i) {
                sum += node.arms[i].weight;
                checkNode(node.arms[i].node, jsonPathIndex(path + QStringLiteral(".arms"), qsizetype(i)) + QStringLiteral(".node"));
            }
            if (!node.arms.empty() && std::abs(sum - 100.0) > 1e-6)
                m_diag.add(path + QStringLiteral(".arms"), QStringLiteral("weights sum to %1, not 100").arg(sum));
            static const QRegularExpression sticky(QStringLiteral("^(user|header:[A-Za-z0-9-]+|metadata:[A-Za-z0-9_.-]+)$"));
            if (!node.stickyKey.isEmpty() && !sticky.match(node.stickyKey).hasMatch())
                m_diag.add(path + QStringLiteral(".sticky_key"),
                           QStringLiteral("'%1' is not a sticky key: use \"user\", \"header:NAME\" or \"metadata:NAME\"")
                               .arg(node.stickyKey));
            break;
        }
        case NodeKind::Conditional:
            for (size_t i = 0; i < node.rules.size(); ++i) {
                const QString rpath = jsonPathIndex(path + QStringLiteral(".rules"), qsizetype(i));
                checkRegex(node.rules[i].when, rpath + QStringLiteral(".when"));
                checkNode(node.rules[i].then, rpath + QStringLiteral(".then"));
            }
            if (node.rules.empty() && !node.defaultNode)
                m_diag.add(path, QStringLiteral("a conditional needs at least one rule or a default"));
            if (node.defaultNode)
                checkNode(*node.defaultNode, path + QStringLiteral(".default"));
            break;
        case NodeKind::Ref:
            if (!m_routeIndex.contains(node.routeRef))
                m_diag.add(path + QStringLiteral(".route"), QStringLiteral("unknown route '%1'").arg(node.routeRef));
            break;
        case NodeKind::Selector:
            if (!SelectorMethodCatalog::check(node, path, m_diag)) // reports problems of its params
                m_diag.add(path + QStringLiteral(".method"),
                           QStringLiteral("selector method '%1' is not available in this version of Switchyard (known: %2)")
                               .arg(node.method, SelectorMethodCatalog::methods().join(QStringLiteral(", "))));
            for (size_t i = 0; i < node.arms.size(); ++i)
                checkNode(node.arms[i].node, jsonPathIndex(path + QStringLiteral(".candidates"), qsizetype(i)) + QStringLiteral(".node"));
            if (node.defaultNode)
                checkNode(*node.defaultNode, path + QStringLiteral(".default"));
            break;
        }
    }

    static void collectRefs(const Node &node, QSet<QString> &out)
    {
        if (node.kind == NodeKind::Ref)
            out.insert(node.routeRef);
        for (const Node &c : node.children)
            collectRefs(c, out);
        for (const Arm &a : node.arms)
            collectRefs(a.node, out);
        for (const Rule &r : node.rules)
            collectRefs(r.then, out);
        if (node.defaultNode)
            collectRefs(*node.defaultNode, out);
    }

    // The router stops following nodes past kMaxNodeDepth: a deeper policy would validate and then
    // never find its targets. Depth counts a ref as its route's root one level further down.
    void checkDepth()
    {
        std::vector<int> routeDepth(m_policy.routes.size(), -1);
        std::function<int(const Node &)> depthBelow = [&](const Node &node) -> int {
            int deepest = 0;
            auto deeper = [&](const Node &child) { deepest = std::max(deepest, 1 + depthBelow(child)); };
            if (node.kind == NodeKind::Ref) {
                const int j = m_routeIndex.value(node.routeRef, -1);
                if (j >= 0) {
                    if (routeDepth[size_t(j)] < 0)
                        routeDepth[size_t(j)] = depthBelow(m_policy.routes[size_t(j)].root);
                    deepest = 1 + routeDepth[size_t(j)];
                }
            }
            for (const Node &c : node.children)
                deeper(c);
            for (const Arm &a : node.arms)
                deeper(a.node);
            for (const Rule &r : node.rules)
                deeper(r.then);
            if (node.defaultNode)
                deeper(*node.defaultNode);
            return deepest;
        };
        for (size_t i = 0; i < m_policy.routes.size(); ++i) {
            if (routeDepth[i] < 0)
                routeDepth[i] = depthBelow(m_policy.routes[i].root);
            if (routeDepth[i] > kMaxNodeDepth)
                m_diag.add(jsonPathIndex(QStringLiteral("$.routes"), qsizetype(i)) + QStringLiteral(".root"),
                           QStringLiteral("nodes nested %1 levels deep (refs followed); the router follows at most %2")
                               .arg(routeDepth[i])
                               .arg(kMaxNodeDepth));
        }
    }

    // False when a cycle was reported.
    bool checkCycles()
    {
        const int n = int(m_policy.routes.size());
        std::vector<QSet<QString>> edges(n);
        for (int i = 0; i < n; ++i)
            collectRefs(m_policy.routes[i].root, edges[i]);
        std::vector<int> state(n, 0); // 0 new, 1 on stack, 2 done
        QStringList stack;
        std::function<bool(int)> visit = [&](int i) {
            state[i] = 1;
            stack.append(m_policy.routes[i].alias);
            for (const QString &to : std::as_const(edges[i])) {
                const int j = m_routeIndex.value(to, -1);
                if (j < 0)
                    continue;
                if (state[j] == 1) {
                    const qsizetype from = stack.indexOf(to);
                    m_diag.add(jsonPathIndex(QStringLiteral("$.routes"), j),
                               QStringLiteral("cycle between routes: %1 -> %2")
                                   .arg(stack.mid(from).join(QStringLiteral(" -> ")), to));
                    return true;
                }
                if (state[j] == 0 && visit(j))
                    return true;
            }
            stack.removeLast();
            state[i] = 2;
            return false;
        };
        for (int i = 0; i < n; ++i)
            if (state[i] == 0 && visit(i))
                return false; // one cycle report is enough
        return true;
    }

    const Policy &m_policy;
    Diagnostics &m_diag;
    QHash<QString, int> m_routeIndex;
};

} // namespace

std::optional<Policy> PolicyReader::fromJson(const QJsonObject &document, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    auto policy = fromJsonLenient(document, diagnostics);
    if (diagnostics.size() != before)
        return std::nullopt;
    return policy;
}

std::optional<Policy> PolicyReader::fromJsonLenient(const QJsonObject &document, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    const auto upgraded = PolicyMigration::upgrade(document, diagnostics);
    if (!upgraded)
        return std::nullopt;
    Parser parser(diagnostics);
    Policy policy = parser.parsePolicy(*upgraded);
    if (diagnostics.size() != before)
        return std::nullopt;
    validate(policy, diagnostics);
    return policy;
}

namespace {

std::optional<QJsonObject> topLevelObject(const QByteArray &text, Diagnostics &diagnostics)
{
    const auto doc = parseJsonText(text, diagnostics);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        diagnostics.add(QStringLiteral("$"), QStringLiteral("expected an object at the top level"));
        return std::nullopt;
    }
    return doc->object();
}

} // namespace

std::optional<Policy> PolicyReader::fromJsonText(const QByteArray &text, Diagnostics &diagnostics)
{
    const auto object = topLevelObject(text, diagnostics);
    return object ? fromJson(*object, diagnostics) : std::nullopt;
}

std::optional<Policy> PolicyReader::fromJsonTextLenient(const QByteArray &text, Diagnostics &diagnostics)
{
    const auto object = topLevelObject(text, diagnostics);
    return object ? fromJsonLenient(*object, diagnostics) : std::nullopt;
}

std::optional<Policy> PolicyReader::fromFile(const QString &fileName, Diagnostics &diagnostics)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.add(QString(), QStringLiteral("cannot read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return fromJsonText(file.readAll(), diagnostics);
}

void PolicyReader::validate(const Policy &policy, Diagnostics &diagnostics)
{
    Validator(policy, diagnostics).run();
}

ModelSpec PolicyReader::modelFromJson(const QJsonValue &value, const QString &path, Diagnostics &diagnostics)
{
    return Parser(diagnostics).parseModel(value, path);
}

} // namespace sy
