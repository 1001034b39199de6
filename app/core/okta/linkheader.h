#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace okta {

// Parses RFC 8288 Link header values: several `link` headers or one comma-joined
// value, each `<url>; rel="name"`. Commas inside <…> are part of the URL. A relative
// URL resolves against `base`. Targets are kept verbatim: a `next` link is followed as
// given, never rebuilt.
QHash<QString, QUrl> parseLinkHeaders(const QList<QByteArray> &values, const QUrl &base = {});

} // namespace okta
