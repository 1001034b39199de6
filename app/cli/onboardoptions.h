#pragma once

#include <QString>

class QCommandLineParser;

namespace oktadesk::cli {

// The options of `onboard service-account`, read here (declared in the command table).
struct OnboardOptions {
    QString login, email, firstName, lastName, app;
    QString role = QStringLiteral("SUPER_ADMIN");
    bool activationEmail = false; // else a generated password, printed once
    bool undoOnFailure = false;   // the admin's confirmation, given up front

    void read(const QCommandLineParser &parser);
};

} // namespace oktadesk::cli
