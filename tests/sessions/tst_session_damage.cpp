// Damaged session files: each one gives a message that names the file and the problem, never a
// crash; a listing of a workspace with a damaged run still lists every other run; and a command
// that refuses a damaged run changes nothing in it.
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "SessionTestSupport.h"
#include "TestSupport.h"
#include "grindstone/session/Npy.h"

using namespace sessiontest;

namespace {

void copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else
            QFile::copy(path, target);
    }
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

void truncateToHalf(const QString& path) {
    writeFile(path, readFile(path).left(readFile(path).size() / 2));
}

QString newestCheckpoint(const QString& run) {
    const QStringList files = QDir(run + QStringLiteral("/checkpoints"))
                                  .entryList({QStringLiteral("*.pt")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? QString() : run + QStringLiteral("/checkpoints/") + files.last();
}

QMap<QString, QByteArray> withoutLock(QMap<QString, QByteArray> files) {
    files.remove(QStringLiteral(".lock"));
    return files;
}

using Damage = std::function<void(const QString& run)>;

}  // namespace

Q_DECLARE_METATYPE(Damage)

class TestSessionDamage : public QObject {
    Q_OBJECT
    QTemporaryDir m_templates;
    QString m_finished;  // a finished tiny run with a single checkpoint

private Q_SLOTS:
    void initTestCase() {
        GRINDSTONE_REQUIRE_GLYPHS();
        m_finished = m_templates.filePath(QStringLiteral("finished"));
        const Result r =
            runCli(QStringList{QStringLiteral("train")} + tinyRunSettings(4, 2) +
                   QStringList{QStringLiteral("--set"), QStringLiteral("keep_checkpoints=1"),
                               QStringLiteral("--out"), m_finished});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void damagedRunIsNamedAndNothingIsLost_data() {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("listedAsDamaged");
        const auto path = [](const QString& run, const char* name) -> QString {
            return run + QLatin1Char('/') + QLatin1String(name);
        };
        QTest::newRow("truncated config.json")
            << Damage([=](const QString& r) { truncateToHalf(path(r, "config.json")); })
            << "config.json"
            << "JSON" << true;
        QTest::newRow("config.json with an unknown key") << Damage([=](const QString& r) {
            writeFile(path(r, "config.json"), "{\"stepz\": 5}\n");
        }) << "config.json"
                                                         << "unknown option 'stepz'" << true;
        QTest::newRow("config.json with a bad value") << Damage([=](const QString& r) {
            writeFile(path(r, "config.json"), "{\"miner\": \"hardest\"}\n");
        }) << "config.json"
                                                      << "miner" << true;
        QTest::newRow("truncated run.json")
            << Damage([=](const QString& r) { truncateToHalf(path(r, "run.json")); }) << "run.json"
            << "parse error" << true;
        QTest::newRow("run.json from a newer format") << Damage([=](const QString& r) {
            QByteArray run = readFile(path(r, "run.json"));
            run.replace("\"format_version\": 1", "\"format_version\": 99");
            writeFile(path(r, "run.json"), run);
        }) << "run.json"
                                                      << "99" << true;
        QTest::newRow("truncated checkpoint")
            << Damage([](const QString& r) { truncateToHalf(newestCheckpoint(r)); })
            << "step-00000004.pt"
            << "truncated" << true;
        QTest::newRow("corrupted checkpoint") << Damage([](const QString& r) {
            QByteArray bytes = readFile(newestCheckpoint(r));
            bytes.replace(0, 64, QByteArray(64, 'x'));
            writeFile(newestCheckpoint(r), bytes);
        }) << "step-00000004.pt"
                                              << "cannot be read" << false;
        QTest::newRow("missing checkpoint")
            << Damage([](const QString& r) { QFile::remove(newestCheckpoint(r)); })
            << "checkpoints/"
            << "no checkpoint" << false;
    }
    void damagedRunIsNamedAndNothingIsLost() {
        QFETCH(Damage, damage);
        QFETCH(QString, file);
        QFETCH(QString, problem);
        QFETCH(bool, listedAsDamaged);
        QTemporaryDir workspace;
        for (const char* name : {"a-good", "b-victim", "c-good"})
            copyFolder(m_finished, workspace.filePath(QLatin1String(name)));
        const QString victim = workspace.filePath(QStringLiteral("b-victim"));
        damage(victim);
        const auto before = withoutLock(snapshotFolder(victim));

        const Result listing = runCli({QStringLiteral("runs"), workspace.path()});
        QCOMPARE(listing.exitCode, 0);
        QCOMPARE(listing.out.count(QStringLiteral("finished")), listedAsDamaged ? 2 : 3);
        if (listedAsDamaged) {
            QVERIFY2(listing.out.contains(QStringLiteral("damaged")), qPrintable(listing.out));
            QVERIFY2(listing.out.contains(file), qPrintable(listing.out));
        }

        for (const QString& command : {QStringLiteral("resume"), QStringLiteral("eval")}) {
            const Result r = runCli({command, victim});
            QVERIFY2(r.exitCode == 2, qPrintable(command + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(file) && r.err.contains(problem, Qt::CaseInsensitive),
                     qPrintable(command + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("internal error")), qPrintable(r.err));
            QVERIFY2(withoutLock(snapshotFolder(victim)) == before,
                     qPrintable(command + QStringLiteral(" changed the damaged run")));
        }
    }

    void folderThatIsNotASessionIsRefused() {
        QTemporaryDir workspace;
        writeFile(workspace.filePath(QStringLiteral("notes.txt")), "hello\n");
        for (const QString& command : {QStringLiteral("resume"), QStringLiteral("eval")}) {
            const Result r = runCli({command, workspace.path()});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("is not a Grindstone run")), qPrintable(r.err));
        }
        QCOMPARE(QDir(workspace.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);
    }

    void resumeSkipsADamagedNewestCheckpointForAnOlderOne() {
        QTemporaryDir workspace;
        const QString run = workspace.filePath(QStringLiteral("run"));
        QCOMPARE(runCli(QStringList{QStringLiteral("train")} + tinyRunSettings(4, 2) +
                        QStringList{QStringLiteral("--out"), run})
                     .exitCode,
                 0);
        truncateToHalf(newestCheckpoint(run));
        const Result r =
            runCli({QStringLiteral("resume"), run, QStringLiteral("--steps"), QStringLiteral("6")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("skipped damaged checkpoints")) &&
                     r.err.contains(QStringLiteral("step-00000004.pt")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("at step 2")), qPrintable(r.err));
    }

    void damagedNpyFilesAreNamed_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const QByteArray good =
            readFile(m_finished + QStringLiteral("/snapshots/step-00000002.npy"));
        QVERIFY(!good.isEmpty());
        QByteArray badMagic = good;
        badMagic[1] = 'X';
        QByteArray badShape = good;
        badShape.replace("(60, ", "(61, ");
        QByteArray badType = good;
        badType.replace("<f4", "<f8");
        QByteArray absurdShape = good;
        absurdShape.replace("(60, ", "(999999999999999, ");
        QTest::newRow("wrong magic") << badMagic << "magic";
        QTest::newRow("shape larger than the data") << badShape << "bytes, shape (61";
        QTest::newRow("absurd shape") << absurdShape << "needs more";
        QTest::newRow("wrong dtype") << badType << "float32";
        QTest::newRow("truncated data") << good.left(good.size() - 100) << "bytes, shape (60";
        QTest::newRow("truncated header") << good.left(20) << "header";
        QTest::newRow("empty") << QByteArray() << "magic";
    }
    void damagedNpyFilesAreNamed() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("step-00000002.npy"));
        writeFile(path, bytes);
        grindstone::test::expectInputError([&] { grindstone::readNpy(path.toStdString()); },
                                           {path, problem});
    }
};

QTEST_GUILESS_MAIN(TestSessionDamage)
#include "tst_session_damage.moc"
