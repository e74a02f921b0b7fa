#include "prompts/PromptSetImport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sy::PromptSetImport {

namespace {

// One record of CSV from `pos`; quoted fields may hold separators, quotes ("") and line breaks.
QStringList csvRecord(const QString &text, qsizetype &pos, QChar separator, int &line, QString *error)
{
    QStringList fields;
    QString field;
    bool quoted = false, wasQuoted = false;
    while (pos < text.size()) {
        const QChar c = text[pos++];
        if (quoted) {
            if (c == u'"') {
                if (pos < text.size() && text[pos] == u'"') {
                    field += u'"';
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == separator) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            break;
        } else {
            field += c;
        }
    }
    if (quoted)
        *error = QStringLiteral("a quoted field is not closed");
    fields.append(field);
    return fields;
}

} // namespace

std::optional<ImportTable> read(const QByteArray &data, const QString &fileName, Diagnostics &diagnostics)
{
    const QString lower = fileName.toLower();
    Diagnostics problems;
    auto table = lower.endsWith(QStringLiteral(".csv"))   ? readCsv(data, u',', problems)
                 : lower.endsWith(QStringLiteral(".tsv")) ? readCsv(data, u'\t', problems)
                                                          : readJsonl(data, problems);
    if (table)
        table->skipped = problems;
    else
        for (const Diagnostic &d : problems.items())
            diagnostics.addAt(d.line, d.column, d.message);
    return table;
}

std::optional<ImportTable> readCsv(const QByteArray &data, QChar separator, Diagnostics &diagnostics)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    ImportTable table;
    qsizetype pos = 0;
    int line = 1;
    QString error;
    table.columns = csvRecord(text, pos, separator, line, &error);
    for (QString &c : table.columns)
        c = c.trimmed();
    if (table.columns.isEmpty() || (table.columns.size() == 1 && table.columns.front().isEmpty())) {
        diagnostics.addAt(1, 0, QStringLiteral("expected a header row naming the columns"));
        return std::nullopt;
    }
    if (table.columns.removeDuplicates() > 0) {
        diagnostics.addAt(1, 0, QStringLiteral("the header names a column twice"));
        return std::nullopt;
    }
    while (pos < text.size()) {
        const int start = line;
        const QStringList fields = csvRecord(text, pos, separator, line, &error);
        if (!error.isEmpty()) {
            diagnostics.addAt(start, 0, error);
            return std::nullopt;
        }
        if (fields.size() == 1 && fields.front().trimmed().isEmpty())
            continue; // a blank line
        if (fields.size() != table.columns.size()) {
            diagnostics.addAt(start, 0, QStringLiteral("%1 fields, but the header has %2 columns").arg(fields.size()).arg(table.columns.size()));
            continue;
        }
        QJsonObject row;
        for (qsizetype i = 0; i < fields.size(); ++i)
            row.insert(table.columns[i], fields[i]);
        table.rows.push_back(row);
        table.lines.push_back(start);
    }
    return table;
}

std::optional<ImportTable> readJsonl(const QByteArray &data, Diagnostics &diagnostics)
{
    ImportTable table;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            diagnostics.addAt(int(i + 1), 0, error.error != QJsonParseError::NoError ? QStringLiteral("invalid JSON: %1").arg(error.errorString())
                                                                                     : QStringLiteral("expected a JSON object"));
            continue;
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!table.columns.contains(it.key()))
                table.columns.append(it.key());
        table.rows.push_back(o);
        table.lines.push_back(int(i + 1));
    }
    if (table.rows.empty() && diagnostics.isEmpty())
        diagnostics.addAt(1, 0, QStringLiteral("the file holds no lines"));
    if (table.rows.empty())
        return std::nullopt;
    return table;
}

PromptFieldMap guessMap(const ImportTable &table)
{
    PromptFieldMap map;
    auto pick = [&](QString *field, std::initializer_list<const char *> names) {
        for (const char *name : names)
            for (const QString &c : table.columns)
                if (c.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                    *field = c;
                    return;
                }
    };
    pick(&map.id, {"id", "question_id", "uid", "key"});
    pick(&map.prompt, {"prompt", "question", "input", "instruction", "query", "turns", "text"});
    pick(&map.messages, {"messages", "conversation", "chat"});
    pick(&map.system, {"system", "system_prompt"});
    pick(&map.reference, {"reference", "answer", "target", "output", "expected", "ideal", "label"});
    pick(&map.category, {"category", "subject", "type", "topic", "task"});
    return map;
}

std::vector<PromptItem> items(const ImportTable &table, const PromptFieldMap &map, Diagnostics &diagnostics)
{
    // Through the JSONL reader, one row at a time, so both paths validate alike; the row's own
    // line number goes into its messages.
    std::vector<PromptItem> out;
    for (size_t i = 0; i < table.rows.size(); ++i) {
        QJsonObject row = table.rows[i];
        // A CSV "messages" column holds JSON text.
        if (const QJsonValue m = row.value(map.messages); m.isString()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m.toString().toUtf8());
            if (doc.isArray())
                row.insert(map.messages, doc.array());
        }
        // Without an id column a prompt is numbered by its row (the reader alone would say line 1).
        if (!row.contains(map.id))
            row.insert(map.id, QString::number(i + 1));
        Diagnostics rowDiagnostics;
        std::vector<PromptItem> one = PromptSetReader::fromJsonl(QJsonDocument(row).toJson(QJsonDocument::Compact), rowDiagnostics, map);
        for (const Diagnostic &d : rowDiagnostics.items())
            diagnostics.addAt(table.lines[i], 0, d.message);
        for (PromptItem &item : one)
            out.push_back(std::move(item));
    }
    return out;
}

} // namespace sy::PromptSetImport
