#include "messagefilter.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace okta {

namespace {

QtMessageHandler g_previous = nullptr;

void userFacingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const bool ours = context.category && QByteArrayView(context.category).startsWith("oktadesk");
    if (ours || type == QtCriticalMsg || type == QtFatalMsg) {
        if (g_previous)
            g_previous(type, context, message);
    }
}

} // namespace

void installUserFacingMessageFilter() {
    if (qEnvironmentVariableIntValue("OKTADESK_DEBUG") != 0)
        return;
    g_previous = qInstallMessageHandler(userFacingHandler);
}

} // namespace okta
