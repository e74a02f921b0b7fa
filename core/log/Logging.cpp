#include "log/Logging.h"

#include <QLoggingCategory>
#include <QString>

namespace sy::logging {

namespace {

struct LevelName
{
    Level level;
    const char *name;
};
constexpr LevelName kLevels[] = {
    {Level::Debug, "debug"}, {Level::Info, "info"}, {Level::Warning, "warning"}, {Level::Error, "error"}, {Level::Off, "off"},
};

} // namespace

std::optional<Level> levelFromName(QStringView name)
{
    for (const LevelName &l : kLevels)
        if (name.compare(QLatin1String(l.name), Qt::CaseInsensitive) == 0)
            return l.level;
    return std::nullopt;
}

QStringList levelNames()
{
    QStringList names;
    for (const LevelName &l : kLevels)
        names.append(QLatin1String(l.name));
    return names;
}

void setLevel(Level level)
{
    // Qt's message types from quietest to loudest; "critical" is what qCCritical and errors use.
    const auto rule = [](const char *type, bool on) {
        return QStringLiteral("switchyard.*.%1=%2\n").arg(QLatin1String(type), on ? QStringLiteral("true") : QStringLiteral("false"));
    };
    QString rules;
    rules += rule("debug", level <= Level::Debug);
    rules += rule("info", level <= Level::Info);
    rules += rule("warning", level <= Level::Warning);
    rules += rule("critical", level <= Level::Error);
    QLoggingCategory::setFilterRules(rules);
}

void useDefaultPattern()
{
    // QT_MESSAGE_PATTERN, when set, takes precedence over this (Qt's rule).
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                                      "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
                                      "%{if-category}%{category}: %{endif}%{message}"));
}

} // namespace sy::logging
