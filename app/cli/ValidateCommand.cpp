#include <QCommandLineParser>

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "policy/PolicyReader.h"

namespace sy::cli {

int runValidate(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("validate"), QStringLiteral("Checks a policy file: exit 0 when valid, 1 with every error."));
    QCommandLineParser &parser = cli.parser();
    cli.addPositional(QStringLiteral("POLICY..."), QStringLiteral("The policy file (JSON)."));
    QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")}, QStringLiteral("Print nothing when valid."));
    parser.addOption(quiet);
    if (const auto exit = cli.parse(arguments))
        return *exit;
    const QStringList files = cli.positional();
    int result = Ok;
    for (const QString &file : files) {
        if (!requireReadableFile(QStringLiteral("validate"), QStringLiteral("policy"), file))
            return Usage;
        Diagnostics diagnostics;
        const auto policy = PolicyReader::fromFile(file, diagnostics);
        if (!policy) {
            err(diagnostics.toString(file));
            result = Failed;
            continue;
        }
        if (!parser.isSet(quiet))
            out(QStringLiteral("%1: valid (policy '%2', %3 route(s), %4 provider(s))")
                    .arg(file, policy->name)
                    .arg(policy->routes.size())
                    .arg(policy->providers.size()));
    }
    return result;
}

} // namespace sy::cli
