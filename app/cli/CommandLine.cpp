#include "CommandLine.h"

#include "CliOutput.h"
#include "log/Logging.h"

namespace sy::cli {

CommandLine::CommandLine(QString command, const QString &description)
    : m_command(std::move(command)),
      m_logLevel(QStringLiteral("log-level"),
                 QStringLiteral("What the log on standard error shows: %1 (default info). QT_LOGGING_RULES still applies on top.")
                     .arg(logging::levelNames().join(QStringLiteral(", "))),
                 QStringLiteral("LEVEL"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_logLevel);
}

void CommandLine::addPositional(const QString &name, const QString &help)
{
    m_parser.addPositionalArgument(name, help);
    m_variadic = m_variadic || name.endsWith(QStringLiteral("..."));
    m_positionals.append(name.endsWith(QStringLiteral("...")) ? name.chopped(3) : name);
}

void CommandLine::require(const QCommandLineOption &option) { m_required.push_back(option); }

QString CommandLine::expected() const
{
    QStringList parts = m_positionals;
    for (const QCommandLineOption &o : m_required)
        parts.append(QStringLiteral("--%1 %2").arg(o.names().constLast(), o.valueName()).trimmed());
    return QStringLiteral("expected %1").arg(parts.join(QStringLiteral(" and ")));
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(m_parser.helpText());
        return Ok;
    }
    if (m_parser.isSet(m_logLevel)) {
        const auto level = logging::levelFromName(m_parser.value(m_logLevel));
        if (!level)
            return usageError(QStringLiteral("--log-level wants one of %1, got '%2'")
                                  .arg(logging::levelNames().join(QStringLiteral(", ")), m_parser.value(m_logLevel)));
        logging::setLevel(*level);
    }
    const QStringList given = m_parser.positionalArguments();
    if (m_positionals.isEmpty() && !given.isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(given.first()));
    const bool countOk = m_variadic ? given.size() >= m_positionals.size() : given.size() == m_positionals.size();
    if (!countOk)
        return usageError(expected());
    for (const QCommandLineOption &o : m_required)
        if (!m_parser.isSet(o))
            return usageError(expected());
    return std::nullopt;
}

int CommandLine::usageError(const QString &message) const { return cli::usageError(m_command, message); }

} // namespace sy::cli
