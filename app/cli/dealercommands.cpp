#include "dealercommands.h"

#include "cliutil.h"
#include "commands.h"
#include "finance/dealerstatements.h"
#include "finance/statementexport.h"
#include "storage/database.h"
#include "workflow/orgunits.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace Hearth::Cli {

namespace {

/// False, having said why, when `path`'s folder is missing or cannot be written to.
bool folderWritable(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        err() << tr("hearthctl: the folder %1 does not exist; create it or choose another")
                     .arg(QDir::toNativeSeparators(folder.filePath()))
              << "\n";
        return false;
    }
    if (!folder.isWritable()) {
        err() << tr("hearthctl: the folder %1 cannot be written to; choose another")
                     .arg(QDir::toNativeSeparators(folder.filePath()))
              << "\n";
        return false;
    }
    return true;
}

} // namespace

int cmdStatement(const QStringList &args)
{
    Parsed p;
    QCommandLineOption dealer(QStringLiteral("dealer"), tr("The dealer's unit code."),
                              QStringLiteral("CODE"));
    QCommandLineOption from(QStringLiteral("from"), tr("The first day, YYYY-MM-DD."),
                            QStringLiteral("DATE"));
    QCommandLineOption to(QStringLiteral("to"), tr("The last day, YYYY-MM-DD."),
                          QStringLiteral("DATE"));
    QCommandLineOption xlsx(QStringLiteral("xlsx"), tr("Also write the statement as xlsx."),
                            QStringLiteral("FILE"));
    QCommandLineOption pdf(QStringLiteral("pdf"), tr("Also write the statement as PDF."),
                           QStringLiteral("FILE"));
    p.parser.addOptions({dealer, from, to, xlsx, pdf});
    int code = Ok;
    if (!parse(p, args, tr("hearthctl statement: a dealer's statement (对账单) for a period: "
                           "opening balance, orders, payments, rebates and closing balance."),
               &code))
        return code;
    const QDate first = QDate::fromString(p.parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(p.parser.value(to), Qt::ISODate);
    if (!p.parser.isSet(dealer) || !first.isValid() || !last.isValid()) {
        err() << tr("hearthctl statement: give --dealer CODE, --from and --to as YYYY-MM-DD")
              << "\n";
        return Usage;
    }
    if (first > last) {
        err() << tr("hearthctl statement: --from (%1) is after --to (%2)")
                     .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
              << "\n";
        return Usage;
    }
    for (const QCommandLineOption *file : {&xlsx, &pdf}) {
        if (p.parser.isSet(*file) && !folderWritable(p.parser.value(*file)))
            return Failed;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    const auto unit = Workflow::OrgUnits::findByCode(Storage::Database::connection(),
                                                     p.parser.value(dealer));
    if (!unit || unit->kind != Workflow::UnitKind::Dealer) {
        err() << tr("hearthctl: no dealer with the code %1").arg(p.parser.value(dealer)) << "\n";
        return NotFound;
    }
    const auto s = Finance::DealerStatements::buildForCode(
        Storage::Database::connection(), p.parser.value(dealer), first, last);
    if (!s) {
        err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
        return Failed;
    }

    using Finance::StatementExport;
    out() << tr("%1 (%2), %3 to %4")
                 .arg(s->dealerName, s->dealerCode, first.toString(Qt::ISODate),
                      last.toString(Qt::ISODate))
          << "\n";
    for (const Finance::StatementEntry &e : s->entries) {
        out() << e.on.toString(Qt::ISODate) << "  "
              << Finance::DealerStatements::entryTitle(e) << "  " << e.reference << "  "
              << StatementExport::yuan(e.amountFen) << "  " << StatementExport::yuan(e.balanceFen)
              << "\n";
    }
    out() << tr("Opening balance: %1").arg(StatementExport::yuan(s->openingFen)) << "\n"
          << tr("Orders: %1").arg(StatementExport::yuan(s->ordersFen)) << "\n"
          << tr("Payments: %1").arg(StatementExport::yuan(s->paymentsFen)) << "\n"
          << tr("Rebates: %1").arg(StatementExport::yuan(s->rebatesFen)) << "\n"
          << tr("Closing balance: %1").arg(StatementExport::yuan(s->closingFen)) << "\n";
    if (s->confirmation) {
        out() << tr("Confirmed by %1 on %2")
                     .arg(s->confirmation->confirmedBy,
                          s->confirmation->confirmedOn.toString(Qt::ISODate))
              << "\n";
    }

    int result = Ok;
    if (p.parser.isSet(xlsx)) {
        if (const Core::Status w = StatementExport::toXlsx(*s, p.parser.value(xlsx)); !w) {
            err() << tr("hearthctl: %1").arg(w.error().toString()) << "\n";
            result = Failed;
        }
    }
    if (p.parser.isSet(pdf)) {
        if (const Core::Status w = StatementExport::toPdf(*s, p.parser.value(pdf)); !w) {
            err() << tr("hearthctl: %1").arg(w.error().toString()) << "\n";
            result = Failed;
        }
    }
    return result;
}

} // namespace Hearth::Cli
