#include "logpreview.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oktadesk {

namespace {

QLabel *valueLabel(const char *name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setStyleSheet(QStringLiteral("font-family: monospace;"));
    return label;
}

// A URL breaks only where a browser would: after its separators.
QString breakable(const QString &text) {
    QString out;
    for (const QChar c : text) {
        out += c;
        if (c == u'&' || c == u'?' || c == u'%')
            out += QChar(0x200B);
    }
    return out;
}

} // namespace

LogPreview::LogPreview(QWidget *parent)
    : QWidget(parent) {
    m_filter = valueLabel("logPreviewFilter", this);
    m_keywords = valueLabel("logPreviewQ", this);
    m_urlLabel = valueLabel("logPreviewUrl", this);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("filter"), m_filter);
    form->addRow(tr("q"), m_keywords);
    form->addRow(tr("URL"), m_urlLabel);

    auto *copyUrl = new QPushButton(tr("Copy URL"), this);
    copyUrl->setObjectName(QStringLiteral("logCopyUrl"));
    connect(copyUrl, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url); });
    auto *copyCurl = new QPushButton(tr("Copy as curl"), this);
    copyCurl->setObjectName(QStringLiteral("logCopyCurl"));
    copyCurl->setToolTip(tr("The token is left as $OKTA_API_TOKEN or $OKTA_ACCESS_TOKEN, never copied."));
    connect(copyCurl, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_curl); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyUrl);
    buttons->addWidget(copyCurl);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
}

void LogPreview::setRequest(const QString &filter, const QString &keywords, const QString &url,
                            const QString &curl) {
    m_filter->setText(filter.isEmpty() ? tr("(none)") : filter);
    m_filter->setProperty("value", filter);
    m_keywords->setText(keywords.isEmpty() ? tr("(none)") : keywords);
    m_url = url;
    m_curl = curl;
    m_urlLabel->setText(breakable(url));
}

QString LogPreview::filterText() const {
    return m_filter->property("value").toString();
}

} // namespace oktadesk
