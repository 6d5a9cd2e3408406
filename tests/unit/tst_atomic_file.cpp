// writeFileAtomically: a reader sees the old contents or the new ones, never a mix, even when
// two writers replace the same file at once (trials of one search sharing a cache file).
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <string>
#include <thread>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"

using namespace grindstone;

class TestAtomicFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replacesTheFileAndLeavesNoTemporary() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.json")).toStdString();
        writeFileAtomically(path, "first");
        writeFileAtomically(path, "second");
        QCOMPARE(readWholeFile(path), std::string("second"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.json")});
    }

    void concurrentWritersNeverTearTheFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("cache.json")).toStdString();
        const std::string a(200000, 'a'), b(200000, 'b');
        std::atomic<int> failures{0};
        const auto writer = [&](const std::string& contents) {
            for (int i = 0; i < 150; ++i) {
                try {
                    writeFileAtomically(path, contents);
                } catch (const InputError&) {
                    ++failures;  // a shared temporary renamed away under the other writer
                }
            }
        };
        std::thread first(writer, a), second(writer, b);
        int torn = 0;
        for (int i = 0; i < 300; ++i) {  // read while they write
            try {
                const std::string seen = readWholeFile(path);
                torn += seen != a && seen != b;
            } catch (const InputError&) {
                // not written yet
            }
        }
        first.join();
        second.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(torn, 0);
        const std::string last = readWholeFile(path);
        QVERIFY(last == a || last == b);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("cache.json")});
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
