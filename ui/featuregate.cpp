#include "featuregate.h"

#include <QPushButton>

namespace oktadesk {

FeatureGate::FeatureGate(okta::WriteFeature feature, QWidget *parent)
    : Banner(QStringLiteral("featureGate"), Tone::Info, parent)
    , m_feature(feature) {
    QPushButton *button = addButton(tr("Turn on and reauthorize…"), QStringLiteral("turnOnButton"));
    connect(button, &QPushButton::clicked, this, [this] { Q_EMIT turnOnRequested(m_feature); });
}

void FeatureGate::setAccess(const okta::ScopeAccess &access) {
    const QStringList missing = access.missing(m_feature);
    m_on = missing.isEmpty();
    const okta::ScopeCatalog::WriteNeed need = okta::ScopeCatalog::writeNeed(m_feature);
    setMessage(tr("%1 is off. %2 OktaDesk asks for %3 only once you turn this on; a super admin then "
                  "signs in again to add it to the profile's token.")
                   .arg(need.name, need.why, missing.join(QLatin1String(", "))));
    setVisible(!m_on);
}

} // namespace oktadesk
