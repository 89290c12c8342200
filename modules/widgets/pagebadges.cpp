#include "pagebadges.h"

namespace Hearth::Widgets {

PageBadges *PageBadges::instance()
{
    static PageBadges *badges = new PageBadges;
    return badges;
}

void PageBadges::notify()
{
    emit instance()->changed();
}

} // namespace Hearth::Widgets
