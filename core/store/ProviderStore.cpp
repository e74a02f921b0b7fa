#include "store/ProviderStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "store/StoreUtil.h"

namespace sy {

namespace {

QString credentialSourceName(CredentialRef::Source s)
{
    switch (s) {
    case CredentialRef::Source::Environment: return QStringLiteral("env");
    case CredentialRef::Source::Keychain: return QStringLiteral("keychain");
    case CredentialRef::Source::None: break;
    }
    return QStringLiteral("none");
}


} // namespace

QString ProviderStore::save(QSqlDatabase &db, const ProviderSpec &p)
{
    QJsonObject headers;
    for (const HeaderEntry &h : p.headers)
        headers.insert(h.name, h.value);
    const QJsonObject timeouts = PolicyWriter::providerToJson(p).value(QStringLiteral("timeouts")).toObject();

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO providers (id, kind, base_url, credential_source, credential_name, headers_json, timeouts_json, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
        "base_url = excluded.base_url, credential_source = excluded.credential_source, credential_name = "
        "excluded.credential_name, headers_json = excluded.headers_json, timeouts_json = excluded.timeouts_json, "
        "updated_at = excluded.updated_at"));
    const QString now = nowIso();
    q.addBindValue(p.id);
    q.addBindValue(providerKindName(p.kind));
    q.addBindValue(p.baseUrl);
    q.addBindValue(credentialSourceName(p.credential.source));
    q.addBindValue(p.credential.name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(timeouts).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (QString e = execOrError(q); !e.isEmpty())
        return e;

    q.prepare(QStringLiteral("DELETE FROM models WHERE provider_id = ?"));
    q.addBindValue(p.id);
    if (QString e = execOrError(q); !e.isEmpty())
        return e;
    for (const ModelSpec &m : p.models) {
        q.prepare(QStringLiteral("INSERT INTO models (provider_id, model_id, alias, input_per_mtok, output_per_mtok, "
                                 "cached_input_per_mtok, context_window, capabilities, pricing_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(p.id);
        q.addBindValue(m.id);
        q.addBindValue(m.alias.isEmpty() ? QVariant() : QVariant(m.alias));
        q.addBindValue(m.pricing.inputPerMTok);
        q.addBindValue(m.pricing.outputPerMTok);
        q.addBindValue(m.pricing.cachedInputPerMTok ? QVariant(*m.pricing.cachedInputPerMTok) : QVariant());
        q.addBindValue(m.contextWindow ? QVariant(*m.contextWindow) : QVariant());
        // An empty list is "", not NULL (a null QString binds as NULL and the column forbids it).
        const QString capabilities = capabilityNames(m.capabilities, u",");
        q.addBindValue(capabilities.isNull() ? QStringLiteral("") : capabilities);
        // The whole price list in the policy's shape when it has more than the plain columns say.
        Pricing plain = Pricing::perMTok(m.pricing.inputPerMTok, m.pricing.outputPerMTok);
        plain.cachedInputPerMTok = m.pricing.cachedInputPerMTok;
        q.addBindValue(m.pricing == plain ? QVariant()
                                          : QVariant(QString::fromUtf8(QJsonDocument(PolicyWriter::pricingToJson(m.pricing))
                                                                           .toJson(QJsonDocument::Compact))));
        if (QString e = execOrError(q); !e.isEmpty())
            return e;
    }
    return {};
}

QString ProviderStore::remove(QSqlDatabase &db, const QString &providerId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM providers WHERE id = ?"));
    q.addBindValue(providerId);
    return execOrError(q);
}

std::vector<ProviderSpec> ProviderStore::loadAll(QSqlDatabase &db, QString *error)
{
    std::vector<ProviderSpec> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, kind, base_url, credential_source, credential_name, headers_json, "
                               "timeouts_json FROM providers ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ProviderSpec p;
        p.id = q.value(0).toString();
        p.kind = providerKindFromName(q.value(1).toString()).value_or(ProviderKind::OpenAI);
        p.baseUrl = q.value(2).toString();
        const QString source = q.value(3).toString();
        p.credential.source = source == u"env"        ? CredentialRef::Source::Environment
                              : source == u"keychain" ? CredentialRef::Source::Keychain
                                                      : CredentialRef::Source::None;
        p.credential.name = q.value(4).toString();
        const QJsonObject headers = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
            p.headers.push_back({it.key(), it.value().toString()});
        const QJsonObject t = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        auto opt = [&t](const char *key) -> std::optional<int> {
            const QJsonValue v = t.value(QLatin1String(key));
            return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
        };
        p.timeouts = {opt("connect_ms"), opt("first_byte_ms"), opt("total_ms")};
        out.push_back(std::move(p));
    }
    QSqlQuery m(db);
    m.exec(QStringLiteral("SELECT provider_id, model_id, alias, input_per_mtok, output_per_mtok, cached_input_per_mtok, "
                          "context_window, capabilities, pricing_json FROM models ORDER BY provider_id, rowid"));
    while (m.next()) {
        for (ProviderSpec &p : out) {
            if (p.id != m.value(0).toString())
                continue;
            ModelSpec spec;
            spec.id = m.value(1).toString();
            spec.alias = m.value(2).toString();
            spec.pricing.inputPerMTok = m.value(3).toDouble();
            spec.pricing.outputPerMTok = m.value(4).toDouble();
            if (!m.value(5).isNull())
                spec.pricing.cachedInputPerMTok = m.value(5).toDouble();
            if (!m.value(6).isNull())
                spec.contextWindow = m.value(6).toInt();
            spec.capabilities = capabilitiesFromNames(m.value(7).toString());
            if (!m.value(8).isNull()) {
                Diagnostics ignored; // written by this class from a valid price list
                const QJsonObject pricing = QJsonDocument::fromJson(m.value(8).toString().toUtf8()).object();
                const ModelSpec priced = PolicyReader::modelFromJson(
                    QJsonObject{{QStringLiteral("id"), spec.id}, {QStringLiteral("pricing"), pricing}}, QStringLiteral("$"), ignored);
                if (ignored.isEmpty())
                    spec.pricing = priced.pricing;
            }
            p.models.push_back(std::move(spec));
        }
    }
    return out;
}

} // namespace sy

namespace sy {

QString ProviderStore::setPriceCheckedOn(QSqlDatabase &db, const QString &providerId, const QString &modelId, const QString &date)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE models SET price_checked_on = ? WHERE provider_id = ? AND model_id = ?"));
    q.addBindValue(date);
    q.addBindValue(providerId);
    q.addBindValue(modelId);
    if (QString e = execOrError(q); !e.isEmpty())
        return e;
    return q.numRowsAffected() == 1 ? QString() : QStringLiteral("no model '%1' at provider '%2'").arg(modelId, providerId);
}

std::vector<ModelCatalog::Override> ProviderStore::catalogOverrides(QSqlDatabase &db)
{
    std::vector<ModelCatalog::Override> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT provider_id, model_id, price_checked_on FROM models WHERE price_checked_on IS NOT NULL"));
    std::vector<std::tuple<QString, QString, QString>> dated;
    while (q.next())
        dated.emplace_back(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    const std::vector<ProviderSpec> providers = loadAll(db);
    for (const auto &[provider, model, date] : dated)
        for (const ProviderSpec &p : providers)
            if (p.id == provider)
                if (const ModelSpec *m = p.findModel(model))
                    out.push_back({provider, *m, date});
    return out;
}

} // namespace sy
