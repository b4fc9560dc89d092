// CRC-64/XZ and the XML bodies of COS/S3.

#include "storage/crc64.h"
#include "storage/s3xml.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ad::storage;

class StorageXmlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc64CheckValue()
    {
        QCOMPARE(Crc64::of("123456789"), Q_UINT64_C(0x995DC9BBDF1939FA));
        QCOMPARE(Crc64::of(QByteArray()), Q_UINT64_C(0));
        Crc64 streaming;
        streaming.update("1234");
        streaming.update("56789");
        QCOMPARE(streaming.value(), Q_UINT64_C(0x995DC9BBDF1939FA));
    }

    void crc64CombinesParts()
    {
        QByteArray data(300000, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : data)
            c = char(rng.bounded(256));
        for (qsizetype split : {qsizetype(0), qsizetype(1), qsizetype(65536), qsizetype(299999)}) {
            const QByteArray a = data.left(split);
            const QByteArray b = data.mid(split);
            QCOMPARE(Crc64::combine(Crc64::of(a), Crc64::of(b), b.size()), Crc64::of(data));
        }
    }

    void listObjects()
    {
        const QByteArray xml =
            "<?xml version='1.0' encoding='utf-8' "
            "?><ListBucketResult><Name>examplebucket-1250000000</Name>"
            "<EncodingType>url</EncodingType><Prefix>photos%2F</Prefix><Marker/><MaxKeys>2</"
            "MaxKeys><Delimiter>%2F</Delimiter>"
            "<IsTruncated>true</IsTruncated><NextMarker>photos%2Fb.jpg</NextMarker>"
            "<Contents><Key>photos%2Fa%20b.jpg</Key><LastModified>2020-12-10T03:37:30.000Z</"
            "LastModified>"
            "<ETag>&quot;ee8de918d05640145b18f70f4c3aa602&quot;</ETag><Size>1024</"
            "Size><StorageClass>STANDARD</StorageClass></Contents>"
            "<Contents><Key>photos%2F%E6%A0%B7.jpg</Key><LastModified>2020-12-10T03:37:31.000Z</"
            "LastModified>"
            "<ETag>&quot;abc&quot;</ETag><Size>0</Size></Contents>"
            "<CommonPrefixes><Prefix>photos%2F2024%2F</Prefix></CommonPrefixes></ListBucketResult>";
        const auto page = parseListObjects(xml);
        QVERIFY(page);
        QCOMPARE(page->prefix, QStringLiteral("photos/"));
        QVERIFY(page->truncated);
        QCOMPARE(page->nextMarker, QStringLiteral("photos/b.jpg"));
        QCOMPARE(page->objects.size(), 2);
        QCOMPARE(page->objects[0].key, QStringLiteral("photos/a b.jpg"));
        QCOMPARE(page->objects[0].etag, QStringLiteral("ee8de918d05640145b18f70f4c3aa602"));
        QCOMPARE(page->objects[0].size, 1024);
        QCOMPARE(page->objects[0].lastModified,
                 QDateTime(QDate(2020, 12, 10), QTime(3, 37, 30), Qt::UTC));
        QCOMPARE(page->objects[1].key, QStringLiteral("photos/样.jpg"));
        QCOMPARE(page->commonPrefixes, QStringList{QStringLiteral("photos/2024/")});
    }

    void s3ListWithoutNextMarker()
    {
        const auto page =
            parseListObjects("<ListBucketResult><Name>b</Name><IsTruncated>true</IsTruncated>"
                             "<Contents><Key>k1</Key><Size>1</Size></Contents>"
                             "<Contents><Key>k2</Key><Size>2</Size></Contents></ListBucketResult>");
        QVERIFY(page);
        QCOMPARE(page->nextMarker, QStringLiteral("k2"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not xml") << QByteArray("hello");
        QTest::newRow("wrong root") << QByteArray("<Error><Code>NoSuchBucket</Code></Error>");
        QTest::newRow("truncated")
            << QByteArray("<ListBucketResult><Name>b</Name><Contents><Key>k</Key>");
        QTest::newRow("bad size") << QByteArray("<ListBucketResult><Contents><Key>k</Key><Size>-1</"
                                                "Size></Contents></ListBucketResult>");
        QTest::newRow("no key") << QByteArray(
            "<ListBucketResult><Contents><Size>1</Size></Contents></ListBucketResult>");
        QByteArray deep;
        for (int i = 0; i < 100; ++i)
            deep += "<a>";
        QTest::newRow("too deep") << (QByteArray("<ListBucketResult>") + deep);
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, xml);
        QVERIFY(!parseListObjects(xml));
    }

    void otherBodies()
    {
        const auto err =
            parseError("<?xml version='1.0'?><Error><Code>NoSuchKey</Code><Message>The specified "
                       "key does not exist."
                       "</Message><Resource>b/k</Resource><RequestId>NjA3Y2Qz</RequestId></Error>");
        QVERIFY(err);
        QCOMPARE(err->code, QStringLiteral("NoSuchKey"));
        QCOMPARE(err->requestId, QStringLiteral("NjA3Y2Qz"));
        QCOMPARE(parseUploadId("<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</"
                               "Key><UploadId>1585130821cbb7df1d1</UploadId>"
                               "</InitiateMultipartUploadResult>")
                     .value(),
                 QStringLiteral("1585130821cbb7df1d1"));
        const auto parts = parseListParts(
            "<ListPartsResult><IsTruncated>false</IsTruncated><Part><PartNumber>1</PartNumber>"
            "<ETag>\"e1\"</ETag><Size>1048576</Size></Part><Part><PartNumber>2</PartNumber>"
            "<ETag>\"e2\"</ETag><Size>10</Size></Part></ListPartsResult>");
        QVERIFY(parts);
        QCOMPARE(parts->parts.size(), 2);
        QCOMPARE(parts->parts[1].etag, QStringLiteral("e2"));
        const auto buckets = parseListBuckets(
            "<ListAllMyBucketsResult><Owner><ID>1</ID></Owner><Buckets><Bucket><Name>a-125</Name>"
            "<Location>ap-beijing</Location><CreationDate>2019-05-24T11:20:10Z</CreationDate>"
            "</Bucket></Buckets></ListAllMyBucketsResult>");
        QVERIFY(buckets);
        QCOMPARE(buckets->first().region, QStringLiteral("ap-beijing"));
        // Tags, both ways.
        const Tags tags{{QStringLiteral("project"), QStringLiteral("数据万象")},
                        {QStringLiteral("owner"), QStringLiteral("a&b <c>")}};
        QCOMPARE(parseTagging(taggingBody(tags)).value(), tags);
        QCOMPARE(parseTagging("<Tagging><TagSet/></Tagging>").value(), Tags{});
        QVERIFY(!parseTagging("<Error><Code>NoSuchTagSet</Code></Error>"));
        const auto deleted = parseDeleteErrors(
            "<DeleteResult><Error><Key>x</Key><Code>AccessDenied</Code></Error></DeleteResult>");
        QCOMPARE(deleted->first().second, QStringLiteral("AccessDenied"));
        QCOMPARE(
            completeMultipartBody({{1, QStringLiteral("e1"), 5}, {2, QStringLiteral("e2"), 3}}),
            QByteArray(
                "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&quot;e1&quot;</"
                "ETag></Part>"
                "<Part><PartNumber>2</PartNumber><ETag>&quot;e2&quot;</ETag></Part></"
                "CompleteMultipartUpload>"));
        QVERIFY(deleteObjectsBody({QStringLiteral("a&b")}).contains("<Key>a&amp;b</Key>"));
    }

    void uploadResult()
    {
        // The shape of the cloud's own example, with a blind-watermark extraction added.
        const auto r = parseUploadResult(
            "<UploadResult><OriginalInfo><Key>p/a.jpg</Key><Location>b.cos.x/p/a.jpg</Location>"
            "<ImageInfo><Format>JPEG</Format><Width>640</Width><Height>427</Height>"
            "<Quality>100</Quality><Ave>0xa18454</Ave><Orientation>1</Orientation></ImageInfo>"
            "<ETag>&quot;580cd693&quot;</ETag></OriginalInfo><ProcessResults>"
            "<Object><Key>p/s.png</Key><Location>b.cos.x/p/s.png</Location><Format>png</Format>"
            "<Width>320</Width><Height>213</Height><Size>1234</Size><Quality>100</Quality>"
            "<ETag>\"e2\"</ETag></Object>"
            "<Object><Key>p/m.png</Key><WatermarkStatus>88</WatermarkStatus></Object>"
            "</ProcessResults></UploadResult>");
        QVERIFY(r);
        QCOMPARE(r->originalKey, QStringLiteral("p/a.jpg"));
        QCOMPARE(r->originalEtag, QStringLiteral("580cd693"));
        QCOMPARE(r->originalInfo->width, 640);
        QCOMPARE(r->originalInfo->frames, 1);
        QCOMPARE(r->results.size(), 2);
        QCOMPARE(r->results[0].size, 1234);
        QCOMPARE(r->results[0].height, 213);
        QCOMPARE(r->results[0].etag, QStringLiteral("e2"));
        QVERIFY(!r->results[0].watermarkStatus);
        QCOMPARE(r->results[1].watermarkStatus.value(), 88);
        QCOMPARE(r->results[1].size, -1);
        // No ImageInfo when is_pic_info was 0; a number that is not one, or no key, is refused.
        QVERIFY(!parseUploadResult("<UploadResult><OriginalInfo><Key>k</Key></OriginalInfo>"
                                   "</UploadResult>")
                     ->originalInfo);
        QVERIFY(!parseUploadResult("<UploadResult><OriginalInfo><Key>k</Key></OriginalInfo>"
                                   "<ProcessResults><Object><Key>r</Key><Width>wide</Width>"
                                   "</Object></ProcessResults></UploadResult>"));
        QVERIFY(!parseUploadResult("<UploadResult><OriginalInfo/></UploadResult>"));
        QVERIFY(!parseUploadResult("<Error><Code>NoSuchKey</Code></Error>"));
    }
};

QTEST_GUILESS_MAIN(StorageXmlTest)
#include "test_storagexml.moc"
