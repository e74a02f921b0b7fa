#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

#include "json/Diagnostics.h"

namespace sy {

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

// Reads JSONL prompt sets: each line {"prompt": TEXT, "system"?, "reference"?, "category"?, "id"?, ...}
// or {"messages": [...], ...}. Other keys become metadata. Errors name the line.
class PromptSetReader
{
public:
    static std::vector<PromptItem> fromJsonl(const QByteArray &text, Diagnostics &diagnostics);
    static QByteArray toJsonl(const std::vector<PromptItem> &items);
};

} // namespace sy
