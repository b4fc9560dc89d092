#include "browser/aboutdialog.h"

#include "common/asyncrun.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad::ui
{

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About AssetDesk"));
    auto *title = new QLabel(
        tr("<h2>AssetDesk %1</h2><p>Browse, preview and process pictures, videos and documents "
           "on this computer and in cloud buckets, with Tencent Cloud Infinite processing "
           "strings run locally.</p>")
            .arg(QApplication::applicationVersion()),
        this);
    title->setWordWrap(true);
    auto *built = new QLabel(tr("Built on these libraries:"), this);

    m_table->setObjectName(QStringLiteral("libraryVersions"));
    m_table->setHorizontalHeaderLabels({tr("Library"), tr("Version")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    copy->setEnabled(false);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &AboutDialog::versionsShown, copy, [copy] { copy->setEnabled(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(built);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(480, 440);

    // Loading the video and document plugins and reading LibreOffice's registry takes a moment.
    m_table->setRowCount(1);
    m_table->setItem(0, 0, new QTableWidgetItem(tr("Looking up versions…")));
    runCatching(
        this, [] { return about::libraryVersions(); },
        [this](const Outcome<QList<about::LibraryVersion>> &outcome) {
            showVersions(outcome.value.value_or(QList<about::LibraryVersion>{}));
        });
}

void AboutDialog::showVersions(const QList<about::LibraryVersion> &versions)
{
    m_table->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const about::LibraryVersion &v = versions[row];
        m_table->setItem(row, 0, new QTableWidgetItem(v.name));
        auto *version = new QTableWidgetItem(v.version.isEmpty() ? tr("not found") : v.version);
        if (v.version.isEmpty()) version->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(row, 1, version);
    }
    // The names' own width cut the longest ("libavformat") against the grid line.
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, m_table->columnWidth(0) + 2 * fontMetrics().averageCharWidth());
    Q_EMIT versionsShown();
}

QString AboutDialog::versionsText() const
{
    QStringList lines{QStringLiteral("AssetDesk %1").arg(QApplication::applicationVersion())};
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 1))
            lines << m_table->item(row, 0)->text() + QLatin1Char(' ') +
                         m_table->item(row, 1)->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ad::ui
