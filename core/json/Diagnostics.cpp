#include "json/Diagnostics.h"

#include <QStringList>

namespace sy {

QString Diagnostic::toString(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) +
                 (column > 0 ? QStringLiteral("%1:%2").arg(line).arg(column) : QString::number(line));
    if (!path.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + path;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString Diagnostics::toString(const QString &fileName) const
{
    QStringList lines;
    for (const Diagnostic &d : m_items)
        lines.append(d.toString(fileName));
    return lines.join(QLatin1Char('\n'));
}

} // namespace sy
