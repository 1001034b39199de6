#pragma once

#include "core/auth/orgdomain.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace okta {

class OktaClient;
class OktaJob;
struct OktaResult;

// The wizard's first step: the org domain as typed, its normalised form, and whether an Okta
// org answers there (its /.well-known/openid-configuration names an issuer). The check
// starts after a typing pause; a newer domain cancels an older check. Owns the OktaClient
// the later steps talk through.
class OrgCheck : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Pending, Checking, Found, Failed };
    Q_ENUM(State)

    OrgCheck(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OrgCheck() override;

    void setDomain(const QString &text);
    // Skips the typing pause.
    void checkNow();
    void setDebounce(std::chrono::milliseconds delay);

    QString domainText() const { return m_text; }
    OrgDomainResult domain() const { return m_domain; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString issuer() const { return m_issuer; }
    bool isReady() const { return m_domain.ok() && m_state == State::Found; }
    // The client for the org; null before the first check.
    OktaClient *client() const;

Q_SIGNALS:
    void domainChanged();
    void stateChanged();
    // Another org than before was typed: whatever was signed in to the old one is void.
    void orgChanged();

private:
    void start();
    void onAnswer(const OktaResult &result, quint64 generation);
    void setState(State state, const QString &message);

    QNetworkAccessManager *m_nam;
    QString m_text;
    OrgDomainResult m_domain;
    QPointer<OktaClient> m_client;
    QTimer m_debounce;
    QPointer<OktaJob> m_job;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QString m_message;
    QString m_issuer;
};

} // namespace okta
