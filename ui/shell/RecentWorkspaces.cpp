#include "shell/RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace sy::recent {

namespace {
const QString kKey = QStringLiteral("workspace/recent");
}

QStringList workspaces()
{
    QStringList paths;
    for (const QString &path : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(path) && !paths.contains(path))
            paths.append(path);
    return paths;
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaximum)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void clear() { QSettings().remove(kKey); }

} // namespace sy::recent
