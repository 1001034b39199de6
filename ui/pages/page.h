#pragma once

#include "core/profiles/scopeaccess.h"

#include <QIcon>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace oktadesk {

class FeatureGate;

// The frame every main-window page shares: a bold title, a one-paragraph description
// and a body. Until a feature fills the body, it shows an empty state that says what
// will appear there once an org is connected.
class Page : public QWidget {
    Q_OBJECT

public:
    QString title() const;
    QIcon icon() const { return m_icon; }

    // Connected pages say what they are waiting for instead of asking to connect.
    virtual void setConnected(bool connected);
    bool isConnected() const { return m_connected; }
    // What the connection's token may change: a page with a write feature hands it to the
    // feature's gate and hears whether the feature is on (featureAllowed()).
    void setScopeAccess(const okta::ScopeAccess &access);
    FeatureGate *featureGate() const { return m_gate; }

Q_SIGNALS:
    void turnOnRequested(okta::WriteFeature feature);

protected:
    Page(const QIcon &icon, QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description, const QString &disconnectedText,
                  const QString &connectedText);
    QVBoxLayout *bodyLayout() const { return m_body; }
    // Pages that show content once connected hide the empty state meanwhile.
    void setEmptyStateVisible(bool visible);
    // The page's write feature: its gate, created hidden under `parent` for the page to lay
    // out, says when the token lacks the feature's scopes, and its turnOnRequested() is the
    // page's.
    FeatureGate *addFeatureGate(okta::WriteFeature feature, QWidget *parent);
    // The feature just turned on or off with the token's scopes.
    virtual void featureAllowed(bool) {}

private:
    void updateEmptyState();

    QIcon m_icon;
    FeatureGate *m_gate = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyIcon = nullptr;
    QLabel *m_emptyText = nullptr;
    QVBoxLayout *m_body = nullptr;
    QString m_disconnectedText;
    QString m_connectedText;
    bool m_connected = false;
};

} // namespace oktadesk
