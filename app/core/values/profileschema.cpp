#include "profileschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace okta {

namespace {

QString jsonText(const QJsonValue &value) {
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return profileValueText(value);
}

SchemaAttribute readAttribute(const QString &name, const QJsonObject &object, bool custom) {
    SchemaAttribute a;
    a.name = name;
    a.title = object.value(QLatin1String("title")).toString();
    a.type = object.value(QLatin1String("type")).toString();
    a.itemType = object.value(QLatin1String("items")).toObject().value(QLatin1String("type")).toString();
    a.custom = custom;
    a.readOnly = object.value(QLatin1String("mutability")).toString() == QLatin1String("READ_ONLY");
    const QJsonArray allowed = object.value(QLatin1String("enum")).toArray();
    for (const QJsonValue &v : allowed)
        a.allowed.append(v);
    return a;
}

// One scalar of `type` from text; `what` names the attribute in the message.
std::optional<QJsonValue> scalarFromText(const QString &type, const QString &text, const QString &what,
                                         QString *error) {
    const QString trimmed = text.trimmed();
    if (type == QLatin1String("boolean")) {
        if (trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (trimmed.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        *error = SchemaAttribute::tr("%1 takes true or false, not \u201c%2\u201d.").arg(what, text);
        return std::nullopt;
    }
    if (type == QLatin1String("integer")) {
        bool ok = false;
        const qint64 v = trimmed.toLongLong(&ok);
        if (!ok) {
            *error = SchemaAttribute::tr("%1 takes a whole number, not \u201c%2\u201d.").arg(what, text);
            return std::nullopt;
        }
        return QJsonValue(v);
    }
    if (type == QLatin1String("number")) {
        bool ok = false;
        const double v = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            *error = SchemaAttribute::tr("%1 takes a number, not \u201c%2\u201d.").arg(what, text);
            return std::nullopt;
        }
        return QJsonValue(v);
    }
    return QJsonValue(text);
}

} // namespace

QString profileValueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(item.isString() ? item.toString() : jsonText(item));
        return items.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return jsonText(value);
    }
    return {};
}

QString profileText(const RawJson &object, const QString &name) {
    const QString text = object.valueAt(QString(QLatin1String("profile.") + name));
    // valueAt() gives arrays and objects as JSON text, null as "null": read those again.
    if (text == QLatin1String("null"))
        return {};
    if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray())
            return profileValueText(doc.array());
        if (doc.isObject())
            return profileValueText(doc.object());
    }
    return text;
}

QList<QPair<QString, QString>> profileEntries(const RawJson &object) {
    const QJsonObject profile =
        QJsonDocument::fromJson(object.toByteArray()).object().value(QLatin1String("profile")).toObject();
    QList<QPair<QString, QString>> entries;
    entries.reserve(profile.size());
    for (auto it = profile.begin(); it != profile.end(); ++it)
        entries.append({it.key(), profileValueText(it.value())});
    return entries;
}

QString SchemaAttribute::label() const {
    return title.isEmpty() || title == name ? name : tr("%1 (%2)").arg(title, name);
}

std::optional<QJsonValue> SchemaAttribute::valueFromText(const QString &text, QString *error) const {
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    std::optional<QJsonValue> value;
    if (type == QLatin1String("array")) {
        const QString trimmed = text.trimmed();
        QJsonArray items;
        if (trimmed.startsWith(QLatin1Char('['))) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
            if (!doc.isArray()) {
                *error = tr("%1 takes a list: a JSON array or items separated by commas.").arg(name);
                return std::nullopt;
            }
            items = doc.array();
        } else {
            for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto item = scalarFromText(itemType, part.trimmed(), name, error);
                if (!item)
                    return std::nullopt;
                items.append(*item);
            }
        }
        value = QJsonValue(items);
    } else {
        value = scalarFromText(type, text, name, error);
        if (!value)
            return std::nullopt;
    }
    if (!allowed.isEmpty()) {
        const QJsonArray values = value->isArray() ? value->toArray() : QJsonArray{*value};
        for (const QJsonValue &v : values) {
            if (allowed.contains(v))
                continue;
            QStringList names;
            for (const QJsonValue &a : allowed)
                names.append(jsonText(a));
            *error = tr("%1 takes one of: %2.").arg(name, names.join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    return value;
}

const SchemaAttribute *ProfileSchema::find(const QString &name) const {
    for (const SchemaAttribute &a : attributes)
        if (a.name == name)
            return &a;
    return nullptr;
}

QList<SchemaAttribute> ProfileSchema::customAttributes() const {
    QList<SchemaAttribute> out;
    for (const SchemaAttribute &a : attributes)
        if (a.custom)
            out.append(a);
    return out;
}

std::optional<ProfileSchema> ProfileSchema::parse(const QByteArray &json, QString *error) {
    const auto fail = [error](const QString &message) -> std::optional<ProfileSchema> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("Okta's profile schema is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonValue definitions = document.object().value(QLatin1String("definitions"));
    if (!document.isObject() || !definitions.isObject())
        return fail(tr("Okta's answer is not a profile schema: it has no definitions."));
    ProfileSchema schema;
    for (const bool custom : {false, true}) {
        const QJsonObject part =
            definitions.toObject().value(custom ? QLatin1String("custom") : QLatin1String("base")).toObject();
        const QJsonObject properties = part.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (it.value().isObject())
                schema.attributes.append(readAttribute(it.key(), it.value().toObject(), custom));
    }
    return schema;
}

} // namespace okta
