#pragma once

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

#include "domain/Provider.h"

namespace sy {

class ProviderProbe;

// Finds model servers running on this machine: every local preset of the model catalog
// (llama.cpp on 8080, vLLM on 8000, Ollama on 11434, LM Studio on 1234, all on 127.0.0.1) is
// asked for its model list at once, with a short timeout. A server counts as found only when it
// answers with a model list: another program on the port is not mistaken for one.
class LocalServerScan : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString presetId; // the catalog's id: "llamacpp", "ollama", ...
        QString name;     // "Ollama (local)"
        QString baseUrl;  // http://127.0.0.1:11434/v1
    };
    struct Found
    {
        Target target;
        QStringList models;
        qint64 elapsedMs = 0;
    };

    static std::vector<Target> defaultTargets(); // the catalog's presets on a loopback address
    // A provider for what was found, named after its preset, its models free to call.
    static ProviderSpec providerFor(const Found &found);

    explicit LocalServerScan(QObject *parent = nullptr);
    ~LocalServerScan() override;

    void scan(std::vector<Target> targets = defaultTargets(), int timeoutMs = 1500);
    bool isRunning() const { return m_waiting > 0; }

signals:
    void finished(const std::vector<sy::LocalServerScan::Found> &found); // in the targets' order

private:
    std::vector<std::unique_ptr<ProviderProbe>> m_probes;
    std::vector<Target> m_targets;
    std::vector<std::optional<Found>> m_results;
    int m_waiting = 0;
    quint64 m_generation = 0;
};

} // namespace sy
