#include "logrequest.h"

#include <QJsonArray>

namespace okta {

namespace {

constexpr QLatin1StringView KeywordKey("keyword");
constexpr QLatin1StringView FieldsKey("fields");
constexpr QLatin1StringView CustomKey("customFilter");
constexpr QLatin1StringView OrderKey("order");
constexpr QLatin1StringView LimitKey("limit");
constexpr QLatin1StringView RangeKey("range");
constexpr QLatin1StringView SinceKey("since");
constexpr QLatin1StringView UntilKey("until");
constexpr QLatin1StringView ModeKey("mode");
constexpr QLatin1StringView FirstKey("first");

} // namespace

LogQuery LogSearchRequest::resolved(const QDateTime &now) const {
    LogQuery q = query;
    q.since = range.sinceAt(now);
    q.until = range.untilAt(now);
    switch (mode) {
    case Mode::FirstN:
        if (firstN > 0 && firstN < q.limit)
            q.limit = int(firstN);
        break;
    case Mode::All:
        // Bounded, so the walk ends: a range without an end ends now.
        if (!q.until.isValid())
            q.until = now;
        break;
    case Mode::Tail:
        q.until = QDateTime();
        q.order = LogQuery::Order::Ascending;
        break;
    }
    return q;
}

std::optional<QString> LogSearchRequest::validate(const QDateTime &now) const {
    if (mode == Mode::FirstN && (firstN < 1 || firstN > MaxFirstN))
        return tr("“First N” needs a number from 1 to %1.").arg(MaxFirstN);
    return resolved(now).validate(now);
}

QString LogSearchRequest::modeKey(Mode mode) {
    switch (mode) {
    case Mode::FirstN:
        return QStringLiteral("first");
    case Mode::All:
        return QStringLiteral("all");
    case Mode::Tail:
        break;
    }
    return QStringLiteral("tail");
}

std::optional<LogSearchRequest::Mode> LogSearchRequest::modeFromKey(QStringView key) {
    for (const Mode m : {Mode::FirstN, Mode::All, Mode::Tail})
        if (key == modeKey(m))
            return m;
    return std::nullopt;
}

QJsonObject LogSearchRequest::toJson() const {
    QJsonArray fields;
    for (const auto &[key, value] : query.fields)
        fields.append(QJsonArray{key, value});
    QJsonObject json{
        {KeywordKey, query.keyword},
        {FieldsKey, fields},
        {CustomKey, query.customFilter},
        {OrderKey,
         query.order == LogQuery::Order::Ascending ? QStringLiteral("asc") : QStringLiteral("desc")},
        {LimitKey, query.limit},
        {RangeKey, LogTimeRange::presetKey(range.preset)},
        {ModeKey, modeKey(mode)},
        {FirstKey, double(firstN)},
    };
    if (range.since.isValid())
        json.insert(SinceKey, LogQuery::formatTimestamp(range.since));
    if (range.until.isValid())
        json.insert(UntilKey, LogQuery::formatTimestamp(range.until));
    return json;
}

std::optional<LogSearchRequest> LogSearchRequest::fromJson(const QJsonObject &json) {
    LogSearchRequest r;
    r.query.keyword = json.value(KeywordKey).toString();
    const QJsonArray fields = json.value(FieldsKey).toArray();
    for (const QJsonValue &pair : fields) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            return std::nullopt;
        r.query.fields.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    r.query.customFilter = json.value(CustomKey).toString();
    r.query.order =
        json.value(OrderKey).toString() == u"asc" ? LogQuery::Order::Ascending : LogQuery::Order::Descending;
    r.query.limit = json.value(LimitKey).toInt(r.query.limit);
    r.range.preset = LogTimeRange::presetFromKey(json.value(RangeKey).toString());
    r.range.since = QDateTime::fromString(json.value(SinceKey).toString(), Qt::ISODateWithMs);
    r.range.until = QDateTime::fromString(json.value(UntilKey).toString(), Qt::ISODateWithMs);
    const auto mode = modeFromKey(json.value(ModeKey).toString());
    if (!mode)
        return std::nullopt;
    r.mode = *mode;
    r.firstN = qint64(json.value(FirstKey).toDouble(double(DefaultFirstN)));
    return r;
}

bool operator==(const LogSearchRequest &a, const LogSearchRequest &b) {
    return a.query.keyword == b.query.keyword && a.query.fields == b.query.fields &&
           a.query.customFilter == b.query.customFilter && a.query.order == b.query.order &&
           a.query.limit == b.query.limit && a.range == b.range && a.mode == b.mode && a.firstN == b.firstN;
}

} // namespace okta
