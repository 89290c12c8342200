#include "apiresponse.h"

#include <QJsonDocument>

namespace Hearth::Server {

ApiResponse ApiResponse::json(int status, const QJsonObject &body)
{
    return ApiResponse{status, body, {}};
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QString &field)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return json(status, {{QStringLiteral("error"), error}});
}

ApiResponse ApiResponse::problems(int status, const QString &code,
                                  const QList<FieldProblem> &problems)
{
    if (problems.isEmpty())
        return error(status, code, QString());
    const FieldProblem &first = problems.constFirst();
    ApiResponse response = error(status, code, first.field + QStringLiteral(": ") + first.message,
                                 first.field);
    QJsonArray list;
    for (const FieldProblem &p : problems) {
        list.append(QJsonObject{{QStringLiteral("field"), p.field},
                                {QStringLiteral("message"), p.message}});
    }
    QJsonObject error = response.body.value(QStringLiteral("error")).toObject();
    error.insert(QStringLiteral("problems"), list);
    response.body.insert(QStringLiteral("error"), error);
    return response;
}

ApiResponse ApiResponse::bytes(int status, const QByteArray &contentType, const QByteArray &raw)
{
    ApiResponse response{status, {}, {}};
    response.contentType = contentType;
    response.raw = raw;
    return response;
}

QByteArray ApiResponse::bodyBytes() const
{
    if (contentType != "application/json")
        return raw;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Hearth::Server
