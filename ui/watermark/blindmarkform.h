#pragma once

// The settings of a blind watermark: type, text or mark image, strength. In extraction mode the
// image is the mark (type 2) or the original picture (type 1) and there is no text or level.

#include <QSize>
#include <QWidget>

#include <initializer_list>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ad::ui
{

class BlindMarkForm : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Embed, Extract };
    explicit BlindMarkForm(Mode mode, QWidget *parent = nullptr);

    // Gives these forms of the page and this one a label column as wide as the widest label of
    // any (whichever rows show), so that their fields line up.
    void lineUpWith(std::initializer_list<QFormLayout *> forms);

    int type() const;
    void setType(int type);
    QString text() const;
    void setText(const QString &text);
    QString imagePath() const;
    void setImagePath(const QString &path);
    int level() const;
    // In the cloud the image may also be an object, cos://bucket/key, which the cloud checks.
    void setCloud(bool cloud);
    // The picture to be marked, when known: a text longer than it can hold is refused before
    // embedding (small pictures hold fewer characters).
    void setPictureSize(QSize size);

    // Empty when the form is complete, else what is missing or refused, for people.
    QString problem() const;
    // The same, unless the form shows it itself under the text field (empty then): a page says
    // the rest, and nothing twice.
    QString problemNotShown() const;
    // watermark/3/... (Embed) or watermark/4/... (Extract), with the image as a local path.
    QString rule() const;

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();
    QString textProblem() const; // characters a type 3 mark cannot hold, or too many
    void showMark();

    Mode m_mode;
    bool m_cloud = false;
    QSize m_pictureSize;
    QComboBox *m_type;
    QLabel *m_textLabel;
    QLineEdit *m_text;
    QLabel *m_textProblem; // under the text: what it cannot hold
    QLabel *m_imageLabel;
    QWidget *m_imageRow;
    QLineEdit *m_image;
    QLabel *m_thumb;
    QLabel *m_levelLabel;
    QSpinBox *m_level;
    int m_labelWidth = 0; // the widest label the form shows for any type
    // Extracting, the image field is the mark (type 2) or the original (type 1): each type
    // keeps its own, so that a mark is never taken for an original.
    int m_imageType = 0; // the type whose image the field holds (0: none yet)
    QString m_imageFor[3];
};

} // namespace ad::ui
