#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace ad::ui
{

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_limit;
};

} // namespace ad::ui
