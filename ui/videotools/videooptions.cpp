#include "videotools/videooptions.h"

#include "common/spinboxes.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <algorithm>

namespace ad::ui
{

SpriteOptions::SpriteOptions(QFormLayout *form, QWidget *parent)
    : m_count(numberBox(1, 400, 20, parent)), m_columns(numberBox(1, 50, 5, parent)),
      m_width(numberBox(16, 1920, 160, parent,
                        QCoreApplication::translate("ad::ui::VideoOptions", " px")))
{
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "&Frames:"), m_count);
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "&Columns:"), m_columns);
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "Frame &width:"), m_width);
}

media::SpriteRequest SpriteOptions::request() const
{
    media::SpriteRequest r;
    r.count = m_count->value();
    r.columns = m_columns->value();
    r.cellWidth = m_width->value();
    return r;
}

AnimationOptions::AnimationOptions(QFormLayout *form, double start, double clipSeconds,
                                   QWidget *parent)
    : m_format(new QComboBox(parent)), m_start(secondsBox(0, 24 * 3600, start, 2, parent)),
      m_length(secondsBox(0.1, 60, 3, 2, parent)), m_fps(new QDoubleSpinBox(parent)),
      m_width(numberBox(128, 4096, 320, parent,
                        QCoreApplication::translate("ad::ui::VideoOptions", " px")))
{
    if (clipSeconds > 0) {
        m_length->setValue(std::min(m_length->value(), clipSeconds));
        m_start->setValue(std::clamp(start, 0.0, clipSeconds - m_length->value()));
    }
    m_format->addItem(QCoreApplication::translate("ad::ui::VideoOptions", "GIF"),
                      QStringLiteral("gif"));
    m_format->addItem(QCoreApplication::translate("ad::ui::VideoOptions", "WebP"),
                      QStringLiteral("webp"));
    m_fps->setRange(1, 60);
    m_fps->setValue(10);
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "F&ormat:"), m_format);
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "&Start:"), m_start);
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "&Length:"), m_length);
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "Frames per &second:"), m_fps);
    form->addRow(QCoreApplication::translate("ad::ui::VideoOptions", "&Width:"), m_width);
}

media::AnimationRequest AnimationOptions::request() const
{
    media::AnimationRequest r;
    r.format = m_format->currentData().toString();
    r.seek = m_start->value();
    r.duration = m_length->value();
    r.fps = m_fps->value();
    r.width = m_width->value();
    return r;
}

} // namespace ad::ui
