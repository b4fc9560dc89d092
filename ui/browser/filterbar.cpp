#include "browser/filterbar.h"

#include "common/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

namespace ad::ui
{

namespace
{
constexpr qint64 KB = 1024, MB = 1024 * 1024;
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_size(new QComboBox(this)),
      m_modified(new QComboBox(this)), m_taken(new QComboBox(this)),
      m_duration(new QComboBox(this)), m_resolution(new QComboBox(this)),
      m_extensions(new QLineEdit(this)), m_rating(new QComboBox(this)),
      m_favourites(new QCheckBox(tr("Favourites"), this)), m_tag(new QLineEdit(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_kind->addItem(tr("Any type"), -1);
    m_kind->addItem(tr("Images"), int(catalog::Kind::Image));
    m_kind->addItem(tr("Videos"), int(catalog::Kind::Video));
    m_kind->addItem(tr("Documents"), int(catalog::Kind::Document));
    m_kind->addItem(tr("Audio"), int(catalog::Kind::Audio));
    m_kind->addItem(tr("Other files"), int(catalog::Kind::Other));
    // Sizes as [min, max) in bytes; -1 for an open end.
    m_size->addItem(tr("Any size"), QVariantList{-1, -1});
    m_size->addItem(tr("Under 100 KB"), QVariantList{-1, 100 * KB});
    m_size->addItem(tr("100 KB – 1 MB"), QVariantList{100 * KB, MB});
    m_size->addItem(tr("1 – 10 MB"), QVariantList{MB, 10 * MB});
    m_size->addItem(tr("Over 10 MB"), QVariantList{10 * MB, -1});
    // Modified within the last N days; negative: more than -N days ago.
    m_modified->addItem(tr("Any date"), 0);
    m_modified->addItem(tr("Today"), 1);
    m_modified->addItem(tr("Last 7 days"), 7);
    m_modified->addItem(tr("Last 30 days"), 30);
    m_modified->addItem(tr("Last 12 months"), 365);
    m_modified->addItem(tr("Older than a year"), -365);
    // Taken (EXIF capture date), with the same periods.
    m_taken->addItem(tr("Taken any time"), 0);
    m_taken->addItem(tr("Taken in the last 30 days"), 30);
    m_taken->addItem(tr("Taken in the last 12 months"), 365);
    m_taken->addItem(tr("Taken over a year ago"), -365);
    // A clip's length as [min, max) in seconds and its resolution as the least shorter side;
    // both match only files whose clip facts the catalogue has read.
    m_duration->addItem(tr("Any length"), QVariantList{-1, -1});
    m_duration->addItem(tr("Under 1 minute"), QVariantList{-1, 60});
    m_duration->addItem(tr("1 – 10 minutes"), QVariantList{60, 600});
    m_duration->addItem(tr("Over 10 minutes"), QVariantList{600, -1});
    m_resolution->addItem(tr("Any resolution"), QVariantList{-1, -1});
    m_resolution->addItem(tr("Below HD (under 720p)"), QVariantList{-1, 720});
    m_resolution->addItem(tr("HD (720p) or more"), QVariantList{720, -1});
    m_resolution->addItem(tr("Full HD (1080p) or more"), QVariantList{1080, -1});
    m_resolution->addItem(tr("4K (2160p) or more"), QVariantList{2160, -1});
    m_extensions->setPlaceholderText(tr("extensions, e.g. jpg png"));
    m_extensions->setClearButtonEnabled(true);
    m_rating->addItem(tr("Any rating"), 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(tr("%1 or more", "stars").arg(QString(stars, QChar(0x2605))), stars);
    m_tag->setPlaceholderText(tr("tag"));
    m_tag->setClearButtonEnabled(true);
    auto *reset = new QToolButton(this);
    reset->setText(tr("Clear"));
    connect(reset, &QToolButton::clicked, this, &FilterBar::clear);

    // Rows that wrap, so every control stays whole above a narrow grid: what a file is, then how
    // it is kept.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    for (QWidget *w :
         {static_cast<QWidget *>(new QLabel(tr("Filter:"), this)), static_cast<QWidget *>(m_kind),
          static_cast<QWidget *>(m_extensions), static_cast<QWidget *>(m_size),
          static_cast<QWidget *>(m_modified), static_cast<QWidget *>(m_duration),
          static_cast<QWidget *>(m_taken), static_cast<QWidget *>(m_rating),
          static_cast<QWidget *>(m_favourites), static_cast<QWidget *>(m_tag),
          static_cast<QWidget *>(m_resolution), static_cast<QWidget *>(reset)})
        layout->addWidget(w);

    // As wide as the longest choice: a narrower box clips the text mid-letter, in any language.
    for (QComboBox *box :
         {m_kind, m_size, m_modified, m_taken, m_duration, m_resolution, m_rating}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setToolTip(box->itemText(0));
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    }
    m_extensions->setMinimumWidth(90);
    m_tag->setMinimumWidth(70);
    connect(m_extensions, &QLineEdit::editingFinished, this, &FilterBar::changed);
    connect(m_favourites, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_tag, &QLineEdit::editingFinished, this, &FilterBar::changed);
}

void FilterBar::apply(catalog::Query &q) const
{
    if (const int kind = m_kind->currentData().toInt(); kind >= 0) q.kinds = {catalog::Kind(kind)};
    const QVariantList size = m_size->currentData().toList();
    if (size.value(0).toLongLong() >= 0) q.minSize = size.value(0).toLongLong();
    if (size.value(1).toLongLong() >= 0) q.maxSize = size.value(1).toLongLong() - 1;
    const int days = m_modified->currentData().toInt();
    const QDateTime now = QDateTime::currentDateTime();
    if (days == 1)
        q.modifiedFrom = QDateTime(now.date(), QTime(0, 0));
    else if (days > 0)
        q.modifiedFrom = now.addDays(-days);
    else if (days < 0)
        q.modifiedTo = now.addDays(days);
    const int takenDays = m_taken->currentData().toInt();
    if (takenDays > 0)
        q.takenFrom = now.addDays(-takenDays);
    else if (takenDays < 0)
        q.takenTo = now.addDays(takenDays);
    for (const QString &e : m_extensions->text().split(
             QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        q.extensions << e.toLower().remove(QLatin1Char('.')).remove(QLatin1Char('*'));
    const QVariantList length = m_duration->currentData().toList();
    if (length.value(0).toInt() >= 0) q.minSeconds = length.value(0).toDouble();
    if (length.value(1).toInt() >= 0) q.maxSeconds = length.value(1).toDouble() - 0.001;
    const QVariantList lines = m_resolution->currentData().toList();
    if (lines.value(0).toInt() >= 0) q.minShortSide = lines.value(0).toInt();
    if (lines.value(1).toInt() >= 0) q.maxShortSide = lines.value(1).toInt() - 1;
    q.minRating = m_rating->currentData().toInt();
    q.favouritesOnly = m_favourites->isChecked();
    if (!m_tag->text().trimmed().isEmpty()) q.tags = {m_tag->text().trimmed()};
}

bool FilterBar::isActive() const
{
    return m_kind->currentIndex() > 0 || m_size->currentIndex() > 0 ||
           m_modified->currentIndex() > 0 || m_taken->currentIndex() > 0 ||
           m_duration->currentIndex() > 0 || m_resolution->currentIndex() > 0 ||
           !m_extensions->text().trimmed().isEmpty() || m_rating->currentIndex() > 0 ||
           m_favourites->isChecked() || !m_tag->text().trimmed().isEmpty();
}

void FilterBar::clear()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_kind),       QSignalBlocker(m_size),
                                       QSignalBlocker(m_modified),   QSignalBlocker(m_taken),
                                       QSignalBlocker(m_duration),   QSignalBlocker(m_resolution),
                                       QSignalBlocker(m_extensions), QSignalBlocker(m_rating),
                                       QSignalBlocker(m_favourites), QSignalBlocker(m_tag)};
    for (QComboBox *box : {m_kind, m_size, m_modified, m_taken, m_duration, m_resolution, m_rating})
        box->setCurrentIndex(0);
    m_extensions->clear();
    m_favourites->setChecked(false);
    m_tag->clear();
    Q_EMIT changed();
}

void FilterBar::setKind(int kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void FilterBar::setMinRating(int stars)
{
    m_rating->setCurrentIndex(std::max(0, m_rating->findData(stars)));
}

void FilterBar::setExtensions(const QString &text)
{
    m_extensions->setText(text);
    Q_EMIT changed();
}

void FilterBar::setTakenWithinDays(int days)
{
    m_taken->setCurrentIndex(std::max(0, m_taken->findData(days)));
}

void FilterBar::setDuration(int minSeconds, int maxSeconds)
{
    m_duration->setCurrentIndex(
        std::max(0, m_duration->findData(QVariantList{minSeconds, maxSeconds})));
}

void FilterBar::setMinShortSide(int pixels)
{
    m_resolution->setCurrentIndex(
        std::max(0, m_resolution->findData(QVariantList{pixels > 0 ? pixels : -1, -1})));
}

} // namespace ad::ui
