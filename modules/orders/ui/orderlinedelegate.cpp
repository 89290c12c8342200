#include "orderlinedelegate.h"

#include "orderlinesmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace Hearth::Orders {

QWidget *OrderLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    if (index.column() == OrderLinesModel::UnitColumn) {
        auto *combo = new QComboBox(parent);
        for (int u = int(Unit::Piece); u <= int(Unit::Kilogram); ++u)
            combo->addItem(unitName(Unit(u)), u);
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setAlignment(Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()));
    return edit;
}

void OrderLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
}

void OrderLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace Hearth::Orders
