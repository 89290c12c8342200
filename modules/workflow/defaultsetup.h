#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// What a new site starts with, written once when the tables are empty: the organisation of
/// resources/org (workshops and installation teams the split rules name), the catalogue of
/// resources/catalogue and the public holidays of this year and the next.
class DefaultSetup
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::DefaultSetup)

public:
    static Core::Status ensure(Storage::Connection &connection, int year);
};

} // namespace Hearth::Workflow
