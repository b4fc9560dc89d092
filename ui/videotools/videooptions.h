#pragma once

// The option fields of a sprite sheet and of an animated preview, with their defaults, shared by
// the viewer's Make Sprite Sheet / Make Animated Preview dialogs and Tools > Video Posters and
// Sprites. Each adds its rows to a form and reads them back as the core's request.

#include "media/previews.h"

#include <QObject>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace ad::ui
{

class SpriteOptions
{
public:
    SpriteOptions(QFormLayout *form, QWidget *parent);
    media::SpriteRequest request() const; // count, columns and cell width set

private:
    QSpinBox *m_count;
    QSpinBox *m_columns;
    QSpinBox *m_width;
};

class AnimationOptions
{
public:
    // clipSeconds <= 0: unknown length. A known length moves the proposed start back so the
    // preview runs its whole length (from the clip's end it would be one frame repeated).
    AnimationOptions(QFormLayout *form, double start, double clipSeconds, QWidget *parent);
    media::AnimationRequest request() const;
    QComboBox *format() const { return m_format; } // its data: "gif" or "webp"

private:
    QComboBox *m_format;
    QDoubleSpinBox *m_start;
    QDoubleSpinBox *m_length;
    QDoubleSpinBox *m_fps;
    QSpinBox *m_width;
};

} // namespace ad::ui
