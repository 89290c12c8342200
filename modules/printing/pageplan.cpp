#include "pageplan.h"

#include <QPainter>

namespace Hearth::Printing {

void PagePlan::addText(const QRect &rect, const QString &text, const QFont &font, int flags,
                       const QColor &colour)
{
    if (!text.isEmpty())
        m_texts.append({rect, text, font, flags, colour});
}

void PagePlan::addBox(const QRect &rect, const QColor &colour)
{
    if (rect.isValid())
        m_boxes.append({rect, colour});
}

void PagePlan::addFrame(const QRect &rect, int lineDots, const QColor &colour)
{
    addBox(QRect(rect.left(), rect.top(), rect.width(), lineDots), colour);
    addBox(QRect(rect.left(), rect.bottom() - lineDots + 1, rect.width(), lineDots), colour);
    addBox(QRect(rect.left(), rect.top(), lineDots, rect.height()), colour);
    addBox(QRect(rect.right() - lineDots + 1, rect.top(), lineDots, rect.height()), colour);
}

void PagePlan::addCode(const Barcode &code, const BarcodeLayout &layout)
{
    m_codes.append({code, layout});
}

void PagePlan::paint(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Box &box : m_boxes)
        painter->fillRect(box.rect, box.colour);
    for (const Text &text : m_texts) {
        painter->setFont(text.font);
        painter->setPen(text.colour);
        painter->drawText(text.rect, text.flags, text.text);
    }
    painter->restore();
    for (const Code &code : m_codes)
        code.code.paint(painter, code.layout);
}

} // namespace Hearth::Printing
