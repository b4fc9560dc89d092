#pragma once

// Embed: one picture marked now (with its PSNR), or the same rule handed to Batch Process as a
// background job.

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ad::ui
{

class BlindMarkForm;
class CloudPlaceBox;

class WatermarkEmbedPage : public QWidget
{
    Q_OBJECT
public:
    // batch(rule) opens Batch Process with the rule; the page does not know the job queue.
    explicit WatermarkEmbedPage(std::function<void(const QString &)> batch,
                                QWidget *parent = nullptr);
    ~WatermarkEmbedPage() override; // stops cloud work in progress

    void setSource(const QString &path);
    // Where the marking runs: this computer, or the cloud the box names (then the picture may be
    // cos://bucket/key, the marked copy gets a key in the bucket and comes back only when a
    // local copy is asked for).
    void setPlace(CloudPlaceBox *place);
    BlindMarkForm *form() const { return m_form; }
    QLineEdit *output() const { return m_output; }
    QLineEdit *resultKey() const { return m_resultKey; } // in the cloud
    QLineEdit *saveCopy() const { return m_saveCopy; }   // in the cloud; empty: none
    QString source() const;
    QString written() const { return m_written; } // the marked copy the last embed wrote
    QString status() const;
    bool isBusy() const;
    // When the output exists, asks (window-modal, "outputExists") to replace it, keep both
    // (the next free name, "x-marked (1).png") or cancel.
    void embed();

Q_SIGNALS:
    void finished(bool ok);

private:
    bool isCloud() const;
    void updatePlace();
    void refresh();
    void start(const QString &output);
    void write(const QString &output);
    void writeInCloud(const QString &saveTo);
    void setBusy(bool busy);
    void proposeFor(const QString &source);
    void clearPictures();
    QString shownKey() const;

    std::function<void(const QString &)> m_batch;
    QString m_written;
    QString m_proposedOutput; // what proposeFor() last put in the output field
    QString m_shownFor;       // the picture and rule of the marked copy shown
    QLineEdit *m_source;
    QLineEdit *m_output;
    QLineEdit *m_resultKey;
    QLineEdit *m_saveCopy;
    QFormLayout *m_files;
    CloudPlaceBox *m_place = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    BlindMarkForm *m_form;
    QLineEdit *m_rule;
    QPushButton *m_embed;
    QPushButton *m_batchButton;
    QPushButton *m_showFolder; // the folder of the copy last written here
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_result;
    QLabel *m_difference;
    QLabel *m_resultCaption;
    QLabel *m_differenceCaption;
};

} // namespace ad::ui
