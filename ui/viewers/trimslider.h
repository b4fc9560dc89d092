#pragma once

// The player's seek bar with the trim range drawn on it: the in and out points as marks and the
// part between them tinted, so I and O show where a trim will cut. A click on the bar jumps
// there and can drag on, as in media players.

#include <QSlider>

namespace ad::ui
{

class TrimSlider : public QSlider
{
    Q_OBJECT
public:
    explicit TrimSlider(QWidget *parent = nullptr);
    // In slider units (milliseconds); -1: not set.
    void setTrimRange(int in, int out);
    int inPoint() const { return m_in; }
    int outPoint() const { return m_out; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int m_in = -1;
    int m_out = -1;
};

} // namespace ad::ui
