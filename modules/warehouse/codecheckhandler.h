#pragma once

#include "scanhandler.h"

#include <QHash>

namespace Hearth::Warehouse {

/// The stand-in job logic until stock moves are booked: checks that each read is a code the
/// job can use (GS1 goods and pallets, Hearth's parts, packages, work orders and bins), refuses
/// the rest with the reason and the position, and calls a code read before in this session a
/// duplicate. Books nothing.
class CodeCheckHandler : public ScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::CodeCheckHandler)

public:
    explicit CodeCheckHandler(ScanJob job);

    ScanResult handle(const ScanEvent &event) override;
    QString prompt() const override;
    void reset() override;

    /// How many different codes were accepted since the last reset.
    int acceptedCount() const { return int(m_seen.size()); }

private:
    static QString keyOf(const ScanCode &code);

    ScanJob m_job;
    QHash<QString, int> m_seen;  // code → times read
};

} // namespace Hearth::Warehouse
