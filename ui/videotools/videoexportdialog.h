#pragma once

// The video viewer's output dialogs: Save Frame (with the CI processing string that gives the
// same picture and a Copy button), Trim (in and out points, stream copy or an exact cut),
// Make Sprite Sheet and Make Animated Preview. The output name is proposed beside nothing the
// user owns (the tool's output folder) and never replaces a file; the work runs off the GUI
// thread with progress and Cancel, and its outcome (or error) is said in words.

#include <QDialog>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ad::ui
{

class AnimationOptions;
class SpriteOptions;

class VideoExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Frame, Trim, Sprite, Animation };
    // `seconds`: the frame shown (Frame), the in point (Trim) or where the animation starts;
    // `until`: the out point (Trim; <= seconds: none chosen), or the clip's length (Animation).
    VideoExportDialog(Mode mode, const QString &clip, double seconds, double until = -1,
                      QWidget *parent = nullptr);
    ~VideoExportDialog() override;

    Mode mode() const { return m_mode; }
    void setOutput(const QString &path);
    QString output() const;
    QString processString() const; // Frame: the CI string shown
    QString message() const;       // the outcome or the error, as shown
    bool isRunning() const { return m_running; }
    // Trim: re-encode the range exactly (what a refused stream copy points the user to).
    void setExactCut(bool exact);
    void setAnimationFormat(const QString &format); // gif | webp

    // Starts the work (what Save does); finished() follows with whether it wrote the file.
    void start();
    void cancel();

Q_SIGNALS:
    void finished(bool written);

protected:
    void reject() override; // cancels running work first

private:
    QString defaultName() const;
    void done(bool written, const QString &text);

    Mode m_mode;
    QString m_clip;
    double m_seconds;
    QLineEdit *m_output;
    QLineEdit *m_process = nullptr;
    QDoubleSpinBox *m_from = nullptr;
    QDoubleSpinBox *m_to = nullptr;
    QCheckBox *m_exact = nullptr;
    std::unique_ptr<SpriteOptions> m_sprite;
    std::unique_ptr<AnimationOptions> m_animation;
    QComboBox *m_format = nullptr; // the animation's
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_save;
    QPushButton *m_close;      // "Cancel" until something is written, then "Close"
    QPushButton *m_showFolder; // enabled once something is written
    QString m_lastWritten;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
};

} // namespace ad::ui
