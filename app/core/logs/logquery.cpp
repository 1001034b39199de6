#include "logquery.h"

#include "core/logs/scimfilter.h"
#include "core/okta/querybuilder.h"

namespace okta {

namespace {

constexpr int kMaxKeywords = 10;
constexpr int kMaxKeywordLength = 40;
constexpr int kMaxLimit = 1000;
constexpr int kMaxSinceDays = 180;
constexpr int kFutureToleranceSeconds = 60;

// Index of the first character that needs four UTF-8 bytes (a surrogate pair in UTF-16),
// or -1. Okta rejects those in System Log queries.
qsizetype firstFourByteChar(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i].isSurrogate())
            return i;
    return -1;
}

qsizetype codePointCount(QStringView text) {
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text[i].isLowSurrogate())
            ++n;
    return n;
}

bool namesAttribute(const scim::Node &node, QStringView attribute) {
    if (node.kind == scim::Node::Kind::Compare)
        return node.attribute == attribute;
    return (node.left && namesAttribute(*node.left, attribute)) ||
           (node.right && namesAttribute(*node.right, attribute));
}

} // namespace

QString LogQuery::publishedRefused() {
    // "filter cannot use published. Use since/until instead" (Okta's System Log query guide).
    return tr("Okta cannot filter on “published”; use the time range (since and until) instead.");
}

QString LogQuery::formatTimestamp(const QDateTime &time) {
    if (!time.isValid())
        return QString();
    // toUTC(), not toTimeZone(utc): only Qt::UTC renders the "Z" suffix Okta's examples use.
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString LogQuery::filterExpression() const {
    QString expression;
    for (const auto &[key, value] : fields) {
        if (value.isEmpty())
            continue;
        if (!expression.isEmpty())
            expression += QLatin1StringView(" and ");
        expression += key.trimmed() + QLatin1StringView(" eq ") + scim::quote(value);
    }
    const QString custom = customFilter.trimmed();
    if (custom.isEmpty())
        return expression;
    if (expression.isEmpty())
        return custom;
    // The parentheses keep an `or` inside the custom filter from escaping the `and` chain.
    return expression + QLatin1StringView(" and (") + custom + u')';
}

QUrlQuery LogQuery::toUrlQuery() const {
    QList<QPair<QString, QString>> items;
    if (since.isValid())
        items.append({QStringLiteral("since"), formatTimestamp(since)});
    if (until.isValid())
        items.append({QStringLiteral("until"), formatTimestamp(until)});
    const QString q = keyword.simplified();
    if (!q.isEmpty())
        items.append({QStringLiteral("q"), q});
    const QString filter = filterExpression();
    if (!filter.isEmpty())
        items.append({QStringLiteral("filter"), filter});
    items.append({QStringLiteral("sortOrder"),
                  order == Order::Ascending ? QStringLiteral("ASCENDING") : QStringLiteral("DESCENDING")});
    items.append({QStringLiteral("limit"), QString::number(limit)});
    return percentEncodedQuery(items);
}

std::optional<QString> LogQuery::validate() const {
    return validate(QDateTime::currentDateTimeUtc());
}

std::optional<QString> LogQuery::validate(const QDateTime &now) const {
    // Characters first: a four-byte character makes Okta reject the whole request, and the
    // other messages would only distract from it.
    auto fourByte = [](QStringView text, const QString &where) -> std::optional<QString> {
        const qsizetype at = firstFourByteChar(text);
        if (at < 0)
            return std::nullopt;
        const QString ch = text.mid(at, 2).toString();
        return tr("The %1 contains “%2” at character %3. Okta accepts only characters that take at "
                  "most three bytes in UTF-8, so emoji and other supplementary characters cannot be "
                  "searched for.")
            .arg(where, ch)
            .arg(at + 1);
    };
    if (auto e = fourByte(keyword, tr("keyword search")))
        return e;
    for (const auto &[key, value] : fields) {
        if (auto e = fourByte(key, tr("field name “%1”").arg(key)))
            return e;
        if (auto e = fourByte(value, tr("value of field “%1”").arg(key)))
            return e;
    }
    if (auto e = fourByte(customFilter, tr("custom filter")))
        return e;

    if (limit < 0 || limit > kMaxLimit)
        return tr("The page size must be between 0 and %1; it is %2.").arg(kMaxLimit).arg(limit);

    if (auto e = keywordProblem(keyword))
        return e;

    if (since.isValid() && until.isValid() && since > until)
        return tr("The time range starts (%1) after it ends (%2).")
            .arg(formatTimestamp(since), formatTimestamp(until));
    // A minute of tolerance for a clock that runs a little ahead of Okta's.
    const auto inFuture = [&now](const QDateTime &time) {
        return time.isValid() && now.isValid() && time > now.addSecs(kFutureToleranceSeconds);
    };
    if (inFuture(since))
        return tr("The time range starts in the future (%1); the System Log has no events there yet.")
            .arg(formatTimestamp(since));
    if (inFuture(until))
        return tr("The time range ends in the future (%1); leave the end empty to search up to now.")
            .arg(formatTimestamp(until));
    if (since.isValid() && now.isValid() && since < now.addDays(-kMaxSinceDays))
        return tr("The time range starts more than %1 days ago (%2); Okta refuses such queries, and "
                  "keeps events for 90 days anyway.")
            .arg(kMaxSinceDays)
            .arg(formatTimestamp(since));

    for (const auto &[rawKey, value] : fields) {
        const QString key = rawKey.trimmed();
        if (key.isEmpty()) {
            if (value.isEmpty())
                continue;
            return tr("The field with value “%1” has no attribute name.").arg(value);
        }
        if (!scim::isValidAttributePath(key))
            return tr("“%1” is not a valid attribute name: use names such as eventType or "
                      "client.geographicalContext.country.")
                .arg(key);
        if (key == u"published")
            return publishedRefused();
    }

    if (auto e = customFilterProblem(customFilter))
        return e;
    return std::nullopt;
}

std::optional<QString> LogQuery::keywordProblem(const QString &keyword) {
    const QStringList keywords = keyword.simplified().split(u' ', Qt::SkipEmptyParts);
    if (keywords.size() > kMaxKeywords)
        return tr("The keyword search has %1 words; Okta accepts at most %2.")
            .arg(keywords.size())
            .arg(kMaxKeywords);
    for (const QString &word : keywords)
        if (codePointCount(word) > kMaxKeywordLength)
            return tr("The keyword “%1” is %2 characters long; Okta accepts at most %3 per keyword.")
                .arg(word)
                .arg(codePointCount(word))
                .arg(kMaxKeywordLength);
    return std::nullopt;
}

std::optional<QString> LogQuery::customFilterProblem(const QString &customFilter) {
    // Parsed untrimmed so positions match what the admin typed.
    if (customFilter.trimmed().isEmpty())
        return std::nullopt;
    const scim::ParseResult parsed = scim::parse(customFilter);
    if (parsed.error)
        return tr("The custom filter has an error at character %1: %2")
            .arg(parsed.error->position + 1)
            .arg(parsed.error->message);
    if (namesAttribute(*parsed.root, u"published"))
        return publishedRefused();
    return std::nullopt;
}

bool LogQuery::parseFieldArguments(const QStringList &arguments, QList<QPair<QString, QString>> *fields,
                                   QString *error) {
    for (const QString &argument : arguments) {
        const qsizetype eq = argument.indexOf(u'=');
        if (eq <= 0 || argument.left(eq).trimmed().isEmpty()) {
            *error = tr("A field match takes KEY=VALUE, not “%1”.").arg(argument);
            return false;
        }
        fields->append({argument.left(eq).trimmed(), argument.mid(eq + 1)});
    }
    return true;
}

} // namespace okta
