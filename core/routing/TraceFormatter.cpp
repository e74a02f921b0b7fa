#include "routing/TraceFormatter.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "routing/PromptTraits.h"
#include "routing/SelectorModel.h"

namespace sy {

namespace {

QString quoted(const QString &s, int max = 60)
{
    QString t = s;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (t.size() > max)
        t = t.left(max - 1) + QChar(0x2026);
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QString nodeLabel(const CompiledPolicy &p, int node)
{
    const CompiledNode &n = p.nodes[node];
    QString label = nodeKindName(n.kind);
    if (!n.source->id.isEmpty())
        label += QStringLiteral(" '") + n.source->id + QLatin1Char('\'');
    return label;
}

QString targetName(const CompiledPolicy &p, int node)
{
    const CompiledNode &n = p.nodes[node];
    return n.upstream >= 0 ? p.upstreams[n.upstream].ref : n.source->target.model;
}

QString ruleName(const CompiledPolicy &p, int node, int rule)
{
    const QString &name = p.nodes[node].source->rules[rule].name;
    return name.isEmpty() ? QStringLiteral("#%1").arg(rule + 1)
                          : QLatin1Char('\'') + name + QLatin1Char('\'');
}

} // namespace

QString TraceFormatter::describeLeaf(const CompiledPolicy &policy, const RequestFeatures &f, int condition,
                                     bool result)
{
    const CompiledCondition &c = policy.conditions[condition];
    const ConditionFieldInfo *info = conditionFieldInfo(c.field);
    QString field = QLatin1String(info ? info->name : "?");
    if (info && info->needsName)
        field += QLatin1Char('[') + c.name + QLatin1Char(']');

    QString observed;
    switch (c.field) {
    case ConditionField::PromptTokens:
        // Decided by the bound alone: the request was too short to need counting.
        observed = f.hasPart(RequestFeatures::Tokens)
                       ? QString::number(f.promptTokens())
                       : QStringLiteral("at most %1 (not counted)").arg(f.promptTokensAtMost());
        break;
    case ConditionField::MessageCount:
        observed = QString::number(f.messageCount);
        break;
    case ConditionField::MaxTokens:
        observed = QString::number(f.maxTokens);
        break;
    case ConditionField::HasTools:
        observed = f.hasTools ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ConditionField::HasImages:
        observed = f.hasImages ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ConditionField::JsonResponse:
        observed = f.jsonResponse ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ConditionField::Stream:
        observed = f.stream ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ConditionField::LastUserMessage:
        observed = quoted(f.lastUserMessage());
        break;
    case ConditionField::SystemPrompt:
        observed = quoted(f.systemPrompt());
        break;
    case ConditionField::Alias:
        observed = quoted(f.alias);
        break;
    case ConditionField::User:
        observed = f.user.isEmpty() ? QStringLiteral("(absent)") : quoted(f.user);
        break;
    case ConditionField::Header: {
        const QString *v = f.header(c.name);
        observed = v ? quoted(*v) : QStringLiteral("(absent)");
        break;
    }
    case ConditionField::Metadata: {
        const QString *v = f.metadataValue(c.name);
        observed = v ? quoted(*v) : QStringLiteral("(absent)");
        break;
    }
    case ConditionField::ConversationDepth:
        observed = QString::number(f.userTurns);
        break;
    case ConditionField::Language:
        observed = quoted(PromptTraits::of(f).language);
        break;
    case ConditionField::HasCode:
        observed = PromptTraits::of(f).hasCode ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ConditionField::HasMath:
        observed = PromptTraits::of(f).hasMath ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ConditionField::HasStructuredData:
        observed = PromptTraits::of(f).hasStructuredData ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ConditionField::QuestionType:
        observed = quoted(PromptTraits::questionTypeName(PromptTraits::of(f).questionType));
        break;
    case ConditionField::Complexity:
        observed = QString::number(PromptTraits::of(f).complexity, 'f', 3);
        break;
    }

    QString expected;
    if (info && info->type == ValueType::Number)
        expected = QString::number(c.number);
    else if (info && info->type == ValueType::Boolean)
        expected = c.boolean ? QStringLiteral("true") : QStringLiteral("false");
    else if (c.op == ConditionOp::Matches)
        expected = QLatin1Char('/') + c.regex.pattern() + QLatin1Char('/');
    else if (c.op == ConditionOp::Exists)
        expected = c.boolean ? QStringLiteral("true") : QStringLiteral("false");
    else if (!c.texts.isEmpty())
        expected = QLatin1Char('[') + c.texts.join(QStringLiteral(", ")) + QLatin1Char(']');
    else
        expected = quoted(c.text);
    return QStringLiteral("%1 %2 %3 %4 (%5)")
        .arg(field, observed, conditionOpSymbol(c.op), expected,
             result ? QStringLiteral("true") : QStringLiteral("false"));
}

QStringList TraceFormatter::lines(const CompiledPolicy &p, const RequestFeatures &f, const Decision &d)
{
    QStringList out;
    QStringList pendingLeaves;
    int attemptOrder = 0;
    for (const TraceEntry &e : d.trace) {
        switch (e.type) {
        case TraceEntry::Type::Route:
            out.append(QStringLiteral("route '%1'").arg(p.policy.routes[e.index].alias));
            break;
        case TraceEntry::Type::Leaf:
            pendingLeaves.append(describeLeaf(p, f, e.index, e.flag));
            break;
        case TraceEntry::Type::RuleMatched:
        case TraceEntry::Type::RuleNotMatched:
            out.append(QStringLiteral("%1 at %2: rule %3 %4: %5")
                           .arg(nodeLabel(p, e.node), p.nodes[e.node].path, ruleName(p, e.node, e.index),
                                e.type == TraceEntry::Type::RuleMatched ? QStringLiteral("matched")
                                                                        : QStringLiteral("did not match"),
                                pendingLeaves.join(QStringLiteral("; "))));
            pendingLeaves.clear();
            break;
        case TraceEntry::Type::DefaultTaken:
            out.append(
                QStringLiteral("%1 at %2: default taken").arg(nodeLabel(p, e.node), p.nodes[e.node].path));
            break;
        case TraceEntry::Type::NoRuleMatched:
            out.append(QStringLiteral("%1 at %2: no rule matched and no default")
                           .arg(nodeLabel(p, e.node), p.nodes[e.node].path));
            break;
        case TraceEntry::Type::ArmChosen: {
            const Arm &arm = p.nodes[e.node].source->arms[e.index];
            out.append(QStringLiteral("%1 at %2: arm '%3' (weight %4) by %5 bucket %6")
                           .arg(nodeLabel(p, e.node), p.nodes[e.node].path,
                                arm.label.isEmpty() ? QString::number(e.index + 1) : arm.label)
                           .arg(arm.weight)
                           .arg(e.flag ? QStringLiteral("sticky key ") + p.nodes[e.node].source->stickyKey
                                       : QStringLiteral("random"))
                           .arg(e.value, 0, 'f', 2));
            break;
        }
        case TraceEntry::Type::FallbackChild:
            break;
        case TraceEntry::Type::TargetAdded:
            out.append(QStringLiteral("target %1 (attempt order %2)")
                           .arg(targetName(p, e.node))
                           .arg(++attemptOrder));
            break;
        case TraceEntry::Type::SkippedOpen:
            out.append(QStringLiteral("target %1 skipped: circuit breaker open").arg(targetName(p, e.node)));
            break;
        case TraceEntry::Type::SkippedRateLimited:
            out.append(QStringLiteral("target %1 skipped: rate limited, waiting out its Retry-After")
                           .arg(targetName(p, e.node)));
            break;
        case TraceEntry::Type::SkippedFull:
            out.append(
                QStringLiteral("target %1 skipped: at concurrency cap (%2 in flight), bursting to the next")
                    .arg(targetName(p, e.node))
                    .arg(e.value));
            break;
        case TraceEntry::Type::SkippedDuplicate:
            out.append(QStringLiteral("target %1 already listed").arg(targetName(p, e.node)));
            break;
        case TraceEntry::Type::RefFollowed:
            out.append(QStringLiteral("ref to route '%1'").arg(p.nodes[e.node].source->routeRef));
            break;
        case TraceEntry::Type::SelectorUnavailable: {
            const CompiledNode &n = p.nodes[e.node];
            const SelectorModel *model = n.selector >= 0 ? p.selectors[size_t(n.selector)].get() : nullptr;
            out.append(
                model && !model->embeddingModel().isEmpty()
                    ? QStringLiteral("%1 at %2: no embedding of the request from %3: default taken")
                          .arg(nodeLabel(p, e.node), n.path, model->embeddingModel())
                    : QStringLiteral("selector '%1' not available: default taken").arg(n.source->method));
            break;
        }
        case TraceEntry::Type::SelectorScore: {
            const CompiledNode &n = p.nodes[e.node];
            const SelectorModel *model = n.selector >= 0 ? p.selectors[size_t(n.selector)].get() : nullptr;
            out.append(QStringLiteral("%1 at %2: candidate '%3' %4 %5%6")
                           .arg(nodeLabel(p, e.node), n.path, n.source->arms[size_t(e.index)].label,
                                model ? model->scoreName() : QStringLiteral("score"))
                           .arg(e.value, 0, 'f', 3)
                           .arg(e.flag ? QStringLiteral(" (chosen)") : QString()));
            break;
        }
        case TraceEntry::Type::BalanceRanked: {
            const Node &source = *p.nodes[e.node].source;
            const Arm &arm = source.arms[size_t(e.index)];
            const QString label = arm.label.isEmpty() ? QString::number(e.index + 1) : arm.label;
            const BalanceStrategy strategy = source.strategy;
            QString score;
            if (strategy == BalanceStrategy::LeastBusy)
                score = QStringLiteral("%1 in flight").arg(e.value);
            else if (strategy == BalanceStrategy::LowestCost || (strategy == BalanceStrategy::LatencyObjective && e.value < 1))
                score = QStringLiteral("$%1 a request").arg(e.value, 0, 'f', 6);
            else
                score = e.value < 0 ? QStringLiteral("no figures") : QStringLiteral("%1 ms").arg(e.value, 0, 'f', 0);
            out.append(QStringLiteral("%1 at %2 (%3): arm '%4' %5, p95 %6, %7 recent answers%8")
                           .arg(nodeLabel(p, e.node), p.nodes[e.node].path, balanceStrategyName(strategy), label, score,
                                e.value2 < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(e.value2, 0, 'f', 0))
                           .arg(e.count)
                           .arg(e.flag ? QStringLiteral(" (probed: its figures are stale)") : QString()));
            break;
        }
        case TraceEntry::Type::SkippedProviderLimit:
            out.append(QStringLiteral("target %1 deferred: its provider is at its per-minute limits").arg(targetName(p, e.node)));
            break;
        case TraceEntry::Type::SessionPinned:
            out.append(QStringLiteral("session pinned to %1: the conversation started there").arg(p.upstreams[size_t(e.index)].ref));
            break;
        case TraceEntry::Type::SelectorChosen: {
            const CompiledNode &n = p.nodes[e.node];
            const Node &source = *n.source;
            const QString rule =
                source.method == u"learned" &&
                        source.params.value(QStringLiteral("rule")).toString() == u"willingness_to_pay"
                    ? QStringLiteral("the best value at willingness to pay %1").arg(e.value)
                : source.method == u"learned"
                    ? QStringLiteral("the cheapest candidate at or above threshold %1 (else the dearest)")
                          .arg(e.value, 0, 'f', 3)
                    : QStringLiteral("the most similar candidate at or above its threshold %1")
                          .arg(e.value, 0, 'f', 3);
            out.append(QStringLiteral("%1 at %2: '%3' chosen: %4")
                           .arg(nodeLabel(p, e.node), n.path, source.arms[size_t(e.index)].label, rule));
            break;
        }
        }
    }
    if (d.status == Decision::Status::UnknownRoute)
        out.append(QStringLiteral("no route or pass-through model named '%1'").arg(f.alias));
    else if (d.status == Decision::Status::NoTarget)
        out.append(QStringLiteral("no target available"));
    return out;
}

void TraceFormatter::writeFeatures(JsonWriter &w, const RequestFeatures &f)
{
    // Keys in QJsonObject's order (sorted), as traces have always been stored.
    w.beginObject();
    w.key(QLatin1StringView("alias")).value(f.alias);
    // A request routed without its token count or texts (a pass-through, a header rule) has
    // neither in its trace: what the decision did not need was never computed.
    const bool texts = f.hasPart(RequestFeatures::Texts);
    const PromptTraits t = texts ? PromptTraits::of(f) : PromptTraits();
    if (texts) {
        w.key(QLatin1StringView("complexity")).value(std::round(t.complexity * 1000) / 1000);
        w.key(QLatin1StringView("complexity_parts")).beginObject();
        // partName order is not alphabetical: write the parts sorted by name.
        std::vector<std::pair<QLatin1StringView, double>> parts;
        for (int i = 0; i < PromptTraits::PartCount; ++i)
            if (t.complexityParts[size_t(i)] > 0)
                parts.emplace_back(QLatin1StringView(PromptTraits::partName(PromptTraits::Part(i))),
                                   std::round(t.complexityParts[size_t(i)] * 1000) / 1000);
        std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[name, value] : parts)
            w.key(name).value(value);
        w.endObject();
    }
    w.key(QLatin1StringView("conversation_depth")).value(f.userTurns);
    if (texts)
        w.key(QLatin1StringView("has_code")).value(t.hasCode);
    w.key(QLatin1StringView("has_images")).value(f.hasImages);
    if (texts) {
        w.key(QLatin1StringView("has_math")).value(t.hasMath);
        w.key(QLatin1StringView("has_structured_data")).value(t.hasStructuredData);
    }
    w.key(QLatin1StringView("has_tools")).value(f.hasTools);
    w.key(QLatin1StringView("json_response")).value(f.jsonResponse);
    if (texts)
        w.key(QLatin1StringView("language")).value(t.language);
    w.key(QLatin1StringView("max_tokens")).value(f.maxTokens);
    w.key(QLatin1StringView("message_count")).value(f.messageCount);
    if (f.hasPart(RequestFeatures::Tokens))
        w.key(QLatin1StringView("prompt_tokens")).value(f.promptTokens());
    else
        w.key(QLatin1StringView("prompt_tokens_at_most")).value(f.promptTokensAtMost());
    if (texts)
        w.key(QLatin1StringView("question_type")).value(QString(PromptTraits::questionTypeName(t.questionType)));
    w.key(QLatin1StringView("stream")).value(f.stream);
    if (!f.user.isEmpty())
        w.key(QLatin1StringView("user")).value(f.user);
    w.endObject();
}

QJsonObject TraceFormatter::featuresToJson(const RequestFeatures &f)
{
    JsonWriter w;
    writeFeatures(w, f);
    return QJsonDocument::fromJson(w.text()).object();
}

QStringList TraceFormatter::visitedPaths(const CompiledPolicy &p, const Decision &d)
{
    QStringList paths;
    const auto visit = [&](int node) {
        if (node >= 0 && size_t(node) < p.nodes.size() && !paths.contains(p.nodes[size_t(node)].path))
            paths.append(p.nodes[size_t(node)].path);
    };
    for (const TraceEntry &e : d.trace) {
        switch (e.type) {
        case TraceEntry::Type::RuleMatched:
        case TraceEntry::Type::DefaultTaken:
        case TraceEntry::Type::NoRuleMatched:
        case TraceEntry::Type::ArmChosen:
        case TraceEntry::Type::FallbackChild:
        case TraceEntry::Type::TargetAdded:
        case TraceEntry::Type::SkippedOpen:
        case TraceEntry::Type::SkippedRateLimited:
        case TraceEntry::Type::SkippedFull:
        case TraceEntry::Type::SkippedDuplicate:
        case TraceEntry::Type::RefFollowed:
        case TraceEntry::Type::SelectorUnavailable:
        case TraceEntry::Type::SelectorChosen:
        case TraceEntry::Type::BalanceRanked:
        case TraceEntry::Type::SkippedProviderLimit:
            visit(e.node);
            break;
        case TraceEntry::Type::SessionPinned:
        case TraceEntry::Type::Route:
        case TraceEntry::Type::RuleNotMatched:
        case TraceEntry::Type::Leaf:
        case TraceEntry::Type::SelectorScore:
            break;
        }
    }
    return paths;
}

QByteArray TraceFormatter::toJsonText(const CompiledPolicy &p, const RequestFeatures &f, const Decision &d)
{
    // Keys in QJsonObject's order (sorted), as traces have always been stored.
    JsonWriter w(4096); // a ten-rule policy's trace is about 2 KB
    w.beginObject();
    const auto writeSteps = [&p, &w](const std::vector<DecisionStep> &steps) {
        w.beginArray();
        for (const DecisionStep &s : steps) {
            w.beginObject();
            w.key(QLatin1StringView("model")).value(p.model(s.upstream).id);
            if (s.node >= 0)
                w.key(QLatin1StringView("node")).value(p.nodes[s.node].path);
            w.key(QLatin1StringView("provider")).value(p.provider(s.upstream).id);
            w.key(QLatin1StringView("target")).value(p.upstreams[s.upstream].ref);
            w.endObject();
        }
        w.endArray();
    };
    if (!d.deferred.empty()) {
        w.key(QLatin1StringView("deferred"));
        writeSteps(d.deferred);
    }
    w.key(QLatin1StringView("features"));
    writeFeatures(w, f);
    if (const QStringList visited = visitedPaths(p, d); !visited.isEmpty()) {
        w.key(QLatin1StringView("path")).beginArray();
        for (const QString &path : visited)
            w.value(path);
        w.endArray();
    }
    if (d.route >= 0)
        w.key(QLatin1StringView("route")).value(p.policy.routes[d.route].alias);

    // Each selector's scores, for machines (the trace lines say the same in words).
    struct Selector
    {
        int node;
        std::vector<std::pair<QString, double>> scores;
        std::optional<std::pair<QString, double>> chosen; // label, threshold
    };
    std::vector<Selector> selectors;
    for (const TraceEntry &e : d.trace) {
        if (e.type != TraceEntry::Type::SelectorChosen && e.type != TraceEntry::Type::SelectorScore)
            continue;
        const CompiledNode &n = p.nodes[e.node];
        if (selectors.empty() || p.nodes[selectors.back().node].path != n.path)
            selectors.push_back({e.node, {}, std::nullopt});
        const QString &label = n.source->arms[size_t(e.index)].label;
        if (e.type == TraceEntry::Type::SelectorScore) {
            auto &scores = selectors.back().scores;
            const auto same = std::find_if(scores.begin(), scores.end(), [&](const auto &s) { return s.first == label; });
            if (same != scores.end())
                same->second = e.value;
            else
                scores.emplace_back(label, e.value);
        } else {
            selectors.back().chosen = std::make_pair(label, e.value);
        }
    }
    if (!selectors.empty()) {
        w.key(QLatin1StringView("selectors")).beginArray();
        for (Selector &s : selectors) {
            const CompiledNode &n = p.nodes[s.node];
            w.beginObject();
            if (s.chosen)
                w.key(QLatin1StringView("chosen")).value(s.chosen->first);
            w.key(QLatin1StringView("method")).value(n.source->method);
            w.key(QLatin1StringView("node")).value(n.path);
            std::sort(s.scores.begin(), s.scores.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            w.key(QLatin1StringView("scores")).beginObject();
            for (const auto &[label, value] : s.scores)
                w.key(label).value(value);
            w.endObject();
            if (s.chosen)
                w.key(QLatin1StringView("threshold")).value(s.chosen->second);
            w.endObject();
        }
        w.endArray();
    }
    const char *status = d.status == Decision::Status::Ok             ? "ok"
                         : d.status == Decision::Status::UnknownRoute ? "unknown_route"
                                                                      : "no_target";
    w.key(QLatin1StringView("status")).value(QLatin1StringView(status));
    w.key(QLatin1StringView("targets"));
    writeSteps(d.steps);
    w.key(QLatin1StringView("trace")).beginArray();
    for (const QString &line : lines(p, f, d))
        w.value(line);
    w.endArray();
    w.endObject();
    return w.take();
}

QJsonObject TraceFormatter::toJson(const CompiledPolicy &p, const RequestFeatures &f, const Decision &d)
{
    return QJsonDocument::fromJson(toJsonText(p, f, d)).object();
}

} // namespace sy
