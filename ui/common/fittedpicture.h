#pragma once

// A label whose picture shrinks to fit the room it is given, keeping its aspect: a preview that
// never pushes the form above it off the window, nor is cropped.

#include <QLabel>

namespace ad::ui
{

class FittedPicture : public QLabel
{
    Q_OBJECT

public:
    explicit FittedPicture(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace ad::ui
