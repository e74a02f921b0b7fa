#include <QCommandLineParser>

#include "CliOutput.h"
#include "Commands.h"
#include "policy/PolicyReader.h"

namespace sy::cli {

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks a policy file: exit 0 when valid, 1 with every error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("POLICY"), QStringLiteral("The policy file (JSON)."));
    QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")}, QStringLiteral("Print nothing when valid."));
    parser.addOption(quiet);
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("validate"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QStringLiteral("validate"), QStringLiteral("missing POLICY"));
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
