#include "processcatalog.h"

#include "logging.h"
#include "processdisplay.h"

namespace Hearth::Workflow {

namespace {

QString descriptionOf(const ProcessDefinition &d)
{
    return ProcessDisplay::english() && !d.descriptionEn().isEmpty() ? d.descriptionEn()
                                                                     : d.description();
}

} // namespace

const DefinitionStore::Version *ProcessCatalog::Entry::active() const
{
    for (const DefinitionStore::Version &v : versions) {
        if (v.active)
            return &v;
    }
    return versions.isEmpty() ? nullptr : &versions.first();
}

const DefinitionStore::Version *ProcessCatalog::Entry::version(const QString &id) const
{
    for (const DefinitionStore::Version &v : versions) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

int ProcessCatalog::Entry::newestVersion() const
{
    int newest = 0;
    for (const DefinitionStore::Version &v : versions)
        newest = std::max(newest, v.version);
    return newest;
}

const ProcessCatalog::Entry *ProcessCatalog::find(const QList<Entry> &entries,
                                                  const QString &code)
{
    for (const Entry &e : entries) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

QList<ProcessCatalog::Entry> ProcessCatalog::load(Storage::Connection &c)
{
    QList<Entry> entries;
    for (const DefinitionStore::Version &v : DefinitionStore::versions(c)) {
        if (entries.isEmpty() || entries.last().code != v.code) {
            Entry e;
            e.code = v.code;
            e.name = v.code;
            entries.append(e);
        }
        entries.last().versions.append(v);
    }
    for (Entry &e : entries) {
        const DefinitionStore::Version *active = e.active();
        const auto definition = DefinitionStore::load(c, active->id);
        if (!definition) {
            qCWarning(lcWorkflowUi) << "process version" << active->id
                                    << "does not read:" << definition.error().toString();
            continue;
        }
        e.name = ProcessDisplay::processName(*definition);
        e.description = descriptionOf(*definition);
        e.priority = definition->priority();
    }
    // Shipped definitions this database has not stored yet are listed as they ship.
    if (const auto shipped = ProcessDefinition::builtIns()) {
        for (const ProcessDefinition &d : shipped.value()) {
            if (find(entries, d.code()))
                continue;
            Entry e;
            e.code = d.code();
            e.name = ProcessDisplay::processName(d);
            e.description = descriptionOf(d);
            e.priority = d.priority();
            e.shipped = d;
            entries.append(e);
        }
    } else {
        qCWarning(lcWorkflowUi) << "shipped processes do not read:"
                                << shipped.error().toString();
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.code < b.code;
    });
    return entries;
}

} // namespace Hearth::Workflow
