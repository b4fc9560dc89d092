#include "imaging/fontcatalog.h"

#include <fontconfig/fontconfig.h>

namespace ad::imaging
{

QStringList installedFontFamilies()
{
    QStringList families;
    FcPattern *pattern = FcPatternCreate();
    FcObjectSet *objects = FcObjectSetBuild(FC_FAMILY, nullptr);
    if (FcFontSet *set = FcFontList(nullptr, pattern, objects)) {
        for (int i = 0; i < set->nfont; ++i) {
            FcChar8 *family = nullptr;
            // A font may list several names (e.g. localised ones); all of them select it.
            for (int n = 0;
                 FcPatternGetString(set->fonts[i], FC_FAMILY, n, &family) == FcResultMatch; ++n)
                families << QString::fromUtf8(reinterpret_cast<const char *>(family));
        }
        FcFontSetDestroy(set);
    }
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    families.removeDuplicates();
    families.sort();
    return families;
}

bool isFontFamilyInstalled(const QString &family)
{
    return installedFontFamilies().contains(family);
}

} // namespace ad::imaging
