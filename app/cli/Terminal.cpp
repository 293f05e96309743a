#include "Terminal.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace hc::cli {

namespace {
QString promptOnce(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    return QString::fromLocal8Bit(line.c_str());
}
} // namespace

Result<QString> readSecret(const char* envName, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envName))
        return qEnvironmentVariable(envName);
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::cli", "%1 is not set and there is no terminal to ask for it.")
                             .arg(QString::fromLatin1(envName)));
    const QString first = promptOnce(prompt);
    if (confirm && promptOnce(QCoreApplication::translate("hc::cli", "Repeat: ")) != first)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("hc::cli", "The two entries differ."));
    return first;
}

bool ProgressPrinter::operator()(const QString& phase, qint64 done, qint64 total)
{
    const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
    if (phase == last && percent == lastPercent)
        return true;
    if (phase != last && !last.isEmpty())
        std::fputs("\n", stderr);
    last = phase;
    lastPercent = percent;
    std::fprintf(stderr, "\r%s: %d%%", phase.toLocal8Bit().constData(), percent);
    std::fflush(stderr);
    return true;
}

void ProgressPrinter::end()
{
    if (!last.isEmpty())
        std::fputs("\n", stderr);
    last.clear();
}

} // namespace hc::cli
