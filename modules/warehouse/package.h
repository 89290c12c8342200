#pragma once

#include "core/decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Hearth::Warehouse {

/// planned: nothing packed yet; open: being filled; closed: all its lines packed and its label
/// printed; staged: scanned into a staging bin (待发区); loaded: on a truck.
enum class PackageStatus { Planned, Open, Closed, Staged, Loaded };

/// One box of an order (包件), "number of count".
struct Package
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Package)

public:
    QString id;
    QString orderId;
    QString orderNo;
    int number = 0;
    int count = 0;
    PackageStatus status = PackageStatus::Planned;
    QString taskKey;
    qint64 weightGrams = 0;
    QString binId;
    QString loadRef;
    QString hlc;

    /// The code its label carries: "PK:SO00000012-3/12".
    QString code() const;
    /// In or past the staging area.
    bool isStaged() const
    {
        return status == PackageStatus::Staged || status == PackageStatus::Loaded;
    }
    QJsonObject toJson() const;

    static QString statusCode(PackageStatus status);
    static std::optional<PackageStatus> statusFromCode(const QString &code);
    /// Translated: "Closed".
    static QString statusName(PackageStatus status);
};

/// One line of a package: pieces of a panel or a hardware line, with what was scanned in.
struct PackageLine
{
    QString id;
    QString packageId;
    QString orderId;
    QString partId;
    QString hardwareId;
    Core::Decimal quantity;
    Core::Decimal packed;
    QString name;  // the panel's or hardware's name, read with the line
    QString code;  // the hardware's code; empty for a panel
    QString hlc;

    bool isPacked() const { return packed >= quantity; }
    QJsonObject toJson() const;
};

} // namespace Hearth::Warehouse
