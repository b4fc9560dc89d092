#include "settings/endpointdialog.h"

#include "common/background.h"
#include "common/error.h"
#include "server/service.h"
#include "storage/atomicfile.h"
#include "storage/objecturl.h"
#include "storage/signing.h"
#include "storage/storage.h"
#include "style/cloudcheck.h"
#include "style/errortext.h"
#include "style/stylefile.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
const char *kAddress = "endpoint/address";
const char *kPort = "endpoint/port";
const char *kSecretId = "endpoint/secretId"; // the key itself is never stored

// The picture's key below what is served, or empty when it lies elsewhere.
QString keyWithin(const QString &served, const QString &picture)
{
    if (storage::isRemoteLocation(served)) {
        const storage::ObjectUrl root = storage::parseObjectUrl(served);
        const storage::ObjectUrl object = storage::parseObjectUrl(picture);
        QString prefix = root.key;
        if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('/'))) prefix += QLatin1Char('/');
        if (!object.remote || object.flavor != root.flavor || object.bucket != root.bucket ||
            !object.key.startsWith(prefix))
            return {};
        return object.key.mid(prefix.size());
    }
    if (storage::isRemoteLocation(picture)) return {};
    // Canonical on both sides, so a folder reached through a symbolic link still matches.
    const QString root = QFileInfo(served).canonicalFilePath();
    const QString file = QFileInfo(picture).canonicalFilePath();
    if (root.isEmpty() || file.isEmpty() || !file.startsWith(root + QLatin1Char('/'))) return {};
    return file.mid(root.size() + 1);
}
} // namespace

// Lines from the server's worker threads wait here until the GUI thread takes them, so a burst
// of requests costs one repaint, not one queued call per line.
struct EndpointDialog::PendingLog {
    QMutex mutex;
    QStringList lines;
};

EndpointDialog::EndpointDialog(EndpointContext context, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_pending(std::make_shared<PendingLog>()),
      m_address(new QLineEdit(this)), m_port(new QSpinBox(this)), m_secretId(new QLineEdit(this)),
      m_secretKey(new QLineEdit(this)), m_source(new QLabel(this)), m_link(new QLabel(this)),
      m_message(new QLabel(this)), m_log(new QPlainTextEdit(this)),
      m_startStop(new QPushButton(this)), m_copy(new QPushButton(tr("&Copy URL"), this))
{
    setObjectName(QStringLiteral("endpointDialog"));
    setWindowTitle(tr("Local Endpoint"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    const QSettings settings;
    m_address->setObjectName(QStringLiteral("endpointAddress"));
    m_address->setText(settings.value(kAddress, QStringLiteral("127.0.0.1")).toString());
    m_address->setToolTip(tr("127.0.0.1 serves this computer only; 0.0.0.0 serves the network"));
    m_port->setObjectName(QStringLiteral("endpointPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(settings.value(kPort, 0).toInt());
    m_secretId->setObjectName(QStringLiteral("endpointSecretId"));
    m_secretId->setText(settings.value(kSecretId).toString());
    m_secretId->setPlaceholderText(tr("optional: requests must then be signed"));
    m_secretKey->setObjectName(QStringLiteral("endpointSecretKey"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_source->setObjectName(QStringLiteral("endpointSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setObjectName(QStringLiteral("endpointLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setOpenExternalLinks(true);
    m_message->setObjectName(QStringLiteral("endpointMessage"));
    m_message->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("endpointLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth); // status and time stay in view
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("One line per request: time, client, method, target, status, "
                                 "bytes, milliseconds."));
    m_startStop->setObjectName(QStringLiteral("endpointStartStop"));
    m_copy->setObjectName(QStringLiteral("endpointCopyUrl"));
    m_copy->setToolTip(tr("The selected picture's URL on this endpoint, with the Style Editor's "
                          "processing string"));
    auto *clear = new QPushButton(tr("C&lear Log"), this);
    auto *close = new QPushButton(tr("Close"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Serves:"), m_source);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    addressRow->addWidget(portLabel);
    addressRow->addWidget(m_port);
    form->addRow(tr("&Address:"), addressRow);
    form->addRow(tr("Secret&Id:"), m_secretId);
    form->addRow(tr("Secret&Key:"), m_secretKey);
    form->addRow(tr("URL:"), m_link);
    static_cast<QLabel *>(form->labelForField(addressRow))->setBuddy(m_address);
    static_cast<QLabel *>(form->labelForField(m_secretId))->setBuddy(m_secretId);
    static_cast<QLabel *>(form->labelForField(m_secretKey))->setBuddy(m_secretKey);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startStop);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(clear);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);
    resize(760, 480);

    connect(m_startStop, &QPushButton::clicked, this,
            [this] { isRunning() ? stop() : void(start()); });
    connect(m_copy, &QPushButton::clicked, this, &EndpointDialog::copyPictureUrl);
    connect(clear, &QPushButton::clicked, m_log, &QPlainTextEdit::clear);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(&m_stopping, &QFutureWatcherBase::finished, this, [this] {
        flushLog();
        updateState();
        showMessage(tr("Stopped."), false);
        Q_EMIT stopped();
    });
    updateState();
}

EndpointDialog::~EndpointDialog()
{
    m_service.reset();
    m_stopping.waitForFinished();
}

bool EndpointDialog::start()
{
    if (isRunning() || isStopping()) return isRunning();
    const QString source = m_context.source ? m_context.source() : QString();
    if (source.isEmpty()) {
        showMessage(tr("Open a folder or a bucket in the browser first."), true);
        return false;
    }
    if (m_secretId->text().trimmed().isEmpty() != m_secretKey->text().isEmpty()) {
        showMessage(tr("Give both the SecretId and the SecretKey, or neither."), true);
        return false;
    }
    server::ServeOptions options;
    (storage::isRemoteLocation(source) ? options.bucket : options.root) = source;
    options.address = m_address->text().trimmed();
    options.port = quint16(m_port->value());
    options.endpoint.secretId = m_secretId->text().trimmed();
    options.endpoint.secretKey = m_secretKey->text();
    if (m_context.styles) {
        options.endpoint.stylesFile = m_scratch.filePath(QStringLiteral("styles.json"));
        try {
            storage::writeFileAtomically(options.endpoint.stylesFile,
                                         style::styleJson(m_context.styles()));
        } catch (const ProcessingError &e) {
            showMessage(tr("Cannot start the endpoint: %1").arg(localizedText(e.error())), true);
            return false;
        }
    }
    m_log->clear();
    const std::shared_ptr<PendingLog> pending = m_pending;
    const auto logger = [this, pending](const QString &line) {
        QMutexLocker lock(&pending->mutex);
        pending->lines << line;
        if (pending->lines.size() > kMaxLogLines) pending->lines.removeFirst();
        // The first line of a burst asks the GUI thread once; the rest ride along.
        if (pending->lines.size() == 1)
            QMetaObject::invokeMethod(this, &EndpointDialog::flushLog, Qt::QueuedConnection);
    };
    try {
        m_service = std::make_unique<server::Service>(options, logger);
    } catch (const ProcessingError &e) {
        QString text = tr("Cannot start the endpoint: %1").arg(localizedText(e.error()));
        // The library cannot say why a bind failed; a port in use is by far the likeliest.
        if (e.error().code == ErrorCode::IoError && options.port != 0)
            text += QLatin1Char('\n') + tr("Another program may be using port %1: choose another "
                                           "port, or \"any free port\".")
                                            .arg(options.port);
        showMessage(text, true);
        return false;
    }
    m_served = source;
    // The port it got stays, so a restart keeps the addresses already in pages and notes.
    m_port->setValue(m_service->port());
    QSettings settings;
    settings.setValue(kAddress, options.address);
    settings.setValue(kPort, m_port->value());
    settings.setValue(kSecretId, options.endpoint.secretId);
    showMessage(tr("Serving %1.").arg(m_service->describe()), false);
    updateState();
    return true;
}

void EndpointDialog::stop()
{
    if (!m_service) return;
    // The listening socket closes at once; the wait for connections in flight (up to the
    // keep-alive timeout) happens on the thread pool, so the window stays responsive.
    std::shared_ptr<server::Service> service(std::move(m_service));
    m_stopping.setFuture(background::run([service]() mutable { service.reset(); }));
    showMessage(tr("Stopping…"), false);
    updateState();
}

QString EndpointDialog::url() const
{
    return m_service ? m_service->url() : QString();
}

QString EndpointDialog::served() const
{
    return m_service ? m_served : QString();
}

QString EndpointDialog::pictureUrl()
{
    if (!m_service) {
        showMessage(tr("Start the endpoint first."), true);
        return {};
    }
    const QString picture = m_context.picture ? m_context.picture() : QString();
    if (picture.isEmpty()) {
        showMessage(tr("Select a picture in the browser first."), true);
        return {};
    }
    QString key;
    try {
        key = keyWithin(m_served, picture);
    } catch (const ProcessingError &e) {
        showMessage(localizedText(e.error()), true);
        return {};
    }
    if (key.isEmpty()) {
        showMessage(tr("%1 is not in %2, which this endpoint serves.").arg(picture, m_served),
                    true);
        return {};
    }
    const QString object = m_service->url() + QLatin1Char('/') +
                           QString::fromLatin1(QUrl::toPercentEncoding(key, "/"));
    const QString url =
        style::cloudUrl(object, m_context.processing ? m_context.processing() : QString());
    if (m_secretId->text().trimmed().isEmpty()) return url;
    // A private endpoint gets a URL signed for an hour, as the cloud's presigned URLs are.
    storage::SignableRequest request;
    request.method = "GET";
    request.path = QLatin1Char('/') + key;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString authorization =
        storage::signCos(request, m_secretId->text().trimmed(), m_secretKey->text(), now,
                         now + kSignedUrlSeconds)
            .authorization;
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("sign=") + QString::fromLatin1(QUrl::toPercentEncoding(authorization));
}

void EndpointDialog::copyPictureUrl()
{
    const QString url = pictureUrl();
    if (url.isEmpty()) return;
    QApplication::clipboard()->setText(url);
    showMessage(tr("Copied %1").arg(url), false);
}

void EndpointDialog::flushLog()
{
    QStringList lines;
    {
        QMutexLocker lock(&m_pending->mutex);
        lines.swap(m_pending->lines);
    }
    if (!lines.isEmpty()) m_log->appendPlainText(lines.join(QLatin1Char('\n')));
}

void EndpointDialog::updateState()
{
    const bool running = isRunning();
    const bool stopping = isStopping();
    m_startStop->setText(running ? tr("S&top") : tr("&Start"));
    m_startStop->setEnabled(!stopping);
    m_copy->setEnabled(running);
    for (QWidget *field : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_secretId), static_cast<QWidget *>(m_secretKey)})
        field->setEnabled(!running && !stopping);
    const QString source = running ? m_served : (m_context.source ? m_context.source() : QString());
    m_source->setText(source.isEmpty() ? tr("nothing: open a folder or a bucket")
                                       : QDir::toNativeSeparators(source));
    const QString address = url();
    m_link->setText(address.isEmpty()
                        ? tr("not running")
                        : QStringLiteral("<a href=\"%1\">%1</a>").arg(address.toHtmlEscaped()));
}

void EndpointDialog::refreshSource()
{
    updateState();
}

void EndpointDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

} // namespace ad::ui
