#pragma once

#include <QList>
#include <QString>

namespace Hearth::Production {

/// A work center (工作中心): a machine group or station whose capacity machines or people run
/// in parallel. Its setup is once per work order; where setupByMaterial is set, a job whose
/// material or colour differs from the job before on the same machine adds changeoverSeconds
/// (a saw changing board, an edge bander changing tape).
struct WorkCenter
{
    QString id;
    QString code;    // "CUT-01"
    QString name;    // 开料（电子锯）
    QString nameEn;  // Panel saw
    QString kind;    // cutting, edging, boring, sorting, assembly, painting, packing, outsourced,
                     // other
    QString unitId;
    int capacity = 1;
    QString calendarId;  // empty: the site's calendar
    qint64 setupSeconds = 0;
    qint64 changeoverSeconds = 0;
    bool setupByMaterial = false;
    qint64 rateFenPerHour = 0;
    bool active = true;

    bool operator==(const WorkCenter &) const = default;
};

/// A work center, or one machine of it, out of use for a span (a breakdown, maintenance).
struct Outage
{
    QString id;
    QString workCenterId;
    int lane = -1;  // -1: every machine of the center
    qint64 start = 0;  // UTC seconds, included
    qint64 end = 0;    // excluded
    QString reason;

    bool operator==(const Outage &) const = default;
};

} // namespace Hearth::Production
