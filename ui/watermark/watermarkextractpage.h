#pragma once

// Extract: reads a blind mark from a suspect picture and shows the verdict, the match gauge
// of type 2, the recovered text of type 3 and the recovered mark of types 1 and 2.

#include <QColor>
#include <QImage>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ad::ui
{

class BlindMarkForm;
class CloudPlaceBox;
class MatchGauge;

class WatermarkExtractPage : public QWidget
{
    Q_OBJECT
public:
    explicit WatermarkExtractPage(QWidget *parent = nullptr);
    ~WatermarkExtractPage() override; // stops cloud work in progress

    void setSuspect(const QString &path);
    QString suspect() const;
    BlindMarkForm *form() const { return m_form; }
    // Where the reading runs: this computer, or the cloud the box names (then the picture may
    // be cos://bucket/key).
    void setPlace(CloudPlaceBox *place);
    QString verdict() const;
    QString recoveredText() const;
    QString details() const; // the line under the verdict: how it was read, or the error
    int status() const;      // WatermarkStatus, -1 unless type 2
    bool hasMark() const { return !m_mark.isEmpty(); }
    QString previewPath() const { return m_previewPath; } // the picture shown
    QImage previewImage() const;
    void extract();

Q_SIGNALS:
    void finished(bool ok);

private:
    bool isCloud() const;
    void refresh();
    void extractInCloud();
    void setBusy(bool busy);
    void showResult(const QByteArray &json);
    static QString statusWords(int status);
    void showMark(const QByteArray &png);
    void clearResult();
    void showPicture(const QString &path);
    QString question() const; // the picture, the place and the rule a result answers

    QLineEdit *m_suspect;
    BlindMarkForm *m_form;
    QPushButton *m_extract;
    QPushButton *m_cancel;
    CloudPlaceBox *m_place = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QProgressBar *m_busy;
    QLabel *m_verdict;
    MatchGauge *m_status;
    QLabel *m_text;
    QLabel *m_markView;
    QLabel *m_markCaption; // what the picture beside the verdict is
    QLabel *m_details;
    QPushButton *m_saveMark;
    QLabel *m_preview;
    QLabel *m_previewCaption; // which picture the preview is
    QByteArray m_mark;        // PNG
    QString m_previewPath;
    QString m_shownProblem; // what refresh() last put in the details line
    QString m_answered;     // question() of the result shown
};

} // namespace ad::ui
