#pragma once

// Tools > Video Posters and Sprites: a poster, a sprite sheet or an animated preview for every
// clip of the selection, of a folder or under a bucket prefix, as a background job (the Jobs dock
// shows its progress, pause, cancel and resume, and the report names any output given a numbered
// name because its name was taken). Posters, sprite sheets and animated previews each go to
// their own folder of Preferences > Outputs, outside the sources unless the user insists.

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace ad::jobs
{
class JobQueue;
struct JobSpec;
} // namespace ad::jobs

namespace ad::ui
{

class AnimationOptions;
class SpriteOptions;

class VideoPostersDialog : public QDialog
{
    Q_OBJECT
public:
    // `selection`: what the library has selected (its clips are used); `folder`: the one shown.
    VideoPostersDialog(jobs::JobQueue *queue, const QStringList &selection, const QString &folder,
                       QWidget *parent = nullptr);
    ~VideoPostersDialog() override;

    enum class What { Poster, Sprite, Animation };
    void setWhat(What what);
    void useFolder(const QString &folder);   // instead of the selection
    void usePrefix(const QString &location); // a bucket prefix (cos:// or s3://) instead
    void setDestination(const QString &folder);
    QString destination() const;
    QString message() const;
    qint64 submittedJob() const { return m_submitted; }

public Q_SLOTS:
    void accept() override;

private:
    QStringList sources() const;
    QString proposedFolder(What what) const;
    void followWhat();
    void updateState();
    void submit(const jobs::JobSpec &spec, const QString &destination, What what);

    jobs::JobQueue *m_queue;
    QStringList m_clips; // of the selection
    QRadioButton *m_useSelection;
    QRadioButton *m_useFolder;
    QLineEdit *m_folder;
    QRadioButton *m_usePrefix;
    QLineEdit *m_prefix;
    bool m_planning = false; // a bucket prefix is being listed
    QComboBox *m_what;
    What m_shownWhat = What::Poster; // whose proposed folder the destination may hold
    QStackedWidget *m_options;
    QDoubleSpinBox *m_posterTime;
    QCheckBox *m_smart;
    QSpinBox *m_posterWidth;
    QComboBox *m_posterFormat;
    std::unique_ptr<SpriteOptions> m_sprite;
    std::unique_ptr<AnimationOptions> m_animation;
    QLineEdit *m_destination;
    QLabel *m_message;
    QPushButton *m_ok;
    qint64 m_submitted = 0;
};

} // namespace ad::ui
