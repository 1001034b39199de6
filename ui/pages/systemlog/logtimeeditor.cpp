#include "logtimeeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>

namespace oktadesk {

using okta::LogTimeRange;

LogTimeEditor::LogTimeEditor(QWidget *parent)
    : QWidget(parent) {
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("logRange"));
    for (const auto p :
         {LogTimeRange::Preset::Last15Minutes, LogTimeRange::Preset::LastHour,
          LogTimeRange::Preset::Last24Hours, LogTimeRange::Preset::Last7Days, LogTimeRange::Preset::Custom})
        m_preset->addItem(LogTimeRange::presetName(p), int(p));
    m_preset->setCurrentIndex(int(LogTimeRange::Preset::Last24Hours));

    const auto makeEdit = [this](const char *name) {
        auto *edit = new QDateTimeEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setDateTimeRange(QDateTime::currentDateTime().addDays(-180), QDateTime::currentDateTime());
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &LogTimeEditor::update);
        return edit;
    };
    m_hasSince = new QCheckBox(tr("From"), this);
    m_hasSince->setObjectName(QStringLiteral("logHasSince"));
    m_hasSince->setToolTip(tr("Unchecked: Okta starts 7 days before the end."));
    m_since = makeEdit("logSince");
    m_hasUntil = new QCheckBox(tr("To"), this);
    m_hasUntil->setObjectName(QStringLiteral("logHasUntil"));
    m_hasUntil->setToolTip(tr("Unchecked: up to now."));
    m_until = makeEdit("logUntil");
    m_utc = new QCheckBox(tr("Times in UTC"), this);
    m_utc->setObjectName(QStringLiteral("logUtc"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("logRetentionNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_preset, 0, 0, 1, 2);
    grid->addWidget(m_hasSince, 1, 0);
    grid->addWidget(m_since, 1, 1);
    grid->addWidget(m_hasUntil, 2, 0);
    grid->addWidget(m_until, 2, 1);
    grid->addWidget(m_utc, 3, 0, 1, 2);
    grid->addWidget(m_note, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    const QDateTime now = QDateTime::currentDateTime();
    m_since->setDateTime(now.addDays(-1));
    m_until->setDateTime(now);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &LogTimeEditor::update);
    connect(m_hasSince, &QCheckBox::toggled, this, &LogTimeEditor::update);
    connect(m_hasUntil, &QCheckBox::toggled, this, &LogTimeEditor::update);
    connect(m_utc, &QCheckBox::toggled, this, [this](bool utc) {
        setUtc(utc);
        Q_EMIT utcChanged(utc);
    });
    update();
}

LogTimeRange LogTimeEditor::range() const {
    LogTimeRange r;
    r.preset = LogTimeRange::Preset(m_preset->currentData().toInt());
    if (r.preset == LogTimeRange::Preset::Custom) {
        if (m_hasSince->isChecked())
            r.since = m_since->dateTime().toUTC();
        if (m_hasUntil->isChecked())
            r.until = m_until->dateTime().toUTC();
    }
    return r;
}

void LogTimeEditor::setRange(const LogTimeRange &range) {
    QSignalBlocker blocker(this);
    m_preset->setCurrentIndex(m_preset->findData(int(range.preset)));
    m_hasSince->setChecked(range.since.isValid());
    m_hasUntil->setChecked(range.until.isValid());
    const Qt::TimeSpec spec = isUtc() ? Qt::UTC : Qt::LocalTime;
    if (range.since.isValid())
        m_since->setDateTime(range.since.toTimeSpec(spec));
    if (range.until.isValid())
        m_until->setDateTime(range.until.toTimeSpec(spec));
    blocker.unblock();
    update();
}

bool LogTimeEditor::isUtc() const {
    return m_utc->isChecked();
}

void LogTimeEditor::setUtc(bool utc) {
    if (m_utc->isChecked() != utc) {
        m_utc->setChecked(utc); // toggled() calls back here
        return;
    }
    // The same instants, shown in the other zone.
    const Qt::TimeSpec spec = utc ? Qt::UTC : Qt::LocalTime;
    for (QDateTimeEdit *edit : {m_since, m_until}) {
        const QSignalBlocker blocker(edit);
        const QDateTime value = edit->dateTime();
        edit->setTimeSpec(spec);
        edit->setDateTimeRange(QDateTime::currentDateTimeUtc().addDays(-180).toTimeSpec(spec),
                               QDateTime::currentDateTimeUtc().toTimeSpec(spec));
        edit->setDateTime(value.toTimeSpec(spec));
    }
    update();
}

void LogTimeEditor::update() {
    const bool custom = m_preset->currentData().toInt() == int(LogTimeRange::Preset::Custom);
    m_hasSince->setEnabled(custom);
    m_hasUntil->setEnabled(custom);
    m_since->setEnabled(custom && m_hasSince->isChecked());
    m_until->setEnabled(custom && m_hasUntil->isChecked());
    // Nothing after now: the System Log has no events in the future.
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeSpec(isUtc() ? Qt::UTC : Qt::LocalTime);
    for (QDateTimeEdit *edit : {m_since, m_until}) {
        const QSignalBlocker blocker(edit);
        edit->setMaximumDateTime(now.addSecs(60));
    }
    const QString note = range().retentionNote(QDateTime::currentDateTimeUtc());
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    Q_EMIT changed();
}

} // namespace oktadesk
