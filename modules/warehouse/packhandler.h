#pragma once

#include "package.h"
#include "packagelabel.h"
#include "scanhandler.h"

#include <functional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// The pack job (包装): panels (PT:) and hardware (its GTIN or item code) are scanned into the
/// package the order's plan puts them in, which opens with its first scan; one package is
/// filled at a time, and a package whose lines are all in closes and its label goes to the
/// label sink. A closed package's label (PK:) scanned
/// afterwards puts it into staging (待发区): the staging bin last scanned (BN:) or the site's
/// first staging bin. CMD:FINISH closes the open package when it is full; CMD:CLEAR leaves it
/// open for later and lets another order's package be packed. Wrong scans change nothing.
class PackHandler : public ScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PackHandler)

public:
    /// Prints a closed package's label; an error is shown with the scan's result.
    using LabelSink = std::function<Core::Status(const PackageLabel &label)>;

    explicit PackHandler(Storage::Connection &connection, LabelSink labelSink = {});

    ScanResult handle(const ScanEvent &event) override;
    QString prompt() const override;
    void reset() override;

    /// The package being filled; empty when none.
    QString openPackageId() const { return m_openPackageId; }
    QString stagingBinId() const { return m_stagingBinId; }

private:
    ScanResult packPart(const QString &partId);
    ScanResult packHardware(const ScanCode &code);
    bool isItemCode(const QString &text) const;
    ScanResult packLine(const QList<PackageLine> &candidates, const QString &orderId,
                        const QString &what, bool wholeLine);
    ScanResult stage(const ScanCode &code);
    ScanResult chooseBin(const QString &binCode);
    ScanResult finish();
    /// Closes the package when every line is in: prints its label; sets *closed.
    Core::Status closeIfFull(const Package &package, bool *closed);
    QString defaultStagingBin() const;
    /// Sends the package's label to the sink: empty, or why it was not printed.
    QString printLabel(const QString &packageId);

    Storage::Connection &m_c;
    LabelSink m_labelSink;
    QString m_openPackageId;
    QString m_stagingBinId;
};

} // namespace Hearth::Warehouse
