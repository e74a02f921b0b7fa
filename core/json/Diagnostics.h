#pragma once

#include <QList>
#include <QString>

namespace sy {

// One problem found in an input document, located by JSON path ($.routes[0].root) and,
// for syntax errors, by line and column.
struct Diagnostic
{
    QString path;
    QString message;
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based, 0 when unknown

    QString toString(const QString &fileName = {}) const;
};

class Diagnostics
{
public:
    void add(const QString &path, const QString &message) { m_items.append({path, message}); }
    void addAt(int line, int column, const QString &message) { m_items.append({QString(), message, line, column}); }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    const QList<Diagnostic> &items() const { return m_items; }
    QString toString(const QString &fileName = {}) const; // one line per diagnostic

private:
    QList<Diagnostic> m_items;
};

} // namespace sy
