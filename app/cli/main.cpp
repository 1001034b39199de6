#include "cli/cli.h"
#include "core/okta/messagefilter.h"

#include <QCoreApplication>

int main(int argc, char **argv) {
    okta::installUserFacingMessageFilter();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OktaDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OktaDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKTADESK_VERSION));
    return oktadesk::cli::run(app, QCoreApplication::arguments());
}
