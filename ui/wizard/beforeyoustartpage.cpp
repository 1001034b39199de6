#include "beforeyoustartpage.h"

#include "core/auth/browsersignin.h"
#include "statusmessage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace oktadesk {

namespace {
// Okta's own guidance on the account and app a connection should use.
const char GuidanceUrl[] = "https://help.okta.com/wf/en-us/Content/Topics/Workflows/connector-reference/okta/"
                           "overviews/guidanceforoktaconnector.htm";
} // namespace

BeforeYouStartPage::BeforeYouStartPage(QWidget *parent)
    : QWizardPage(parent) {
    setTitle(tr("Before you start"));
    setSubTitle(tr("OktaDesk connects to your org the way Okta's own connectors do. Have these ready."));

    const QString redirect =
        okta::BrowserSignIn::redirectUriForPort(okta::BrowserSignIn::DefaultPort).toString();
    auto *needs = new QLabel(this);
    needs->setObjectName(QStringLiteral("requirementsLabel"));
    needs->setWordWrap(true);
    needs->setTextFormat(Qt::RichText);
    needs->setText(
        QLatin1String("<ul style=\"margin-left:-20px\"><li>") +
        tr("<b>Your org's domain</b>, for example <i>acme.okta.com</i>. The Admin Console address works "
           "too; OktaDesk removes the <i>-admin</i> part.") +
        QLatin1String("</li><li>") +
        tr("<b>An OAuth app for OktaDesk</b> (OIDC, native or web) with the sign-in redirect URI "
           "<i>%1</i> and the Okta API scopes OktaDesk needs granted to it.")
            .arg(redirect.toHtmlEscaped()) +
        QLatin1String("</li><li>") +
        tr("<b>Its client ID and client secret.</b> In the Admin Console go to Applications → "
           "Applications, open the OAuth app, and copy both from its <b>Sign On</b> tab. A public native "
           "app has no secret.") +
        QLatin1String("</li><li>") +
        tr("<b>An account with super admin rights</b> to sign in with. Only a super admin can grant "
           "scopes to the app, and reauthorizing the connection later needs one too.") +
        QLatin1String("</li></ul>"));

    auto *practice = new StatusMessage(this);
    practice->setObjectName(QStringLiteral("serviceAccountAdvice"));
    practice->setBoxed(true);
    practice->setMessage(StatusMessage::Kind::Info,
                         tr("Better practice: create a dedicated service account with super admin rights for "
                            "OktaDesk and sign in with it. Otherwise everything OktaDesk does is recorded "
                            "in the System Log under the person who set up the connection."));

    auto *link = new QLabel(this);
    link->setObjectName(QStringLiteral("guidanceLink"));
    link->setWordWrap(true);
    link->setTextFormat(Qt::RichText);
    link->setOpenExternalLinks(true);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(QLatin1String(GuidanceUrl),
                           tr("Okta's guidance on connector accounts and scopes").toHtmlEscaped()));

    auto *api = new QLabel(tr("No OAuth app yet? You can also connect with an API token, but Okta "
                              "recommends OAuth: a token carries all of its creator's rights."),
                           this);
    api->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(needs);
    layout->addWidget(practice);
    layout->addWidget(link);
    layout->addWidget(api);
    layout->addStretch(1);
}

} // namespace oktadesk
