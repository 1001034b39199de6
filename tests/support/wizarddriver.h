#pragma once

// Drives the connection wizard like a person: finds widgets by objectName, types with key
// events, clicks the wizard's own buttons, and plays the system browser for the sign-in
// (asynchronously, so the wizard's signal handlers never block).

#include "core/connection/connectionsetup.h"
#include "core/connection/orgcheck.h"
#include "core/connection/profilesave.h"
#include "core/connection/signin.h"
#include "core/connection/signinmethod.h"
#include "core/connection/verification.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "demo/demoorg.h"
#include "support/widgetdriver.h"
#include "ui/wizard/connectionwizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace okta::test {

// Plays the browser: GET the authorize URL without following redirects, read Location,
// then GET that (the loopback redirect), all from the event loop.
class FakeBrowser : public QObject {
    Q_OBJECT
public:
    explicit FakeBrowser(QObject *parent = nullptr)
        : QObject(parent) {}

    bool autoPlay = true;
    QUrl authorizeUrl;
    QUrl redirect;
    int authorizeStatus = 0;
    int callbackStatus = 0;
    bool done = false;
    int opened = 0;

    void open(const QUrl &url) {
        ++opened;
        authorizeUrl = url;
        if (autoPlay)
            play();
    }

    // Follows `authorizeUrl`; `tamper` may change the redirect before it is sent back.
    void play(const std::function<QUrl(QUrl)> &tamper = {}) {
        done = false;
        QNetworkReply *reply = get(authorizeUrl);
        connect(reply, &QNetworkReply::finished, this, [this, reply, tamper] {
            reply->deleteLater();
            authorizeStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            redirect = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
            if (tamper)
                redirect = tamper(redirect);
            if (authorizeStatus != 302 || !redirect.isValid()) {
                done = true;
                return;
            }
            QNetworkReply *back = get(redirect);
            connect(back, &QNetworkReply::finished, this, [this, back] {
                back->deleteLater();
                callbackStatus = back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                done = true;
            });
        });
    }

private:
    QNetworkReply *get(const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return m_nam.get(request);
    }
    QNetworkAccessManager m_nam;
};

// Everything one wizard run needs, with settings in an ini file under `settingsDir`.
struct WizardRig {
    explicit WizardRig(SecretStore *store, const QString &settingsDir)
        : settings(settingsDir + QStringLiteral("/oktadesk-test.ini"), QSettings::IniFormat)
        , profiles(&settings)
        , secrets(store, &profiles)
        , setup(&nam, &profiles, &secrets) {
        setup.orgCheck()->setDebounce(std::chrono::milliseconds(50));
    }

    // The wizard is created on demand so reauthorize() can run first.
    oktadesk::ConnectionWizard &wizard() {
        if (!m_wizard) {
            m_wizard = std::make_unique<oktadesk::ConnectionWizard>(&setup);
            m_wizard->setBrowserOpener([this](const QUrl &url) { browser.open(url); });
        }
        return *m_wizard;
    }

    template<typename T> T *child(const char *name) {
        return wizard().findChild<T *>(QString::fromLatin1(name));
    }
    QAbstractButton *next() { return wizard().button(QWizard::NextButton); }
    QAbstractButton *finish() { return wizard().button(QWizard::FinishButton); }
    int page() { return wizard().currentId(); }

    // Replaces a line edit's or spin box's text by typing, as a person would.
    void type(const char *name, const QString &text) { QVERIFY2(typeInto(child<QWidget>(name), text), name); }
    void click(QAbstractButton *button) { QVERIFY(okta::test::click(button)); }
    void click(const char *name) { click(child<QAbstractButton>(name)); }

    QNetworkAccessManager nam;
    QSettings settings;
    ProfileStore profiles;
    ProfileSecrets secrets;
    ConnectionSetup setup;
    FakeBrowser browser;

private:
    std::unique_ptr<oktadesk::ConnectionWizard> m_wizard;
};

// A free loopback port whose redirect URI is registered on the demo org's apps, as an admin
// registers it at Okta, which accepts only that exact URI, port included.
inline quint16 registeredRedirectPort(demo::DemoOrg &org) {
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    const quint16 port = probe.serverPort();
    org.addRedirectUri(BrowserSignIn::redirectUriForPort(port).toString());
    return port;
}

// Every form a secret could take in a file: raw, and base64 at each byte alignment.
inline QList<QByteArray> secretForms(const QByteArray &secret) {
    QList<QByteArray> forms{secret};
    for (int shift = 0; shift < 3; ++shift) {
        for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = QByteArray(QByteArray(shift, 'x') + secret).toBase64(options);
            // Drop the groups the filler or the padding touch; the middle depends on the
            // secret alone.
            const QByteArray middle = encoded.mid(shift ? 4 : 0, encoded.size() - (shift ? 4 : 0) - 4);
            if (middle.size() >= 8)
                forms << middle;
        }
    }
    return forms;
}

} // namespace okta::test
