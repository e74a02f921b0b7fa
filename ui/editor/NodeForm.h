#pragma once

#include <QHash>
#include <QScrollArea>
#include <QTimer>

#include <functional>

#include "policy/NodeAddress.h"

class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace sy {

class ConditionEditor;
class PolicyEditSession;

// The form for the selected node: where it sits (a rule's name and condition, an arm's label and
// weight) and what it is (a target's model, timeouts, retries and breaker; a split's sticky key and
// weights; ...). Every change is one undoable edit; problems show under the field they concern.
class NodeForm : public QScrollArea
{
    Q_OBJECT
public:
    explicit NodeForm(PolicyEditSession *session, QWidget *parent = nullptr);

    void showNode(int routeIndex, const NodeAddress &address);
    void clear();
    // The field registered at a JSON path suffix of the node, for tests and "go to problem".
    QWidget *fieldAt(const QString &suffix) const { return m_fields.value(suffix); }

    // What the running proxy knows of each upstream ("provider/model"): shown beside a target and
    // beside each arm of a weighted node, refreshed every second. Empty: nothing is shown.
    struct UpstreamFigures
    {
        double latencyMs = -1;
        double ttftMs = -1;
        double p95Ms = -1;
        int samples = 0;
        int inFlight = 0;
        bool breakerOpen = false;
    };
    using FigureSource = std::function<QHash<QString, UpstreamFigures>()>;
    void setFigureSource(FigureSource source) { m_figureSource = std::move(source); }
    QLabel *figuresLabel() const { return m_figures; }
    void refreshFigures();

signals:
    void editAsJsonRequested(const QString &path);

private:
    void rebuild();
    void onSessionChanged();
    void showProblems();
    void buildPlacement(QFormLayout *form, const Node &parent, const NodeStep &step);
    void buildTarget(QFormLayout *form, const Node &node);
    void buildFallback(QFormLayout *form, const Node &node);
    void buildWeighted(QFormLayout *form, const Node &node, const QString &armsPath);
    void buildConditional(QFormLayout *form, const Node &node);
    void buildRef(QFormLayout *form, const Node &node);
    void buildSelector(QFormLayout *form, const Node &node);
    // Adds a labelled field with its problem line; `path` is the JSON path the reader reports at.
    static void wrapForms(QWidget *content);
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &path);
    QSpinBox *optionalSpin(int minimum, int maximum, const std::optional<int> &value, const QString &suffix);

    void editNode(const QString &text, const std::function<void(Node &)> &change, const QString &mergeKey = {});
    void editParent(const QString &text, const std::function<void(Node &)> &change, const QString &mergeKey = {});
    void syncWeights();

    PolicyEditSession *m_session;
    int m_route = -1;
    NodeAddress m_address;
    QString m_nodePath;
    bool m_editing = false;
    QWidget *m_content = nullptr;
    QLabel *m_nodeProblems = nullptr;
    QHash<QString, QLabel *> m_problemLabels; // JSON path → its problem line
    QHash<QString, QWidget *> m_fields;       // path suffix under the node → field
    ConditionEditor *m_condition = nullptr;
    struct WeightControl
    {
        QSlider *slider;
        QSpinBox *spin;
    };
    std::vector<WeightControl> m_weights; // the arms of a weighted node, or of its parent
    NodeAddress m_weightedAddress;
    QLabel *m_weightTotal = nullptr;
    FigureSource m_figureSource;
    QLabel *m_figures = nullptr;                         // live figures of the shown node's upstreams
    std::vector<std::pair<QString, QString>> m_figureRefs; // label, "provider/model"
    QTimer m_figureTimer;
};

} // namespace sy
