// switchyard-cli harvest: logged requests into a prompt set, redacted, previewed before saving.
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "harvest/LogHarvest.h"
#include "store/PromptSetStore.h"
#include "store/Workspace.h"

namespace sy::cli {

int runHarvest(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("harvest"),
                    QStringLiteral("Logged requests into a prompt set for replays: chosen by time, route, arm, client and feedback, "
                                   "with e-mail addresses, phone numbers and key-like strings (and your own patterns) replaced by "
                                   "placeholders. --preview shows what would be taken out and saves nothing. Only requests logged "
                                   "with their bodies can be used (log_bodies in the policy, or a shadow test's pairs)."));
    QCommandLineParser &parser = cli.parser();
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE"));
    QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The prompt set to save in the workspace (replaces one of that name)."),
                            QStringLiteral("NAME"));
    QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Write the set as JSONL to this file instead."), QStringLiteral("FILE"));
    QCommandLineOption since(QStringLiteral("since"), QStringLiteral("How far back: 30d, 24h, 90m or all (default 7d)."), QStringLiteral("SPAN"),
                             QStringLiteral("7d"));
    QCommandLineOption route(QStringLiteral("route"), QStringLiteral("Only this route."), QStringLiteral("ROUTE"));
    QCommandLineOption arm(QStringLiteral("arm"), QStringLiteral("Only this A/B arm."), QStringLiteral("ARM"));
    QCommandLineOption client(QStringLiteral("client"), QStringLiteral("Only this client (x-switchyard-client)."), QStringLiteral("CLIENT"));
    QCommandLineOption feedback(QStringLiteral("feedback"), QStringLiteral("any (default), rated, liked or disliked."), QStringLiteral("WHICH"),
                                QStringLiteral("any"));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most this many, the newest (default 1000)."), QStringLiteral("N"),
                             QStringLiteral("1000"));
    QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Leave these in: email, phone, keys (comma-separated)."), QStringLiteral("KINDS"));
    QCommandLineOption pattern(QStringLiteral("pattern"), QStringLiteral("Also take out what this regular expression matches: NAME=REGEX (repeatable)."),
                               QStringLiteral("NAME=REGEX"));
    QCommandLineOption preview(QStringLiteral("preview"), QStringLiteral("Show what would be taken out; save nothing."));
    parser.addOptions({workspace, name, outFile, since, route, arm, client, feedback, limit, keep, pattern, preview});
    cli.require(workspace);
    if (const auto exit = cli.parse(arguments))
        return *exit;
    if (!parser.isSet(preview) && !parser.isSet(name) && !parser.isSet(outFile))
        return cli.usageError(QStringLiteral("say where the set goes: --name NAME (the workspace) or --out FILE, or --preview"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LogHarvest::Filter filter;
    const std::optional<qint64> from = parseSince(parser.value(since), now);
    if (!from)
        return cli.usageError(QStringLiteral("--since wants a span such as 30d, 24h or 90m, or all"));
    filter.fromMs = *from;
    filter.toMs = now + 1;
    filter.route = parser.value(route);
    filter.arm = parser.value(arm);
    filter.client = parser.value(client);
    bool ok = false;
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit <= 0)
        return cli.usageError(QStringLiteral("--limit wants a positive number"));
    const QString which = parser.value(feedback);
    if (which == u"any")
        filter.feedback = LogHarvest::FeedbackFilter::Any;
    else if (which == u"rated")
        filter.feedback = LogHarvest::FeedbackFilter::Rated;
    else if (which == u"liked")
        filter.feedback = LogHarvest::FeedbackFilter::Liked;
    else if (which == u"disliked")
        filter.feedback = LogHarvest::FeedbackFilter::Disliked;
    else
        return cli.usageError(QStringLiteral("--feedback is any, rated, liked or disliked"));
    int kinds = Redactor::AllBuiltIn;
    for (const QString &k : parser.value(keep).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString kind = k.trimmed();
        if (kind == u"email")
            kinds &= ~Redactor::Email;
        else if (kind == u"phone")
            kinds &= ~Redactor::Phone;
        else if (kind == u"keys")
            kinds &= ~Redactor::Key;
        else
            return cli.usageError(QStringLiteral("--keep takes email, phone and keys"));
    }
    Redactor redactor(kinds);
    for (const QString &spec : parser.values(pattern)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        QString error;
        if (eq <= 0 || !redactor.addPattern(spec.left(eq), spec.mid(eq + 1), &error))
            return cli.usageError(eq <= 0 ? QStringLiteral("--pattern wants NAME=REGEX") : error);
    }

    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(parser.value(workspace), &error);
    if (!ws) {
        err(QStringLiteral("switchyard-cli harvest: %1").arg(error));
        return Failed;
    }
    QSqlDatabase db = ws->connectionForThisThread();
    const LogHarvest::Selection selection = LogHarvest::select(db, filter);
    const QString setName = parser.isSet(name) ? parser.value(name) : QStringLiteral("from traffic");
    const LogHarvest::Redacted redacted = LogHarvest::toPromptSet(setName, selection.requests, redactor);
    out(QStringLiteral("%1 requests matched: %2 usable, %3 logged without their body, %4 not chat requests; %5 findings taken out")
            .arg(selection.matched)
            .arg(selection.requests.size())
            .arg(selection.withoutBody)
            .arg(selection.unreadable)
            .arg(redacted.findings.size()));
    if (selection.withoutBody > 0)
        out(QStringLiteral("(bodies are logged when the policy says \"log_bodies\": true, or the workbench's setting is on)"));
    if (parser.isSet(preview)) {
        for (const auto &[item, finding] : redacted.findings)
            out(QStringLiteral("  %1  %2: %3").arg(redacted.set.items[size_t(item)].externalId, finding.kind, finding.original));
        return Ok;
    }
    if (redacted.set.items.empty()) {
        err(QStringLiteral("switchyard-cli harvest: nothing to save"));
        return Failed;
    }
    if (parser.isSet(outFile)) {
        QFile file(parser.value(outFile));
        if (!file.open(QIODevice::WriteOnly) || file.write(PromptSetReader::toJsonl(redacted.set.items)) < 0) {
            err(QStringLiteral("switchyard-cli harvest: cannot write %1").arg(parser.value(outFile)));
            return Failed;
        }
        out(QStringLiteral("wrote %1 prompts to %2").arg(redacted.set.items.size()).arg(parser.value(outFile)));
        return Ok;
    }
    QString failed;
    ws->write([&](QSqlDatabase &wdb) { return failed = PromptSetStore::save(wdb, redacted.set); });
    ws->waitForWrites();
    if (!failed.isEmpty()) {
        err(QStringLiteral("switchyard-cli harvest: %1").arg(failed));
        return Failed;
    }
    out(QStringLiteral("saved prompt set '%1' with %2 prompts; replay it with switchyard-cli replay or on the Prompt Sets page")
            .arg(setName)
            .arg(redacted.set.items.size()));
    return Ok;
}

} // namespace sy::cli
