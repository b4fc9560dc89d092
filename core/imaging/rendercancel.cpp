#include "imaging/rendercancel.h"

#include <vips/vips.h>

namespace ad::imaging
{

RenderCancel::~RenderCancel()
{
    detach();
}

void RenderCancel::cancel()
{
    m_cancelled = true;
    const std::lock_guard lock(m_mutex);
    if (m_image) vips_image_set_kill(m_image, TRUE);
}

void RenderCancel::watch(VipsImage *image)
{
    const std::lock_guard lock(m_mutex);
    if (image) g_object_ref(image);
    if (m_image) g_object_unref(m_image);
    m_image = image;
    if (m_image && m_cancelled) vips_image_set_kill(m_image, TRUE);
}

} // namespace ad::imaging
