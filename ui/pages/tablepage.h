#pragma once

#include "page.h"

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace okta {
class Page;
}

namespace oktadesk {

class ResultsView;

// A page whose body is one read-only table of Okta objects (a ResultsView). Disconnected it
// shows the page's empty state; connected it shows the table with its status line and
// inline error. It never fetches anything: its controller feeds it Okta's pages.
class TablePage : public Page {
    Q_OBJECT

public:
    void setConnected(bool connected) override;

    // A new connection (or none): drop the rows, the error and the note.
    virtual void feedReset() { clear(); }
    virtual void feedStarted() { setLoading(true); }
    // Each page takes the rows of its own value type.
    virtual void feedPage(const okta::Page &page) = 0;
    // The list is complete, or stopped: `error` says why (empty when it did not fail);
    // `moreAvailable` when it stopped at its row limit and Okta has more.
    virtual void feedEnded(const QString &error, bool moreAvailable);

    void setLoading(bool loading);
    bool isLoading() const;
    // Shows `message` inline above the table; an empty message hides it.
    void setError(const QString &message);
    QString error() const;
    // A one-line remark under the title, e.g. that only the first rows are shown.
    void setNote(const QString &note);
    QString note() const;
    // Removes the rows, the error and the note.
    void clear();

    QTableView *tableView() const;
    QSortFilterProxyModel *proxyModel() const;

protected:
    explicit TablePage(const QIcon &icon, QWidget *parent = nullptr);

    // `model` is the page's own source model; the view shows it through a sorting proxy.
    // `noRowsText` replaces the note when a load ends without rows.
    void setSourceModel(QAbstractItemModel *model, const QString &viewName, const QString &noRowsText);
    // Pixel widths for all but the last column, which stretches.
    void setColumnWidths(std::initializer_list<int> widths);
    // The initial order; -1 keeps Okta's order until the user clicks a header.
    void sortBy(int column, Qt::SortOrder order = Qt::AscendingOrder);
    virtual void clearRows() = 0;
    // The list stopped at its row limit while Okta has more (a note, where the page has one).
    virtual void setMoreAvailable(bool) {}

private:
    ResultsView *m_results = nullptr;
};

} // namespace oktadesk
