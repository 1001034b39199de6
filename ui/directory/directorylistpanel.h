#pragma once

#include "searchbar.h"

#include "core/export/exportcolumns.h"
#include "core/export/exportformat.h"
#include "core/export/exportjob.h"
#include "core/export/recordwriter.h"
#include "core/values/profileschema.h"
#include "models/profilecolumns.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace okta {
class Page;
}

namespace oktadesk {

class ColumnChooser;
class ResultsView;

// One list of the Users & Groups page: the search row, a local filter, the column chooser
// and Export above the table and its status. It shows what the controller feeds it and
// forwards what the admin asks for; the users and groups panels add their rows' type.
class DirectoryListPanel : public QWidget {
    Q_OBJECT

public:
    // What an export of the rows shown writes (see okta::ExportJob).
    struct ExportSource {
        QStringList headers;
        qsizetype rows = 0;
        okta::ExportJob::WriteRow writeRow;
    };

    SearchBar *searchBar() const { return m_searchBar; }
    ResultsView *results() const { return m_results; }
    ColumnChooser *columnChooser() const { return m_columns; }

    // A new connection (or none): no rows, no status.
    void reset();
    virtual void listStarted(const DirectorySearch &search);
    void listPage(const okta::Page &page);
    // The list ended: `error` says why it failed, `moreAvailable` that Okta has more
    // than the first page, `canceled` that the admin stopped it.
    void listEnded(const QString &error, bool moreAvailable, bool canceled);
    void setSchema(const okta::ProfileSchema &schema);
    void setExportStatus(const QString &text);

    // The rows shown (filtered and sorted as on screen), for an export in `format`.
    virtual ExportSource exportSource(okta::ExportFormat format) const = 0;

Q_SIGNALS:
    void searchRequested(const oktadesk::DirectorySearch &search);
    void cancelRequested();
    void exportRequested(okta::ExportFormat format, const QString &path);

protected:
    DirectoryListPanel(SearchBar::Subject subject, QWidget *parent = nullptr);

    // The subclass's model, with its fixed column count; called once from its constructor.
    void setModel(QAbstractItemModel *model, int fixedColumns, const QString &viewName,
                  const QString &noRowsText);
    virtual void appendPage(const okta::Page &page) = 0;
    virtual void clearRows() = 0;
    virtual void toggleAttribute(const okta::SchemaAttribute &attribute, bool shown) = 0;
    // "1,234 users"
    virtual QString countText(int rows) const = 0;
    // The fixed columns already show these profile attributes.
    virtual QStringList attributesInFixedColumns() const = 0;
    // Shown under the search row, e.g. that deactivated users are left out.
    void setRemark(const QString &text);

    // An ExportSource for a model of T rows with profile columns (rows in the proxy's order).
    template<typename T, typename Model> ExportSource makeExportSource(const Model *model) const;

private:
    QSortFilterProxyModel *resultsProxy() const;
    void chooseExportFile(okta::ExportFormat format);
    void updateFilterCount();

    SearchBar::Subject m_subject;
    SearchBar *m_searchBar = nullptr;
    QLabel *m_remark = nullptr;
    QLineEdit *m_localFilter = nullptr;
    QLabel *m_filterCount = nullptr;
    ColumnChooser *m_columns = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_exportStatus = nullptr;
    ResultsView *m_results = nullptr;
    int m_pages = 0;
    bool m_all = false;
};

template<typename T, typename Model>
DirectoryListPanel::ExportSource DirectoryListPanel::makeExportSource(const Model *model) const {
    // A copy of the rows as shown (values share their data): a new search during the
    // export cannot change what it writes.
    const QSortFilterProxyModel *proxy = resultsProxy();
    QList<T> rows;
    rows.reserve(proxy->rowCount());
    for (int i = 0; i < proxy->rowCount(); ++i)
        rows.append(model->rowAt(proxy->mapToSource(proxy->index(i, 0)).row()));
    const QStringList names = model->profileColumns().names();
    ExportSource source;
    source.headers = okta::exportHeaders<T>();
    for (const QString &name : names)
        source.headers.append(QStringLiteral("profile.") + name);
    source.rows = rows.size();
    source.writeRow = [rows, names](qsizetype index, okta::RecordWriter &writer) {
        const T &value = rows.at(index);
        QStringList cells;
        if (writer.needsCells()) {
            for (const okta::ExportColumn<T> &c : okta::exportColumns<T>())
                cells.append(c.cell(value));
            for (const QString &name : names)
                cells.append(okta::profileText(value.raw, name));
        }
        writer.add(value.raw.view(), cells);
    };
    return source;
}

} // namespace oktadesk
