#pragma once

// The robustness report as a picture: one horizontal bar per attack, its length the raw bit
// accuracy (averaged over the pictures), its colour whether the mark came back whole from all,
// some or none of them.

#include "imaging/blind/robustness.h"

#include <QWidget>

namespace ad::ui
{

class RobustnessChart : public QWidget
{
    Q_OBJECT
public:
    explicit RobustnessChart(QWidget *parent = nullptr);

    void setReports(const std::vector<imaging::blind::Report> &reports);
    // While a report runs, the empty chart says so instead of inviting a run.
    void setRunning(bool running);
    QString emptyText() const;       // what the chart says while it has no bars
    QImage render(QSize size) const; // for PNG export, independent of the widget's size
    QSize sizeHint() const override;
    // The attack names as drawn in a chart this wide with these metrics: elided in the middle
    // only when the bars would otherwise have no room.
    QStringList shownLabels(const QFontMetrics &fm, int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    struct Bar {
        QString label;
        double accuracy = 0; // mean over pictures with a result
        int recovered = 0;
        int measured = 0; // pictures with a result
        int total = 0;    // pictures, those the attack failed on included
    };
    struct Layout {
        int labelWidth = 0, valueWidth = 0; // valueWidth 0: no values beside the bars
        int left = 0, right = 0;            // where the bars' 50 % and 100 % are
        int xFor(double accuracy) const;
    };
    Layout layout(const QFontMetrics &fm, const QRect &inner) const;
    int header(QPainter *p, const QFontMetrics &fm, const QRect &inner, const Layout &l,
               int top) const;
    // visibleTop: the first row in view, where the header stays while the bars scroll.
    void draw(QPainter &p, const QRect &area, int visibleTop) const;
    int labelWidth(const QFontMetrics &fm, int innerWidth) const;
    static int legendHeight(const QFontMetrics &fm);
    static int valueWidth(const QFontMetrics &fm, int innerWidth);

    std::vector<Bar> m_bars;
    QString m_title;
    bool m_running = false;
};

} // namespace ad::ui
