#pragma once

#include <QStringList>

namespace sy::recent {

// The workspaces opened last, newest first, kept in the settings; files that are gone are left out.
QStringList workspaces();
void add(const QString &path);
void clear();

constexpr int kMaximum = 8;

} // namespace sy::recent
