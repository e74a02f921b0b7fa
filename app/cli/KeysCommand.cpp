// switchyard-cli keys: the workspace's virtual keys (create, list, rotate, revoke, set).
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "store/KeyStore.h"
#include "store/Workspace.h"

namespace sy::cli {

namespace {

const QString kCommand = QStringLiteral("keys");

// "2027-01-31", an ISO date-time, or a span from now: "30d", "12h".
std::optional<qint64> parseExpiry(const QString &text, qint64 nowMs)
{
    if (text.size() > 1 && (text.endsWith(u'd') || text.endsWith(u'h'))) {
        bool ok = false;
        const qint64 n = text.chopped(1).toLongLong(&ok);
        if (ok && n > 0)
            return nowMs + n * (text.endsWith(u'd') ? 86400000LL : 3600000LL);
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            when = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!when.isValid())
        return std::nullopt;
    return when.toMSecsSinceEpoch();
}

QString status(const VirtualKey &k, qint64 nowMs)
{
    if (k.revokedMs)
        return QStringLiteral("revoked");
    if (k.expiresMs && nowMs >= k.expiresMs)
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

QJsonObject keyJson(const VirtualKey &k, qint64 nowMs, double day, double month)
{
    const auto time = [](qint64 ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("owner"), k.owner},
            {QStringLiteral("tags"), QJsonArray::fromStringList(k.tags)},
            {QStringLiteral("prefix"), k.prefix},
            {QStringLiteral("status"), status(k, nowMs)},
            {QStringLiteral("created"), time(k.createdMs)},
            {QStringLiteral("expires"), time(k.expiresMs)},
            {QStringLiteral("rotated"), time(k.rotatedMs)},
            {QStringLiteral("revoked"), time(k.revokedMs)},
            {QStringLiteral("limits"), k.limits.toJson()},
            {QStringLiteral("spend_today_usd"), day},
            {QStringLiteral("spend_month_usd"), month}};
}

QString limitsText(const KeyLimits &l)
{
    QStringList parts;
    if (l.dayBudgetUsd > 0)
        parts << QStringLiteral("$%1/day").arg(l.dayBudgetUsd);
    if (l.monthBudgetUsd > 0)
        parts << QStringLiteral("$%1/month").arg(l.monthBudgetUsd);
    if ((l.dayBudgetUsd > 0 || l.monthBudgetUsd > 0) && !l.budgetHardStop)
        parts << QStringLiteral("alert only");
    if (l.requestsPerMinute > 0)
        parts << QStringLiteral("%1 rpm").arg(l.requestsPerMinute);
    if (l.tokensPerMinute > 0)
        parts << QStringLiteral("%1 tpm").arg(l.tokensPerMinute);
    if (!l.allowedRoutes.isEmpty())
        parts << QStringLiteral("routes %1").arg(l.allowedRoutes.join(u','));
    if (!l.allowedModels.isEmpty())
        parts << QStringLiteral("models %1").arg(l.allowedModels.join(u','));
    if (!l.defaultRoute.isEmpty())
        parts << QStringLiteral("default %1").arg(l.defaultRoute);
    return parts.isEmpty() ? QStringLiteral("no limits") : parts.join(QStringLiteral(", "));
}

struct LimitOptions
{
    QCommandLineOption owner{QStringLiteral("owner"), QStringLiteral("Who the key belongs to."), QStringLiteral("TEXT")};
    QCommandLineOption tag{QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("TAG")};
    QCommandLineOption expires{QStringLiteral("expires"), QStringLiteral("When it stops working: a date (2027-01-31), a date-time, or 30d / 12h from now; 'never' clears it."), QStringLiteral("WHEN")};
    QCommandLineOption dayUsd{QStringLiteral("day-usd"), QStringLiteral("Budget per UTC day in USD (0: none)."), QStringLiteral("USD")};
    QCommandLineOption monthUsd{QStringLiteral("month-usd"), QStringLiteral("Budget per calendar month in USD (0: none)."), QStringLiteral("USD")};
    QCommandLineOption alertOnly{QStringLiteral("alert-only"), QStringLiteral("Over budget is reported, not refused.")};
    QCommandLineOption hardStop{QStringLiteral("hard-stop"), QStringLiteral("Over budget is refused (the default).")};
    QCommandLineOption rpm{QStringLiteral("rpm"), QStringLiteral("Requests per minute (0: none)."), QStringLiteral("N")};
    QCommandLineOption tpm{QStringLiteral("tpm"), QStringLiteral("Tokens per minute, input and output (0: none)."), QStringLiteral("N")};
    QCommandLineOption route{QStringLiteral("route"), QStringLiteral("A route the key may use (repeatable; none: all)."), QStringLiteral("ALIAS")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("A provider/model the key may reach (repeatable; none: any)."), QStringLiteral("P/M")};
    QCommandLineOption defaultRoute{QStringLiteral("default-route"), QStringLiteral("The route for requests naming no model or an unknown one."), QStringLiteral("ALIAS")};
    QCommandLineOption clearRoutes{QStringLiteral("all-routes"), QStringLiteral("Clear the route list (set only).")};
    QCommandLineOption clearModels{QStringLiteral("all-models"), QStringLiteral("Clear the model list (set only).")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({owner, tag, expires, dayUsd, monthUsd, alertOnly, hardStop, rpm, tpm, route, model, defaultRoute, clearRoutes, clearModels});
    }

    // Applies the options given to key; false (with the message printed) on a bad value.
    bool apply(const QCommandLineParser &p, VirtualKey &key, qint64 nowMs) const
    {
        const auto number = [&](const QCommandLineOption &o, double *value) {
            bool ok = false;
            const double v = p.value(o).toDouble(&ok);
            if (!ok || v < 0) {
                usageError(kCommand, QStringLiteral("--%1 wants a number of 0 or more, got '%2'").arg(o.names().first(), p.value(o)));
                return false;
            }
            *value = v;
            return true;
        };
        if (p.isSet(owner))
            key.owner = p.value(owner);
        if (p.isSet(tag))
            key.tags = p.values(tag);
        if (p.isSet(expires)) {
            if (p.value(expires) == u"never") {
                key.expiresMs = 0;
            } else if (const std::optional<qint64> when = parseExpiry(p.value(expires), nowMs)) {
                key.expiresMs = *when;
            } else {
                usageError(kCommand, QStringLiteral("--expires wants a date, a date-time, 30d or 12h, got '%1'").arg(p.value(expires)));
                return false;
            }
        }
        KeyLimits &l = key.limits;
        double v = 0;
        if (p.isSet(dayUsd) && !number(dayUsd, &l.dayBudgetUsd))
            return false;
        if (p.isSet(monthUsd) && !number(monthUsd, &l.monthBudgetUsd))
            return false;
        if (p.isSet(alertOnly))
            l.budgetHardStop = false;
        if (p.isSet(hardStop))
            l.budgetHardStop = true;
        if (p.isSet(rpm)) {
            if (!number(rpm, &v))
                return false;
            l.requestsPerMinute = int(v);
        }
        if (p.isSet(tpm)) {
            if (!number(tpm, &v))
                return false;
            l.tokensPerMinute = qint64(v);
        }
        if (p.isSet(clearRoutes))
            l.allowedRoutes.clear();
        if (p.isSet(route))
            l.allowedRoutes = p.values(route);
        if (p.isSet(clearModels))
            l.allowedModels.clear();
        if (p.isSet(model))
            l.allowedModels = p.values(model);
        if (p.isSet(defaultRoute))
            l.defaultRoute = p.value(defaultRoute);
        return true;
    }
};

void printIssued(const KeyStore::Issued &issued, bool json, bool rotated)
{
    if (json) {
        QJsonObject o = keyJson(issued.key, QDateTime::currentMSecsSinceEpoch(), 0, 0);
        o.insert(QStringLiteral("key"), QString::fromLatin1(issued.secret));
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    out(QStringLiteral("%1 key '%2' (%3)").arg(rotated ? QStringLiteral("rotated") : QStringLiteral("created"), issued.key.name,
                                               limitsText(issued.key.limits)));
    out(QString::fromLatin1(issued.secret));
    err(QStringLiteral("This is the only time the key is shown: store it now. The workspace keeps only its hash."));
}

} // namespace

int runKeys(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("keys"),
                    QStringLiteral("Virtual keys in a workspace: each with an owner, tags, expiry, budgets, rate limits, the routes and "
                                   "models it may use, and a default route. A proxy serving the workspace picks changes up within a "
                                   "second.\n\n"
                                   "  keys create --name NAME [limits]   prints the new key once\n"
                                   "  keys list                          with today's and this month's spend\n"
                                   "  keys rotate NAME                   a new secret; the old one stops working\n"
                                   "  keys revoke NAME\n"
                                   "  keys set NAME [limits]             change owner, tags, expiry or limits"));
    QCommandLineParser &parser = cli.parser();
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE"));
    QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The new key's name (create)."), QStringLiteral("NAME"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({workspace, name, json});
    LimitOptions limits;
    limits.addTo(parser);
    cli.addPositional(QStringLiteral("ACTION..."), QStringLiteral("create, list, rotate NAME, revoke NAME or set NAME"));
    cli.require(workspace);
    if (const auto exit = cli.parse(arguments))
        return *exit;
    const QStringList positional = cli.positional();
    const QString action = positional.first();
    static const QStringList actions = {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("rotate"),
                                        QStringLiteral("revoke"), QStringLiteral("set")};
    if (!actions.contains(action))
        return cli.usageError(QStringLiteral("unknown action '%1': create, list, rotate, revoke or set").arg(action));
    const bool needsName = action != u"create" && action != u"list";
    if (needsName && positional.size() != 2)
        return cli.usageError(QStringLiteral("%1 wants one key name").arg(action));
    if (!needsName && positional.size() != 1)
        return cli.usageError(QStringLiteral("unexpected argument '%1'").arg(positional.at(1)));

    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(parser.value(workspace), &error);
    if (!ws) {
        err(QStringLiteral("switchyard-cli %1: %2").arg(kCommand, error));
        return Failed;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Writes go through the workspace's one writer, like every other program's.
    const auto write = [&](const Workspace::WriteJob &job) {
        QString failed;
        ws->write([&](QSqlDatabase &db) { return failed = job(db); });
        ws->waitForWrites();
        return failed;
    };

    if (action == u"list") {
        QSqlDatabase db = ws->connectionForThisThread();
        const std::vector<VirtualKey> keys = KeyStore::all(db);
        const QHash<QString, double> day = KeyStore::spendSince(db, KeyStore::dayStartMs(now));
        const QHash<QString, double> month = KeyStore::spendSince(db, KeyStore::monthStartMs(now));
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const VirtualKey &k : keys)
                list.append(keyJson(k, now, day.value(k.name), month.value(k.name)));
            out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
            return Ok;
        }
        if (keys.empty()) {
            out(QStringLiteral("no keys: create one with 'switchyard-cli keys create --workspace FILE --name NAME'"));
            return Ok;
        }
        for (const VirtualKey &k : keys)
            out(QStringLiteral("%1  %2…  %3  owner %4%5  today $%6  month $%7  %8")
                    .arg(k.name, -16)
                    .arg(k.prefix)
                    .arg(status(k, now), -7)
                    .arg(k.owner.isEmpty() ? QStringLiteral("-") : k.owner)
                    .arg(k.tags.isEmpty() ? QString() : QStringLiteral("  tags %1").arg(k.tags.join(u',')))
                    .arg(day.value(k.name), 0, 'f', 4)
                    .arg(month.value(k.name), 0, 'f', 4)
                    .arg(limitsText(k.limits)));
        return Ok;
    }
    if (action == u"create") {
        if (!parser.isSet(name))
            return usageError(kCommand, QStringLiteral("create wants --name NAME"));
        VirtualKey draft;
        draft.name = parser.value(name);
        if (!limits.apply(parser, draft, now))
            return Usage;
        KeyStore::Issued issued;
        error = write([&](QSqlDatabase &db) {
            issued = KeyStore::create(db, draft, now);
            return issued.error;
        });
        if (!error.isEmpty()) {
            err(QStringLiteral("switchyard-cli %1 create: %2").arg(kCommand, error));
            return Failed;
        }
        printIssued(issued, parser.isSet(json), false);
        return Ok;
    }
    const QString keyName = positional.at(1);
    if (action == u"rotate") {
        KeyStore::Issued issued;
        error = write([&](QSqlDatabase &db) {
            issued = KeyStore::rotate(db, keyName, now);
            return issued.error;
        });
        if (!error.isEmpty()) {
            err(QStringLiteral("switchyard-cli %1 rotate: %2").arg(kCommand, error));
            return Failed;
        }
        printIssued(issued, parser.isSet(json), true);
        return Ok;
    }
    if (action == u"revoke") {
        error = write([&](QSqlDatabase &db) { return KeyStore::revoke(db, keyName, now); });
        if (!error.isEmpty()) {
            err(QStringLiteral("switchyard-cli %1 revoke: %2").arg(kCommand, error));
            return Failed;
        }
        out(QStringLiteral("revoked key '%1'").arg(keyName));
        return Ok;
    }
    // set: the options are checked before the write, which only applies them
    if (VirtualKey scratch; !limits.apply(parser, scratch, now))
        return Usage;
    error = write([&](QSqlDatabase &db) {
        std::optional<VirtualKey> key = KeyStore::find(db, keyName);
        if (!key)
            return QStringLiteral("no key named '%1'").arg(keyName);
        if (!limits.apply(parser, *key, now))
            return QStringLiteral("bad option");
        return KeyStore::update(db, *key, now);
    });
    if (!error.isEmpty()) {
        err(QStringLiteral("switchyard-cli %1 set: %2").arg(kCommand, error));
        return Failed;
    }
    QSqlDatabase db = ws->connectionForThisThread();
    out(QStringLiteral("key '%1': %2").arg(keyName, limitsText(KeyStore::find(db, keyName)->limits)));
    return Ok;
}

} // namespace sy::cli
