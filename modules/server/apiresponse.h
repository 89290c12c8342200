#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Hearth::Server {

/// A field that a request got wrong: "lines[2].quantity" and why.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem &) const = default;
};

/// What a route answers: an HTTP status and a JSON object. Errors read
/// {"error": {"code", "message", "field", "problems": [{"field", "message"}]}}.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray raw = {};  // the body as sent, for a response that is not JSON (an export)

    static ApiResponse json(int status, const QJsonObject &body);
    /// A body that is not JSON, such as a CSV export; errors stay JSON.
    static ApiResponse bytes(int status, const QByteArray &contentType, const QByteArray &raw);
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QString &field = QString());
    /// 400 or 422 naming the first problem's field, with all of them listed.
    static ApiResponse problems(int status, const QString &code,
                                const QList<FieldProblem> &problems);

    QByteArray bodyBytes() const;
};

} // namespace Hearth::Server
