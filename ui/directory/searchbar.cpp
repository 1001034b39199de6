#include "searchbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace oktadesk {

SearchBar::SearchBar(Subject subject, QWidget *parent)
    : QWidget(parent)
    , m_subject(subject) {
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("searchMode"));
    m_mode->setAccessibleName(tr("How to search"));
    m_mode->addItem(tr("Quick search"), int(DirectorySearch::Mode::Quick));
    m_mode->addItem(tr("Search expression"), int(DirectorySearch::Mode::Search));
    m_mode->addItem(tr("Filter expression"), int(DirectorySearch::Mode::Filter));
    m_mode->setCurrentIndex(1);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setAccessibleName(tr("Search text"));
    m_text->setClearButtonEnabled(true);

    m_resultMode = new QComboBox(this);
    m_resultMode->setObjectName(QStringLiteral("resultMode"));
    m_resultMode->setAccessibleName(tr("How many results"));
    m_resultMode->addItem(tr("First 200"), false);
    m_resultMode->addItem(tr("Stream all"), true);
    m_resultMode->setToolTip(tr("First 200: one page, as the Admin Console shows first.\nStream all: every "
                                "page, shown as it arrives; Cancel keeps what came."));

    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setVisible(false);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("searchBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(90, 10);
    m_busy->setVisible(false);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("searchProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setVisible(false);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(m_mode);
    row->addWidget(m_text, 1);
    row->addWidget(m_resultMode);
    row->addWidget(m_searchButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_busy);
    row->addWidget(m_progress);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &SearchBar::updateMode);
    connect(m_text, &QLineEdit::returnPressed, this, &SearchBar::requestSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchBar::requestSearch);
    connect(m_cancelButton, &QPushButton::clicked, this, &SearchBar::cancelRequested);
    updateMode();
}

DirectorySearch SearchBar::search() const {
    DirectorySearch s;
    s.mode = DirectorySearch::Mode(m_mode->currentData().toInt());
    s.text = m_text->text().trimmed();
    s.all = m_resultMode->currentData().toBool();
    return s;
}

void SearchBar::updateMode() {
    const bool users = m_subject == Subject::Users;
    switch (DirectorySearch::Mode(m_mode->currentData().toInt())) {
    case DirectorySearch::Mode::Quick:
        m_text->setPlaceholderText(users ? tr("The start of a first name, last name or email")
                                         : tr("The start of a group name"));
        m_text->setToolTip(tr("Okta's q parameter: a starts-with match. Okta returns one page of it and "
                              "never pages it, so Stream all gets no more; use a search expression for "
                              "large results."));
        break;
    case DirectorySearch::Mode::Search:
        m_text->setPlaceholderText(users
                                       ? tr("profile.department eq \"Engineering\" and status eq \"ACTIVE\"")
                                       : tr("type eq \"OKTA_GROUP\" and profile.name sw \"Sales\""));
        m_text->setToolTip(users ? tr("Okta's search parameter: any profile attribute, custom ones too, with "
                                      "eq, sw, co (on names and email), gt, lt, pr; and, or, not. It "
                                      "includes deactivated users.")
                                 : tr("Okta's search parameter: profile attributes, id, type, created, "
                                      "lastUpdated, lastMembershipUpdated, with eq, sw, co (on name and "
                                      "description); and, or."));
        break;
    case DirectorySearch::Mode::Filter:
        m_text->setPlaceholderText(users ? tr("status eq \"LOCKED_OUT\"") : tr("type eq \"APP_GROUP\""));
        m_text->setToolTip(users ? tr("Okta's filter parameter: status, lastUpdated, id and profile.login, "
                                      "email, firstName, lastName, with eq (lastUpdated also gt, ge, lt, "
                                      "le); and, or.")
                                 : tr("Okta's filter parameter: id, type, lastUpdated, "
                                      "lastMembershipUpdated; eq, and, or."));
        break;
    }
}

void SearchBar::requestSearch() {
    if (!m_running)
        Q_EMIT searchRequested(search());
}

void SearchBar::setRunning(bool running) {
    m_running = running;
    m_searchButton->setVisible(!running);
    m_cancelButton->setVisible(running);
    m_busy->setVisible(running);
}

void SearchBar::setProgress(const QString &text) {
    m_progress->setText(text);
    m_progress->setVisible(!text.isEmpty());
}

} // namespace oktadesk
