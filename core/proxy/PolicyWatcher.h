#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

#include "json/Diagnostics.h"
#include "policy/Policy.h"

namespace sy {

// Watches a policy file and offers each new valid version; an invalid one is reported and
// ignored, so the policy in service stays. Also notices editors that save by rename.
class PolicyWatcher : public QObject
{
    Q_OBJECT
public:
    PolicyWatcher(QString path, QObject *parent = nullptr);

signals:
    void policyChanged(const sy::Policy &policy);
    void policyRejected(const QString &diagnostics);

private:
    void check();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QByteArray m_lastText;
};

} // namespace sy
