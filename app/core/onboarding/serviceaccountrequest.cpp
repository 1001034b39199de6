#include "serviceaccountrequest.h"

#include "core/values/adminrole.h"

#include <QRegularExpression>

namespace okta {

namespace {

// Okta stores characters of at most 3 UTF-8 bytes: nothing outside the BMP (emoji).
bool fitsOkta(const QString &text) {
    for (const QChar c : text)
        if (c.isSurrogate())
            return false;
    return true;
}

bool isEmailForm(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(text).hasMatch();
}

QString slug(const QString &words) {
    QString out;
    const QString lower = words.trimmed().toLower();
    for (const QChar c : lower) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

QList<ServiceAccountRequest::Problem> ServiceAccountRequest::problems() const {
    // Whole sentences per field, so translations can inflect them.
    struct Words {
        Field field;
        const QString *value;
        QString empty, length, form, character;
    };
    const Words emailLike[] = {
        {Field::Login, &login, tr("Enter the login."), tr("The login must be 5 to 100 characters long."),
         tr("The login must be in email form, like svc-okta-workflows@example.com."),
         tr("The login contains a character Okta cannot store (such as an emoji).")},
        {Field::Email, &email, tr("Enter the email address."),
         tr("The email address must be 5 to 100 characters long."),
         tr("The email address must be in email form, like it-ops@example.com."),
         tr("The email address contains a character Okta cannot store (such as an emoji).")},
    };
    const Words nameLike[] = {
        {Field::FirstName, &firstName, tr("Enter the first name."),
         tr("The first name can have at most 50 characters."), QString(),
         tr("The first name contains a character Okta cannot store (such as an emoji).")},
        {Field::LastName, &lastName, tr("Enter the last name."),
         tr("The last name can have at most 50 characters."), QString(),
         tr("The last name contains a character Okta cannot store (such as an emoji).")},
    };
    QList<Problem> out;
    for (const Words &w : emailLike) {
        const QString v = w.value->trimmed();
        if (v.isEmpty())
            out.append({w.field, w.empty});
        else if (v.size() < 5 || v.size() > 100)
            out.append({w.field, w.length});
        else if (!isEmailForm(v))
            out.append({w.field, w.form});
        else if (!fitsOkta(v))
            out.append({w.field, w.character});
    }
    for (const Words &w : nameLike) {
        const QString v = w.value->trimmed();
        if (v.isEmpty())
            out.append({w.field, w.empty});
        else if (v.size() > 50)
            out.append({w.field, w.length});
        else if (!fitsOkta(v))
            out.append({w.field, w.character});
    }
    if (!AdminRole::standardTypes().contains(roleType))
        out.append({Field::Role, tr("%1 is not a standard Okta admin role; use one of: %2.")
                                     .arg(roleType, AdminRole::standardTypes().join(QLatin1String(", ")))});
    if (appId.trimmed().isEmpty())
        out.append({Field::App, tr("Choose the app to assign the account to.")});
    return out;
}

QString ServiceAccountRequest::problemFor(Field field) const {
    for (const Problem &p : problems())
        if (p.field == field)
            return p.message;
    return {};
}

QString ServiceAccountRequest::roleWarning() const {
    if (roleType == QLatin1String("SUPER_ADMIN"))
        return tr(
            "SUPER_ADMIN is the most powerful role in Okta: whoever holds this account's password can "
            "change every user, app, policy and admin in the org, including removing other admins. Okta's "
            "connector guidance requires it for the account that authorizes the Workflows connection. "
            "Keep the password in a vault, not in a personal mailbox or a script, and protect sign-ins "
            "to the account with MFA.");
    return tr("The Okta Workflows connection must be authorized by a super admin: an account holding %1 "
              "cannot authorize it.")
        .arg(roleType);
}

QJsonObject ServiceAccountRequest::createUserBody(const QByteArray &generatedPassword) const {
    QJsonObject profile;
    profile.insert(QStringLiteral("login"), login.trimmed());
    profile.insert(QStringLiteral("email"), email.trimmed());
    profile.insert(QStringLiteral("firstName"), firstName.trimmed());
    profile.insert(QStringLiteral("lastName"), lastName.trimmed());
    // A descriptive string only (not a user type): lets admins and OktaDesk tell service
    // accounts from people later.
    profile.insert(QStringLiteral("userType"), QStringLiteral("service"));
    QJsonObject body;
    body.insert(QStringLiteral("profile"), profile);
    if (password == Password::Generated && !generatedPassword.isEmpty()) {
        QJsonObject value;
        value.insert(QStringLiteral("value"), QString::fromUtf8(generatedPassword));
        QJsonObject credentials;
        credentials.insert(QStringLiteral("password"), value);
        body.insert(QStringLiteral("credentials"), credentials);
    }
    return body;
}

QStringList ServiceAccountRequest::personalWords() const {
    QStringList words;
    for (const QString &w : {login.section(QLatin1Char('@'), 0, 0), firstName, lastName})
        if (!w.trimmed().isEmpty())
            words.append(w.trimmed());
    return words;
}

ServiceAccountRequest ServiceAccountRequest::suggested(const QString &domain, const QString &purpose) {
    ServiceAccountRequest r;
    const QString host = domain.trimmed().isEmpty() ? QStringLiteral("example.com") : domain.trimmed();
    r.login = QStringLiteral("svc-") + slug(purpose) + QLatin1Char('@') + host;
    r.email = r.login;
    r.firstName = purpose;
    r.lastName = QStringLiteral("Service Account");
    return r;
}

QString ServiceAccountRequest::namingConvention() {
    return tr("Name it for what it does, not for a person: login svc-<purpose>@<your domain> "
              "(for example svc-okta-workflows@acme.com), first name the purpose, last name "
              "\u201cService Account\u201d. Use a team mailbox you read for the email address: it "
              "receives the activation and password-reset messages.");
}

QString ServiceAccountRequest::domainOf(const QString &login) {
    const qsizetype at = login.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : login.mid(at + 1).trimmed();
}

bool ServiceAccountRequest::looksLikeServiceLogin(const QString &login) {
    static const QRegularExpression re(QStringLiteral("^svc[-_.]"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(login).hasMatch();
}

} // namespace okta
