#include "jsonobjecttext.h"

#include <QJsonDocument>

namespace Hearth::Workflow {

JsonObjectText::JsonObjectText(const QJsonObject &object)
{
    if (!object.isEmpty())
        m_text = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

JsonObjectText JsonObjectText::fromCompactJson(QByteArray text)
{
    JsonObjectText o;
    if (text != "{}")
        o.m_text = std::move(text);
    return o;
}

QJsonObject JsonObjectText::object() const
{
    if (m_text.isEmpty())
        return {};
    return QJsonDocument::fromJson(m_text).object();
}

QByteArray JsonObjectText::toCompactJson() const
{
    return m_text.isEmpty() ? QByteArrayLiteral("{}") : m_text;
}

bool JsonObjectText::isEmpty() const
{
    return m_text.isEmpty() || object().isEmpty();
}

} // namespace Hearth::Workflow
