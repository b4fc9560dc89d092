#pragma once

// A real S3 server for the storage tests: s3rver (npm, pinned in tests/s3rver) on 127.0.0.1,
// a free port and its own data folder; stopped with the object.

#include <QProcess>
#include <QString>
#include <QUrl>

namespace ad::test
{

class S3rver
{
public:
    explicit S3rver(QString dataDir, QStringList buckets);
    ~S3rver();
    bool start(); // false (with a QWARN) when it did not come up
    void stop();
    QUrl url() const;
    // Makes s3:// addresses reach this server (its address and its fixed keys) in this process,
    // and returns the process environment with them, for child processes such as serve.
    QProcessEnvironment useForS3() const;

private:
    QString m_dataDir;
    QStringList m_buckets;
    int m_port = 0;
    QProcess m_process;
};

} // namespace ad::test
