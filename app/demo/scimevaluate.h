#pragma once

#include "core/logs/scimfilter.h"

#include <QJsonValue>
#include <QStringView>
#include <QVarLengthArray>

#include <functional>

namespace demo {

// The values an attribute path has on one record. A multi-valued attribute (target.id
// across target[]) yields several; a missing one yields none.
using FilterValues = QVarLengthArray<QJsonValue, 4>;
using FilterResolver = std::function<void(QStringView attributePath, FilterValues &out)>;

// Every value `path` reaches inside a JSON value, fanning out over arrays the way target[]
// does (target.id is the id of every target).
void resolveJsonPath(const QJsonValue &value, QStringView path, FilterValues &out);

// Whether string values compare with or without regard to case. Okta's rule differs by
// endpoint and parameter (see the callers): `filter` compares values exactly, `search` and
// System Log keywords ignore case.
enum class ValueCase { Sensitive, Insensitive };

// Evaluates a parsed filter against one record, as the demo org answers queries (clients
// only build and validate filters, so this lives beside the server).
// gt/ge/lt/le compare numbers numerically and strings (including ISO dates) lexically;
// `pr` is true when the attribute has a non-null, non-empty value. Multi-valued
// attributes: a comparison holds when ANY value satisfies it, except `ne`, which is the
// negation of `eq` (so also true when the attribute is absent). An absent attribute
// equals null.
bool evaluateFilter(const okta::scim::Node &node, const FilterResolver &resolve, ValueCase valueCase);

} // namespace demo
