#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

#include "prompts/PromptSet.h"

namespace sy {

// A file to import, read as a table: CSV (a header row, RFC 4180 quoting) or JSONL (the union
// of the objects' keys), so the import dialog can show columns and let the user map them.
struct ImportTable
{
    QStringList columns;
    std::vector<QJsonObject> rows; // CSV cells as strings
    std::vector<int> lines;        // the file line each row starts on, for messages
    Diagnostics skipped;           // lines left out while reading (a CSV row of the wrong width, a bad JSON line)
};

namespace PromptSetImport {
// By the file name: .csv or .tsv as CSV (tab-separated for .tsv), anything else as JSONL.
std::optional<ImportTable> read(const QByteArray &data, const QString &fileName, Diagnostics &diagnostics);
std::optional<ImportTable> readCsv(const QByteArray &data, QChar separator, Diagnostics &diagnostics);
std::optional<ImportTable> readJsonl(const QByteArray &data, Diagnostics &diagnostics);
// A first guess of which column is what, from common names (question, input, answer, target...).
PromptFieldMap guessMap(const ImportTable &table);
// The prompt items, by the map; errors name the file line.
std::vector<PromptItem> items(const ImportTable &table, const PromptFieldMap &map, Diagnostics &diagnostics);
} // namespace PromptSetImport

} // namespace sy
