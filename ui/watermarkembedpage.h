#pragma once

// Embed: one picture marked now (with its PSNR), or the same rule handed to Batch Process as a
// background job.

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ad::ui
{

class BlindMarkForm;

class WatermarkEmbedPage : public QWidget
{
    Q_OBJECT
public:
    // batch(rule) opens Batch Process with the rule; the page does not know the job queue.
    explicit WatermarkEmbedPage(std::function<void(const QString &)> batch,
                                QWidget *parent = nullptr);

    void setSource(const QString &path);
    BlindMarkForm *form() const { return m_form; }
    QLineEdit *output() const { return m_output; }
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
    void refresh();
    void write(const QString &output);

    std::function<void(const QString &)> m_batch;
    QString m_written;
    QLineEdit *m_source;
    QLineEdit *m_output;
    BlindMarkForm *m_form;
    QLineEdit *m_rule;
    QPushButton *m_embed;
    QPushButton *m_batchButton;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_result;
    QLabel *m_difference;
    QLabel *m_resultCaption;
    QLabel *m_differenceCaption;
};

} // namespace ad::ui
