#pragma once

#include "banner.h"

#include "core/profiles/scopeaccess.h"

namespace oktadesk {

// Says, on a page, that one of its features is off because the connection's token lacks
// the feature's manage scopes, why the feature needs them, and offers to turn it on (a
// reauthorization asking for them). Hidden while the feature is on. A page makes its own
// with Page::addFeatureGate(), which hands it the scope access and forwards its
// turnOnRequested() as the page's (the window reauthorizes).
class FeatureGate : public Banner {
    Q_OBJECT
public:
    FeatureGate(okta::WriteFeature feature, QWidget *parent = nullptr);

    void setAccess(const okta::ScopeAccess &access);
    bool isFeatureOn() const { return m_on; }
    okta::WriteFeature feature() const { return m_feature; }

Q_SIGNALS:
    void turnOnRequested(okta::WriteFeature feature);

private:
    okta::WriteFeature m_feature;
    bool m_on = true;
};

} // namespace oktadesk
