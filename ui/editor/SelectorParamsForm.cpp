#include "editor/SelectorParamsForm.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "json/Diagnostics.h"
#include "learn/LearnedRouter.h"

namespace sy {

namespace {

// Finds a learned-router model in a JSON value: itself, or under "model", "params", a node's
// routes, as deep as it takes.
QJsonObject findModel(const QJsonValue &value, int depth = 0)
{
    if (depth > 12)
        return {};
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("format")).toString() == u"switchyard.learned-router")
            return o;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (QJsonObject found = findModel(it.value(), depth + 1); !found.isEmpty())
                return found;
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (QJsonObject found = findModel(v, depth + 1); !found.isEmpty())
                return found;
    }
    return {};
}

// A semantic candidate's setting, under params.routes.LABEL.
void setCandidateParam(Node &n, const QString &label, const QString &key, const QJsonValue &value)
{
    QJsonObject routes = n.params.value(QStringLiteral("routes")).toObject();
    QJsonObject candidate = routes.value(label).toObject();
    candidate.insert(key, value);
    routes.insert(label, candidate);
    n.params.insert(QStringLiteral("routes"), routes);
}

QString modelSummary(const QJsonObject &model)
{
    if (model.isEmpty())
        return SelectorParamsForm::tr("No trained model yet: load one made by Train router… or switchyard-cli train.");
    QStringList candidates;
    for (const QJsonValue &c : model.value(QStringLiteral("order")).toArray())
        candidates.append(c.toString());
    return SelectorParamsForm::tr("Trained for %1 (quality bar %2)").arg(candidates.join(QStringLiteral(", "))).arg(model.value(QStringLiteral("quality_bar")).toDouble(), 0, 'g', 3);
}

} // namespace

bool SelectorParamsForm::build(QFormLayout *form, const Node &node, const QString &nodePath, const AddField &addField, const Edit &edit)
{
    if (node.method == u"semantic")
        buildSemantic(form, node, nodePath, addField, edit);
    else if (node.method == u"learned")
        buildLearned(node, nodePath, addField, edit);
    else
        return false;
    return true;
}

void SelectorParamsForm::buildSemantic(QFormLayout *form, const Node &node, const QString &nodePath, const AddField &addField, const Edit &edit)
{
    const QString params = nodePath + QStringLiteral(".params");
    auto *encoder = new QComboBox;
    encoder->addItem(tr("Lexical (words, no model needed)"), QStringLiteral("lexical"));
    encoder->addItem(tr("Embeddings (a model embeds each request)"), QStringLiteral("embeddings"));
    const QString current = node.params.value(QStringLiteral("encoder")).toString(QStringLiteral("lexical"));
    encoder->setCurrentIndex(std::max(0, encoder->findData(current)));
    addField(tr("Encoder"), encoder, params + QStringLiteral(".encoder"));
    auto *embeddingModel = new QLineEdit(node.params.value(QStringLiteral("embedding_model")).toString());
    embeddingModel->setPlaceholderText(tr("provider/model, such as openai/text-embedding-3-small"));
    embeddingModel->setEnabled(current == u"embeddings");
    addField(tr("Embedding model"), embeddingModel, params + QStringLiteral(".embedding_model"));
    QObject::connect(encoder, &QComboBox::currentIndexChanged, encoder, [edit, encoder, embeddingModel] {
        const QString value = encoder->currentData().toString();
        embeddingModel->setEnabled(value == u"embeddings");
        edit(tr("Change encoder"), [value](Node &n) { n.params.insert(QStringLiteral("encoder"), value); }, QStringLiteral("encoder"));
    });
    QObject::connect(embeddingModel, &QLineEdit::textEdited, embeddingModel, [edit](const QString &text) {
        edit(tr("Change embedding model"), [text](Node &n) {
            if (text.trimmed().isEmpty())
                n.params.remove(QStringLiteral("embedding_model"));
            else
                n.params.insert(QStringLiteral("embedding_model"), text.trimmed());
        }, QStringLiteral("embedding_model"));
    });
    if (current == u"embeddings") {
        const int vectors = int(node.params.value(QStringLiteral("example_vectors")).toObject().size());
        auto *note = new QLabel(vectors > 0 ? tr("Example embeddings stored for %n candidate(s); after changing examples, run "
                                                 "switchyard-cli embed to refresh them.", nullptr, vectors)
                                            : tr("No example embeddings yet: run switchyard-cli embed on this policy."));
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }
    // One block per candidate: its examples, one a line, and the similarity it needs.
    for (const Arm &arm : node.arms) {
        const QString label = arm.label;
        const QJsonObject candidate = node.params.value(QStringLiteral("routes")).toObject().value(label).toObject();
        QStringList examples;
        for (const QJsonValue &e : candidate.value(QStringLiteral("examples")).toArray())
            examples.append(e.toString());
        auto *text = new QPlainTextEdit(examples.join(u'\n'));
        text->setPlaceholderText(tr("Example requests for %1, one a line").arg(label));
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5 + 12);
        addField(tr("%1: examples").arg(label), text, params + QStringLiteral(".routes.") + label + QStringLiteral(".examples"));
        QObject::connect(text, &QPlainTextEdit::textChanged, text, [edit, text, label] {
            QJsonArray lines;
            for (const QString &line : text->toPlainText().split(u'\n'))
                if (!line.trimmed().isEmpty())
                    lines.append(line.trimmed());
            edit(tr("Change examples of %1").arg(label), [label, lines](Node &n) { setCandidateParam(n, label, QStringLiteral("examples"), lines); },
                 QStringLiteral("examples:") + label);
        });
        auto *threshold = new QDoubleSpinBox;
        threshold->setRange(0, 1);
        threshold->setSingleStep(0.05);
        threshold->setDecimals(3);
        threshold->setValue(candidate.value(QStringLiteral("threshold")).toDouble(0.3));
        threshold->setToolTip(tr("The similarity the closest example must reach for %1 to be chosen").arg(label));
        addField(tr("%1: threshold").arg(label), threshold, params + QStringLiteral(".routes.") + label + QStringLiteral(".threshold"));
        QObject::connect(threshold, &QDoubleSpinBox::valueChanged, threshold, [edit, label](double value) {
            edit(tr("Change threshold of %1").arg(label), [label, value](Node &n) { setCandidateParam(n, label, QStringLiteral("threshold"), value); },
                 QStringLiteral("threshold:") + label);
        });
    }
}

void SelectorParamsForm::buildLearned(const Node &node, const QString &nodePath, const AddField &addField, const Edit &edit)
{
    const QString params = nodePath + QStringLiteral(".params");
    auto *rule = new QComboBox;
    rule->addItem(tr("The cheapest model likely to succeed (threshold)"), QStringLiteral("threshold"));
    rule->addItem(tr("The best value for the money (willingness to pay)"), QStringLiteral("willingness_to_pay"));
    const QString current = node.params.value(QStringLiteral("rule")).toString(QStringLiteral("threshold"));
    rule->setCurrentIndex(std::max(0, rule->findData(current)));
    addField(tr("Rule"), rule, params + QStringLiteral(".rule"));
    auto *value = new QDoubleSpinBox;
    const auto showValue = [value](const QString &r) {
        const QSignalBlocker block(value);
        if (r == u"willingness_to_pay") {
            value->setRange(0, 1e6);
            value->setDecimals(4);
            value->setSingleStep(0.01);
            value->setToolTip(tr("λ: how many dollars a point of success probability is worth; the candidate with the "
                                 "largest λ·p − cost is chosen"));
        } else {
            value->setRange(0, 1);
            value->setDecimals(3);
            value->setSingleStep(0.05);
            value->setToolTip(tr("The success probability the cheapest candidate must reach; else the next dearer one"));
        }
    };
    showValue(current);
    value->setValue(node.params.value(current == u"willingness_to_pay" ? QStringLiteral("lambda") : QStringLiteral("threshold")).toDouble(
        current == u"willingness_to_pay" ? 0.05 : 0.6));
    addField(tr("Threshold or λ"), value, params + (current == u"willingness_to_pay" ? QStringLiteral(".lambda") : QStringLiteral(".threshold")));
    QObject::connect(rule, &QComboBox::currentIndexChanged, rule, [edit, rule, value, showValue] {
        const QString r = rule->currentData().toString();
        showValue(r);
        const double v = r == u"willingness_to_pay" ? 0.05 : 0.6;
        value->setValue(v);
        edit(tr("Change rule"), [r, v](Node &n) {
            n.params.insert(QStringLiteral("rule"), r);
            n.params.remove(r == u"willingness_to_pay" ? QStringLiteral("threshold") : QStringLiteral("lambda"));
            n.params.insert(r == u"willingness_to_pay" ? QStringLiteral("lambda") : QStringLiteral("threshold"), v);
        }, QStringLiteral("rule"));
    });
    QObject::connect(value, &QDoubleSpinBox::valueChanged, value, [edit, rule](double v) {
        const QString key = rule->currentData().toString() == u"willingness_to_pay" ? QStringLiteral("lambda") : QStringLiteral("threshold");
        edit(tr("Change %1").arg(key), [key, v](Node &n) { n.params.insert(key, v); }, key);
    });
    auto *modelRow = new QWidget;
    auto *row = new QHBoxLayout(modelRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto *summary = new QLabel(modelSummary(node.params.value(QStringLiteral("model")).toObject()));
    summary->setWordWrap(true);
    auto *load = new QPushButton(tr("Load model file…"));
    load->setObjectName(QStringLiteral("loadLearnedModel"));
    row->addWidget(summary, 1);
    row->addWidget(load);
    addField(tr("Model"), modelRow, params + QStringLiteral(".model"));
    load->setAccessibleName(tr("Load model file"));
    QObject::connect(load, &QPushButton::clicked, load, [edit, load, summary] {
        auto *dialog = new QFileDialog(load->window(), tr("Load a trained router"), QString(), tr("JSON files (*.json);;All files (*)"));
        dialog->setObjectName(QStringLiteral("loadModelDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        QObject::connect(dialog, &QFileDialog::fileSelected, load, [edit, summary](const QString &file) {
            QString error;
            const QJsonObject model = modelFromFile(file, &error);
            if (model.isEmpty()) {
                summary->setText(error);
                return;
            }
            summary->setText(modelSummary(model));
            edit(tr("Load trained model"), [model](Node &n) { n.params.insert(QStringLiteral("model"), model); }, QString());
        });
        dialog->open();
    });
}

QJsonObject SelectorParamsForm::modelFromFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2").arg(fileName, file.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("%1 is not JSON: %2").arg(fileName, parse.errorString());
        return {};
    }
    const QJsonObject model = findModel(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    if (model.isEmpty()) {
        *error = tr("%1 holds no trained router (no \"format\": \"switchyard.learned-router\").").arg(fileName);
        return {};
    }
    Diagnostics diagnostics;
    if (!LearnedRouterModel::fromJson(model, QStringLiteral("$"), diagnostics)) {
        *error = tr("The router in %1 does not read: %2").arg(fileName, diagnostics.items().empty() ? QString() : diagnostics.items().front().message);
        return {};
    }
    return model;
}

} // namespace sy
