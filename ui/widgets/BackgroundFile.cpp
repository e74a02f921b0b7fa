#include "widgets/BackgroundFile.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

namespace sy {

void writeFileInBackground(QObject *context, const QString &fileName, QByteArray data, std::function<void(const QString &error)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, fileName, data = std::move(data), done = std::move(done)] {
        QSaveFile file(fileName);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            error = file.errorString();
        // The application object outlives any context; the guard says whether the context does.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, error, done] {
            if (guard)
                done(error);
        }, Qt::QueuedConnection);
    });
}

} // namespace sy
