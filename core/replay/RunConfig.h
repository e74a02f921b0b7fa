#pragma once

#include <QJsonObject>

#include <optional>

#include "replay/ReplayAggregates.h"
#include "replay/ReplayPlan.h"

namespace sy {

// A replay's settings as stored with its run (RunStore's config), so a run can be resumed or its
// errors and failures re-run later against the workspace's current policies and providers.
namespace RunConfig {
QJsonObject toJson(const ReplayPlan &plan, const QString &promptSet);
QStringList candidateLabels(const QJsonObject &config);
// The plan without its items; error names what is missing (a candidate, a scorer's file).
std::optional<ReplayPlan> planFrom(const QJsonObject &config, const std::vector<Policy> &policies,
                                   const std::vector<ProviderSpec> &providers, QString *error);
// POLICY:ROUTE or PROVIDER/MODEL, as --candidate takes it.
std::optional<ReplayCandidate> resolveCandidate(const QJsonObject &candidate, const std::vector<Policy> &policies,
                                                const std::vector<ProviderSpec> &providers);
} // namespace RunConfig

// The winning candidate as a policy file for the proxy, with the evidence that chose it
// (prompt set, date, the run's figures for it and for the others) under metadata.evidence.
namespace WinnerExport {
Policy policy(const ReplayCandidate &winner, const QJsonObject &evidence);
QJsonObject evidence(const QString &promptSet, qint64 runId, const ReplayPlan &plan, const std::vector<CandidateSummary> &summaries, int winner);
} // namespace WinnerExport

} // namespace sy
