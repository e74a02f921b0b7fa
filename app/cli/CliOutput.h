#pragma once

#include <QString>
#include <QStringList>

#include "policy/Policy.h"

namespace sy::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

void out(const QString &text);  // stdout, with a newline
void err(const QString &text);  // stderr, with a newline
int usageError(const QString &command, const QString &message); // prints and returns Usage

// Validates a policy and writes it atomically; prints the problems and returns false otherwise.
bool writePolicyFile(const Policy &policy, const QString &fileName);

// Checks that a positional argument names a readable file; prints the error otherwise.
bool requireReadableFile(const QString &command, const QString &what, const QString &path);

} // namespace sy::cli
