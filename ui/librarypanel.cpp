#include "librarypanel.h"

#include "catalog/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSet>

namespace ad::ui
{

LibraryPanel::LibraryPanel(catalog::Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_rating(new QComboBox(this)),
      m_favourite(new QCheckBox(tr("Favourite"), this)), m_label(new QComboBox(this)),
      m_tags(new QLineEdit(this)), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_rating->addItem(tr("No rating"), 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(QString(stars, QChar(0x2605)), stars);
    const QStringList labels{tr("None"),  tr("Red"),  tr("Orange"), tr("Yellow"),
                             tr("Green"), tr("Blue"), tr("Purple")};
    for (int i = 0; i < labels.size(); ++i)
        m_label->addItem(labels[i], i);
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_note->setPlaceholderText(tr("a note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    form->addRow(tr("Rating:"), m_rating);
    form->addRow(QString(), m_favourite);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Note:"), m_note);

    connect(m_rating, &QComboBox::activated, this, [this] {
        if (!m_loading) m_catalog->setRating(m_paths, m_rating->currentData().toInt());
    });
    connect(m_favourite, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_loading) m_catalog->setFavourite(m_paths, on);
    });
    connect(m_label, &QComboBox::activated, this, [this] {
        if (!m_loading) m_catalog->setLabel(m_paths, m_label->currentData().toInt());
    });
    connect(m_tags, &QLineEdit::editingFinished, this, &LibraryPanel::applyTags);
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && m_note->isModified()) {
            m_catalog->setNote(m_paths, m_note->text());
            m_note->setModified(false);
        }
    });
    setSelection({});
}

void LibraryPanel::setSelection(const QStringList &paths)
{
    m_paths = paths;
    setEnabled(!paths.isEmpty());
    load();
}

void LibraryPanel::load()
{
    m_loading = true;
    QList<catalog::Entry> entries;
    for (const QString &path : std::as_const(m_paths))
        if (const auto known = m_catalog->entry(path)) {
            entries << *known;
        } else {
            catalog::Entry fresh; // not in the catalogue yet: nothing set
            fresh.path = path;
            entries << fresh;
        }
    const auto same = [&](auto field) {
        return std::all_of(entries.begin(), entries.end(), [&](const catalog::Entry &e) {
            return field(e) == field(entries.first());
        });
    };
    const bool any = !entries.isEmpty();
    const QString mixed = tr("(mixed)");
    const bool sameRating = any && same([](const catalog::Entry &e) { return e.rating; });
    m_rating->setCurrentIndex(sameRating ? entries.first().rating : 0);
    m_rating->setToolTip(any && !sameRating ? mixed : QString());
    const bool sameFavourite = any && same([](const catalog::Entry &e) { return e.favourite; });
    m_favourite->setCheckState(!any                        ? Qt::Unchecked
                               : !sameFavourite            ? Qt::PartiallyChecked
                               : entries.first().favourite ? Qt::Checked
                                                           : Qt::Unchecked);
    m_label->setCurrentIndex(
        any && same([](const catalog::Entry &e) { return e.label; }) ? entries.first().label : 0);
    // Tags: the ones every selected entry has; edits add and remove relative to those.
    m_commonTags.clear();
    if (any) {
        QSet<QString> common(entries.first().tags.begin(), entries.first().tags.end());
        for (const catalog::Entry &e : std::as_const(entries))
            common &= QSet<QString>(e.tags.begin(), e.tags.end());
        m_commonTags = QStringList(common.begin(), common.end());
        m_commonTags.sort(Qt::CaseInsensitive);
    }
    m_tags->setText(m_commonTags.join(QStringLiteral(", ")));
    const bool sameNote = any && same([](const catalog::Entry &e) { return e.note; });
    m_note->setText(sameNote ? entries.first().note : QString());
    m_note->setPlaceholderText(any && !sameNote ? mixed : tr("a note"));
    m_note->setModified(false);
    m_tags->setModified(false);
    m_loading = false;
}

void LibraryPanel::applyTags()
{
    if (m_loading || !m_tags->isModified()) return;
    QStringList wanted;
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) wanted << tag.trimmed();
    }
    QStringList removed;
    for (const QString &tag : std::as_const(m_commonTags)) {
        if (!wanted.contains(tag, Qt::CaseInsensitive)) removed << tag;
    }
    if (!removed.isEmpty()) m_catalog->removeTags(m_paths, removed);
    if (!wanted.isEmpty()) m_catalog->addTags(m_paths, wanted);
    load();
}

} // namespace ad::ui
