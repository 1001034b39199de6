#pragma once

#include <QWidget>

#include <initializer_list>

class QAbstractItemModel;
class QFrame;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace oktadesk {

// A read-only table of Okta objects with what a list says about itself above it: an inline
// error that leaves the rows already shown in place, "Loading…", and a note (such as "more
// are available", or that a load found nothing). The view shows its model through a
// sorting proxy. Pages compose it; it fetches nothing.
class ResultsView : public QWidget {
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);

    // `model` is the page's own source model. `noRowsText` replaces the note when a load
    // ends without rows.
    void setSourceModel(QAbstractItemModel *model, const QString &viewName, const QString &noRowsText);
    // Pixel widths for the first columns; the last column stretches.
    void setColumnWidths(std::initializer_list<int> widths);
    // The order; -1 keeps Okta's order until the user clicks a header.
    void sortBy(int column, Qt::SortOrder order = Qt::AscendingOrder);

    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // Shows `message` inline above the table; an empty message hides it.
    void setError(const QString &message);
    QString error() const;
    // A one-line remark, e.g. that only the first rows are shown.
    void setNote(const QString &note);
    QString note() const;
    // Forgets the loading state, the error and the note (the rows are the model's).
    void resetStatus();

    QTableView *tableView() const { return m_view; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    // The row above the table, for a page's own widgets after the status labels.
    QHBoxLayout *statusRow() const { return m_statusRow; }

private:
    void updateStatus();
    int sourceRowCount() const;

    QLabel *m_loadingLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QFrame *m_errorFrame = nullptr;
    QLabel *m_errorLabel = nullptr;
    QHBoxLayout *m_statusRow = nullptr;
    QTableView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_note;
    QString m_noRowsText;
    bool m_loading = false;
    bool m_loaded = false; // a load ended since the last resetStatus()
};

} // namespace oktadesk
