#pragma once

#include <QByteArray>
#include <QStringList>

namespace okta {

// A password for a new service account that Okta's default password policy accepts (the
// defaults of PasswordPolicyPasswordSettingsComplexity: at least 8 characters, a lower- and
// an upper-case letter, a digit and a symbol, no part of the username; optionally no first
// or last name), with room to spare for stricter org policies: 24 characters from the
// system's cryptographic random source, no character twice in a row, none of
// `personalWords` (case-insensitive, words of 3 or more characters) inside it.
// The caller owns the bytes: show them once, then wipeSecret() them; never log or store.
QByteArray generateServicePassword(const QStringList &personalWords);

} // namespace okta
