#pragma once

#include <QSqlDatabase>

#include <optional>

#include "prompts/PromptSet.h"

namespace sy {

class PromptSetStore
{
public:
    static QString save(QSqlDatabase &db, const PromptSet &set); // replaces a set of the same name
    static std::optional<PromptSet> load(QSqlDatabase &db, const QString &name);
    static QStringList names(QSqlDatabase &db);
};

} // namespace sy
