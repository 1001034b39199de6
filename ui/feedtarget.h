#pragma once

#include <QString>

namespace okta {
class Page;
}

namespace oktadesk {

// What the page feeder sees of a page that shows a list of Okta values: these four calls,
// nothing of the window. TablePage implements the status part; each page takes the rows
// of its own value type from the pages handed to it.
class FeedTarget {
public:
    virtual ~FeedTarget() = default;

    // A new connection (or none): drop the rows, the error and the note.
    virtual void feedReset() = 0;
    virtual void feedStarted() = 0;
    virtual void feedPage(const okta::Page &page) = 0;
    // The list is complete, or stopped: `error` says why (empty when it did not fail);
    // `moreAvailable` when it stopped at its row limit and Okta has more.
    virtual void feedEnded(const QString &error, bool moreAvailable) = 0;
};

} // namespace oktadesk
