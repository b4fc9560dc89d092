// One bucket video's thumbnail as the bucket browser makes it, with what it cost on the network:
// `bucket-thumb-bench s3://bucket/key` (or cos://...; endpoint and keys from the environment as
// for assetdesk-cli). Prints one line: bytes=N requests=N object=N ms=N size=WxH via=ranged|ci.

#include "common/error.h"
#include "imaging/bucketthumbnails.h"
#include "storage/objecturl.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace ad;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bucket-thumb-bench s3://bucket/key.mp4\n");
        return 2;
    }
    try {
        const storage::ObjectUrl url = storage::parseObjectUrl(QString::fromLocal8Bit(argv[1]));
        const storage::Entry info = storage::storageFor(QString::fromLocal8Bit(argv[1]))
                                        ->head(QString::fromLocal8Bit(argv[1]));
        const QTemporaryDir cache; // a cold cache: the thumbnail is made, not found
        imaging::BucketThumbnails::Traffic traffic;
        QString error;
        QElapsedTimer clock;
        clock.start();
        const QImage image =
            imaging::BucketThumbnails(cache.path())
                .thumbnail(url, info.etag, info.size, 256, &error, nullptr, &traffic);
        if (image.isNull()) {
            std::fprintf(stderr, "bucket-thumb-bench: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("bytes=%lld requests=%d object=%lld ms=%lld size=%dx%d via=%s\n", traffic.bytes,
                    traffic.requests, info.size, clock.elapsed(), image.width(), image.height(),
                    traffic.ciProcess ? "ci" : "ranged");
        return 0;
    } catch (const ProcessingError &e) {
        std::fprintf(stderr, "bucket-thumb-bench: %s\n", qPrintable(e.error().message));
        return 1;
    }
}
