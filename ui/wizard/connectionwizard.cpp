#include "connectionwizard.h"

#include "beforeyoustartpage.h"
#include "core/connection/connectionsetup.h"
#include "core/connection/profilesave.h"
#include "core/connection/signin.h"
#include "methodpage.h"
#include "orgpage.h"
#include "resources.h"
#include "savepage.h"
#include "signinpage.h"
#include "verifypage.h"

#include <QDesktopServices>
#include <QIcon>

namespace oktadesk {

ConnectionWizard::ConnectionWizard(okta::ConnectionSetup *setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(setup)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); }) {
    setObjectName(QStringLiteral("connectionWizard"));
    // The same look on every platform: a header with title and subtitle on each page.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    const bool reauthorizing = setup->isReauthorizing();
    setWindowTitle(reauthorizing ? tr("Reauthorize “%1”").arg(setup->profileName())
                                 : tr("Connect to an Okta org"));
    const QIcon icon(appIconPath());
    setWindowIcon(icon);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));

    setPage(BeforeId, new BeforeYouStartPage(this));
    setPage(OrgId, new OrgPage(setup->orgCheck(), reauthorizing, this));
    setPage(MethodId, new MethodPage(setup->method(), setup->signIn(), reauthorizing, this));
    setPage(SignInId, new SignInPage(setup->signIn(), setup->method(), reauthorizing, this));
    setPage(VerifyId, new VerifyPage(setup->verification(), this));
    setPage(SaveId, new SavePage(setup->profileSave(), this));
    if (reauthorizing)
        setStartId(OrgId);

    connect(setup, &okta::ConnectionSetup::profileSaved, this, &ConnectionWizard::profileSaved);
    // Closing the wizard mid-sign-in must stop listening on the loopback port.
    connect(this, &QWizard::rejected, setup->signIn(), &okta::SignIn::cancel);
    resize(720, 560);
}

ConnectionWizard::~ConnectionWizard() = default;

void ConnectionWizard::setBrowserOpener(BrowserOpener opener) {
    m_opener = std::move(opener);
}

} // namespace oktadesk
