#pragma once

// The live preview of the style editor: renders the current pipeline on the selected picture on
// a worker, a moment after the last edit. Edits made while a render runs are coalesced into one
// more render of the latest state, and answers for an older picture are dropped, so typing
// never waits for libvips. Large pictures render through a proxy; Full Resolution renders the
// original once.

#include "imaging/stylepreview.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QButtonGroup;
class QToolButton;

namespace ad::ui
{

class BeforeAfterView;

class StylePreview : public QWidget
{
    Q_OBJECT
public:
    explicit StylePreview(QWidget *parent = nullptr);
    // A local file; `label` names it for people (a bucket object's location, say).
    void setSource(const QString &path, const QString &label = {});
    QString source() const { return m_path; }
    // Where a clip's chosen cover time comes from (the catalogue), so a video previews through
    // the cover the grid and Quick Look show; without one, the default cover.
    void setCoverLookup(std::function<std::optional<double>(const QString &path)> lookup);
    void coverChanged(const QString &clip); // previews the clip's new cover if it is shown
    // nullopt: the string does not parse; the last result stays, dimmed by the editor's error.
    void setPipeline(const std::optional<style::Pipeline> &pipeline, style::StyleLookup lookup);
    // A ci-process string instead (a video's snapshot or videoinfo, a document's page): it runs
    // on the original file, not on the preview's picture.
    void setCiProcess(const media::CiProcess &process, style::StyleLookup lookup);
    void renderFullResolution();
    void setMode(int mode); // a BeforeAfterView::Mode, with its button checked

    bool isBusy() const { return m_running || m_loading || m_debounce.isActive(); }
    const imaging::PreviewInput *input() const { return m_input.get(); }
    const std::optional<imaging::PreviewOutput> &output() const { return m_output; }
    QString error() const { return m_error; }
    bool lastWasFullResolution() const { return m_lastFull; }
    int cancelledRenders() const { return m_cancelled; } // stopped because they were stale
    BeforeAfterView *view() const { return m_view; }

Q_SIGNALS:
    void rendered(); // a render ended, with an output or an error
    void sourceChanged(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadInput(bool full);
    void startRender(bool full = false);
    void showInfo(double seconds);

    BeforeAfterView *m_view;
    QLabel *m_info;
    QProgressBar *m_busy;
    QToolButton *m_fullButton;
    QButtonGroup *m_modes;
    QTimer m_debounce;
    QString m_path;
    QString m_label;
    std::function<std::optional<double>(const QString &path)> m_coverLookup;
    std::shared_ptr<const imaging::PreviewInput> m_input;
    std::shared_ptr<const imaging::PreviewInput> m_fullInput;
    std::optional<style::Pipeline> m_pipeline;
    std::optional<media::CiProcess> m_ciProcess; // set: previewed instead of m_pipeline
    style::StyleLookup m_lookup;
    std::optional<imaging::PreviewOutput> m_output;
    QString m_error;
    std::shared_ptr<imaging::RenderCancel> m_cancel; // of the render under way
    int m_cancelled = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_loading = false;
    bool m_lastFull = false;
    int m_sourceGeneration = 0;
};

} // namespace ad::ui
