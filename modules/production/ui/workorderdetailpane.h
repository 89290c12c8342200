#pragma once

#include "printing/label.h"
#include "printing/workorderdocument.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace Hearth::Production {

/// The right side of the work orders page: one work order's header, its operations with
/// planned times and the good and scrap reported so far (工序), its panels (板件) with the
/// label stock and the label buttons, and its hardware (五金).
class WorkOrderDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum OperationColumn {
        OpSeq,
        OpWorkCenter,
        OpName,
        OpStart,
        OpEnd,
        OpStatus,
        OpGood,
        OpScrap,
        OpLeft,
        OpActual,
        OpColumnCount
    };
    enum PanelColumn {
        PanelName,
        PanelSize,
        PanelQuantity,
        PanelEdges,
        PanelMaterial,
        PanelColour,
        PanelColumnCount
    };

    explicit WorkOrderDetailPane(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    /// Shows a work order; an empty id shows the hint. False (and the error shown) when it
    /// cannot be read.
    bool showWorkOrder(const QString &workOrderId);
    void reload();
    QString workOrderId() const { return m_workOrderId; }
    /// The printed form of the work order shown, as last read.
    const Printing::WorkOrderDocument &document() const { return m_document; }

    /// The label stocks the pane offers: 100×60 and 60×40 mm at 203 and 300 dpi.
    static QList<Printing::LabelStock> labelStocks();
    Printing::LabelStock labelStock() const;
    void setLabelStock(int index);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *operationsTable() const { return m_operations; }
    QTableWidget *panelsTable() const { return m_panels; }
    QTableWidget *hardwareTable() const { return m_hardware; }
    QString titleText() const;
    QString summaryText() const;

signals:
    void printLabelsRequested();
    void saveLabelsRequested();

private:
    QWidget *buildPanelsTab();
    void showError(const QString &text);

    QString m_workOrderId;
    QTimeZone m_zone;
    Printing::WorkOrderDocument m_document;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusChip = nullptr;
    QLabel *m_rushChip = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_operations = nullptr;
    QTableWidget *m_panels = nullptr;
    QTableWidget *m_hardware = nullptr;
    QComboBox *m_stock = nullptr;
    QPushButton *m_printLabels = nullptr;
    QPushButton *m_saveLabels = nullptr;
};

} // namespace Hearth::Production
