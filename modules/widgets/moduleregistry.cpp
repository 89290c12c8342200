#include "module.h"

#include <memory>
#include <vector>

namespace Hearth::Widgets {

namespace {

struct Registry
{
    std::vector<std::unique_ptr<Module>> owned;
    QList<Module *> modules;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void ModuleRegistry::add(Module *module)
{
    if (!module)
        return;
    Registry &r = registry();
    if (find(module->id())) {
        delete module;
        return;
    }
    r.owned.emplace_back(module);
    r.modules.append(module);
}

const QList<Module *> &ModuleRegistry::modules()
{
    return registry().modules;
}

Module *ModuleRegistry::find(const QString &moduleId)
{
    for (Module *m : registry().modules) {
        if (m->id() == moduleId)
            return m;
    }
    return nullptr;
}

} // namespace Hearth::Widgets
