#pragma once

#include <QWidget>

#include "json/Diagnostics.h"
#include "policy/Condition.h"

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace sy {

// A rule's condition as a list of clauses joined by "all of" or "any of", each clause a field,
// an operator and a value (optionally negated). Deeper nesting is shown as text with the JSON
// escape hatch, never flattened.
class ConditionEditor : public QWidget
{
    Q_OBJECT
public:
    // `path` is the condition's JSON path, for placing problems next to the clause they concern.
    ConditionEditor(const Condition &condition, const QString &path, QWidget *parent = nullptr);

    static bool isEditable(const Condition &condition);
    void showProblems(const Diagnostics &diagnostics);
    int clauseCount() const { return int(m_clauses.size()); }

signals:
    // `mergeKey` is set for typing, so keystrokes in one field become one undo step.
    void edited(const sy::Condition &condition, const QString &mergeKey);
    void editAsJsonRequested();

private:
    struct Clause
    {
        bool negated = false;
        Condition compare;
    };
    void rebuild();
    QWidget *clauseRow(int index);
    QWidget *valueEditor(int index, QWidget *row); // fits the clause's field type and operator
    Condition build() const;
    QString clausePath(int index) const;
    void emitEdited(const QString &mergeKey = {});

    QString m_path;
    bool m_any = false;
    std::vector<Clause> m_clauses;
    bool m_editable;
    Condition m_original;
    QComboBox *m_mode = nullptr;
    QVBoxLayout *m_rows = nullptr;
    std::vector<QLabel *> m_problemLabels;
    QLabel *m_ownProblems = nullptr;
};

} // namespace sy
