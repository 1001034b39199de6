#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace oktadesk {

// A strip with an icon, a plain-text message and optional buttons: how the window and its
// pages ask for attention without a dialog. Hidden until shown.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Warning, Info };

    Banner(const QString &objectName, Tone tone, QWidget *parent = nullptr);

    void setMessage(const QString &text);
    QString message() const;
    // A button at the end, named for tests and accessibility.
    QPushButton *addButton(const QString &text, const QString &objectName);

private:
    QLabel *m_message;
};

} // namespace oktadesk
