#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

#include "policy/Policy.h"

namespace sy {

// Trying a new model on one route, in steps: a shadow test (mirrors only), a canary (a small
// weighted share of the real traffic), then all of it; and back to where it began in one step.
// Each step rewrites the policy and notes itself, with its evidence, in the policy's metadata
// ("rollout" by route), so the history of saved versions says why each change was made.
namespace Rollout {

enum class Stage { None, Shadow, Canary, Full };
QString stageName(Stage stage); // "none", "shadow", "canary", "full"

struct State
{
    Stage stage = Stage::None;
    QString candidate;  // "provider/model"
    QJsonObject before; // the route as it was before the first step, to roll back to
};
State stateOf(const Policy &policy, const QString &route);

// Each returns an empty string on success, else why not; the policy is changed only on success.
// evidence: what the step was decided on (a readout's JSON), kept in the step's record.
QString startShadow(Policy &policy, const QString &route, const QString &candidate, double sample, double dailyBudgetUsd,
                    const QJsonObject &evidence = {});
// The route's root becomes a weighted node: "incumbent" (the old root) and "canary" (the
// candidate) at `percent`; the shadow test, if any, ends.
QString startCanary(Policy &policy, const QString &route, const QString &candidate, double percent, const QJsonObject &evidence = {});
QString promote(Policy &policy, const QString &route, const QJsonObject &evidence = {}); // the canary takes all traffic
QString rollBack(Policy &policy, const QString &route); // the route as before the first step

// One line for a saved version's comment: "chat: canary openai/gpt-4.1-mini at 5%".
QString describe(const Policy &policy, const QString &route);

} // namespace Rollout

} // namespace sy
