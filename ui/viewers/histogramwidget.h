#pragma once

// A histogram chart: red, green and blue as translucent areas, luminance as a line.

#include "imaging/histogram.h"

#include <QWidget>

namespace ad::ui
{

class HistogramWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramWidget(QWidget *parent = nullptr);
    void setHistogram(const imaging::Histogram &histogram);
    void clear();
    const imaging::Histogram &histogram() const { return m_histogram; }
    QSize sizeHint() const override { return {260, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    imaging::Histogram m_histogram;
    bool m_empty = true;
};

} // namespace ad::ui
