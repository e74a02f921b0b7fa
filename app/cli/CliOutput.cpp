#include "CliOutput.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"

namespace sy::cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int usageError(const QString &command, const QString &message)
{
    err(QStringLiteral("switchyard-cli %1: %2").arg(command, message));
    err(QStringLiteral("Try 'switchyard-cli %1 --help'.").arg(command));
    return Usage;
}

bool requireReadableFile(const QString &command, const QString &what, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        err(QStringLiteral("switchyard-cli %1: %2 '%3' does not exist").arg(command, what, path));
        return false;
    }
    if (info.isDir() || !info.isReadable()) {
        err(QStringLiteral("switchyard-cli %1: %2 '%3' is not a readable file").arg(command, what, path));
        return false;
    }
    return true;
}

bool writePolicyFile(const Policy &policy, const QString &fileName)
{
    Diagnostics problems;
    PolicyReader::validate(policy, problems);
    if (!problems.isEmpty()) {
        err(problems.toString(fileName));
        return false;
    }
    QSaveFile file(fileName);
    const QByteArray text = PolicyWriter::toJsonText(policy);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        err(QStringLiteral("cannot write '%1': %2").arg(fileName, file.errorString()));
        return false;
    }
    return true;
}

std::optional<qint64> parseSince(const QString &text, qint64 nowMs)
{
    if (text == u"all")
        return 0;
    if (text.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.chopped(1).toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    switch (text.back().unicode()) {
    case 'd': return nowMs - n * 86400000LL;
    case 'h': return nowMs - n * 3600000LL;
    case 'm': return nowMs - n * 60000LL;
    default: return std::nullopt;
    }
}

} // namespace sy::cli
