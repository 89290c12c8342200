#pragma once

#include <QString>
#include <QStringList>

namespace Hearth::Core {

/// Turns text into the tokens of the full-text index, and a user's search into an FTS5 query
/// over them, so that any part of a Chinese name or address and any run of digits of a mobile
/// or an order number is found. Chinese text is indexed as bigrams followed by single
/// characters; digit strings also by their suffixes, which a prefix query then matches.
namespace SearchText {

QString indexTokens(const QStringList &fields);

/// An FTS5 MATCH expression, or an empty string when the search has nothing to look for.
QString matchQuery(const QString &search);

} // namespace SearchText

} // namespace Hearth::Core
