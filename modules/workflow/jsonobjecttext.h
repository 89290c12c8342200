#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace Hearth::Workflow {

/// A JSON object kept as compact UTF-8 text, as the split writes task details and cabinet
/// parameters: writing the text costs little, while a QJsonObject costs a container per member,
/// and tasks are stored as text anyway. It is read into a QJsonObject when one is asked for,
/// so it reads like one: value(), contains(), or conversion to QJsonObject.
class JsonObjectText
{
public:
    JsonObjectText() = default;
    /// The object's compact text; implicit, so that a QJsonObject can be given where a
    /// JsonObjectText is kept.
    JsonObjectText(const QJsonObject &object);  // NOLINT(google-explicit-constructor)

    /// Text that holds one JSON object, as a JSON writer made it; read only when asked.
    static JsonObjectText fromCompactJson(QByteArray text);

    QJsonObject object() const;
    operator QJsonObject() const { return object(); }  // NOLINT(google-explicit-constructor)
    /// The compact text; "{}" for an empty object.
    QByteArray toCompactJson() const;

    QJsonValue value(const QString &key) const { return object().value(key); }
    QJsonValue value(QStringView key) const { return object().value(key); }
    QJsonValue value(QLatin1StringView key) const { return object().value(key); }
    bool contains(const QString &key) const { return object().contains(key); }
    bool contains(QStringView key) const { return object().contains(key); }
    bool contains(QLatin1StringView key) const { return object().contains(key); }
    bool isEmpty() const;

    /// Equal when they hold the same object, however the texts were written.
    friend bool operator==(const JsonObjectText &a, const JsonObjectText &b)
    {
        return a.m_text == b.m_text || a.object() == b.object();
    }
    friend bool operator!=(const JsonObjectText &a, const JsonObjectText &b) { return !(a == b); }

private:
    QByteArray m_text;  // empty for an empty object
};

} // namespace Hearth::Workflow
