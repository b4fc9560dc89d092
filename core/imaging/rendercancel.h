#pragma once

// Stops a render from another thread: between stages, and inside libvips while it computes
// pixels, by killing the image the render is working from (every image derived from it then
// fails to compute). The style editor uses it so an edit never waits for a stale preview.

#include <atomic>
#include <mutex>

typedef struct _VipsImage VipsImage;

namespace ad::imaging
{

class RenderCancel
{
public:
    RenderCancel() = default;
    ~RenderCancel();
    RenderCancel(const RenderCancel &) = delete;
    RenderCancel &operator=(const RenderCancel &) = delete;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // For work that polls a flag: HTTP transfers, FFmpeg's interrupt callback.
    const std::atomic<bool> *flag() const { return &m_cancelled; }
    // The image the render computes from now (referenced until replaced or detached).
    void watch(VipsImage *image);
    void detach() { watch(nullptr); }

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    VipsImage *m_image = nullptr;
};

} // namespace ad::imaging
