#include "routing/SelectorRegistry.h"

#include <QMap>
#include <QMutex>

#include "policy/SelectorMethodCatalog.h"
#include "json/JsonReader.h"

namespace sy::SelectorRegistry {

namespace {

struct Registry
{
    QMutex mutex;
    QMap<QString, Factory> factories;
};

Registry &registry()
{
    static Registry instance; // used by static registrations: built on first use
    return instance;
}

Factory factoryFor(const QString &method)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.factories.value(method);
}

std::shared_ptr<const SelectorModel> build(const Factory &factory, const Node &node, const QString &path,
                                           Diagnostics &diagnostics)
{
    QStringList labels;
    for (const Arm &arm : node.arms)
        labels.append(arm.label);
    return factory(node.params, labels, jsonPathKey(path, QStringLiteral("params")), diagnostics);
}

} // namespace

bool add(const QString &method, Factory factory)
{
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        r.factories.insert(method, factory);
    }
    // The reader checks params by building the selector and dropping it.
    SelectorMethodCatalog::add(method,
                               [factory](const Node &node, const QString &path, Diagnostics &diagnostics) {
                                   build(factory, node, path, diagnostics);
                               });
    return true;
}

QStringList methods()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.factories.keys();
}

std::shared_ptr<const SelectorModel> make(const Node &node, const QString &path, Diagnostics &diagnostics)
{
    const Factory factory = factoryFor(node.method);
    return factory ? build(factory, node, path, diagnostics) : nullptr;
}

} // namespace sy::SelectorRegistry
