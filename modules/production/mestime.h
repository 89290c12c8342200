#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Hearth::Production {

/// Times in files exchanged with an MES or APS. Read: ISO 8601 date and time with "T" or a
/// space, minutes or seconds with an optional fraction, then "Z", an offset (+08:00, +0800,
/// +08) or nothing, which means the site's zone, never the computer's. Written: the site's
/// local time with its offset, "2026-03-02T09:15:00+08:00", exact and readable on the floor.
class MesTime
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::MesTime)

public:
    /// The instant, in UTC; an error that says what was expected for anything else, and for a
    /// local time the site's clocks skip (a daylight-saving gap).
    static Core::Result<QDateTime> parse(const QString &text, const QTimeZone &siteZone);
    /// Empty for an invalid time.
    static QString format(const QDateTime &at, const QTimeZone &siteZone);
};

} // namespace Hearth::Production
