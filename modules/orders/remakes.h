#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "salesorder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders {

/// One line of the parent to make again, and how many.
struct RemakeLine
{
    QString lineId;  // the parent's line
    Core::Decimal quantity;
};

/// What a user asks for when a part has to be made again.
struct RemakeRequest
{
    QString parentOrderId;
    QList<RemakeLine> lines;
    QString reason;
    QString party;        // who pays: one of Remakes::partyCodes()
    QString responsible;  // optional: the person or company at fault ("王师傅")
};

/// Re-makes (补件): a child order that makes chosen lines of an order again at no price, its
/// costs charged to the parent and to whoever caused the fault. The party is stored in the
/// order's charged_to as its code, followed by ":" and the responsible's name when one is
/// given ("installer:王师傅"); CostLedger copies that text to the parent's re-make cost lines.
class Remakes
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::Remakes)

public:
    /// factory, dealer, installer, supplier, designer, customer.
    static QStringList partyCodes();
    /// The party as a user reads it (工厂, 经销商, 安装师傅, ...); an unknown code as it
    /// is.
    static QString partyName(const QString &code);

    /// The text stored in charged_to for a party and an optional name.
    static QString chargedToText(const QString &party, const QString &responsible);
    /// The party code of a charged_to text ("installer" of "installer:王师傅").
    static QString partyOf(const QString &chargedTo);
    /// The responsible's name of a charged_to text; empty when none was given.
    static QString responsibleOf(const QString &chargedTo);
    /// "安装师傅：王师傅", or the party's name alone; empty for an empty text.
    static QString chargedToLabel(const QString &chargedTo);

    /// The number the next re-make of an order gets: its number with "-B1", "-B2", ...,
    /// counting its re-makes and skipping any number already taken.
    static QString nextRemakeNo(Storage::Connection &c, const SalesOrder &parent);

    /// Creates and saves the re-make as a new order, which the process engine then reviews and
    /// splits like any other. A re-make of a re-make hangs off the original order, whose
    /// costs CostLedger gathers. Nothing is written when a check fails.
    static Core::Result<SalesOrder> create(const RemakeRequest &request);
    /// The order as create() would save it, without saving it (the checks and the number).
    static Core::Result<SalesOrder> build(Storage::Connection &c, const RemakeRequest &request);
    /// The re-makes of an order by number, deleted ones left out.
    static Core::Result<QList<SalesOrder>> remakesOf(const QString &orderId);
};

} // namespace Hearth::Orders
