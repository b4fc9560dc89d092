#include "gettingstarteddialog.h"

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
           section(tr("Browsing"),
                   {tr("Pick a folder under <b>Places</b> or <b>Folders</b> on the left, or use "
                       "<b>File &gt; Open Folder</b>. The grid shows the folder's pictures, "
                       "videos and documents; <b>View &gt; List</b> shows them with their "
                       "details. The Inspector on the right shows the selected file's facts, "
                       "rating, label, tags and notes."),
                    tr("Double-click a file (or press Enter) to open it in the viewer. There the "
                       "arrow keys go to the next and previous file, <b>T</b> shows the "
                       "filmstrip of the folder, <b>Ctrl+L</b> and <b>Ctrl+R</b> turn the "
                       "picture on screen (the file is not changed), <b>F5</b> starts a "
                       "slideshow, <b>F11</b> fills the screen and <b>Esc</b> ends either.")}) +
           section(tr("The Style Editor"),
                   {tr("<b>Tools &gt; Style Editor</b> (Ctrl+Shift+E) builds image processing "
                       "strings as Tencent Cloud Infinite understands them, such as "
                       "<tt>imageMogr2/thumbnail/800x/format/webp</tt>. Type the string or add "
                       "operations from the list and fill in their fields; the preview shows the "
                       "picture before and after, and a mistake is marked with what is wrong."),
                    tr("Save a string under a name to keep it in the style library and use it "
                       "again in batches, uploads and the local endpoint.")}) +
           section(tr("Batch processing"),
                   {tr("<b>Tools &gt; Batch Process</b> (Ctrl+B) runs one or more styles over the "
                       "selected files or the whole folder and writes the results to a folder "
                       "you choose; the originals are never changed. The dialog lists what will "
                       "be written before anything runs."),
                    tr("Work runs in the <b>Jobs</b> panel with its progress; a job can be "
                       "paused, cancelled, and resumed after the program was closed. "
                       "<b>Tools &gt; Documents to Images</b> turns PDF and office pages into "
                       "pictures the same way.")}) +
           section(tr("Buckets"),
                   {tr("Add a COS or S3 account in <b>File &gt; Cloud Connections</b>. Its buckets "
                       "then appear under Places and are browsed like folders, with thumbnails."),
                    tr("Copy files to a bucket (with a style applied on upload if you wish), open "
                       "an object in the viewer, or tick <b>Run in the cloud</b> in a batch to "
                       "have Cloud Infinite do the processing.")}) +
           section(tr("Blind watermark"),
                   {tr("<b>Tools &gt; Blind Watermark</b> (Ctrl+Shift+W) hides a text or a small "
                       "picture in a photo without a visible change, reads it back from a copy "
                       "found elsewhere, and reports how well the mark survives compression, "
                       "resizing and cropping.")});
}

} // namespace ad::ui
