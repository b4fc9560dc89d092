#pragma once

// Tools → Local Endpoint: serves the folder or bucket prefix the browser shows as a local Cloud
// Infinite endpoint (server::Service, the engine of `assetdesk-cli serve`), shows its address
// and a live request log, and copies the URL of the selected picture with the Style Editor's
// processing string. The endpoint starts with the style library's styles; the style API changes
// them for that run only. Closing the dialog keeps the endpoint running; destroying it stops it.

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ad::server
{
class Service;
}

namespace ad::ui
{

// What the dialog asks the browser, each time it needs it.
struct EndpointContext {
    std::function<QString()> source;     // the folder or bucket prefix shown
    std::function<QString()> picture;    // the selected picture: a file or a bucket location
    std::function<QString()> processing; // the Style Editor's string; empty without one
    std::function<QMap<QString, QString>()> styles; // the style library, for style/<name>
};

class EndpointDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxLogLines = 5000;
    static constexpr int kSignedUrlSeconds = 3600;

    explicit EndpointDialog(EndpointContext context, QWidget *parent = nullptr);
    ~EndpointDialog() override; // stops the endpoint, waiting for requests in flight

    // Starts on the browser's folder or bucket; false with the reason shown in the dialog.
    bool start();
    // Closes the port at once; requests in flight finish on the thread pool, then stopped().
    void stop();
    bool isRunning() const { return m_service != nullptr; }
    bool isStopping() const { return m_stopping.isRunning(); }
    QString url() const;    // http://address:port while running
    QString served() const; // the folder or bucket prefix being served
    void refreshSource();   // the browser moved: show what Start would serve

    // <url>/<key of the selected picture>?<processing>, percent-encoded, and signed (sign=...)
    // when the endpoint has a key pair; empty with the reason shown when there is no picture,
    // it lies outside what is served, or nothing runs.
    QString pictureUrl();
    void copyPictureUrl(); // to the clipboard

    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *secretIdEdit() const { return m_secretId; }
    QLineEdit *secretKeyEdit() const { return m_secretKey; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *message() const { return m_message; }
    QLabel *link() const { return m_link; }

Q_SIGNALS:
    void stopped();

private:
    struct PendingLog;
    void flushLog(); // on the GUI thread: the lines the workers queued
    void updateState();
    void showMessage(const QString &text, bool error);

    EndpointContext m_context;
    std::unique_ptr<server::Service> m_service;
    QFutureWatcher<void> m_stopping;
    std::shared_ptr<PendingLog> m_pending;
    QString m_served;
    QTemporaryDir m_scratch; // the endpoint's copy of the style library
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_secretId;
    QLineEdit *m_secretKey;
    QLabel *m_source;
    QLabel *m_link;
    QLabel *m_message;
    QPlainTextEdit *m_log;
    QPushButton *m_startStop;
    QPushButton *m_copy;
};

} // namespace ad::ui
