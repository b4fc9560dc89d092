#pragma once

// Test documents made by LibreOffice from flat OpenDocument XML written here: exact page
// sizes (8 x 10 in, so 768 x 960 px at 96 DPI), known page and sheet counts, CJK text.

#include <QString>
#include <QStringList>

namespace ad::test
{

class DocMaker
{
public:
    explicit DocMaker(const QString &dir); // documents and a private LibreOffice profile go here

    // A text document of `pages` pages ("Page N" on each, plus `extra` text), converted by
    // LibreOffice to `format` (pdf, docx, odt, ...). `exportOptions` is a JSON filter option
    // string for PDF (e.g. a password).
    QString text(const QString &name, int pages, const QString &format, const QString &extra = {},
                 const QString &exportOptions = {});
    // A spreadsheet with one sheet per name, as `format` (xlsx, ods).
    QString sheets(const QString &name, const QStringList &sheetNames, const QString &format);
    // A presentation of `slides` slides, as `format` (pptx, odp).
    QString slides(const QString &name, int slides, const QString &format);

private:
    QString writeFlat(const QString &name, const char *suffix, const char *kind,
                      const QString &styles, const QString &body) const;
    QString convert(const QString &flatFile, const QString &target, const QString &filter = {});
    QString m_dir;
};

} // namespace ad::test
