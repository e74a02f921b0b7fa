#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sy {

// One stored Responses API response. A conversation is a chain: each response keeps only its
// own items and the id of the one it continued, so a long conversation costs its length once,
// not once per turn.
struct StoredResponse
{
    QJsonObject response;    // the response object as the client got it
    QString previousId;      // the response this one continued, empty for a first turn
    QJsonArray items;        // this request's input items, then its output items
    qint64 storedAtMs = 0;
    qint64 bytes = 0;        // approximate: the serialized response and items
};

// Where stored responses outlive the process (the workspace). Called from the proxy's worker
// threads: load() may read the disk (a keyed lookup that never waits for the writer); save()
// and remove() must not wait for it.
class ResponseArchive
{
public:
    virtual ~ResponseArchive() = default;
    virtual std::optional<StoredResponse> load(const QString &id) = 0;
    virtual void save(const QString &id, const StoredResponse &entry) = 0;
    virtual void remove(const QString &id) = 0;
};

} // namespace sy
