#include "proxy/PolicyWatcher.h"

#include <QFile>
#include <QFileInfo>

#include "policy/PolicyReader.h"

namespace sy {

PolicyWatcher::PolicyWatcher(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly))
        m_lastText = f.readAll();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150); // editors write in several steps
    connect(&m_debounce, &QTimer::timeout, this, &PolicyWatcher::check);
    m_watcher.addPath(m_path);
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
}

void PolicyWatcher::check()
{
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path); // replaced by rename: watch the new file
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return; // mid-rename; the directory watch brings us back
    const QByteArray text = f.readAll();
    if (text == m_lastText)
        return;
    m_lastText = text;
    Diagnostics diagnostics;
    const auto policy = PolicyReader::fromJsonText(text, diagnostics);
    if (!policy) {
        emit policyRejected(diagnostics.toString(m_path));
        return;
    }
    emit policyChanged(*policy);
}

} // namespace sy
