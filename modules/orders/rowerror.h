#pragma once

#include <QCoreApplication>
#include <QString>

namespace Hearth::Orders {

/// One bad cell or row: file, row, column and what was expected.
struct RowError
{
    QString file;
    int row = 0;
    QString column;
    QString message;

    QString toString() const;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::RowError)
};

} // namespace Hearth::Orders
