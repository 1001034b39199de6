#pragma once

#include <QUrl>
#include <QWizard>

#include <functional>

namespace okta {
class ConnectionSetup;
}

namespace oktadesk {

class SignInPage;

// Connects OktaDesk to an org (or reauthorizes a saved profile): six dumb pages, each bound
// to its step of an okta::ConnectionSetup, which does every request and decides when a
// page is complete.
// Ends with the profile saved and profileSaved() emitted; the wizard then accepts itself.
class ConnectionWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { BeforeId, OrgId, MethodId, SignInId, VerifyId, SaveId };
    Q_ENUM(PageId)

    using BrowserOpener = std::function<void(const QUrl &)>;

    // `setup` is not owned and must outlive the wizard. In reauthorize mode (see
    // ConnectionSetup::reauthorize) the wizard starts at the org page with the profile's
    // settings fixed.
    explicit ConnectionWizard(okta::ConnectionSetup *setup, QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    okta::ConnectionSetup *setup() const { return m_setup; }
    // How the sign-in URL reaches a browser; QDesktopServices::openUrl by default. Tests
    // play the browser here.
    void setBrowserOpener(BrowserOpener opener);
    BrowserOpener browserOpener() const { return m_opener; }

Q_SIGNALS:
    void profileSaved(const QString &profileId);

private:
    okta::ConnectionSetup *m_setup;
    BrowserOpener m_opener;
};

} // namespace oktadesk
