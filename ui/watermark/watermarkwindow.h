#pragma once

// Tools > Blind Watermark: embed, extract and the robustness report, each on its own tab.
// Pictures dropped on the window go to the current tab.

#include <QWidget>
#include <functional>

class QTabWidget;

namespace ad::ui
{

class CloudPlaceBox;
class RobustnessPage;
class WatermarkEmbedPage;
class WatermarkExtractPage;

class WatermarkWindow : public QWidget
{
    Q_OBJECT
public:
    // batch(rule) opens Batch Process for the selection with the rule.
    explicit WatermarkWindow(std::function<void(const QString &)> batch, QWidget *parent = nullptr);

    // The browser's selection: the first picture for embed and extract, all for the report.
    void setPictures(const QStringList &paths);

    QTabWidget *tabs() const { return m_tabs; }
    CloudPlaceBox *place() const { return m_place; } // embed and extract: here or the cloud
    WatermarkEmbedPage *embedPage() const { return m_embed; }
    WatermarkExtractPage *extractPage() const { return m_extract; }
    RobustnessPage *robustnessPage() const { return m_report; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTabWidget *m_tabs;
    CloudPlaceBox *m_place;
    WatermarkEmbedPage *m_embed;
    WatermarkExtractPage *m_extract;
    RobustnessPage *m_report;
};

} // namespace ad::ui
