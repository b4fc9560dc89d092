#pragma once

// The editor of one operation parameter, chosen by its schema type: slider and spin box for
// numbers, a 3x3 grid for gravity, colour button, font list, file picker, text. An optional
// parameter has a check box in front; unchecked means "not written", and the greyed editor then
// shows the default that applies, or "auto" when that depends on the picture.

#include "style/schema.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSlider;
class QSpinBox;
class QToolButton;

namespace ad::ui
{

class GravityPicker;

class ParamField : public QWidget
{
    Q_OBJECT
public:
    ParamField(const style::ParamSpec &spec, QWidget *parent = nullptr);
    const style::ParamSpec &spec() const { return m_spec; }
    QVariant value() const; // invalid when an optional parameter is unset
    // Without changed(). `fallback`: what applies while unset, shown greyed.
    void setValue(const QVariant &v, const QVariant &fallback = {});
    QWidget *editor() const { return m_editor; } // the typed widget, for tests and focus

Q_SIGNALS:
    void changed();

private:
    void buildEditor();
    QVariant editorValue() const;
    void setEditorValue(const QVariant &v);
    void showColor();
    void showUnset(const QVariant &fallback);
    int initialNumber() const;
    void startEditing(); // the box was checked: the editor's value is written from now on

    style::ParamSpec m_spec;
    bool m_updating = false;
    bool m_auto = false; // the greyed editor shows "auto", not a value
    QCheckBox *m_set = nullptr;
    QWidget *m_editor = nullptr;
    QSpinBox *m_spin = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_real = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
    QToolButton *m_button = nullptr;
    GravityPicker *m_gravity = nullptr;
};

} // namespace ad::ui
