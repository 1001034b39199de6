#include "listpanels.h"

#include "columnchooser.h"
#include "ui/pages/resultsview.h"

#include "core/values/page.h"
#include "models/grouptablemodel.h"
#include "models/usertablemodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace oktadesk {

namespace {

// Widths that fit typical values, from the view's font.
void sizeColumns(QTableView *view, std::initializer_list<const char *> samples) {
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth() + 12;
    int column = 0;
    for (const char *sample : samples)
        view->horizontalHeader()->resizeSection(column++,
                                                metrics.horizontalAdvance(QLatin1String(sample)) + padding);
}

} // namespace

UsersPanel::UsersPanel(QWidget *parent)
    : DirectoryListPanel(SearchBar::Subject::Users, parent)
    , m_model(new UserTableModel(this)) {
    setObjectName(QStringLiteral("usersPanel"));
    setModel(m_model, UserTableModel::ColumnCount, QStringLiteral("userTable"), tr("No user matches."));
    QTableView *view = results()->tableView();
    sizeColumns(view, {"alexandria.montgomery@example.com", "Alexandria Montgomery", "Pending activation",
                       "Customer Success", "2026-05-01 12:00", "alexandria.montgomery@example.com"});
    // Shown from the column chooser: the login usually is the email.
    view->horizontalHeader()->setSectionHidden(UserTableModel::Email, true);
    view->horizontalHeader()->setSectionHidden(UserTableModel::Created, true);
    view->setToolTip(tr("Double-click a user, or press Enter, for their profile, admin roles and groups"));
    const auto activate = [this](const QModelIndex &index) {
        const QModelIndex source = results()->proxyModel()->mapToSource(index);
        if (source.isValid())
            Q_EMIT userActivated(m_model->user(source.row()));
    };
    connect(view, &QTableView::activated, this, activate);
}

void UsersPanel::listStarted(const DirectorySearch &search) {
    DirectoryListPanel::listStarted(search);
    const bool leavesOut = search.text.isEmpty() || search.mode == DirectorySearch::Mode::Quick;
    setRemark(leavesOut
                  ? tr("Deactivated (deprovisioned) users are not in this list: Okta leaves them out of "
                       "a plain list and a quick search. A search or filter expression includes them, "
                       "e.g. status eq \"DEPROVISIONED\".")
                  : QString());
}

DirectoryListPanel::ExportSource UsersPanel::exportSource(okta::ExportFormat) const {
    return makeExportSource<okta::User>(m_model);
}

void UsersPanel::appendPage(const okta::Page &page) {
    m_model->appendRows(page.rows<okta::User>());
}

void UsersPanel::clearRows() {
    m_model->clear();
}

void UsersPanel::toggleAttribute(const okta::SchemaAttribute &attribute, bool shown) {
    if (shown)
        m_model->addProfileColumn(attribute);
    else
        m_model->removeProfileColumn(attribute.name);
}

QString UsersPanel::countText(int rows) const {
    return tr("%n user(s)", nullptr, rows);
}

QStringList UsersPanel::attributesInFixedColumns() const {
    return {QStringLiteral("login"), QStringLiteral("department"), QStringLiteral("email")};
}

GroupsPanel::GroupsPanel(QWidget *parent)
    : DirectoryListPanel(SearchBar::Subject::Groups, parent)
    , m_model(new GroupTableModel(this)) {
    setObjectName(QStringLiteral("groupsPanel"));
    setModel(m_model, GroupTableModel::ColumnCount, QStringLiteral("groupTable"), tr("No group matches."));
    sizeColumns(results()->tableView(), {"Customer Success - San Francisco", "Okta group", "Members 00000",
                                         "Customer Success staff based in San Francisco"});
}

DirectoryListPanel::ExportSource GroupsPanel::exportSource(okta::ExportFormat) const {
    return makeExportSource<okta::Group>(m_model);
}

void GroupsPanel::appendPage(const okta::Page &page) {
    m_model->appendRows(page.rows<okta::Group>());
}

void GroupsPanel::clearRows() {
    m_model->clear();
}

void GroupsPanel::toggleAttribute(const okta::SchemaAttribute &attribute, bool shown) {
    if (shown)
        m_model->addProfileColumn(attribute);
    else
        m_model->removeProfileColumn(attribute.name);
}

QString GroupsPanel::countText(int rows) const {
    return tr("%n group(s)", nullptr, rows);
}

QStringList GroupsPanel::attributesInFixedColumns() const {
    return {QStringLiteral("name"), QStringLiteral("description")};
}

} // namespace oktadesk
