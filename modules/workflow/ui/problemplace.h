#pragma once

#include "core/result.h"

#include <QJsonParseError>
#include <QString>

namespace Hearth::Workflow {

class JsonLocator;

/// A problem found in edited JSON, placed in its file and text.
struct EditorProblem
{
    QString file;     // the tab it belongs to; empty on a page with one text
    QString place;    // as the validator wrote it: "transitions[5].when"
    QString message;
    int position = -1;  // in the text; -1 when it cannot be placed
    int length = 0;
};

/// Where a validation problem is, read from the place its message names:
/// "cabinetry v1: transitions[5].when, column 12", "review.json: rules[3].id",
/// "split.json lines[2] (cabinets).template", "templates/base_cabinet.json parts[1].code".
struct ProblemPlace
{
    QString file;    // "review.json", "split.json", "templates/<id>.json"; empty for a process
    QString path;    // "transitions[5].when"; empty for the whole file
    int column = 0;  // inside the value's text, from 1; 0 when not named

    /// label is the prefix a process puts before its places ("cabinetry v1"), when known.
    static ProblemPlace parse(const QString &where, const QString &label = {});

    /// The text range to mark in a document the locator read: the column's character, else
    /// the member's key to the end of its first line; {-1, 0} when the place is not written.
    struct Range
    {
        int start = -1;
        int length = 0;
    };
    Range range(const JsonLocator &locator, const QString &text) const;

    /// Where to mark a JSON syntax error in text: for a missing comma, colon or bracket just
    /// after the value before it (the parser only notices at the next token), else where the
    /// parser stopped.
    static int syntaxErrorPosition(const QString &text, const QJsonParseError &error);

    /// The error placed in text (which locator read); label as for parse().
    static EditorProblem locate(const Core::Error &error, const JsonLocator &locator,
                                const QString &text, const QString &label = {});
};

} // namespace Hearth::Workflow
