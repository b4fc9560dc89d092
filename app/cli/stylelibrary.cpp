#include "cli/stylelibrary.h"

#include "cli/output.h"
#include "style/stylefile.h"

#include <cstdio>

namespace ad::cli
{

style::StyleLookup styleLibrary(const QString &path)
{
    if (path.isEmpty()) return {};
    const style::StyleFileContents contents = style::readStyleFile(path);
    for (const style::StyleFileProblem &p : contents.problems)
        std::fprintf(stderr, "warning: %s\n", shown(p.message).constData());
    return style::lookupIn(contents);
}

} // namespace ad::cli
