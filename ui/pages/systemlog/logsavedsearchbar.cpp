#include "logsavedsearchbar.h"

#include "core/logs/logsavedsearches.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace oktadesk {

LogSavedSearchBar::LogSavedSearchBar(QWidget *parent)
    : QWidget(parent) {
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("logSavedSearches"));
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_list->setMinimumContentsLength(12);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("logDeleteSearch"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("logSaveName"));
    m_name->setPlaceholderText(tr("Name for this search"));
    m_name->setClearButtonEnabled(true);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("logSaveSearch"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("logSaveMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setVisible(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0);
    grid->addWidget(m_delete, 0, 1);
    grid->addWidget(m_name, 1, 0);
    grid->addWidget(m_save, 1, 1);
    grid->addWidget(m_message, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_list, &QComboBox::activated, this, [this](int index) {
        if (!m_searches || index <= 0)
            return;
        const QString name = m_list->itemText(index);
        if (const auto request = m_searches->search(name)) {
            m_name->setText(name);
            Q_EMIT loadRequested(*request);
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(m_name->text()); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { Q_EMIT saveRequested(m_name->text()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_searches && m_list->currentIndex() > 0)
            m_searches->remove(m_list->currentText());
    });
    setSearches(nullptr);
}

void LogSavedSearchBar::setSearches(okta::LogSavedSearches *searches) {
    if (m_searches)
        m_searches->disconnect(this);
    m_searches = searches;
    if (m_searches)
        connect(m_searches, &okta::LogSavedSearches::changed, this, &LogSavedSearchBar::reload);
    m_message->setVisible(false);
    reload();
}

void LogSavedSearchBar::reload() {
    const QString current = m_list->currentIndex() > 0 ? m_list->currentText() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QStringList names = m_searches ? m_searches->names() : QStringList();
    m_list->addItem(names.isEmpty() ? tr("No saved searches") : tr("Saved searches…"));
    m_list->addItems(names);
    m_list->setCurrentIndex(std::max(0, m_list->findText(current)));
    m_list->setEnabled(!names.isEmpty());
    m_delete->setEnabled(!names.isEmpty());
    m_save->setEnabled(m_searches != nullptr);
    m_name->setEnabled(m_searches != nullptr);
}

void LogSavedSearchBar::save(const okta::LogSearchRequest &request) {
    if (!m_searches)
        return;
    QString error;
    const QString name = m_name->text().trimmed();
    if (!m_searches->save(name, request, &error)) {
        m_message->setText(error);
        m_message->setVisible(true);
        return;
    }
    m_list->setCurrentIndex(m_list->findText(name));
    m_message->setText(m_searches->isPersistent() ? tr("Saved “%1” with this profile.").arg(name)
                                                  : tr("Saved “%1” for this session (the demo org has no "
                                                       "profile to keep it in).")
                                                        .arg(name));
    m_message->setVisible(true);
}

} // namespace oktadesk
