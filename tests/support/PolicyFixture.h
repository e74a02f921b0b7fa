#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

#include "json/Diagnostics.h"
#include "policy/Policy.h"

namespace sy::test {

// A policy document built in a test: providers with their models, then routes with their root
// nodes. The node helpers below make the common shapes; anything else is a QJsonObject.
class PolicyFixture
{
public:
    explicit PolicyFixture(const QString &name = QStringLiteral("test"));

    // `extra` adds members (credential, timeouts, headers, …) to the provider object.
    PolicyFixture &provider(const QString &id, const QString &kind, const QString &baseUrl, const QJsonArray &models,
                            const QJsonObject &extra = {});
    // An OpenAI-compatible provider nothing listens for (port 9, discard): for routing-only tests.
    PolicyFixture &offlineProvider(const QString &id, const QStringList &modelIds);
    PolicyFixture &route(const QString &alias, const QJsonObject &root);
    PolicyFixture &set(const QString &key, const QJsonValue &value); // a top-level member

    QJsonObject json() const { return m_json; }
    QByteArray text() const;
    // Through the reader, as a file would be; nullopt with its diagnostics when invalid.
    std::optional<Policy> read(Diagnostics &diagnostics) const;
    // The same, for a fixture the test expects to be valid: an invalid one yields an empty
    // policy and the caller's QVERIFY on it fails with the diagnostics printed here.
    Policy policy() const;

private:
    QJsonObject m_json;
};

// Models by id, or with pricing: {"id": id, "pricing": {"input_per_mtok": in, "output_per_mtok": out}}.
QJsonArray models(const QStringList &ids);
QJsonObject pricedModel(const QString &id, double inputPerMTok, double outputPerMTok);

QJsonObject target(const QString &model, const QJsonObject &extra = {});
QJsonObject fallback(const QJsonArray &children);
QJsonObject rule(const QJsonObject &when, const QJsonObject &then);
QJsonObject conditional(const QJsonArray &rules, const QJsonObject &defaultNode);
QJsonObject condition(const QString &field, const QString &op, const QJsonValue &value);
// A selector whose candidates are labelled targets "provider/label" for each label.
QJsonObject selector(const QString &method, const QJsonObject &params, const QString &provider, const QStringList &labels,
                     const QJsonObject &defaultNode);

} // namespace sy::test
