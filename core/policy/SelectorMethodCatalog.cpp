#include "policy/SelectorMethodCatalog.h"

#include <QMap>
#include <QMutex>

namespace sy::SelectorMethodCatalog {

namespace {

struct Catalog
{
    QMutex mutex;
    QMap<QString, ParamsCheck> checks;
};

Catalog &catalog()
{
    static Catalog instance; // first used while static registrations run: built on demand
    return instance;
}

} // namespace

void add(const QString &method, ParamsCheck check)
{
    Catalog &c = catalog();
    QMutexLocker lock(&c.mutex);
    c.checks.insert(method, std::move(check));
}

QStringList methods()
{
    Catalog &c = catalog();
    QMutexLocker lock(&c.mutex);
    return c.checks.keys();
}

bool contains(const QString &method)
{
    Catalog &c = catalog();
    QMutexLocker lock(&c.mutex);
    return c.checks.contains(method);
}

bool check(const Node &node, const QString &path, Diagnostics &diagnostics)
{
    ParamsCheck found;
    {
        Catalog &c = catalog();
        QMutexLocker lock(&c.mutex);
        found = c.checks.value(node.method);
    }
    if (!found)
        return false;
    found(node, path, diagnostics);
    return true;
}

} // namespace sy::SelectorMethodCatalog
