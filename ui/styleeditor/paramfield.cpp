#include "styleeditor/paramfield.h"

#include "common/browsestart.h"
#include "style/fonts.h"
#include "styleeditor/gravitypicker.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

namespace ad::ui
{

using style::ParamType;

ParamField::ParamField(const style::ParamSpec &spec, QWidget *parent)
    : QWidget(parent), m_spec(spec)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    if (m_spec.optional) {
        m_set = new QCheckBox(this);
        m_set->setObjectName(QStringLiteral("set"));
        m_set->setToolTip(tr("Write this parameter; when unchecked the cloud's default applies"));
        row->addWidget(m_set);
        connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
            m_editor->setEnabled(on);
            if (m_updating) return;
            if (on) startEditing();
            Q_EMIT changed();
        });
    }
    buildEditor();
    const bool compact = m_spec.type == ParamType::Gravity || m_spec.type == ParamType::Bool;
    row->addWidget(m_editor, compact ? 0 : 1);
    if (compact) row->addStretch(1);
    if (m_set) m_editor->setEnabled(false);
}

void ParamField::buildEditor()
{
    const auto notify = [this] {
        if (!m_updating) Q_EMIT changed();
    };
    switch (m_spec.type) {
    case ParamType::Int: {
        m_editor = new QWidget(this);
        auto *box = new QHBoxLayout(m_editor);
        box->setContentsMargins(0, 0, 0, 0);
        m_spin = new QSpinBox(m_editor);
        m_spin->setRange(int(m_spec.min), int(m_spec.max));
        m_spin->setValue(initialNumber());
        if (m_spec.max - m_spec.min <= 1000) {
            m_slider = new QSlider(Qt::Horizontal, m_editor);
            m_slider->setRange(int(m_spec.min), int(m_spec.max));
            m_slider->setValue(m_spin->value());
            box->addWidget(m_slider, 1);
            connect(m_slider, &QSlider::valueChanged, m_spin, &QSpinBox::setValue);
            connect(m_spin, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
        }
        box->addWidget(m_spin);
        connect(m_spin, &QSpinBox::valueChanged, this, notify);
        break;
    }
    case ParamType::Real:
        m_real = new QDoubleSpinBox(this);
        // A decimal parameter's minimum is exclusive (a blur sigma is above 0): the lowest
        // value offered is one step of the shown decimals above it.
        m_real->setDecimals(2);
        m_real->setRange(m_spec.min + 0.01, m_spec.max);
        m_real->setSingleStep(0.5);
        m_editor = m_real;
        connect(m_real, &QDoubleSpinBox::valueChanged, this, notify);
        break;
    case ParamType::Bool:
        m_check = new QCheckBox(this);
        m_editor = m_check;
        connect(m_check, &QCheckBox::toggled, this, notify);
        break;
    case ParamType::Choice:
        m_combo = new QComboBox(this);
        for (int i = 0; i < m_spec.choices.size(); ++i)
            m_combo->addItem(
                i < int(m_spec.choiceLabels.size())
                    ? QCoreApplication::translate("StyleSchema", m_spec.choiceLabels[size_t(i)])
                    : m_spec.choices[i],
                m_spec.choices[i]);
        m_combo->setPlaceholderText(tr("auto"));
        m_editor = m_combo;
        connect(m_combo, &QComboBox::currentIndexChanged, this, notify);
        break;
    case ParamType::Font:
        m_combo = new QComboBox(this);
        for (const style::FontMapping &f : style::knownFonts()) {
            m_combo->addItem(f.ciName, f.ciName);
            m_combo->setItemData(m_combo->count() - 1, tr("Drawn here with %1").arg(f.family),
                                 Qt::ToolTipRole);
        }
        m_combo->setCurrentIndex(m_combo->findData(style::defaultFontName()));
        m_combo->setPlaceholderText(tr("auto"));
        m_editor = m_combo;
        connect(m_combo, &QComboBox::currentIndexChanged, this, notify);
        break;
    case ParamType::Gravity:
        m_gravity = new GravityPicker(this);
        m_gravity->setGravity(QStringLiteral("southeast"));
        m_editor = m_gravity;
        connect(m_gravity, &GravityPicker::changed, this, notify);
        break;
    case ParamType::Color:
    case ParamType::File: {
        m_editor = new QWidget(this);
        auto *box = new QHBoxLayout(m_editor);
        box->setContentsMargins(0, 0, 0, 0);
        m_line = new QLineEdit(m_editor);
        m_button = new QToolButton(m_editor);
        box->addWidget(m_line, 1);
        box->addWidget(m_button);
        connect(m_line, &QLineEdit::textChanged, this, notify);
        if (m_spec.type == ParamType::Color) {
            m_line->setText(QStringLiteral("#FFFFFF"));
            m_line->setInputMask(QStringLiteral("\\#HHHHHH"));
            m_button->setToolTip(tr("Choose a colour"));
            connect(m_line, &QLineEdit::textChanged, this, &ParamField::showColor);
            connect(m_button, &QToolButton::clicked, this, [this] {
                const QColor c = QColorDialog::getColor(QColor(m_line->text()), this);
                if (c.isValid()) m_line->setText(c.name().toUpper());
            });
            showColor();
        } else {
            m_line->setPlaceholderText(tr("A local file, or http:// or cos:// object URL"));
            m_button->setText(tr("…"));
            m_button->setToolTip(tr("Choose a file"));
            connect(m_button, &QToolButton::clicked, this, [this] {
                const QString file = QFileDialog::getOpenFileName(
                    this, tr("Choose an Image"), browseStart(m_line->text()),
                    tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
                if (!file.isEmpty()) m_line->setText(file);
            });
        }
        break;
    }
    case ParamType::Text:
        m_line = new QLineEdit(this);
        m_editor = m_line;
        connect(m_line, &QLineEdit::textChanged, this, notify);
        break;
    }
    m_editor->setObjectName(QStringLiteral("editor"));
}

int ParamField::initialNumber() const
{
    // A middle value when an optional number without a fixed default is first switched on.
    return m_spec.max - m_spec.min <= 100 ? int((m_spec.min + m_spec.max) / 2)
                                          : std::max(int(m_spec.min), 10);
}

void ParamField::showColor()
{
    QPixmap swatch(16, 16);
    swatch.fill(QColor(m_line->text()));
    m_button->setIcon(QIcon(swatch));
}

QVariant ParamField::value() const
{
    if (m_set && !m_set->isChecked()) return {};
    return editorValue();
}

QVariant ParamField::editorValue() const
{
    switch (m_spec.type) {
    case ParamType::Int:
        return m_spin->value();
    case ParamType::Real:
        return m_real->value();
    case ParamType::Bool:
        return m_check->isChecked();
    case ParamType::Choice:
    case ParamType::Font:
        return m_combo->currentData();
    case ParamType::Gravity:
        return m_gravity->gravity();
    case ParamType::Color:
    case ParamType::File:
    case ParamType::Text:
        return m_line->text();
    }
    return {};
}

void ParamField::setValue(const QVariant &v, const QVariant &fallback)
{
    m_updating = true;
    if (m_set) {
        m_set->setChecked(v.isValid());
        m_editor->setEnabled(v.isValid());
    }
    if (v.isValid()) {
        startEditing();
        setEditorValue(v);
    } else if (m_set) {
        showUnset(fallback);
    }
    m_updating = false;
}

void ParamField::showUnset(const QVariant &fallback)
{
    if (fallback.isValid()) {
        startEditing();
        setEditorValue(fallback);
        return;
    }
    m_auto = true;
    switch (m_spec.type) {
    case ParamType::Int: {
        // One below the range reads "auto" until the box is checked.
        const QSignalBlocker block(m_slider);
        m_spin->setRange(int(m_spec.min) - 1, int(m_spec.max));
        m_spin->setSpecialValueText(tr("auto"));
        m_spin->setValue(m_spin->minimum());
        break;
    }
    case ParamType::Choice:
    case ParamType::Font:
        m_combo->setCurrentIndex(-1);
        break;
    case ParamType::Color:
    case ParamType::File:
    case ParamType::Text:
        m_line->clear();
        break;
    case ParamType::Real:
    case ParamType::Bool:
    case ParamType::Gravity:
        break; // every such optional parameter has a fallback
    }
}

void ParamField::startEditing()
{
    if (!m_auto) return;
    m_auto = false;
    const bool updating = std::exchange(m_updating, true);
    switch (m_spec.type) {
    case ParamType::Int:
        m_spin->setSpecialValueText(QString());
        m_spin->setRange(int(m_spec.min), int(m_spec.max));
        m_spin->setValue(initialNumber());
        break;
    case ParamType::Choice:
    case ParamType::Font:
        m_combo->setCurrentIndex(0);
        break;
    case ParamType::Color:
        m_line->setText(QStringLiteral("#FFFFFF"));
        break;
    default:
        break;
    }
    m_updating = updating;
}

void ParamField::setEditorValue(const QVariant &v)
{
    switch (m_spec.type) {
    case ParamType::Int:
        m_spin->setValue(v.toInt());
        break;
    case ParamType::Real:
        m_real->setValue(v.toDouble());
        break;
    case ParamType::Bool:
        m_check->setChecked(v.toBool());
        break;
    case ParamType::Choice:
    case ParamType::Font:
        if (m_combo->findData(v.toString()) < 0) m_combo->addItem(v.toString(), v.toString());
        m_combo->setCurrentIndex(m_combo->findData(v.toString()));
        break;
    case ParamType::Gravity:
        m_gravity->setGravity(v.toString());
        break;
    case ParamType::Color:
    case ParamType::File:
    case ParamType::Text:
        if (m_line->text() != v.toString()) m_line->setText(v.toString());
        break;
    }
}

} // namespace ad::ui
