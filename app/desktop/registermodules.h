#pragma once

namespace Hearth::Desktop {

/// Registers the modules listed in the CMake variable HEARTH_DESKTOP_MODULES, in that order;
/// defined in a file that the build generates, so that the shell names no module itself.
void registerModules();

} // namespace Hearth::Desktop
