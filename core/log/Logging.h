#pragma once

#include <QStringList>
#include <QStringView>

#include <optional>

namespace sy::logging {

// What the switchyard.* categories print, loudest first. Each layer has its own category
// (switchyard.proxy, switchyard.store, …, listed in docs/architecture.md); debug is off unless asked.
enum class Level { Debug, Info, Warning, Error, Off };

std::optional<Level> levelFromName(QStringView name); // "debug", "info", "warning", "error", "off"
QStringList levelNames();

// Sets the level of every switchyard.* category. QT_LOGGING_RULES, which Qt applies after these
// rules, still wins: "QT_LOGGING_RULES=switchyard.proxy.debug=true" opens one layer alone.
void setLevel(Level level);

// A time, level and category before each message, unless QT_MESSAGE_PATTERN sets another.
void useDefaultPattern();

} // namespace sy::logging
