#pragma once

#include "core/profiles/scopeaccess.h"

#include <QIcon>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace oktadesk {

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
    // What the connection's token may change. A page with a write feature shows a
    // FeatureGate with it, and emits turnOnRequested() when the admin turns the feature on.
    virtual void setScopeAccess(const okta::ScopeAccess &) {}

Q_SIGNALS:
    void turnOnRequested(okta::WriteFeature feature);

protected:
    Page(const QIcon &icon, QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description, const QString &disconnectedText,
                  const QString &connectedText);
    QVBoxLayout *bodyLayout() const { return m_body; }
    // Pages that show content once connected hide the empty state meanwhile.
    void setEmptyStateVisible(bool visible);

private:
    void updateEmptyState();

    QIcon m_icon;
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
