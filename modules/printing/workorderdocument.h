#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Hearth::Printing {

/// One operation of a work order as printed: where and when it is planned, as text in the
/// site's time zone ("05-07 08:00"), because the sheet only shows it.
struct WorkOrderOperation
{
    int seq = 0;
    QString workCenter;  // 封边机 2
    QString name;        // 封边
    QString plannedStart;
    QString plannedEnd;
};

/// A panel (板件) of the work order: finished sizes in whole millimetres; area and edge banding
/// are the line's totals (per piece times quantity), as the split computes them.
struct WorkOrderPanel
{
    QString name;
    qint64 lengthMm = 0;
    qint64 widthMm = 0;
    qint64 thicknessMm = 0;
    int quantity = 0;
    qint64 areaMm2 = 0;
    qint64 edgeMm = 0;
    QString edges;   // "L1L2W1W2" style
    QString grain;   // "length", "width", "none" or free text
    QString material;
    QString colour;
};

/// Hardware (五金) issued with the work order.
struct WorkOrderHardware
{
    QString code;
    QString name;
    qint64 quantityMicros = 0;  // 1.5 pieces is 1500000
    QString unit;
};

/// Everything a printed work order (生产工单) shows; the caller reads it from its own tables.
struct WorkOrderDocument
{
    QString woNo;         // the heading; carried by the Code 128 when barcodeText is empty
    QString barcodeText;  // carried by the Code 128 (a station's scan code such as "WO:...")
    QString qrText;       // carried by the QR code; the Code 128's text when empty
    QString orderNo;
    QString customer;
    QDate dueDate;      // a date only: never passed through a time zone
    QString workshop;
    int priority = 0;
    QString printedAt;  // when it was printed, as text in the site's zone; may be empty
    QList<WorkOrderOperation> operations;
    QList<WorkOrderPanel> panels;
    QList<WorkOrderHardware> hardware;
    QString notes;
};

} // namespace Hearth::Printing
