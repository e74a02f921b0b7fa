#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sy::cli {

// What every command's options have in common: a description, --help, --log-level, positional
// arguments counted against the ones declared, options that must be given, and usage errors
// that name the command. A command declares its own options on parser() and reads them after
// parse() lets it run.
class CommandLine
{
public:
    CommandLine(QString command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }

    // A positional argument the command needs; "NAME..." takes one or more.
    void addPositional(const QString &name, const QString &help);
    // An option without which the command cannot run; "expected …" names it with the positionals.
    void require(const QCommandLineOption &option);

    // Parses and handles what needs no command: --help (prints it), --log-level (applies it),
    // usage errors (prints them). Returns the exit code when the command should stop there.
    std::optional<int> parse(const QStringList &arguments);

    QStringList positional() const { return m_parser.positionalArguments(); }
    const QString &command() const { return m_command; }
    int usageError(const QString &message) const; // prints "switchyard-cli COMMAND: message", returns Usage

private:
    QString expected() const;

    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_logLevel;
    QStringList m_positionals;
    bool m_variadic = false;
    std::vector<QCommandLineOption> m_required;
};

} // namespace sy::cli
