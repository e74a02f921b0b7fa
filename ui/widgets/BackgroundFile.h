#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sy {

// Writes a file on the thread pool (atomically, through QSaveFile), so the GUI thread never waits
// on the disk; done runs on context's thread with the error text, empty on success, unless
// context is gone by then.
void writeFileInBackground(QObject *context, const QString &fileName, QByteArray data, std::function<void(const QString &error)> done);

} // namespace sy
