// Prompt set and outcome files from users: CSV, TSV and JSONL read as tables, mapped to prompts,
// and outcome matrices; every input gives items or diagnostics, and items write back as JSONL.
#include "eval/OutcomeMatrix.h"
#include "prompts/PromptSetImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *name : {"set.csv", "set.tsv", "set.jsonl"}) {
        sy::Diagnostics diagnostics;
        const auto table = sy::PromptSetImport::read(bytes, QLatin1String(name), diagnostics);
        if (!table)
            continue;
        for (const QJsonObject &row : table->rows)
            if (row.size() > table->columns.size())
                __builtin_trap(); // a row never has columns the header lacks
        const auto items = sy::PromptSetImport::items(*table, sy::PromptSetImport::guessMap(*table), diagnostics);
        sy::Diagnostics again;
        if (sy::PromptSetReader::fromJsonl(sy::PromptSetReader::toJsonl(items), again).size() != items.size())
            __builtin_trap(); // what was imported must read back
    }
    sy::Diagnostics diagnostics;
    if (const auto matrix = sy::OutcomeMatrix::fromJsonl(bytes, diagnostics))
        (void)matrix->toJsonl();
    return 0;
}
