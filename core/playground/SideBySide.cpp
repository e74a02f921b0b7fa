#include "playground/SideBySide.h"

#include <QJsonObject>

#include "playground/SideBySideWorker.h"

namespace sy {

SideBySide::SideBySide(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<sy::SideBySideAnswer>();
    m_thread.setObjectName(QStringLiteral("side-by-side"));
    m_thread.start();
}

SideBySide::~SideBySide()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString SideBySide::start(Setup setup)
{
    if (int(setup.candidates.size()) < kMinColumns || int(setup.candidates.size()) > kMaxColumns)
        return tr("Choose between %1 and %2 models or routes.").arg(kMinColumns).arg(kMaxColumns);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_setup = std::move(setup);
    clear();
    ReplayPlan hooks;
    hooks.credentials = m_setup.credentials;
    hooks.simulators = m_setup.simulators;
    QString error;
    // Listening and the worker's pool belong to the worker's thread. Starting proxies takes
    // milliseconds and no network: the caller waits for that, never for an answer.
    auto *worker = new SideBySideWorker(this, &m_thread);
    QMetaObject::invokeMethod(worker, [worker, &error, candidates = m_setup.candidates, hooks] { error = worker->start(candidates, hooks); },
                              Qt::BlockingQueuedConnection);
    m_worker = worker;
    return error;
}

void SideBySide::clear()
{
    if (m_worker && m_waiting > 0)
        stop();
    m_conversations.assign(m_setup.candidates.size(), QJsonArray());
    if (!m_setup.system.trimmed().isEmpty())
        for (QJsonArray &c : m_conversations)
            c.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), m_setup.system}});
    m_turns = 0;
    m_waiting = 0;
    ++m_serial; // answers still on their way belong to the old chat
    m_lastUser.clear();
}

bool SideBySide::ask(const QString &userText)
{
    if (!m_worker || m_waiting > 0 || userText.trimmed().isEmpty())
        return false;
    for (QJsonArray &c : m_conversations)
        c.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), userText}});
    m_lastUser = userText;
    const int turn = ++m_serial;
    ++m_turns;
    m_waiting = columnCount();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, turn, conversations = m_conversations, maxTokens = m_setup.maxTokens,
                                         temperature = m_setup.temperature] { worker->ask(turn, conversations, maxTokens, temperature); });
    return true;
}

void SideBySide::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

void SideBySide::deliver(const SideBySideAnswer &answer)
{
    if (answer.turn != m_serial || answer.column < 0 || answer.column >= columnCount())
        return; // from a chat that was cleared or restarted
    if (!answer.finished) {
        emit answerUpdated(answer);
        return;
    }
    // The answer joins its column's conversation, so the next turn continues from it. A failed
    // answer adds nothing: the next turn asks again from the same point.
    if (answer.ok())
        m_conversations[size_t(answer.column)].append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), answer.text}});
    emit answerFinished(answer);
    if (m_waiting > 0 && --m_waiting == 0)
        emit turnFinished();
}

} // namespace sy
