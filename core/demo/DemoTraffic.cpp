#include "demo/DemoTraffic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace sy {

namespace {

struct SampleRequest
{
    const char *prompt;
    bool tools;
    bool stream;
    int maxTokens;
};

// Written for the project; varied so that rules on length, tools and streaming all fire.
const SampleRequest kSamples[] = {
    {"What is the capital of Australia?", false, false, 0},
    {"Summarise the release notes in three bullet points: the proxy now drains on SIGTERM, "
     "policies reload without a restart, and the tray shows spend per day.", false, true, 200},
    {"Write a Python function that parses ISO 8601 durations such as P3DT4H, with tests.", false, false, 600},
    {"Translate 'the proxy keeps serving while the window is closed' into German.", false, false, 0},
    {"Explain the difference between p50 and p95 latency to a product manager.", false, true, 0},
    {"Look up the weather in Lisbon and say whether to take an umbrella.", true, false, 0},
    {"Review this function for bugs: def mean(xs): return sum(xs) / len(xs)", false, false, 300},
    {"A crate holds 24 bottles. How many bottles are in 7 crates? Give the number only.", false, false, 0},
};

const char *const kClients[] = {"docs-team", "ci-bot", "support-app"};

// How often the demo's simulated users like an answer, by the model that gave it: stronger models
// are liked more, so the Experiments page has a verdict to show. Others: 65%.
double likeRate(const QByteArray &model)
{
    if (model.contains("pro") || model.contains("claude"))
        return 0.82;
    if (model.contains("standard"))
        return 0.7;
    if (model.contains("mini") || model.contains("local"))
        return 0.55;
    return 0.65;
}

} // namespace

class DemoTrafficWorker : public QObject
{
public:
    DemoTrafficWorker() = default;

    void start(const QString &baseUrl, double rate)
    {
        m_base = baseUrl;
        m_routes.clear();
        if (!m_nam)
            m_nam = new QNetworkAccessManager(this);
        if (!m_timer) {
            m_timer = new QTimer(this);
            connect(m_timer, &QTimer::timeout, this, &DemoTrafficWorker::sendOne);
        }
        m_timer->setInterval(int(1000 / std::max(0.1, rate)));
        // The routes come from the proxy itself, so any policy gets traffic on its own aliases.
        QNetworkReply *models = m_nam->get(QNetworkRequest(QUrl(m_base + QStringLiteral("/models"))));
        connect(models, &QNetworkReply::finished, this, [this, models] {
            models->deleteLater();
            const QJsonArray data = QJsonDocument::fromJson(models->readAll()).object().value(QStringLiteral("data")).toArray();
            for (const QJsonValue &m : data) {
                const QString id = m.toObject().value(QStringLiteral("id")).toString();
                if (!id.isEmpty() && !id.contains(u'/') && !id.contains(QStringLiteral("embed")))
                    m_routes.append(id);
            }
            if (m_routes.isEmpty())
                m_routes.append(QStringLiteral("auto"));
            m_timer->start();
        });
    }

    // Sends no more; requests under way finish (cutting them off would log them as client errors).
    void stop()
    {
        if (m_timer)
            m_timer->stop();
    }

private:
    void sendOne()
    {
        QRandomGenerator *random = QRandomGenerator::global();
        const SampleRequest &sample = kSamples[random->bounded(int(std::size(kSamples)))];
        QJsonObject body{{QStringLiteral("model"), m_routes.at(random->bounded(int(m_routes.size())))},
                         {QStringLiteral("messages"),
                          QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                 {QStringLiteral("content"), QString::fromUtf8(sample.prompt)}}}}};
        if (sample.stream)
            body.insert(QStringLiteral("stream"), true);
        if (sample.maxTokens > 0)
            body.insert(QStringLiteral("max_tokens"), sample.maxTokens);
        if (sample.tools) {
            const QJsonObject parameters{{QStringLiteral("type"), QStringLiteral("object")},
                                         {QStringLiteral("properties"),
                                          QJsonObject{{QStringLiteral("city"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}};
            body.insert(QStringLiteral("tools"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                               {QStringLiteral("function"),
                                                QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                                            {QStringLiteral("parameters"), parameters}}}}});
        }
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("x-switchyard-client", kClients[random->bounded(int(std::size(kClients)))]);
        request.setRawHeader("x-user-id", QByteArray::number(random->bounded(40)));
        QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            // A third of the users say what they thought, by the answer's request id.
            QRandomGenerator *dice = QRandomGenerator::global();
            if (reply->error() != QNetworkReply::NoError || dice->generateDouble() > 0.35)
                return;
            const bool liked = dice->generateDouble() < likeRate(reply->rawHeader("x-switchyard-model"));
            const QJsonObject verdict{{QStringLiteral("request_id"), QString::fromUtf8(reply->rawHeader("x-request-id"))},
                                      {QStringLiteral("label"), liked ? QStringLiteral("thumbs_up") : QStringLiteral("thumbs_down")}};
            QNetworkRequest feedback(QUrl(m_base + QStringLiteral("/feedback")));
            feedback.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *sent = m_nam->post(feedback, QJsonDocument(verdict).toJson(QJsonDocument::Compact));
            connect(sent, &QNetworkReply::finished, sent, &QObject::deleteLater);
        });
    }

    QString m_base;
    QStringList m_routes;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr;
};

DemoTraffic::DemoTraffic(QObject *parent) : QObject(parent), m_worker(new DemoTrafficWorker)
{
    m_thread.setObjectName(QStringLiteral("demo-traffic"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DemoTraffic::~DemoTraffic()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void DemoTraffic::start(const QString &baseUrl, double requestsPerSecond)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, baseUrl, requestsPerSecond] { worker->start(baseUrl, requestsPerSecond); });
    m_running = true;
}

void DemoTraffic::stop()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
    m_running = false;
}

} // namespace sy
