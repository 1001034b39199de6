#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace oktadesk {

// The Scopes page's footer: what is staged ("grant 2, revoke 1"), the progress of an
// apply with its Cancel, Discard and Apply…, and the outcome of the last apply.
class ApplyBar : public QWidget {
    Q_OBJECT
public:
    explicit ApplyBar(QWidget *parent = nullptr);

    // `allowed`: the connection may change grants (its feature gate is open).
    void setStaged(int grants, int revokes, bool allowed);
    // total > 0: an apply runs and `done` calls have ended; 0: none runs.
    void setApplying(int done, int total);
    bool isApplying() const { return m_total > 0; }
    // The outcome of the last apply; empty hides it.
    void setOutcome(const QString &text, bool failed);
    QString outcome() const;
    QString summary() const;

    static QString summaryText(int grants, int revokes);

Q_SIGNALS:
    void applyClicked();
    void discardClicked();
    void cancelClicked();

private:
    void updateButtons();

    QLabel *m_summary;
    QLabel *m_outcome;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_discard;
    QPushButton *m_apply;
    int m_staged = 0;
    int m_total = 0;
    bool m_allowed = true;
};

} // namespace oktadesk
