#include "eval/OutcomeMatrix.h"

#include <QJsonDocument>
#include <QSet>

#include "json/JsonReader.h"

namespace sy {

const ModelOutcome *OutcomeRow::outcome(const QString &model) const
{
    for (const auto &[name, o] : outcomes)
        if (name == model)
            return &o;
    return nullptr;
}

namespace {

std::optional<double> number(const QJsonObject &o, const QString &key, const QString &path, double min, double max,
                             bool required, Diagnostics &diagnostics, int line)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            diagnostics.addAt(line, 0, QStringLiteral("%1: \"%2\" is required").arg(path, key));
        return std::nullopt;
    }
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        diagnostics.addAt(line, 0, QStringLiteral("%1: must be a number from %2 to %3").arg(jsonPathKey(path, key)).arg(min).arg(max));
        return std::nullopt;
    }
    return v.toDouble();
}

} // namespace

std::optional<OutcomeMatrix> OutcomeMatrix::fromJsonl(const QByteArray &text, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    OutcomeMatrix matrix;
    QSet<QString> ids;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(start, end - start).trimmed();
        start = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            diagnostics.addAt(lineNumber, int(error.offset) + 1,
                              error.error == QJsonParseError::NoError ? QStringLiteral("expected a JSON object") : error.errorString());
            continue;
        }
        const QJsonObject o = doc.object();
        OutcomeRow row;
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (id.isString())
            row.id = id.toString();
        else if (id.isDouble())
            row.id = QString::number(id.toDouble(), 'g', 17);
        else
            diagnostics.addAt(lineNumber, 0, QStringLiteral("$.id: a string or number is required"));
        if (!row.id.isEmpty() && ids.contains(row.id))
            diagnostics.addAt(lineNumber, 0, QStringLiteral("$.id: \"%1\" appears twice").arg(row.id));
        ids.insert(row.id);
        if (o.value(QStringLiteral("prompt")).isString())
            row.prompt = o.value(QStringLiteral("prompt")).toString();
        else if (o.value(QStringLiteral("messages")).isArray() && !o.value(QStringLiteral("messages")).toArray().isEmpty())
            row.messages = o.value(QStringLiteral("messages")).toArray();
        else
            diagnostics.addAt(lineNumber, 0, QStringLiteral("$: needs \"prompt\" (a string) or \"messages\" (a list)"));
        row.category = o.value(QStringLiteral("category")).toString();
        row.reference = o.value(QStringLiteral("reference")).toString();
        const QJsonValue outcomes = o.value(QStringLiteral("outcomes"));
        if (!outcomes.isObject() || outcomes.toObject().isEmpty()) {
            diagnostics.addAt(lineNumber, 0, QStringLiteral("$.outcomes: an object with at least one model is required"));
        } else {
            const QJsonObject all = outcomes.toObject();
            for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
                const QString path = jsonPathKey(QStringLiteral("$.outcomes"), it.key());
                if (!it.value().isObject()) {
                    diagnostics.addAt(lineNumber, 0, QStringLiteral("%1: must be an object").arg(path));
                    continue;
                }
                const QJsonObject m = it.value().toObject();
                ModelOutcome outcome;
                outcome.quality = number(m, QStringLiteral("quality"), path, 0, 1, true, diagnostics, lineNumber).value_or(0);
                outcome.costUsd = number(m, QStringLiteral("cost_usd"), path, 0, 1e9, true, diagnostics, lineNumber).value_or(0);
                outcome.latencyMs = number(m, QStringLiteral("latency_ms"), path, 0, 1e12, false, diagnostics, lineNumber);
                outcome.ttftMs = number(m, QStringLiteral("ttft_ms"), path, 0, 1e12, false, diagnostics, lineNumber);
                if (m.value(QStringLiteral("response")).isString())
                    outcome.response = m.value(QStringLiteral("response")).toString();
                row.outcomes.emplace_back(it.key(), outcome);
            }
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!QSet<QString>{QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("messages"), QStringLiteral("category"),
                               QStringLiteral("reference"), QStringLiteral("outcomes")}
                     .contains(it.key()))
                row.metadata.insert(it.key(), it.value());
        matrix.rows.push_back(std::move(row));
    }
    if (diagnostics.size() != before)
        return std::nullopt;
    if (matrix.rows.empty()) {
        diagnostics.addAt(1, 0, QStringLiteral("no outcome lines"));
        return std::nullopt;
    }
    return matrix;
}

QByteArray OutcomeMatrix::toJsonl() const
{
    QByteArray out;
    for (const OutcomeRow &row : rows) {
        QJsonObject o = row.metadata;
        o.insert(QStringLiteral("id"), row.id);
        if (!row.messages.isEmpty())
            o.insert(QStringLiteral("messages"), row.messages);
        else
            o.insert(QStringLiteral("prompt"), row.prompt);
        if (!row.category.isEmpty())
            o.insert(QStringLiteral("category"), row.category);
        if (!row.reference.isEmpty())
            o.insert(QStringLiteral("reference"), row.reference);
        QJsonObject outcomes;
        for (const auto &[model, m] : row.outcomes) {
            QJsonObject mo{{QStringLiteral("quality"), m.quality}, {QStringLiteral("cost_usd"), m.costUsd}};
            if (m.latencyMs)
                mo.insert(QStringLiteral("latency_ms"), *m.latencyMs);
            if (m.ttftMs)
                mo.insert(QStringLiteral("ttft_ms"), *m.ttftMs);
            if (m.response)
                mo.insert(QStringLiteral("response"), *m.response);
            outcomes.insert(model, mo);
        }
        o.insert(QStringLiteral("outcomes"), outcomes);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

QStringList OutcomeMatrix::models() const
{
    QStringList names;
    for (const OutcomeRow &row : rows)
        for (const auto &entry : row.outcomes)
            if (!names.contains(entry.first))
                names.append(entry.first);
    return names;
}

std::vector<const OutcomeRow *> OutcomeMatrix::rowsWithAll(const QStringList &models) const
{
    std::vector<const OutcomeRow *> out;
    for (const OutcomeRow &row : rows)
        if (std::all_of(models.begin(), models.end(), [&](const QString &m) { return row.outcome(m) != nullptr; }))
            out.push_back(&row);
    return out;
}

OutcomeMatrix::Summary OutcomeMatrix::summary(const QString &model) const
{
    Summary s;
    for (const OutcomeRow &row : rows)
        if (const ModelOutcome *o = row.outcome(model)) {
            ++s.prompts;
            s.meanQuality += o->quality;
            s.meanCostUsd += o->costUsd;
        }
    if (s.prompts > 0) {
        s.meanQuality /= s.prompts;
        s.meanCostUsd /= s.prompts;
    }
    return s;
}

} // namespace sy
