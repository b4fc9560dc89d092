#include "settings/shortcutsdialog.h"

#include "viewers/viewerkeys.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <functional>

namespace ad::ui
{

namespace
{
// "&Open Folder…" -> "Open Folder…", "文件(&F)" -> "文件", "Save && Close" -> "Save & Close".
QString plain(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^&]\\)"));
    text.remove(cjkMnemonic);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

// Rows of one height, the tallest any row needs and a little air: in Chinese a row of stars (a
// glyph of the Latin font) was shorter than its neighbours, and every row was exactly as tall as
// its text, the lines touching.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void fitRows(const QTreeView *view)
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.features = QStyleOptionViewItem::HasDisplay;
        const QAbstractItemModel *model = view->model();
        std::function<void(const QModelIndex &)> measure = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column)
                    m_height = std::max(m_height, QStyledItemDelegate::sizeHint(
                                                      option, model->index(row, column, parent))
                                                      .height());
                measure(model->index(row, 0, parent));
            }
        };
        measure({});
        m_height += 4;
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {QStyledItemDelegate::sizeHint(option, index).width(), m_height};
    }

private:
    int m_height = 0;
};

void walk(const QMenu *menu, const QString &group, QSet<const QAction *> &seen,
          QList<ShortcutsDialog::Shortcut> &out)
{
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator() || seen.contains(a)) continue;
        seen.insert(a);
        if (const QMenu *sub = a->menu()) {
            walk(sub, group + QStringLiteral(" › ") + plain(sub->title()), seen, out);
            continue;
        }
        if (a->shortcuts().isEmpty()) continue;
        const QString name = a->property(kShortcutName).toString();
        out.append({group, name.isEmpty() ? plain(a->text()) : name,
                    QKeySequence::listToString(a->shortcuts(), QKeySequence::NativeText)});
    }
}
} // namespace

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::collect(QMainWindow *window)
{
    QList<Shortcut> out;
    QSet<const QAction *> seen;
    for (const QAction *a : window->menuBar()->actions())
        if (const QMenu *menu = a->menu()) walk(menu, plain(menu->title()), seen, out);
    // Keys bound to the window itself rather than a menu (Find, say).
    for (const QAction *a : window->actions())
        if (!seen.contains(a) && !a->shortcuts().isEmpty())
            out.append({tr("Window"), plain(a->text()),
                        QKeySequence::listToString(a->shortcuts(), QKeySequence::NativeText)});
    // The viewer's keys, which act in its own window, open or not.
    for (const ViewerKeyEntry &key : viewerKeyList())
        out.append({key.group, key.action, key.key.toString(QKeySequence::NativeText)});
    return out;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window), m_filter(new QLineEdit(this)), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Find an action or a key"));
    m_filter->setClearButtonEnabled(true);
    m_table->setHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Shortcut &s : collect(window)) {
        QTreeWidgetItem *&group = groups[s.group];
        if (!group) {
            group = new QTreeWidgetItem(m_table, {s.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {s.action, s.keys});
    }
    m_table->expandAll();
    auto *rows = new RowDelegate(m_table);
    m_table->setItemDelegate(rows);
    rows->fitRows(m_table);
    m_table->setUniformRowHeights(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_table->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive) ||
                               group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace ad::ui
