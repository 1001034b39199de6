#include "servicepassword.h"

#include "core/secrets/secretstore.h"

#include <QRandomGenerator>

#include <array>

namespace okta {

namespace {

constexpr int Length = 24;
// No look-alikes (0/O, 1/l/I) so the password can be read off the screen; symbols from the
// policy's own example set (!@#$%^&*) plus a few that need no quoting in most shells.
constexpr std::string_view Lower = "abcdefghijkmnopqrstuvwxyz";
constexpr std::string_view Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr std::string_view Digits = "23456789";
constexpr std::string_view Symbols = "!@#$%^&*-_=+";

char pick(std::string_view set, QRandomGenerator *random) {
    return set[size_t(random->bounded(quint32(set.size())))];
}

bool acceptable(const QByteArray &candidate, const QStringList &personalWords) {
    for (qsizetype i = 1; i < candidate.size(); ++i)
        if (candidate[i] == candidate[i - 1])
            return false;
    const QString text = QString::fromLatin1(candidate);
    for (const QString &word : personalWords)
        if (word.size() >= 3 && text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace

QByteArray generateServicePassword(const QStringList &personalWords) {
    QRandomGenerator *random = QRandomGenerator::system();
    static const std::string all =
        std::string(Lower) + std::string(Upper) + std::string(Digits) + std::string(Symbols);
    for (;;) {
        QByteArray candidate(Length, '\0');
        // One of each class at the start, the rest from everything; then a Fisher-Yates
        // shuffle so the classes sit anywhere.
        const std::array<std::string_view, 4> classes = {Lower, Upper, Digits, Symbols};
        for (int i = 0; i < Length; ++i)
            candidate[i] = i < int(classes.size()) ? pick(classes[size_t(i)], random) : pick(all, random);
        for (int i = Length - 1; i > 0; --i)
            std::swap(candidate[i], candidate[int(random->bounded(quint32(i + 1)))]);
        if (acceptable(candidate, personalWords))
            return candidate;
        wipeSecret(candidate);
    }
}

} // namespace okta
