#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
/// One line per request (id, user, method, route, status, milliseconds); on at info level,
/// since it is what an operator follows.
Q_DECLARE_LOGGING_CATEGORY(lcServerRequest)
