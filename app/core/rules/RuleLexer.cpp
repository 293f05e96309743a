#include "RuleLexer.h"

#include "RuleLimits.h"

#include <QCoreApplication>

namespace hc::rules {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::RuleLexer)
};

bool isWordStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool isWordPart(QChar c)
{
    const char16_t u = c.unicode();
    return isWordStart(c) || (u >= u'0' && u <= u'9') || u == u'-';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Walks the text keeping line and column (code points) in step with the UTF-16 offset.
class Cursor
{
public:
    explicit Cursor(const QString& text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype p = m_pos + ahead;
        return p < m_text.size() ? m_text.at(p) : QChar();
    }
    qsizetype pos() const { return m_pos; }
    SourceSpan here() const
    {
        SourceSpan s;
        s.offset = static_cast<qint32>(m_pos);
        s.line = m_line;
        s.column = m_column;
        return s;
    }
    void advance()
    {
        const QChar c = m_text.at(m_pos);
        ++m_pos;
        if (c == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else if (c == QLatin1Char('\r')) {
            if (peek() != QLatin1Char('\n')) {
                ++m_line;
                m_column = 1;
            }
        } else if (!(c.isLowSurrogate() && m_pos >= 2 && m_text.at(m_pos - 2).isHighSurrogate())) {
            ++m_column;
        }
    }
    // A byte order mark left by an editor is not a character of the text.
    void skipByteOrderMark()
    {
        if (m_pos == 0 && peek() == QChar(0xFEFF))
            m_pos = 1;
    }
    void finish(SourceSpan& span) const { span.length = static_cast<qint32>(m_pos - span.offset); }

private:
    const QString& m_text;
    qsizetype m_pos = 0;
    qint32 m_line = 1;
    qint32 m_column = 1;
};

Diagnostic lexError(Diagnostic::Code code, const SourceSpan& span, const QString& message, const QString& hint)
{
    Diagnostic d;
    d.code = code;
    d.span = span;
    d.message = message;
    d.hint = hint;
    return d;
}

} // namespace

QList<RuleToken> RuleLexer::tokenize(const QString& text, QList<Diagnostic>* diagnostics)
{
    QList<RuleToken> tokens;
    Cursor cur(text);
    bool lineStart = true;
    auto report = [&](Diagnostic d) {
        if (diagnostics && diagnostics->size() < limits::kMaxDiagnostics)
            diagnostics->append(std::move(d));
    };

    cur.skipByteOrderMark();
    while (!cur.atEnd()) {
        const QChar c = cur.peek();
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            cur.advance();
            lineStart = true;
            continue;
        }
        if (c.isSpace()) {
            cur.advance();
            continue;
        }
        RuleToken t;
        t.atLineStart = lineStart;
        lineStart = false;
        t.span = cur.here();

        if (isWordStart(c)) {
            while (!cur.atEnd() && isWordPart(cur.peek()))
                cur.advance();
            t.type = RuleToken::Type::Word;
            cur.finish(t.span);
            t.text = text.mid(t.span.offset, t.span.length);
        } else if (isDigit(c) || (c == QLatin1Char('-') && isDigit(cur.peek(1)))) {
            const bool negative = c == QLatin1Char('-');
            if (negative)
                cur.advance();
            qint64 value = 0;
            while (!cur.atEnd() && isDigit(cur.peek())) {
                if (value <= limits::kMaxNumber)
                    value = value * 10 + (cur.peek().unicode() - u'0');
                if (value > limits::kMaxNumber)
                    t.overflow = true;
                cur.advance();
            }
            t.type = RuleToken::Type::Number;
            t.number = negative ? -value : value;
            cur.finish(t.span);
            t.text = text.mid(t.span.offset, t.span.length);
        } else if (c == QLatin1Char('"') || c == QChar(0x201C)) {
            const QChar close = c == QLatin1Char('"') ? QLatin1Char('"') : QChar(0x201D);
            cur.advance();
            QString value;
            bool closed = false;
            bool bad = false;
            while (!cur.atEnd()) {
                const QChar ch = cur.peek();
                if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
                    break;
                if (ch == close) {
                    cur.advance();
                    closed = true;
                    break;
                }
                if (ch == QLatin1Char('\\')) {
                    SourceSpan esc = cur.here();
                    cur.advance();
                    const QChar e = cur.peek();
                    if (e == QLatin1Char('"') || e == QLatin1Char('\\')) {
                        value += e;
                        cur.advance();
                    } else if (e == QLatin1Char('n')) {
                        value += QLatin1Char('\n');
                        cur.advance();
                    } else if (e == QLatin1Char('t')) {
                        value += QLatin1Char('\t');
                        cur.advance();
                    } else if (e == QLatin1Char('r')) {
                        value += QLatin1Char('\r');
                        cur.advance();
                    } else if (e == QLatin1Char('u') && cur.peek(1) == QLatin1Char('{')) {
                        cur.advance();
                        cur.advance();
                        char32_t code = 0;
                        int digits = 0;
                        while (!cur.atEnd() && digits <= 6) {
                            const int h = hexValue(cur.peek());
                            if (h < 0)
                                break;
                            code = code * 16 + static_cast<char32_t>(h);
                            ++digits;
                            cur.advance();
                        }
                        if (digits == 0 || digits > 6 || cur.peek() != QLatin1Char('}') || code > 0x10FFFF) {
                            cur.finish(esc);
                            report(lexError(Diagnostic::Code::UnexpectedCharacter, esc,
                                            Tr::tr("The escape \"%1\" is not a valid \\u{...} character code.")
                                                .arg(text.mid(esc.offset, esc.length)),
                                            Tr::tr("Write \\u{} with 1 to 6 hexadecimal digits, e.g. \\u{7} or "
                                                   "\\u{1F600}.")));
                            bad = true;
                            continue;
                        }
                        cur.advance();
                        const char32_t cp[] = {code};
                        value += QString::fromUcs4(cp, 1);
                    } else {
                        if (!cur.atEnd() && e != QLatin1Char('\n') && e != QLatin1Char('\r'))
                            cur.advance();
                        cur.finish(esc);
                        report(lexError(
                            Diagnostic::Code::UnexpectedCharacter, esc,
                            Tr::tr("Unknown escape \"%1\" in quoted text.").arg(text.mid(esc.offset, esc.length)),
                            Tr::tr("Inside quotes write \\\" for a quote mark and \\\\ for a backslash.")));
                        bad = true;
                    }
                    continue;
                }
                value += ch;
                cur.advance();
            }
            cur.finish(t.span);
            if (!closed) {
                report(lexError(Diagnostic::Code::UnterminatedString, t.span,
                                Tr::tr("The quoted text is not closed before the end of the line."),
                                Tr::tr("Add the closing quote mark %1; a name or description stays on one line (write "
                                       "\\n for a line break).")
                                    .arg(close)));
                bad = true;
            }
            t.type = bad ? RuleToken::Type::Invalid : RuleToken::Type::String;
            t.text = value;
        } else {
            RuleToken::Type punct = RuleToken::Type::Invalid;
            switch (c.unicode()) {
            case u':':
                punct = RuleToken::Type::Colon;
                break;
            case u'.':
                punct = RuleToken::Type::Period;
                break;
            case u',':
                punct = RuleToken::Type::Comma;
                break;
            case u'(':
                punct = RuleToken::Type::LParen;
                break;
            case u')':
                punct = RuleToken::Type::RParen;
                break;
            case u'/':
                punct = RuleToken::Type::Slash;
                break;
            default:
                break;
            }
            if (punct != RuleToken::Type::Invalid) {
                cur.advance();
                t.type = punct;
                cur.finish(t.span);
                t.text = text.mid(t.span.offset, t.span.length);
            } else {
                // One message for a whole run of unexpected characters (a Chinese phrase outside quotes).
                while (!cur.atEnd()) {
                    const QChar n = cur.peek();
                    if (n.isSpace() || isWordStart(n) || isDigit(n) || n == QLatin1Char('"') || n == QChar(0x201C) ||
                        QStringView(u":.,()/").contains(n))
                        break;
                    cur.advance();
                }
                cur.finish(t.span);
                t.type = RuleToken::Type::Invalid;
                t.text = text.mid(t.span.offset, t.span.length);
                const bool ascii = t.text.size() == 1 && t.text.at(0).unicode() < 0x80;
                QString shown = t.text.left(20);
                for (QChar& ch : shown) {
                    if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
                        ch = QChar(0xFFFD);
                }
                report(lexError(
                    Diagnostic::Code::UnexpectedCharacter, t.span, Tr::tr("Unexpected \"%1\" in rule text.").arg(shown),
                    ascii ? Tr::tr("Rules use English words, whole numbers and the marks : . , ( ) /; "
                                   "remove it.")
                          : Tr::tr("Names and descriptions in any script go between double quotes; the rest "
                                   "of a rule is written with the English words of the rule language.")));
            }
        }
        tokens.append(std::move(t));
    }
    RuleToken end;
    end.type = RuleToken::Type::End;
    end.span = cur.here();
    end.atLineStart = true;
    tokens.append(end);
    return tokens;
}

} // namespace hc::rules
