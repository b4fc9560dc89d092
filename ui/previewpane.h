#pragma once

// The Preview pane: the selected file decoded off the GUI thread, upright, fitted to the pane.

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class QLabel;

namespace ad::ui
{

class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);
    void showFile(const QString &path);
    bool isLoading() const;

Q_SIGNALS:
    void loaded();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Result {
        QImage image;
        QString error;
    };
    void present();

    QLabel *m_picture;
    QLabel *m_caption;
    QString m_path;
    QImage m_image;
    QFutureWatcher<Result> m_watcher;
};

} // namespace ad::ui
