#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>

#include <optional>
#include <unordered_map>
#include <vector>

#include "playground/SideBySideAnswer.h"
#include "proxy/RequestLogEntry.h"
#include "replay/CandidateProxy.h"

class QTimer;

namespace sy {

class SideBySide;
class UpstreamPool;

// The network side of a side-by-side chat, on SideBySide's thread: one in-process proxy per
// column (the code live traffic goes through), streamed requests to them, and answers that
// grow as text arrives. Updates go out at most every 50 ms per column, so a fast stream cannot
// flood the GUI thread; an answer ends when both its stream and its request-log entry are in.
class SideBySideWorker : public QObject
{
public:
    SideBySideWorker(SideBySide *owner, QThread *thread);
    ~SideBySideWorker() override;

    // Serves each candidate on its own proxy; an error when one cannot listen.
    QString start(const std::vector<ReplayCandidate> &candidates, const ReplayPlan &hooks);
    void ask(int turn, const std::vector<QJsonArray> &conversations, std::optional<int> maxTokens,
             std::optional<double> temperature);
    void cancel();

private:
    struct Pending
    {
        SideBySideAnswer answer;
        UpstreamCall call;
        QElapsedTimer clock;
        QByteArray partial;  // a stream line split across reads
        QByteArray errorBody; // a failed answer's body, for its message
        bool streamEnded = false;
        bool logged = false;
        bool dirty = false;
    };
    void onLine(Pending &p, QByteArrayView line);
    void onLogged(const RequestLogEntry &entry);
    void endStream(const QByteArray &id, const QString &error);
    void maybeFinish(const QByteArray &id);
    void flush();

    SideBySide *m_owner;
    UpstreamPool *m_pool = nullptr;
    QTimer *m_flush;
    QTimer *m_logWait; // an answer whose log entry never comes still ends
    std::vector<CandidateProxy> m_proxies;
    std::vector<QString> m_routes;
    std::unordered_map<QByteArray, Pending> m_pending;
    quint64 m_nextId = 0;
};

} // namespace sy
