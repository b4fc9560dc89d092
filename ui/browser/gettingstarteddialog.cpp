#include "browser/gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ad::ui
{

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(guideHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 620);
}

QString GettingStartedDialog::guideHtml()
{
    // One paragraph per string, so a translator sees a whole thought at a time.
    const auto section = [](const QString &title, const QStringList &paragraphs) {
        QString html = QStringLiteral("<h3>%1</h3>").arg(title);
        for (const QString &p : paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(p);
        return html;
    };
    return QStringLiteral("<h2>%1</h2>").arg(tr("Getting Started with AssetDesk")) +
           section(tr("Browse a folder or a bucket"),
                   {tr("Pick a folder under <b>Places</b> or <b>Folders</b> on the left, or "
                       "<b>File &gt; Open Folder</b> (Ctrl+O). Buckets appear under Places once "
                       "added in <b>File &gt; Cloud Connections</b>. <b>Ctrl+1</b> shows the "
                       "grid, <b>Ctrl+2</b> the list with details; <b>Space</b> previews the "
                       "selected file."),
                    tr("<b>F3</b> or a double-click opens the viewer: the arrow keys go through "
                       "the folder, <b>T</b> shows the filmstrip, <b>Ctrl+L</b> and "
                       "<b>Ctrl+R</b> turn the picture on screen (the file is not changed), "
                       "<b>F5</b> starts a slideshow, <b>F11</b> fills the screen and "
                       "<b>Esc</b> ends either.")}) +
           section(tr("Rate, label and tag"),
                   {tr("Select files and press <b>1</b> to <b>5</b> for stars, <b>0</b> to clear "
                       "them; <b>6</b> red, <b>7</b> yellow, <b>8</b> green, <b>9</b> blue "
                       "(<b>Alt+1</b> to <b>Alt+6</b> for every colour); <b>.</b> marks a "
                       "favourite. Tags and notes go in the Inspector on the right. "
                       "<b>Ctrl+Shift+F</b> filters by rating, favourite and tag; <b>Ctrl+Z</b> "
                       "undoes.")}) +
           section(tr("Find duplicates"),
                   {tr("<b>Tools &gt; Find Duplicates</b> finds copies and similar pictures "
                       "(resized, recompressed, slightly cropped) and shows each group side by "
                       "side. It marks all but the best of a group; the marked files go to the "
                       "trash, and that can be undone.")}) +
           section(tr("Albums"),
                   {tr("<b>File &gt; Add to Album</b>, or dropping files on an album under "
                       "<b>Collections</b>, gathers pictures from any folder or bucket without "
                       "moving them. A smart collection keeps a search and its filters. Export "
                       "either from its context menu.")}) +
           section(tr("Apply a style to a folder"),
                   {tr("<b>Tools &gt; Batch Process</b> (Ctrl+B) resizes, converts or watermarks "
                       "the selected files or the whole folder with a style and writes the "
                       "results to a folder outside your library; the originals are never "
                       "changed. Styles are made in <b>Tools &gt; Style Editor</b> "
                       "(Ctrl+Shift+E). Progress shows in the <b>Jobs</b> panel.")}) +
           section(tr("Video posters"),
                   {tr("<b>Tools &gt; Video Posters and Sprites</b> makes a poster, a sprite "
                       "sheet or an animated preview for every clip of the selection, a folder "
                       "or a bucket. In the viewer, the <b>Video</b> button saves a frame, sets "
                       "the cover or trims a clip.")}) +
           section(tr("Blind watermark"),
                   {tr("<b>Tools &gt; Blind Watermark</b> (Ctrl+Shift+W) hides your name in a "
                       "copy of a photo without a visible change, and later reads it back from "
                       "a copy found elsewhere.")});
}

} // namespace ad::ui
