#include "scimfilter.h"
#include "scimlexer.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace okta::scim {

namespace {

constexpr std::array<const char *, 10> kOpNames = {"eq", "ne", "sw", "ew", "co",
                                                   "gt", "ge", "lt", "le", "pr"};

// Deep enough for any hand-written filter, shallow enough that a pasted or generated
// one cannot exhaust the stack of the recursive descent.
constexpr int kMaxDepth = 200;

bool isWordEqual(QStringView word, const char *keyword) {
    return word.compare(QLatin1StringView(keyword), Qt::CaseInsensitive) == 0;
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(okta::scim::Parser)
public:
    explicit Parser(QStringView text)
        : m_text(text) {}

    ParseResult run() {
        ParseResult result;
        if (m_text.trimmed().isEmpty()) {
            result.error = ParseError{tr("The filter is empty."), 0};
            return result;
        }
        advance();
        NodePtr root = parseOr(0);
        if (!m_error && m_tok != Tok::End) {
            if (m_tok == Tok::RParen)
                fail(tr("“)” has no matching “(”."), m_tokPos);
            else
                fail(tr("Found %1 after a complete condition; expected “and”, “or” or the end of "
                        "the filter.")
                         .arg(describe()),
                     m_tokPos);
        }
        if (m_error)
            result.error = m_error;
        else
            result.root = std::move(root);
        return result;
    }

private:
    enum class Tok { End, LParen, RParen, Word, String, Error };

    qsizetype length() const { return m_text.size(); }

    NodePtr fail(const QString &message, qsizetype position) {
        if (!m_error)
            m_error = ParseError{message, int(position)};
        m_tok = Tok::Error;
        return {};
    }

    QString describe() const {
        switch (m_tok) {
        case Tok::End:
            return tr("the end of the filter");
        case Tok::LParen:
            return tr("“(”");
        case Tok::RParen:
            return tr("“)”");
        case Tok::String:
            return tr("the string %1").arg(quote(m_tokString));
        case Tok::Word:
        case Tok::Error:
            break;
        }
        return tr("“%1”").arg(m_tokText.left(40));
    }

    void advance() {
        if (m_error)
            return;
        while (m_pos < length() && m_text[m_pos].isSpace())
            ++m_pos;
        m_tokPos = m_pos;
        if (m_pos >= length()) {
            m_tok = Tok::End;
            return;
        }
        const QChar c = m_text[m_pos];
        if (c == u'(' || c == u')') {
            m_tok = c == u'(' ? Tok::LParen : Tok::RParen;
            ++m_pos;
            return;
        }
        if (c == u'"') {
            ParseError error;
            const qsizetype end = detail::readJsonString(m_text, m_pos, m_tokString, error);
            if (end < 0) {
                fail(error.message, error.position);
                return;
            }
            m_tok = Tok::String;
            m_pos = end;
            return;
        }
        const qsizetype start = m_pos;
        while (m_pos < length()) {
            const QChar w = m_text[m_pos];
            if (w.isSpace() || w == u'(' || w == u')' || w == u'"')
                break;
            ++m_pos;
        }
        m_tok = Tok::Word;
        m_tokText = m_text.sliced(start, m_pos - start);
    }

    NodePtr parseOr(int depth) {
        NodePtr left = parseAnd(depth);
        while (!m_error && m_tok == Tok::Word && isWordEqual(m_tokText, "or")) {
            advance();
            NodePtr right = parseAnd(depth);
            if (m_error)
                return {};
            left = combine(Node::Kind::Or, std::move(left), std::move(right));
        }
        return m_error ? NodePtr() : left;
    }

    NodePtr parseAnd(int depth) {
        NodePtr left = parseUnary(depth);
        while (!m_error && m_tok == Tok::Word && isWordEqual(m_tokText, "and")) {
            advance();
            NodePtr right = parseUnary(depth);
            if (m_error)
                return {};
            left = combine(Node::Kind::And, std::move(left), std::move(right));
        }
        return m_error ? NodePtr() : left;
    }

    static NodePtr combine(Node::Kind kind, NodePtr left, NodePtr right) {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    NodePtr parseUnary(int depth) {
        if (m_error)
            return {};
        if (depth > kMaxDepth)
            return fail(tr("The filter is nested too deeply."), m_tokPos);
        switch (m_tok) {
        case Tok::End:
            return fail(tr("The filter ends where a condition was expected."), length());
        case Tok::LParen:
            return parseGroup(depth);
        case Tok::RParen:
        case Tok::String:
            return fail(tr("Expected a condition such as eventType eq \"…\", found %1.").arg(describe()),
                        m_tokPos);
        case Tok::Word:
            break;
        case Tok::Error:
            return {};
        }
        if (isWordEqual(m_tokText, "not")) {
            advance();
            if (m_tok == Tok::End)
                return fail(tr("The filter ends after “not”; expected a parenthesised expression."),
                            length());
            if (m_tok != Tok::LParen)
                return fail(tr("“not” must be followed by a parenthesised expression, as in not (a eq "
                               "\"b\")."),
                            m_tokPos);
            NodePtr inner = parseGroup(depth);
            if (m_error)
                return {};
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Not;
            node->left = std::move(inner);
            return node;
        }
        if (isWordEqual(m_tokText, "and") || isWordEqual(m_tokText, "or"))
            return fail(tr("Expected a condition before “%1”.").arg(m_tokText), m_tokPos);
        return parseCompare();
    }

    NodePtr parseGroup(int depth) {
        const qsizetype open = m_tokPos;
        advance();
        if (m_tok == Tok::RParen)
            return fail(tr("Empty parentheses: expected a condition inside “()”."), m_tokPos);
        NodePtr inner = parseOr(depth + 1);
        if (m_error)
            return {};
        if (m_tok == Tok::End)
            return fail(tr("The “(” at position %1 is never closed.").arg(open), open);
        if (m_tok != Tok::RParen)
            return fail(tr("Expected “)”, “and” or “or”, found %1.").arg(describe()), m_tokPos);
        advance();
        return inner;
    }

    NodePtr parseCompare() {
        const QStringView attribute = m_tokText;
        const qsizetype attrPos = m_tokPos;
        const qsizetype bad = detail::firstInvalidAttributeChar(attribute);
        if (bad >= 0)
            return fail(tr("“%1” is not a valid attribute name (letters, digits, “_” and “-”, with “.” "
                           "between names).")
                            .arg(attribute),
                        attrPos + bad);
        advance();
        if (m_tok == Tok::End)
            return fail(tr("The filter ends after “%1”; expected an operator.").arg(attribute), length());
        if (m_tok != Tok::Word)
            return fail(tr("Expected an operator after “%1”, found %2.").arg(attribute, describe()),
                        m_tokPos);
        const std::optional<Op> op = opFromName(m_tokText);
        if (!op)
            return fail(tr("Unknown operator “%1”; valid operators are eq, ne, sw, ew, co, gt, ge, lt, le "
                           "and pr.")
                            .arg(m_tokText),
                        m_tokPos);
        const QString name = opName(*op);
        auto node = std::make_shared<Node>();
        node->attribute = attribute.toString();
        node->op = *op;
        advance();
        if (*op == Op::Pr)
            return node;
        switch (m_tok) {
        case Tok::End:
            return fail(tr("Operator “%1” needs a value.").arg(name), length());
        case Tok::String:
            node->value = m_tokString;
            break;
        case Tok::Word:
            if (!literal(m_tokText, node->value))
                return {};
            break;
        case Tok::LParen:
        case Tok::RParen:
            return fail(tr("Operator “%1” needs a value, found %2.").arg(name, describe()), m_tokPos);
        case Tok::Error:
            return {};
        }
        advance();
        return node;
    }

    bool literal(QStringView word, QJsonValue &out) {
        // JSON's literals are lower case, unlike the operators.
        if (word == u"true" || word == u"false") {
            out = QJsonValue(word == u"true");
            return true;
        }
        if (word == u"null") {
            out = QJsonValue(QJsonValue::Null);
            return true;
        }
        const QChar first = word.front();
        if (first == u'-' || (first >= u'0' && first <= u'9')) {
            bool ok = false;
            const double d = word.toDouble(&ok);
            if (!detail::isJsonNumber(word) || !ok || !std::isfinite(d)) {
                fail(tr("“%1” is not a valid number.").arg(word), m_tokPos);
                return false;
            }
            out = QJsonValue(d);
            return true;
        }
        fail(tr("Expected a value, found “%1”: put text in double quotes, as in \"%1\".").arg(word),
             m_tokPos);
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    Tok m_tok = Tok::End;
    qsizetype m_tokPos = 0;
    QStringView m_tokText;
    QString m_tokString;
    std::optional<ParseError> m_error;
};

} // namespace

ParseResult parse(QStringView text) {
    return Parser(text).run();
}

bool isValidAttributePath(QStringView path) {
    return detail::firstInvalidAttributeChar(path) < 0;
}

QString opName(Op op) {
    return QString::fromLatin1(kOpNames[std::size_t(op)]);
}

std::optional<Op> opFromName(QStringView name) {
    for (std::size_t i = 0; i < kOpNames.size(); ++i)
        if (isWordEqual(name, kOpNames[i]))
            return Op(i);
    return std::nullopt;
}

} // namespace okta::scim
