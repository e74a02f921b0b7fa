#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

#include "json/Diagnostics.h"

namespace sy {

// The text of the last user message (text parts joined), empty when there is none.
QString lastUserText(const QJsonArray &messages);

struct PromptItem
{
    QString externalId;
    QJsonArray messages; // OpenAI chat format: [{"role", "content"}]
    QString reference;
    QString category;
    QJsonObject metadata;
    friend bool operator==(const PromptItem &, const PromptItem &) = default;
};

struct PromptSet
{
    QString name;
    QString source;
    std::vector<PromptItem> items;
};

// Which field of a line holds what, for sets made elsewhere (GSM8K has "question" and "answer").
struct PromptFieldMap
{
    QString id = QStringLiteral("id");
    QString prompt = QStringLiteral("prompt"); // a string, or a list of strings (the first is used)
    QString messages = QStringLiteral("messages");
    QString system = QStringLiteral("system");
    QString reference = QStringLiteral("reference"); // a string, or a list of strings (the first is used)
    QString category = QStringLiteral("category");

    // "prompt=question,reference=answer": the keys above; unnamed ones keep their defaults.
    static std::optional<PromptFieldMap> parse(const QString &spec, QString *error);
};

// Reads JSONL prompt sets: each line {"prompt": TEXT, "system"?, "reference"?, "category"?, "id"?, ...}
// or {"messages": [...], ...} (or the fields a map names). Other keys become metadata. Errors name the line.
class PromptSetReader
{
public:
    static std::vector<PromptItem> fromJsonl(const QByteArray &text, Diagnostics &diagnostics, const PromptFieldMap &map = {});
    static QByteArray toJsonl(const std::vector<PromptItem> &items);
};

} // namespace sy
