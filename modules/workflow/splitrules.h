#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "workflow/expression.h"
#include "workflow/splitplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Workflow {

/// The split rules (拆单规则) of split.json, read and checked once for many orders: workshops,
/// suppliers, the line rules in order (first match wins), where parts are routed, collection
/// policies and stages, installation teams, assignees and task titles.
struct SplitRules
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::SplitRules)

public:
    struct Workshop
    {
        QString code;  // the organisation unit's code: "WS-CAB"
        QString name;
        QString nameEn;
        int dueWorkingHours = 0;
    };

    struct Supplier
    {
        QString code;  // "SUP-GLASS"
        QString name;
        QString nameEn;
        int leadWorkingHours = 0;
    };

    enum class Action { Make, Purchase, None };

    /// What to do with the order lines a condition picks.
    struct LineRule
    {
        QString id;
        QString name;
        QString nameEn;
        std::optional<Expression> when;  // none: every line
        Action action = Action::None;
        QString workshop;    // Make
        QString supplier;    // Purchase
        QString templateId;  // Make: the cabinet template, unless the line's spec names one
        QJsonObject params;  // template parameters the rule sets (numbers or formulas)
        bool install = false;
        bool ship = true;
        int index = 0;
    };

    struct PartRoute
    {
        QStringList codes;  // part codes: "door", "drawer_front"
        QString workshop;
    };

    /// How an order pays: the deposit share it must have paid and when the balance is due.
    struct CollectionPolicy
    {
        QString id;
        std::optional<Expression> when;
        Core::Decimal depositShare;  // 0.3 is 30 % of the total
        QString balanceStage;        // a key of stages
        int index = 0;
    };

    /// When a balance falls due: working hours after (or, negative, before) the anchor task.
    struct Stage
    {
        QString code;
        QString name;
        QString nameEn;
        QString anchor;  // "shipment", "installation" or "" (from the split)
        int offsetWorkingHours = 0;
        QString fallback;  // the stage to use when the order has no anchor task
    };

    struct Team
    {
        std::optional<Expression> when;
        Assignee assignee;
    };

    QList<Workshop> workshops;
    QList<Supplier> suppliers;
    QList<LineRule> lines;
    QList<PartRoute> partRoutes;
    QList<CollectionPolicy> policies;
    QHash<QString, Stage> stages;
    int depositDueWorkingHours = 8;
    QList<Team> installTeams;
    int installAfterShipmentHours = 16;
    int shipmentAfterReadyHours = 8;
    int remakeDueWorkingHours = 16;
    QHash<QString, Assignee> assignees;  // by task kind: "work_order", "purchase", ...
    QHash<QString, QString> titles;      // by title kind: "work_order", "line", ...
    int titleMaxLines = 3;

    /// Reads split.json; every problem goes to errors with its place ("split.json lines[3]
    /// (stone_top).when"). templateIds are the templates a rule may name.
    static SplitRules read(const QJsonObject &json, const QStringList &templateIds,
                           QList<Core::Error> &errors);

    const Workshop *workshop(const QString &code) const;
    const Supplier *supplier(const QString &code) const;
    /// The workshop a part of the given code goes to, or an empty string to stay with its line.
    QString routeOf(const QString &partCode) const;
};

} // namespace Hearth::Workflow
