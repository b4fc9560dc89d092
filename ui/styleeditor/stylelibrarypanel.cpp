#include "styleeditor/stylelibrarypanel.h"

#include "common/browsestart.h"
#include "styleeditor/stylesyncdialog.h"

#include "catalog/stylestore.h"
#include "common/error.h"
#include "files/regularfile.h"
#include "storage/atomicfile.h"
#include "style/cloudcheck.h"
#include "style/stylefile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad::ui
{

StyleLibraryPanel::StyleLibraryPanel(catalog::StyleStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_list(new QListWidget(this)), m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Style library</b>"), this);
    layout->addWidget(title);
    m_list->setObjectName(QStringLiteral("styleList"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_list, 1);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);

    const auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_list->addAction(a);
        return a;
    };
    QAction *open = action(tr("Open"), QKeySequence(Qt::Key_Return), [this] {
        if (const QString name = currentName(); !name.isEmpty())
            Q_EMIT openRequested(name, m_store->body(name).value_or(QString()));
    });
    QAction *insert = action(tr("Insert as style/<name>"), QKeySequence(Qt::Key_Insert), [this] {
        if (const QString name = currentName(); !name.isEmpty()) Q_EMIT insertRequested(name);
    });
    QAction *duplicate =
        action(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateCurrent(); });
    QAction *rename = action(tr("Rename…"), QKeySequence(Qt::Key_F2), [this] { askRename(); });
    QAction *remove = action(tr("Delete"), QKeySequence::Delete, [this] { deleteCurrent(); });
    connect(m_list, &QListWidget::itemActivated, open, &QAction::trigger);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](QAction *a) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        buttons->addWidget(b);
        return b;
    };
    button(insert)->setText(tr("Insert"));
    button(duplicate);
    button(rename);
    button(remove);
    auto *more = new QToolButton(this);
    more->setText(tr("Files"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Import…"), this, [this] { askImport(); });
    menu->addAction(tr("Export…"), this, [this] { askExport(); });
    menu->addSeparator();
    menu->addAction(tr("Sync with Bucket…"), this, [this] { openSync(); });
    more->setMenu(menu);
    buttons->addWidget(more);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    reload();
}

void StyleLibraryPanel::reload()
{
    const QString keep = currentName();
    m_list->clear();
    const QMap<QString, QString> styles = m_store->all();
    for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
        auto *item = new QListWidgetItem(it.key(), m_list);
        item->setData(Qt::UserRole, it.key());
        item->setToolTip(it.value());
    }
    m_count->setText(
        styles.size() > style::kCloudMaxStyles
            ? tr("%n style(s); a bucket keeps at most 100.", nullptr, int(styles.size()))
            : tr("%n style(s)", nullptr, int(styles.size())));
    m_count->setStyleSheet(styles.size() > style::kCloudMaxStyles ? QStringLiteral("color: #8a5a00")
                                                                  : QString());
    select(keep);
}

QString StyleLibraryPanel::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void StyleLibraryPanel::select(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) m_list->setCurrentRow(i);
}

bool StyleLibraryPanel::report(const std::function<QString()> &command)
{
    try {
        Q_EMIT message(command(), false);
        return true;
    } catch (const ProcessingError &e) {
        Q_EMIT message(e.error().toString(), true);
        return false;
    }
}

bool StyleLibraryPanel::duplicateCurrent()
{
    const QString name = currentName();
    if (name.isEmpty()) return false;
    return report([&] {
        const QString copy = m_store->duplicate(name);
        reload();
        select(copy);
        Q_EMIT changed();
        return tr("Duplicated %1 as %2.").arg(name, copy);
    });
}

bool StyleLibraryPanel::renameCurrent(const QString &to)
{
    const QString name = currentName();
    if (name.isEmpty() || to == name) return false;
    return report([&] {
        const QStringList users = m_store->referencing(name);
        m_store->rename(name, to);
        reload();
        select(to);
        Q_EMIT changed();
        return users.isEmpty() ? tr("Renamed %1 to %2.").arg(name, to)
                               : tr("Renamed %1 to %2 and updated %3.")
                                     .arg(name, to, users.join(QStringLiteral(", ")));
    });
}

void StyleLibraryPanel::askRename()
{
    const QString name = currentName();
    if (name.isEmpty()) return;
    bool ok = false;
    const QString to =
        QInputDialog::getText(this, tr("Rename Style"), tr("New name (letters, digits, _ - .):"),
                              QLineEdit::Normal, name, &ok);
    if (ok) renameCurrent(to.trimmed());
}

bool StyleLibraryPanel::deleteCurrent(bool askFirst)
{
    const QString name = currentName();
    if (name.isEmpty()) return false;
    if (askFirst) {
        const QStringList users = m_store->referencing(name);
        const QString question =
            users.isEmpty()
                ? tr("Delete the style %1?").arg(name)
                : tr("Delete the style %1? %2 use it as style/%1 and will fail until it is "
                     "saved again.")
                      .arg(name, users.join(QStringLiteral(", ")));
        if (QMessageBox::question(this, tr("Delete Style"), question) != QMessageBox::Yes)
            return false;
    }
    m_store->remove(name);
    reload();
    Q_EMIT changed();
    Q_EMIT message(tr("Deleted %1.").arg(name), false);
    return true;
}

bool StyleLibraryPanel::importFile(const QString &path, bool replace)
{
    return report([&] {
        const QByteArray data = files::readRegularFile(path, style::kMaxStyleFileBytes);
        const bool json =
            QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
        const QMap<QString, QString> styles =
            json ? style::parseStyleJson(data, path) : style::parseStyleList(data, path);
        const QStringList stored = m_store->importStyles(styles, replace);
        reload();
        Q_EMIT changed();
        return tr("Imported %1 of %n style(s) from %2.", nullptr, int(styles.size()))
            .arg(stored.size())
            .arg(QFileInfo(path).fileName());
    });
}

bool StyleLibraryPanel::exportFile(const QString &path)
{
    const QMap<QString, QString> styles = m_store->all();
    const bool json =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    return report([&] {
        storage::writeFileAtomically(path, json ? style::styleJson(styles)
                                                : style::styleListText(styles));
        return tr("Exported %n style(s) to %1.", nullptr, int(styles.size()))
            .arg(QFileInfo(path).fileName());
    });
}

StyleSyncDialog *StyleLibraryPanel::openSync()
{
    auto *dialog = new StyleSyncDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StyleSyncDialog::libraryChanged, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

void StyleLibraryPanel::askImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Styles"), browseStart(QString()),
                                     tr("Style lists (*.json *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    const auto answer = QMessageBox::question(
        this, tr("Import Styles"), tr("Replace styles that have the same name?"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (answer != QMessageBox::Cancel) importFile(path, answer == QMessageBox::Yes);
}

void StyleLibraryPanel::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Styles"), QStringLiteral("styles.json"),
        tr("JSON (*.json);;Name and processing, tab-separated (*.tsv)"));
    if (!path.isEmpty()) exportFile(path);
}

} // namespace ad::ui
