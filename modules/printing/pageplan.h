#pragma once

#include "barcode.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRect>
#include <QString>

class QPainter;

namespace Hearth::Printing {

/// What one label or page shows, placed in printer dots: laid out whole before anything is
/// painted, so that a code that does not fit stops the print before a page is spoiled.
class PagePlan
{
public:
    explicit PagePlan(QSize sizeDots = {}) : m_size(sizeDots) {}

    QSize size() const { return m_size; }

    void addText(const QRect &rect, const QString &text, const QFont &font,
                 int flags = Qt::AlignLeft | Qt::AlignVCenter, const QColor &colour = Qt::black);
    void addBox(const QRect &rect, const QColor &colour = Qt::black);
    /// A rectangle's outline, the line inside the rectangle.
    void addFrame(const QRect &rect, int lineDots, const QColor &colour = Qt::black);
    void addCode(const Barcode &code, const BarcodeLayout &layout);

    /// Paints in the painter's units, which must be printer dots.
    void paint(QPainter *painter) const;

private:
    struct Text
    {
        QRect rect;
        QString text;
        QFont font;
        int flags = 0;
        QColor colour;
    };
    struct Box
    {
        QRect rect;
        QColor colour;
    };
    struct Code
    {
        Barcode code;
        BarcodeLayout layout;
    };

    QSize m_size;
    QList<Box> m_boxes;
    QList<Text> m_texts;
    QList<Code> m_codes;
};

} // namespace Hearth::Printing
