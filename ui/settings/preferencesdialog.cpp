#include "settings/preferencesdialog.h"

#include "common/asyncrun.h"
#include "common/theme.h"
#include "files/appcache.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOptionFrame>
#include <QTabWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

namespace ad::ui
{

namespace
{
// A line edit with a Browse… button that picks a folder (or a program).
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title, bool program)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(PreferencesDialog::tr("Browse…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, parent, title, program] {
        const QString chosen = program
                                   ? QFileDialog::getOpenFileName(parent, title, edit->text())
                                   : QFileDialog::getExistingDirectory(parent, title, edit->text());
        if (!chosen.isEmpty()) edit->setText(chosen);
    });
    return row;
}

// A folder field as wide as its path up to a point, which grows with the dialog; a path still
// too long shows elided in the middle (both ends say the most) until the field is edited, and
// whole in the tooltip.
class PathEdit : public QLineEdit
{
public:
    PathEdit(const QString &text, const QString &placeholder, QWidget *parent)
        : QLineEdit(text, parent)
    {
        setPlaceholderText(placeholder);
        const auto tip = [this] { setToolTip(QDir::toNativeSeparators(shown())); };
        connect(this, &QLineEdit::textChanged, this, tip);
        tip();
    }
    QSize sizeHint() const override
    {
        QSize size = QLineEdit::sizeHint();
        const int frame = width() - textRoom().width() + 1; // and the cursor
        size.setWidth(
            std::clamp(fontMetrics().horizontalAdvance(shown()) + frame, size.width(), 720));
        return size;
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const QRect room = textRoom();
        const QString whole = shown();
        if (hasFocus() || fontMetrics().horizontalAdvance(whole) <= room.width()) {
            QLineEdit::paintEvent(event);
            return;
        }
        QPainter painter(this);
        QStyleOptionFrame frame;
        initStyleOption(&frame);
        style()->drawPrimitive(QStyle::PE_PanelLineEdit, &frame, &painter, this);
        painter.setPen(
            palette().color(text().isEmpty() ? QPalette::PlaceholderText : QPalette::Text));
        painter.drawText(room, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(whole, Qt::ElideMiddle, room.width()));
    }

private:
    QString shown() const { return text().isEmpty() ? placeholderText() : text(); }
    QRect textRoom() const
    {
        QStyleOptionFrame frame;
        initStyleOption(&frame);
        // QLineEdit keeps 2 px of its own on either side of the text.
        return style()
            ->subElementRect(QStyle::SE_LineEditContents, &frame, this)
            .marginsRemoved(textMargins())
            .adjusted(2, 0, -2, 0);
    }
};

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_pages(new QTabWidget(this)), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_thumbnailSize(new QSpinBox(this)),
      m_cacheSize(new QLabel(this)), m_clearCache(new QPushButton(tr("&Clear Cache"), this)),
      m_metadata(new QComboBox(this)), m_concurrency(new QSpinBox(this)),
      m_limit(new QSpinBox(this)), m_editor(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    m_pages->setObjectName(QStringLiteral("preferencesPages"));
    m_pages->addTab(generalPage(), tr("General"));
    m_pages->addTab(thumbnailsPage(), tr("Thumbnails"));
    m_pages->addTab(outputsPage(), tr("Outputs"));
    m_pages->addTab(metadataPage(), tr("Metadata"));
    m_pages->addTab(jobsPage(), tr("Jobs"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    measureCache();
    // Wide enough for the output folders: a first show would hold a window to two thirds of the
    // screen's width, and the application keeps it within the screen anyway.
    resize(sizeHint());
}

QWidget *PreferencesDialog::generalPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language->setObjectName(QStringLiteral("language"));
    for (const LanguageChoice &choice : availableLanguages())
        m_language->addItem(choice.label, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note(tr("A new language takes effect when AssetDesk is started again."), page));
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(themeName(theme), int(theme));
    m_theme->setCurrentIndex(m_theme->findData(int(themeSetting())));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(note(tr("System follows the desktop's colours and icons; Light and Dark use "
                         "AssetDesk's own."),
                      page));
    // Among the general choices, where a user looks for it; Jobs is about background work.
    m_editor->setObjectName(QStringLiteral("externalEditor"));
    m_editor->setText(externalEditor());
    m_editor->setPlaceholderText(tr("e.g. gimp, krita, /usr/bin/darktable"));
    form->addRow(tr("External &editor:"), withBrowse(m_editor, this, tr("External Editor"), true));
    form->addRow(
        note(tr("File > Open with External Editor opens the selected files in it."), page));
    return page;
}

QWidget *PreferencesDialog::thumbnailsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_thumbnailSize->setObjectName(QStringLiteral("thumbnailSize"));
    m_thumbnailSize->setRange(48, 256);
    m_thumbnailSize->setSingleStep(16);
    m_thumbnailSize->setSuffix(tr(" px"));
    m_thumbnailSize->setValue(thumbnailSizeSetting());
    form->addRow(tr("Thumbnail &size:"), m_thumbnailSize);

    const QString folder = files::ownCacheFolder();
    // A read-only field: a long path scrolls and copies whole (a wrapped label was cut).
    auto *location = new QLineEdit(QDir::toNativeSeparators(folder), page);
    location->setObjectName(QStringLiteral("cacheLocation"));
    location->setReadOnly(true);
    location->setToolTip(location->text());
    location->setCursorPosition(0);
    auto *open = new QPushButton(tr("&Open"), page);
    connect(open, &QPushButton::clicked, this, [folder] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(location, 1);
    locationRow->addWidget(open);
    form->addRow(tr("Cache folder:"), locationRow);

    m_cacheSize->setObjectName(QStringLiteral("cacheSize"));
    m_clearCache->setObjectName(QStringLiteral("clearCache"));
    connect(m_clearCache, &QPushButton::clicked, this, &PreferencesDialog::clearCache);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_cacheSize, 1);
    sizeRow->addWidget(m_clearCache);
    form->addRow(tr("Cache size:"), sizeRow);
    form->addRow(note(tr("Thumbnails of bucket objects, local copies of objects you previewed, "
                         "and the thumbnails AssetDesk added to the desktop's shared thumbnail "
                         "cache. They are made again when needed."),
                      page));
    return page;
}

QWidget *PreferencesDialog::outputsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(note(tr("Where each tool proposes to write. Empty: a folder under Pictures. "
                         "A folder inside what is processed is never proposed, and writing "
                         "into the library asks first."),
                      page));
    const std::tuple<OutputTool, QString, const char *> tools[] = {
        {OutputTool::Batch, tr("&Batch Process:"), "outputBatch"},
        {OutputTool::DocToImages, tr("&Documents to Images:"), "outputDocToImages"},
        {OutputTool::Watermark, tr("Blind &Watermark:"), "outputWatermark"},
        {OutputTool::Transcode, tr("&Transcode:"), "outputTranscode"},
        {OutputTool::VideoFrames, tr("Video &frames:"), "outputVideoFrames"},
        {OutputTool::VideoTrims, tr("Video t&rims:"), "outputVideoTrims"},
        {OutputTool::VideoSprites, tr("&Sprite sheets:"), "outputVideoSprites"},
        {OutputTool::VideoAnimations, tr("A&nimated previews:"), "outputVideoAnimations"},
        {OutputTool::VideoPosters, tr("Video &posters:"), "outputVideoPosters"},
        {OutputTool::Export, tr("&Album export:"), "outputExport"}};
    for (const auto &[tool, label, name] : tools) {
        auto *edit = new PathEdit(outputFolderSetting(tool),
                                  QDir::toNativeSeparators(proposedOutputFolder(tool, {})), page);
        edit->setObjectName(QLatin1String(name));
        m_outputs.insert(tool, edit);
        form->addRow(label, withBrowse(edit, this, tr("Output Folder"), false));
    }
    return page;
}

QWidget *PreferencesDialog::metadataPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    using catalog::MetadataWritePolicy;
    m_metadata->setObjectName(QStringLiteral("metadataPolicy"));
    m_metadata->addItem(tr("Never: keep them in AssetDesk's library only"),
                        int(MetadataWritePolicy::Never));
    m_metadata->addItem(tr("Sidecar only: an .xmp file beside each original"),
                        int(MetadataWritePolicy::SidecarOnly));
    m_metadata->addItem(tr("File and sidecar: into the file itself as well"),
                        int(MetadataWritePolicy::FileAndSidecar));
    m_metadata->setCurrentIndex(m_metadata->findData(int(metadataWritePolicy())));
    form->addRow(tr("&Write ratings, labels and tags:"), m_metadata);
    form->addRow(note(tr("Other programs (digiKam, darktable, Lightroom, Bridge) read them from "
                         "the sidecar or the file. Writing into a file rewrites it; the "
                         "picture itself is kept as it is."),
                      page));
    return page;
}

QWidget *PreferencesDialog::jobsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(0, 64);
    m_concurrency->setSpecialValueText(
        tr("Automatic (%n at once)", nullptr, std::max(1, QThread::idealThreadCount())));
    m_concurrency->setValue(jobConcurrency());
    form->addRow(tr("Files &processed at once:"), m_concurrency);
    m_limit->setObjectName(QStringLiteral("bandwidth"));
    m_limit->setRange(0, 10 * 1024 * 1024);
    m_limit->setSingleStep(256);
    m_limit->setSuffix(tr(" KiB/s"));
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setValue(transferLimitKiB());
    form->addRow(tr("&Transfer bandwidth:"), m_limit);
    return page;
}

void PreferencesDialog::measureCache()
{
    m_cacheSize->setText(tr("Measuring…"));
    runCatching(
        this, [] { return files::measureCache(); },
        [this](const Outcome<files::CacheUsage> &usage) {
            m_cacheSize->setText(usage.value
                                     ? tr("%1 in %n file(s)", nullptr, usage.value->files)
                                           .arg(QLocale().formattedDataSize(usage.value->bytes))
                                     : usage.error);
            m_clearCache->setEnabled(usage.value && usage.value->files > 0);
            Q_EMIT cacheMeasured();
        });
}

void PreferencesDialog::clearCache()
{
    m_clearCache->setEnabled(false);
    m_cacheSize->setText(tr("Clearing…"));
    // What is left is measured there too: a file in use stays and is counted.
    runCatching(
        this,
        [] {
            return std::pair{files::clearCache(), files::measureCache()};
        },
        [this](const Outcome<std::pair<files::CacheUsage, files::CacheUsage>> &result) {
            if (!result.value) {
                m_cacheSize->setText(result.error);
                return;
            }
            const auto &[freed, left] = *result.value;
            m_cacheSize->setText(tr("Freed %1 (%n file(s)); %2 left", nullptr, freed.files)
                                     .arg(QLocale().formattedDataSize(freed.bytes),
                                          QLocale().formattedDataSize(left.bytes)));
            m_clearCache->setEnabled(left.files > 0);
            Q_EMIT cacheMeasured();
        });
}

QString PreferencesDialog::cacheText() const
{
    return m_cacheSize->text();
}

void PreferencesDialog::accept()
{
    const QString code = m_language->currentData().toString();
    const bool newLanguage = code != languageSetting();
    setLanguageSetting(code);
    const auto theme = Theme(m_theme->currentData().toInt());
    if (theme != themeSetting() || theme != appliedTheme()) {
        setThemeSetting(theme);
        applyTheme(theme);
    }
    setThumbnailSizeSetting(m_thumbnailSize->value());
    for (auto it = m_outputs.cbegin(); it != m_outputs.cend(); ++it)
        setOutputFolderSetting(it.key(), it.value()->text().trimmed());
    ui::setMetadataWritePolicy(catalog::MetadataWritePolicy(m_metadata->currentData().toInt()));
    setJobConcurrency(m_concurrency->value());
    setTransferLimitKiB(m_limit->value());
    setExternalEditor(m_editor->text().trimmed());
    if (newLanguage)
        QMessageBox::information(this, tr("Language changed"),
                                 tr("Restart AssetDesk to see it in the new language."));
    QDialog::accept();
}

} // namespace ad::ui
