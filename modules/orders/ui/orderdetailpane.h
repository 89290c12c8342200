#pragma once

#include "orders/salesorder.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace Hearth::Orders {

class OrderLinesModel;

/// The right side of the orders page: one order's header, lines, notes, attachments and
/// timeline (from the audit trail). Each registered OrderStatusProvider shows as a chip beside
/// the order's status.
class OrderDetailPane : public QWidget
{
    Q_OBJECT

public:
    /// The header's fields in reading order, two to a row; the address and the source file
    /// take a row each.
    enum Field {
        CustomerField,
        MobileField,
        AddressField,
        SignedField,
        PromisedField,
        TotalField,
        DepositField,
        ShippedField,
        ShipModeField,
        DealerField,
        StoreField,
        DesignerField,
        SourceField,
        FieldCount
    };

    explicit OrderDetailPane(QWidget *parent = nullptr);

    /// Shows an order; an empty id shows the "select an order" hint.
    void showOrder(const QString &orderId);
    /// Loads the shown order again (after an edit, undo or import).
    void reload();
    QString orderId() const { return m_orderId; }

    /// Shows or hides what changes the order: Edit, adding notes and files.
    void setEditable(bool editable);
    bool addNote(const QString &text);
    bool addAttachment(const QString &filePath);

    QTabWidget *tabs() const { return m_tabs; }
    /// The header field's text as shown: "—" when the order has none (the ship mode, the
    /// partners and the source file are then hidden).
    QString fieldText(Field field) const;
    QString timelineText() const;
    /// The re-make line under the title as plain text: the parent and who pays for a re-make,
    /// the re-makes of an order that has some; empty otherwise.
    QString remakeText() const;
    /// The chip a status provider shows for the order ("生产状态：部分完工 (1/3)"); empty
    /// when the provider has nothing for it or is not registered.
    QString providerText(const QString &providerId) const;

signals:
    void editRequested(const QString &orderId);
    /// The user asked for a re-make (补件) of the order.
    void remakeRequested(const QString &orderId);
    /// The user followed a link to another order (a re-make's parent, an order's re-make).
    void orderRequested(const QString &orderId);

private:
    void buildHeader(QWidget *parent);
    /// Places the header's fields in reading order; a false in shown hides that field.
    void layoutFields(const QList<bool> &shown);
    void showHeader(const SalesOrder &order);
    void showProviders();
    void showRemakes(const SalesOrder &order);
    void showNotes();
    void showAttachments();
    void showTimeline();
    void showMessage(const QString &text, bool error);
    void chooseAttachment();

    QString m_orderId;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusChip = nullptr;
    QHBoxLayout *m_titleRow = nullptr;
    QList<QLabel *> m_providerChips;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remake = nullptr;
    QLabel *m_remakes = nullptr;
    bool m_editable = true;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QTabWidget *m_tabs = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QTextBrowser *m_notes = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QWidget *m_noteRow = nullptr;
    QPushButton *m_addFile = nullptr;
    QTreeWidget *m_attachments = nullptr;
    QTextBrowser *m_timeline = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Hearth::Orders
