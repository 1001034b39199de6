#include "linkheader.h"

namespace okta {

namespace {

// Reads the parameters after "<url>" up to the next top-level comma; returns the rel
// value (which may hold several space-separated relation types).
QString readRel(const QByteArray &v, qsizetype &i) {
    QString rel;
    const qsizetype n = v.size();
    while (i < n && v.at(i) != ',') {
        if (v.at(i) != ';') {
            ++i;
            continue;
        }
        ++i;
        while (i < n && (v.at(i) == ' ' || v.at(i) == '\t'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && v.at(i) != '=' && v.at(i) != ';' && v.at(i) != ',')
            ++i;
        const QByteArray name = v.mid(nameStart, i - nameStart).trimmed().toLower();
        if (i >= n || v.at(i) != '=')
            continue;
        ++i;
        while (i < n && v.at(i) == ' ')
            ++i;
        QByteArray value;
        if (i < n && v.at(i) == '"') {
            ++i;
            while (i < n && v.at(i) != '"') {
                if (v.at(i) == '\\' && i + 1 < n)
                    ++i;
                value.append(v.at(i++));
            }
            if (i < n)
                ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && v.at(i) != ';' && v.at(i) != ',')
                ++i;
            value = v.mid(valueStart, i - valueStart).trimmed();
        }
        if (name == "rel")
            rel = QString::fromLatin1(value);
    }
    return rel;
}

} // namespace

QHash<QString, QUrl> parseLinkHeaders(const QList<QByteArray> &values, const QUrl &base) {
    QHash<QString, QUrl> links;
    for (const QByteArray &v : values) {
        qsizetype i = 0;
        const qsizetype n = v.size();
        while (i < n) {
            const qsizetype open = v.indexOf('<', i);
            if (open < 0)
                break;
            const qsizetype close = v.indexOf('>', open + 1);
            if (close < 0)
                break;
            // Kept exactly as sent: the cursor inside is opaque.
            QUrl target = QUrl::fromEncoded(v.mid(open + 1, close - open - 1).trimmed(), QUrl::StrictMode);
            i = close + 1;
            const QString rel = readRel(v, i);
            if (i < n && v.at(i) == ',')
                ++i;
            if (!target.isValid() || rel.isEmpty())
                continue;
            if (target.isRelative() && base.isValid())
                target = base.resolved(target);
            for (const QString &r : rel.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                links.insert(r.toLower(), target);
        }
    }
    return links;
}

} // namespace okta
