#pragma once

// How well a picture matches the mark given (WatermarkStatus, 0-100) as a meter rather than a
// progress bar: the scale shows the cloud's bands (not found below 60, probably present to 75,
// present above), and a needle in the verdict's colour stands at the value.

#include <QColor>
#include <QWidget>

namespace ad::ui
{

class MatchGauge : public QWidget
{
    Q_OBJECT
public:
    explicit MatchGauge(QWidget *parent = nullptr);

    // The bands' edges, as the cloud draws them: below 60 absent, 60 to 75 suspected, above
    // present.
    static constexpr int kSuspectedFrom = 60, kPresentAbove = 75;

    // The verdict's colour for a status, wherever it was read: green, amber or red.
    static QColor colourFor(int status);

    void setValue(int status); // 0-100
    int value() const { return m_value; }
    int needleX() const { return needleXFor(m_value); } // in the widget's coordinates
    int needleXFor(int status) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect scale() const;              // the band's rectangle
    static QString words(int status); // beside the band, and for screen readers

    int m_value = 0;
};

} // namespace ad::ui
