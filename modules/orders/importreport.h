#pragma once

#include "channelmapping.h"
#include "core/result.h"
#include "rowerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Orders {

/// What an import did, or why it did not: counts, bad rows, flagged orders, a fatal error.
struct ImportReport
{
    int rowsRead = 0;
    int rowsRejected = 0;
    int ordersNew = 0;
    int ordersUpdated = 0;
    int ordersUnchanged = 0;
    int ordersFlagged = 0;   // changed in the file, but the order has moved on: not updated
    int ordersRejected = 0;  // skipped for a bad row
    int linesWritten = 0;
    int returnsMarked = 0;
    QList<RowError> errors;  // at most maxErrors; rowsRejected counts them all
    QStringList flagged;     // "SO00000012 (channel no 123): why"
    bool needsDateOrder = false;  // the dates could be read both ways: ask the user
    QStringList dateSamples;      // a few of the ambiguous dates, for the question
    /// Set when most dates of a file are not dates in the order used but are in this one:
    /// the user likely chose the wrong date order.
    std::optional<DateOrder> likelyDateOrder;
    bool cancelled = false;
    bool written = false;
    std::optional<Core::Error> fatal;  // the file could not be read at all

    static constexpr int maxErrors = 1000;
    bool ok() const { return !fatal && !needsDateOrder && !cancelled; }
    /// A translated one-paragraph summary for the user.
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::ImportReport)
};

} // namespace Hearth::Orders
