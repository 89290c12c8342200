#pragma once

#include "apiresponse.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Hearth::Server {

/// Reads a request body that must be one JSON object and checks its fields against a schema:
/// unknown fields, wrong types and missing required fields are named, not guessed around.
class JsonBody
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::JsonBody)

public:
    /// What a field must hold. Decimal is a number written as a JSON string ("1999.00"), so that
    /// no digit of money passes through binary floating point.
    enum class Type { String, Decimal, Integer, Boolean, ObjectArray };

    struct Field
    {
        const char *name;
        Type type;
        bool required = false;
    };

    /// The object, or a 400 naming line, column and byte of the first syntax error (413 is
    /// the server's, before the body gets here).
    static std::optional<ApiResponse> parse(const QByteArray &body, QJsonObject *object);

    /// Problems of object against fields, each named as prefix + field.
    static QList<FieldProblem> check(const QJsonObject &object, std::span<const Field> fields,
                                     const QString &prefix = QString());

    /// The value as the text the order parser reads: strings as they are, integers in digits.
    static QString text(const QJsonObject &object, const char *name);
};

} // namespace Hearth::Server
