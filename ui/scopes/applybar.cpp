#include "applybar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace oktadesk {

ApplyBar::ApplyBar(QWidget *parent)
    : QWidget(parent) {
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stagedSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("applyOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setFixedWidth(180);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    m_cancel->setToolTip(tr("Send no more changes; what was sent is listed again afterwards"));
    m_cancel->setVisible(false);
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Forget the staged changes"));
    m_apply = new QPushButton(tr("Apply…"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_summary, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_discard);
    row->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_outcome);
    layout->addLayout(row);

    connect(m_apply, &QPushButton::clicked, this, &ApplyBar::applyClicked);
    connect(m_discard, &QPushButton::clicked, this, &ApplyBar::discardClicked);
    connect(m_cancel, &QPushButton::clicked, this, &ApplyBar::cancelClicked);
    setStaged(0, 0, true);
}

QString ApplyBar::summaryText(int grants, int revokes) {
    if (grants == 0 && revokes == 0)
        return tr("No changes staged. Check a scope to grant it, uncheck one to revoke it.");
    QStringList parts;
    if (grants > 0)
        parts << tr("grant %n", nullptr, grants);
    if (revokes > 0)
        parts << tr("revoke %n", nullptr, revokes);
    return tr("Staged: %1").arg(parts.join(QLatin1String(", ")));
}

void ApplyBar::setStaged(int grants, int revokes, bool allowed) {
    m_staged = grants + revokes;
    m_allowed = allowed;
    m_summary->setText(summaryText(grants, revokes));
    updateButtons();
}

void ApplyBar::setApplying(int done, int total) {
    m_total = std::max(total, 0);
    m_progress->setRange(0, std::max(m_total, 1));
    m_progress->setValue(done);
    m_progress->setVisible(m_total > 0);
    m_cancel->setVisible(m_total > 0);
    if (m_total > 0)
        m_summary->setText(tr("Applying %n change(s)…", nullptr, m_total));
    updateButtons();
}

void ApplyBar::setOutcome(const QString &text, bool failed) {
    m_outcome->setText(text);
    m_outcome->setStyleSheet(failed ? QStringLiteral("color: #b01e1e;") : QString());
    m_outcome->setVisible(!text.isEmpty());
}

QString ApplyBar::outcome() const {
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

QString ApplyBar::summary() const {
    return m_summary->text();
}

void ApplyBar::updateButtons() {
    const bool idle = m_total == 0;
    m_apply->setEnabled(idle && m_staged > 0 && m_allowed);
    m_apply->setToolTip(m_allowed ? tr("Review the staged changes and send them to Okta")
                                  : tr("Turn on granting and revoking scopes first (see above)"));
    m_discard->setEnabled(idle && m_staged > 0);
}

} // namespace oktadesk
