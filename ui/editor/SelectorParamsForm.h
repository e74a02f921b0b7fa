#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

#include "policy/Policy.h"

class QFormLayout;
class QWidget;

namespace sy {

// The fields of a selector's parameters, by method, instead of raw JSON. Semantic: the encoder
// (lexical, or embeddings with the model that embeds requests) and, per candidate, its example
// utterances and threshold. Learned: the rule (threshold or willingness to pay) with its value,
// and the trained model, loaded from a file and checked before it is taken.
class SelectorParamsForm
{
    Q_DECLARE_TR_FUNCTIONS(SelectorParamsForm)

public:
    // How the node form adds a labelled field (with its problem line) and changes the node.
    using AddField = std::function<void(const QString &label, QWidget *field, const QString &path)>;
    using Edit = std::function<void(const QString &text, const std::function<void(Node &)> &change, const QString &mergeKey)>;

    // Adds the method's fields to form; false for a method without a form (its params stay as JSON).
    static bool build(QFormLayout *form, const Node &node, const QString &nodePath, const AddField &addField, const Edit &edit);

    // A trained model from a file: the model itself (switchyard-cli train's output, the Train
    // router dialog's export) or a selector or policy that holds one. Empty with error set when
    // there is none or it does not read.
    static QJsonObject modelFromFile(const QString &fileName, QString *error);

private:
    static void buildSemantic(QFormLayout *form, const Node &node, const QString &nodePath, const AddField &addField, const Edit &edit);
    static void buildLearned(const Node &node, const QString &nodePath, const AddField &addField, const Edit &edit);
};

} // namespace sy
