#pragma once

#include <QFrame>
#include <QString>

class QLabel;

namespace oktadesk {

// One line (or paragraph) of feedback on a wizard page: an icon from the style and a
// wrapped, selectable text. Hidden while empty, so pages keep no blank gaps.
class StatusMessage : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Info, Busy, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit StatusMessage(QWidget *parent = nullptr);

    // An empty text hides the widget.
    void setMessage(Kind kind, const QString &text);
    void clear() { setMessage(Kind::Info, QString()); }
    QString text() const;
    Kind kind() const { return m_kind; }
    // A framed, tinted box for warnings that must not be overlooked.
    void setBoxed(bool boxed);

private:
    void updateLook();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Kind m_kind = Kind::Info;
    bool m_boxed = false;
};

} // namespace oktadesk
