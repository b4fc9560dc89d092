#pragma once

// The nine anchor points of a picture as a 3x3 grid of buttons, the way the cloud's gravity
// names lay them out (northwest top left ... southeast bottom right).

#include <QWidget>

class QButtonGroup;

namespace ad::ui
{

class GravityPicker : public QWidget
{
    Q_OBJECT
public:
    explicit GravityPicker(QWidget *parent = nullptr);
    QString gravity() const; // a gravity name
    void setGravity(const QString &name);

Q_SIGNALS:
    void changed();

private:
    QButtonGroup *m_group;
};

} // namespace ad::ui
