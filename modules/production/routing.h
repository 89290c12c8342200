#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Production {

/// One operation of a routing, on one work center. A work order's run time there is
/// runSecondsPerPart × parts + runSecondsPerM2 × area (rounded up to the second).
struct RoutingStep
{
    int seq = 0;
    QString workCenterId;
    QString name;
    QString nameEn;
    qint64 runSecondsPerPart = 0;
    qint64 runSecondsPerM2 = 0;
    qint64 setupSeconds = 0;  // 0: the work center's setup

    bool operator==(const RoutingStep &) const = default;
};

/// The operations a product type goes through, in order (工艺路线).
struct Routing
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString workshop;          // "WS-CAB"; the routing serves that workshop's work orders
    QStringList productTypes;  // split rule or template ids; empty: the workshop's default
    QList<RoutingStep> steps;  // by seq

    bool operator==(const Routing &) const = default;
};

} // namespace Hearth::Production
