#pragma once

#include "page.h"

#include <QPointer>
#include <QSet>

namespace okta {
class LogSavedSearches;
class OktaApi;
class ProfileStore;
} // namespace okta

namespace oktadesk {

class LogEventTableModel;
class LogPreview;
class LogProgressBar;
class LogResultsView;
class LogSavedSearchBar;
class LogSearchController;
class LogSearchForm;

// The System Log page: the search form (with saved searches and a preview of the request)
// on the left; progress, the results table and the selected event's details on the
// right. It only composes: the form builds the request, LogSearchController runs it, the
// views show what comes back.
class SystemLogPage : public Page {
    Q_OBJECT

public:
    explicit SystemLogPage(QWidget *parent = nullptr);
    ~SystemLogPage() override;

    // Connected: searches go to `api`, saved searches are kept with the profile
    // `profileId` in `profiles` (none: for this session only), and the form's search runs
    // once. nullptr: disconnected; what runs is cancelled and the results are cleared.
    void setConnection(okta::OktaApi *api, okta::ProfileStore *profiles = nullptr,
                       const QString &profileId = {});
    void setConnected(bool connected) override;

    // Runs the form's search (the Search button).
    void search();

    LogEventTableModel *model() const { return m_model; }
    LogSearchController *controller() const { return m_controller; }
    LogSearchForm *form() const { return m_form; }
    LogResultsView *results() const { return m_results; }
    LogProgressBar *progress() const { return m_progress; }

private:
    QWidget *createFormPanel();
    void updatePreview();
    void collectEventTypes(int first, int last);

    LogEventTableModel *m_model = nullptr;
    LogSearchController *m_controller = nullptr;
    LogSearchForm *m_form = nullptr;
    LogPreview *m_preview = nullptr;
    LogSavedSearchBar *m_saved = nullptr;
    LogProgressBar *m_progress = nullptr;
    LogResultsView *m_results = nullptr;
    QWidget *m_content = nullptr;
    QPointer<okta::LogSavedSearches> m_savedSearches;
    QSet<quint32> m_seenEventTypes;
};

} // namespace oktadesk
