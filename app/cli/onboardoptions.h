#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace oktadesk::cli {

// The options of `onboard service-account`, declared and read here so the command's
// options stay in one place.
struct OnboardOptions {
    QString login, email, firstName, lastName, app;
    QString role = QStringLiteral("SUPER_ADMIN");
    bool activationEmail = false; // else a generated password, printed once
    bool undoOnFailure = false;   // the admin's confirmation, given up front

    static void addTo(QCommandLineParser &parser, QList<QCommandLineOption> &options);
    void read(const QCommandLineParser &parser);
};

} // namespace oktadesk::cli
