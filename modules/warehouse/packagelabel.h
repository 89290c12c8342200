#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// What a package label (包件标签) says, read from the database for the printing side: the
/// order, the customer and the city it goes to, "n/N", what is inside, and the PK: code its
/// Code 128 and QR code carry.
struct PackageLabel
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PackageLabel)

public:
    QString packageId;
    QString code;
    QString orderNo;
    QString customer;
    QString city;
    int number = 0;
    int count = 0;
    int panels = 0;         // pieces
    int hardwareLines = 0;
    qint64 weightGrams = 0;
    QStringList contents;   // one line per package line: "Side panel 720×560 ×2"

    /// Translated, one line: "8 panels · 2 hardware lines · 23.4 kg".
    QString contentsSummary() const;

    static Core::Result<PackageLabel> forPackage(Storage::Connection &c,
                                                 const QString &packageId);
};

} // namespace Hearth::Warehouse
