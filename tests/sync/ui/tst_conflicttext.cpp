// What the conflict list says of a conflict: the server words its details in its own
// language; where the desk knows the values (a code the server changed, a status it refused)
// the list says it in the desk's, with the values.

#include "sync/conflictresolver.h"
#include "sync/ui/conflicttablemodel.h"
#include "widgets/language.h"

#include <QtTest>

using Hearth::Sync::ConflictRecord;
using Hearth::Sync::ConflictTableModel;
using Hearth::Sync::SyncConflict;

class tst_ConflictText : public QObject
{
    Q_OBJECT

private slots:
    void keyChangedNamesBothValues();
    void statusRefusedNamesBothStatuses();
    void serverWordsWithoutValues();
    void chineseDesk();

private:
    static ConflictRecord keyChanged();
    static ConflictRecord statusRefused();
};

ConflictRecord tst_ConflictText::keyChanged()
{
    ConflictRecord c;
    c.kind = SyncConflict::Kind::KeyChanged;
    c.table = QStringLiteral("purchase_orders");
    c.localFields = {{QStringLiteral("po_no"), QStringLiteral("PO-2026-0007")},
                     {QStringLiteral("supplier_id"), QStringLiteral("s-1")}};
    c.serverFields = {{QStringLiteral("po_no"), QStringLiteral("PO-2026-0007-2")}};
    c.detail = QStringLiteral("another row of purchase_orders has po_no PO-2026-0007 (entered "
                              "on another desk): this one is now PO-2026-0007-2");
    return c;
}

ConflictRecord tst_ConflictText::statusRefused()
{
    ConflictRecord c;
    c.kind = SyncConflict::Kind::StatusRefused;
    c.table = QStringLiteral("sales_orders");
    c.localFields = {{QStringLiteral("status"), QStringLiteral("new")}};
    c.serverFields = {{QStringLiteral("status"), QStringLiteral("in_production")}};
    c.detail = QStringLiteral("the order's process does not allow the status to go from "
                              "in_production to new");
    return c;
}

void tst_ConflictText::keyChangedNamesBothValues()
{
    QCOMPARE(ConflictTableModel::detailText(keyChanged()),
             QStringLiteral("po_no PO-2026-0007 was another desk's row's already; this row is "
                            "now PO-2026-0007-2"));
}

void tst_ConflictText::statusRefusedNamesBothStatuses()
{
    QCOMPARE(ConflictTableModel::detailText(statusRefused()),
             QStringLiteral("The order's process does not allow the status to go from "
                            "in_production to new; the server's status stands."));
}

void tst_ConflictText::serverWordsWithoutValues()
{
    // A refusal carries no values: the server's words stand, and without them the kind's.
    ConflictRecord c;
    c.kind = SyncConflict::Kind::Refused;
    c.detail = QStringLiteral("your role may not change receipts (it needs finance.write)");
    QCOMPARE(ConflictTableModel::detailText(c), c.detail);
    c.detail.clear();
    QVERIFY(ConflictTableModel::detailText(c).startsWith(QStringLiteral("The server did not")));
}

void tst_ConflictText::chineseDesk()
{
    QVERIFY(Hearth::Widgets::Language::install(QStringLiteral("zh_CN")));
    const QString key = ConflictTableModel::detailText(keyChanged());
    QVERIFY2(key.contains(QStringLiteral("PO-2026-0007-2"))
                 && key.contains(QStringLiteral("本行")),
             qPrintable(key));
    QVERIFY2(!key.contains(QStringLiteral("another desk")), qPrintable(key));
    const QString status = ConflictTableModel::detailText(statusRefused());
    QVERIFY2(status.contains(QStringLiteral("in_production"))
                 && status.contains(QStringLiteral("流程")),
             qPrintable(status));
}

QTEST_MAIN(tst_ConflictText)
#include "tst_conflicttext.moc"
