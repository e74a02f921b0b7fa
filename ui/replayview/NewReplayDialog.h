#pragma once

#include <QDialog>

#include <functional>
#include <optional>

#include "replay/ReplayPlan.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace sy {

// Sets up a replay: the prompt set, the candidates (any route of any policy, or a single model),
// the scorers with their weights, the judge's rubric, repeats, limits, budget and the cache.
// Shows the most the run could cost before it starts (the dry run).
class NewReplayDialog : public QDialog
{
    Q_OBJECT
public:
    using ItemsLoader = std::function<void(const QString &set, std::function<void(std::vector<PromptItem>)> done)>;

    NewReplayDialog(const QStringList &promptSets, const std::vector<Policy> &policies, const std::vector<ProviderSpec> &providers,
                    ItemsLoader loadItems, QWidget *parent = nullptr);

    // Valid once accepted: the plan with its items, candidates and settings (no resolvers yet).
    ReplayPlan plan() const;
    QString promptSet() const;

    QComboBox *setChoice() const { return m_set; }
    QListWidget *candidateList() const { return m_candidates; }
    QPlainTextEdit *scorerEdit() const { return m_scorers; }
    QLabel *estimateLabel() const { return m_estimate; }
    QLabel *problemLabel() const { return m_problem; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QCheckBox *bypassCacheBox() const { return m_bypassCache; }
    QSpinBox *repeatsBox() const { return m_repeats; }

private:
    std::optional<ReplayPlan> build(QString *problem) const;
    void update();

    std::vector<ReplayCandidate> m_available;
    ItemsLoader m_loadItems;
    std::vector<PromptItem> m_items;
    QString m_itemsOf;
    QString judgeExample() const; // the last candidate that is a model, for the hint
    bool m_scorersEdited = false; // by the user: then a new prompt set keeps them
    bool m_suggesting = false;
    QComboBox *m_set;
    QListWidget *m_candidates;
    QPlainTextEdit *m_scorers;
    QPlainTextEdit *m_rubric;
    QSpinBox *m_repeats;
    QSpinBox *m_concurrency;
    QSpinBox *m_providerConcurrency;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_bypassCache;
    QCheckBox *m_stream;
    QLabel *m_estimate;
    QLabel *m_problem;
    QPushButton *m_start = nullptr;
};

} // namespace sy
