// Without libFuzzer: runs LLVMFuzzerTestOneInput over every file of the corpus directories given, and over
// deterministic variants of each (every truncation, single-bit flips, dropped bytes), so CI exercises the
// decoder on every run. Prints the number of executions; a crash or abort fails the test.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {
qint64 g_runs = 0;

void run(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), static_cast<size_t>(input.size()));
    ++g_runs;
}

void replay(const QByteArray& input)
{
    run(input);
    for (qsizetype n = 1; n < input.size(); ++n)
        run(input.left(n));
    for (qsizetype i = 1; i < input.size(); ++i) {
        for (const char bit : {'\x01', '\x20', '\x80'}) {
            QByteArray flipped = input;
            flipped[i] = static_cast<char>(flipped.at(i) ^ bit);
            run(flipped);
        }
        QByteArray dropped = input;
        dropped.remove(i, 1);
        run(dropped);
    }
}
} // namespace

int main(int argc, char** argv)
{
    int files = 0;
    for (int a = 1; a < argc; ++a) {
        const QString path = QString::fromLocal8Bit(argv[a]);
        QStringList inputs;
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                inputs << dir.filePath(name);
        } else {
            inputs << path;
        }
        for (const QString& file : inputs) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            replay(f.readAll());
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "usage: FuzzTokenDecoderReplay CORPUS_DIR_OR_FILE...\n");
        return 1;
    }
    std::printf("%d corpus files, %lld executions, no crash\n", files, static_cast<long long>(g_runs));
    return 0;
}
