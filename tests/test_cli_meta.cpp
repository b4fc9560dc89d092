// assetdesk-cli meta: get prints what Lightroom-style XMP says as JSON, set writes the sidecar
// (the original untouched) per the policy in the settings, and bad values, missing files and
// the "never" policy are refused with CI-style errors.

#include "support/testimages.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ad::test;

class CliMetaTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config; // the CLI's own settings folder (XDG_CONFIG_HOME)

    struct Result {
        int code = -1;
        QByteArray out, err;
    };
    Result cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ASSETDESK_CLI), QStringList{QStringLiteral("meta")} + args);
        if (!p.waitForFinished(30000)) return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    void setPolicy(const QByteArray &name)
    {
        QDir().mkpath(m_config.filePath(QStringLiteral("AssetDesk")));
        QFile conf(m_config.filePath(QStringLiteral("AssetDesk/AssetDesk.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        conf.write("[metadata]\nwritePolicy=" + name + "\n");
    }

private Q_SLOTS:
    void setThenGet()
    {
        setPolicy("sidecar");
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("photo.jpg"), makeImage(40, 30, QStringLiteral("jpg")));
        // Keywords as Lightroom writes them, by the exiv2 tool.
        QCOMPARE(
            run(QStringLiteral("exiv2"),
                {QStringLiteral("-q"), QStringLiteral("-M"),
                 QStringLiteral("set Xmp.lr.hierarchicalSubject XmpBag Places|Asia|Tokyo"),
                 QStringLiteral("-M"), QStringLiteral("set Xmp.dc.subject XmpBag Tokyo"), path}),
            0);
        const QByteArray original = readFile(path);
        const Result set =
            cli({QStringLiteral("set"), path, QStringLiteral("--rating"), QStringLiteral("4"),
                 QStringLiteral("--label"), QStringLiteral("green"), QStringLiteral("--tag"),
                 QStringLiteral("people/ann"), QStringLiteral("--title"), QStringLiteral("Shibuya"),
                 QStringLiteral("--gps"), QStringLiteral("35.6586,139.7454")});
        QVERIFY2(set.code == 0, set.err.constData());
        QVERIFY(set.out.contains("photo.jpg.xmp"));
        QCOMPARE(readFile(path), original);

        const Result get = cli({QStringLiteral("get"), path});
        QCOMPARE(get.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(get.out).array();
        QCOMPARE(all.size(), 1);
        const QJsonObject o = all.first().toObject();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(o.value(QStringLiteral("sidecar")).toString(), path + QStringLiteral(".xmp"));
        QCOMPARE(o.value(QStringLiteral("rating")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("Green"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Shibuya"));
        QCOMPARE(o.value(QStringLiteral("latitude")).toString(), QStringLiteral("35.658600"));
        QCOMPARE(o.value(QStringLiteral("tags")).toArray(),
                 QJsonArray({QStringLiteral("Places/Asia/Tokyo"), QStringLiteral("people/ann")}));
    }

    void refusals()
    {
        setPolicy("sidecar");
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("p.png"), makeImage(8, 8, QStringLiteral("png")));
        Result r =
            cli({QStringLiteral("set"), path, QStringLiteral("--rating"), QStringLiteral("7")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("ERROR InvalidArgument: --rating"), r.err.constData());
        r = cli({QStringLiteral("set"), path, QStringLiteral("--label"), QStringLiteral("pink")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--label"));
        r = cli({QStringLiteral("set"), path, QStringLiteral("--gps"), QStringLiteral("91,0")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--gps"));
        r = cli({QStringLiteral("get"), dir.filePath(QStringLiteral("gone.jpg"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("ERROR NotFound"), r.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("p.png")}); // nothing written by any of them

        setPolicy("never");
        r = cli({QStringLiteral("set"), path, QStringLiteral("--title"), QStringLiteral("T")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--sidecar"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".xmp")));
        r = cli({QStringLiteral("set"), path, QStringLiteral("--title"), QStringLiteral("T"),
                 QStringLiteral("--sidecar")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(path + QStringLiteral(".xmp")));
    }
};

QTEST_GUILESS_MAIN(CliMetaTest)
#include "test_cli_meta.moc"
