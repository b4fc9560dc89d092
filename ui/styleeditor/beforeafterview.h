#pragma once

// Before and after of a style: a split with a draggable divider, the two side by side, or
// their difference amplified so that small changes (quality, a faint watermark) show.
// A message replaces the pictures for answers that are text (imageInfo, errors).

#include <QImage>
#include <QWidget>

namespace ad::ui
{

class BeforeAfterView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Split, SideBySide, Difference };
    explicit BeforeAfterView(QWidget *parent = nullptr);
    void setImages(const QImage &before, const QImage &after);
    void setBefore(const QImage &before);
    void setMessage(const QString &text, bool error = false); // shown instead of the result
    // What the two pictures are called on screen (default "Before", "After").
    void setLabels(const QString &before, const QString &after);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setSplit(double fraction); // 0..1 from the left
    double split() const { return m_split; }
    QImage difference() const; // after minus before, amplified; null without both
    QSize sizeHint() const override { return {640, 420}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect fitted(const QSize &image, const QRect &box) const;

    QImage m_before;
    QImage m_after;
    mutable QImage m_difference; // computed on first use
    QString m_beforeLabel;
    QString m_afterLabel;
    QString m_message;
    bool m_error = false;
    Mode m_mode = Mode::Split;
    double m_split = 0.5;
};

} // namespace ad::ui
