#pragma once

#include <QSizeF>
#include <QString>

#include <variant>

namespace Hearth::Printing {

/// A part label (板件标签), stuck on a cut panel: its QR code carries the part's id.
struct PartLabel
{
    QString partId;      // what the QR code carries
    QString partName;    // 侧板
    QString orderNo;
    QString workOrderNo;  // optional
    qint64 lengthMm = 0;
    qint64 widthMm = 0;
    qint64 thicknessMm = 0;
    QString material;
    QString colour;
    QString edges;       // "L1L2W1" style
};

/// A package label (包件标签), "n of N" boxes of one order: a Code 128 of the package id for
/// the scanners at the staging area and a QR code for phones.
struct PackageLabel
{
    QString packageId;   // what the Code 128 carries
    QString qrText;      // what the QR code carries; the package id when empty
    int index = 0;       // 1-based
    int count = 0;
    QString orderNo;
    QString customer;
    QString phone;
    QString address;
};

using Label = std::variant<PartLabel, PackageLabel>;

/// The label roll in a printer: its size and the printer head's resolution.
struct LabelStock
{
    QSizeF sizeMm{100.0, 60.0};
    int dpi = 203;
};

} // namespace Hearth::Printing
