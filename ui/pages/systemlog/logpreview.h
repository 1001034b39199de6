#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace oktadesk {

// What a System Log search will send, updated as the form changes: the filter, the
// keywords (q) and the request URL, each selectable, with buttons that copy the URL or a
// curl command (whose credential is a shell variable, never its value).
class LogPreview : public QWidget {
    Q_OBJECT
public:
    explicit LogPreview(QWidget *parent = nullptr);

    void setRequest(const QString &filter, const QString &keywords, const QString &url, const QString &curl);
    QString filterText() const;
    QString url() const { return m_url; }
    QString curl() const { return m_curl; }

private:
    QLabel *m_filter = nullptr;
    QLabel *m_keywords = nullptr;
    QLabel *m_urlLabel = nullptr;
    QString m_url;
    QString m_curl;
};

} // namespace oktadesk
