#pragma once

#include <QJsonArray>
#include <QObject>
#include <QThread>

#include <optional>
#include <vector>

#include "playground/SideBySideAnswer.h"
#include "replay/ReplayPlan.h"

namespace sy {

class SideBySideWorker;

// A chat sent to several models or routes at once: 2 to 8 columns, each with its own
// conversation (the same user turns, its own answers), streamed through in-process proxies on a
// thread of its own. Everything here is called and signalled on the creating (GUI) thread, which
// never waits on the network.
class SideBySide : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 8;

    struct Setup
    {
        std::vector<ReplayCandidate> candidates;
        ProxyRuntime::CredentialResolver credentials;
        ProxyRuntime::SimulatorResolver simulators;
        std::optional<int> maxTokens;
        std::optional<double> temperature;
        QString system; // a system message before the first turn; none when empty
    };

    explicit SideBySide(QObject *parent = nullptr);
    ~SideBySide() override;

    // Starts a new chat with these columns (the earlier one ends); an error when it cannot.
    QString start(Setup setup);
    // Sends the next user turn to every column. False while answers are still coming.
    bool ask(const QString &userText);
    void stop(); // ends the answers in flight, marked as stopped
    void clear(); // forgets the conversation, keeps the columns

    int columnCount() const { return int(m_conversations.size()); }
    int turnCount() const { return m_turns; }
    bool isBusy() const { return m_waiting > 0; }
    QJsonArray conversation(int column) const { return m_conversations.at(size_t(column)); }
    QString lastUserText() const { return m_lastUser; }

signals:
    void answerUpdated(const sy::SideBySideAnswer &answer); // the text so far
    void answerFinished(const sy::SideBySideAnswer &answer);
    void turnFinished(); // every column has answered (or failed)

private:
    friend class SideBySideWorker;
    void deliver(const SideBySideAnswer &answer); // from the worker, queued to this thread

    QThread m_thread;
    SideBySideWorker *m_worker = nullptr;
    Setup m_setup;
    std::vector<QJsonArray> m_conversations;
    QString m_lastUser;
    int m_turns = 0;
    int m_serial = 0; // of the turn being answered; answers carry it, so late ones are recognised
    int m_waiting = 0;
};

} // namespace sy
