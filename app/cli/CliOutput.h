#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "policy/Policy.h"

namespace sy::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

void out(const QString &text);  // stdout, with a newline
void err(const QString &text);  // stderr, with a newline
int usageError(const QString &command, const QString &message); // prints and returns Usage

// Validates a policy and writes it atomically; prints the problems and returns false otherwise.
bool writePolicyFile(const Policy &policy, const QString &fileName);

// --since: "30d", "24h", "90m" back from nowMs, or "all" (0); nullopt when it is none of them.
std::optional<qint64> parseSince(const QString &text, qint64 nowMs);

// Checks that a positional argument names a readable file; prints the error otherwise.
bool requireReadableFile(const QString &command, const QString &what, const QString &path);

} // namespace sy::cli
