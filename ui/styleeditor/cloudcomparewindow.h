#pragma once

// Compare with Cloud: the Style Editor's processing run locally and by Cloud Infinite on the
// same original, shown side by side (or as their difference) with dimensions, format, bytes,
// PSNR and SSIM. The work runs on the thread pool (storage/cloudcompare) with a Cancel button.

#include "storage/cloudcompare.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ad::ui
{

class BeforeAfterView;

class CloudCompareWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CloudCompareWindow(QWidget *parent = nullptr);
    ~CloudCompareWindow() override;

    // `location` is the bucket object (cos://[profile@]bucket/key), or the bucket when
    // request.localFile names a picture to upload below request.scratchPrefix first.
    void start(const QString &location, const storage::CloudCompareRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    void setDifferenceShown(bool on);

    // The last finished comparison; empty while running and after a failure or cancel.
    const std::optional<storage::CloudComparison> &result() const { return m_result; }
    QString statusText() const;
    QLabel *title() const { return m_title; }
    QTableWidget *facts() const { return m_facts; }
    BeforeAfterView *view() const { return m_view; }

Q_SIGNALS:
    void finished(); // done, failed or cancelled

private:
    void showResult(const storage::CloudComparison &c);
    void setStatus(const QString &text, bool error);

    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QCheckBox *m_difference;
    BeforeAfterView *m_view;
    QTableWidget *m_facts;
    std::shared_ptr<storage::CompareCancel> m_cancelToken;
    std::optional<storage::CloudComparison> m_result;
    bool m_running = false;
};

} // namespace ad::ui
