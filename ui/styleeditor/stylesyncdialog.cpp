#include "styleeditor/stylesyncdialog.h"

#include "catalog/stylestore.h"
#include "common/asyncrun.h"
#include "common/sentences.h"
#include "storage/storage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace ad::ui
{

using storage::SyncAction;
using storage::SyncState;

namespace
{

enum Column { NameColumn, StateColumn, ActionColumn, ResultColumn };

// A body with one stage a line, so the two sides line up stage by stage.
QString stagesText(const QString &body)
{
    return body.split(QLatin1Char('|')).join(QLatin1Char('\n'));
}

// Marks the lines of `edit` that the other side does not have at the same place.
void markDifferences(QPlainTextEdit *edit, const QStringList &other)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockNumber() < other.size() && other[b.blockNumber()] == b.text()) continue;
        if (b.text().isEmpty()) continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(b);
        mark.format.setBackground(QColor(255, 226, 160));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << mark;
    }
    edit->setExtraSelections(marks);
}

} // namespace

StyleSyncDialog::StyleSyncDialog(catalog::StyleStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_connection(new QComboBox(this)),
      m_bucket(new QComboBox(this)), m_compare(new QPushButton(tr("&Compare"), this)),
      m_table(new QTableWidget(0, 4, this)), m_localBody(new QPlainTextEdit(this)),
      m_cloudBody(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_apply(new QPushButton(tr("&Apply"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Sync Styles with Bucket"));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QFormLayout;
    where->addRow(tr("Connection:"), m_connection);
    auto *bucketRow = new QHBoxLayout;
    m_bucket->setEditable(true);
    m_bucket->setInsertPolicy(QComboBox::NoInsert);
    m_bucket->lineEdit()->setPlaceholderText(
        tr("bucket name, e.g. photos-1250000000 (the connection's APPID is added when missing)"));
    bucketRow->addWidget(m_bucket, 1);
    bucketRow->addWidget(m_compare);
    where->addRow(tr("Bucket:"), bucketRow);
    layout->addLayout(where);

    m_table->setHorizontalHeaderLabels({tr("Style"), tr("State"), tr("Action"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A long name on one line, keeping its start and its end.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *bodies = new QWidget(split);
    auto *bodiesLayout = new QHBoxLayout(bodies);
    bodiesLayout->setContentsMargins(0, 0, 0, 0);
    for (auto [edit, title] : {std::pair{m_localBody, tr("In the library")},
                               std::pair{m_cloudBody, tr("In the bucket")}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(new QLabel(title, bodies));
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        column->addWidget(edit);
        bodiesLayout->addLayout(column);
    }
    split->addWidget(bodies);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m done"));
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    m_apply->setToolTip(tr("Run the chosen actions: one write to the bucket a second"));
    m_apply->setEnabled(false);
    m_cancel->setEnabled(false);

    connect(m_compare, &QPushButton::clicked, this, [this] {
        m_results.clear();
        compare();
    });
    connect(m_bucket->lineEdit(), &QLineEdit::returnPressed, m_compare, &QPushButton::click);
    connect(m_apply, &QPushButton::clicked, this, &StyleSyncDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &StyleSyncDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &StyleSyncDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StyleSyncDialog::showBodies);
    connect(m_connection, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= m_profiles.size()) return;
        // The connection's buckets as suggestions; typing one works as well.
        const storage::Profile profile = m_profiles[index];
        runCatching(
            this,
            [profile] {
                QStringList names;
                for (const storage::BucketEntry &b :
                     storage::BucketStorage(storage::endpointFor(profile)).listBuckets())
                    names << b.name;
                return names;
            },
            [this, name = profile.name](const Outcome<QStringList> &o) {
                if (!o.value || m_connection->currentText() != name) return;
                const QString typed = m_bucket->currentText();
                m_bucket->clear();
                m_bucket->addItems(*o.value);
                if (!typed.isEmpty()) m_bucket->setEditText(typed);
            });
    });

    for (const storage::Profile &p : storage::profiles())
        if (p.flavor == storage::Endpoint::Flavor::Cos) m_profiles << p;
    for (const storage::Profile &p : std::as_const(m_profiles))
        m_connection->addItem(p.name);
    if (m_profiles.isEmpty()) {
        m_compare->setEnabled(false);
        setStatus(tr("No COS connection is saved. Add one in File > Cloud Connections, then "
                     "open this window again."));
    } else {
        setStatus(tr("Choose the bucket and press Compare."));
    }
    resize(760, 560);
}

bool StyleSyncDialog::chooseConnection(const QString &name)
{
    const int index = m_connection->findText(name);
    if (index < 0) return false;
    m_connection->setCurrentIndex(index);
    return true;
}

void StyleSyncDialog::setBucket(const QString &bucket)
{
    m_bucket->setEditText(bucket);
}

QString StyleSyncDialog::bucket() const
{
    return m_bucket->currentText();
}

void StyleSyncDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

QString StyleSyncDialog::statusText() const
{
    return m_status->text();
}

void StyleSyncDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_compare->setEnabled(!busy && !m_profiles.isEmpty());
    m_connection->setEnabled(!busy);
    m_bucket->setEnabled(!busy);
    m_apply->setEnabled(!busy && !m_entries.isEmpty());
    m_cancel->setEnabled(busy && !m_steps.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QWidget *w = m_table->cellWidget(row, ActionColumn)) w->setEnabled(!busy);
}

void StyleSyncDialog::compare()
{
    const int index = m_connection->currentIndex();
    QString bucket = m_bucket->currentText().trimmed();
    if (bucket.startsWith(QLatin1String("cos://"))) bucket = bucket.mid(6);
    while (bucket.endsWith(QLatin1Char('/')))
        bucket.chop(1);
    if (m_busy || index < 0 || index >= m_profiles.size()) return;
    if (bucket.isEmpty()) {
        setStatus(tr("Type the bucket's name first."), true);
        return;
    }
    const storage::Profile profile = m_profiles[index];
    // The name the requests use, shown where it was typed.
    bucket = storage::bucketWithAppId(bucket, profile.appId);
    if (m_bucket->currentText() != bucket) m_bucket->setEditText(bucket);
    setBusy(true);
    setStatus(tr("Reading the styles of %1…").arg(bucket));
    using Listed = std::pair<std::shared_ptr<storage::StyleClient>, storage::StyleMap>;
    runCatching(
        this,
        [profile, bucket] {
            auto client =
                std::make_shared<storage::StyleClient>(storage::endpointFor(profile), bucket);
            return Listed{client, client->list()};
        },
        [this, bucket](const Outcome<Listed> &o) {
            m_steps.clear();
            const QString summary = std::exchange(m_summary, QString());
            const bool failed = std::exchange(m_summaryFailed, false);
            if (!o.value) {
                m_entries.clear();
                fillTable();
                setBusy(false);
                setStatus(tr("Could not read the styles of %1: %2").arg(bucket, o.error), true);
                return;
            }
            m_client = o.value->first;
            m_cloud = o.value->second;
            m_entries = storage::syncEntries(m_store->all(), m_cloud);
            fillTable();
            setBusy(false);
            int counts[4] = {};
            for (const storage::SyncEntry &e : std::as_const(m_entries))
                ++counts[int(e.state)];
            const QString found =
                tr("%1: %2 only here, %3 only in the bucket, %4 differ, %5 the same.")
                    .arg(bucket)
                    .arg(counts[int(SyncState::LocalOnly)])
                    .arg(counts[int(SyncState::CloudOnly)])
                    .arg(counts[int(SyncState::Differs)])
                    .arg(counts[int(SyncState::Same)]);
            setStatus(summary.isEmpty() ? found : summary + QLatin1Char(' ') + found, failed);
        });
}

QString StyleSyncDialog::stateText(SyncState state)
{
    switch (state) {
    case SyncState::LocalOnly:
        return tr("Only here");
    case SyncState::CloudOnly:
        return tr("Only in the bucket");
    case SyncState::Same:
        return tr("Same");
    case SyncState::Differs:
        return tr("Differs");
    }
    return {};
}

QString StyleSyncDialog::actionText(SyncAction action)
{
    switch (action) {
    case SyncAction::Skip:
        return tr("Skip");
    case SyncAction::Push:
        return tr("Push local");
    case SyncAction::Pull:
        return tr("Pull from the bucket");
    case SyncAction::DeleteInCloud:
        return tr("Delete in the bucket");
    }
    return {};
}

void StyleSyncDialog::fillTable()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const storage::SyncEntry &e = m_entries[row];
        auto *name = new QTableWidgetItem(e.name);
        name->setToolTip(e.name);
        m_table->setItem(row, NameColumn, name);
        auto *state = new QTableWidgetItem(stateText(e.state));
        if (e.state == SyncState::Differs) state->setForeground(QColor(0x8a, 0x5a, 0x00));
        m_table->setItem(row, StateColumn, state);
        auto *action = new QComboBox(m_table);
        for (SyncAction a : storage::syncActions(e.state))
            action->addItem(actionText(a), int(a));
        action->setCurrentIndex(action->findData(int(e.action)));
        connect(action, &QComboBox::currentIndexChanged, this, [this, action, name = e.name] {
            if (const int r = rowOf(name); r >= 0)
                m_entries[r].action = SyncAction(action->currentData().toInt());
        });
        m_table->setCellWidget(row, ActionColumn, action);
        m_table->setItem(row, ResultColumn, new QTableWidgetItem(m_results.value(e.name)));
    }
    m_table->resizeColumnsToContents();
    // Names fit up to a third of the window; a longer one is elided, whole in its tooltip.
    m_table->setColumnWidth(NameColumn, std::min(m_table->columnWidth(NameColumn), width() / 3));
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    // The first style that needs a decision is the one shown.
    int show = 0;
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].state == SyncState::Differs) {
            show = row;
            break;
        }
    if (!m_entries.isEmpty()) m_table->selectRow(show);
    showBodies();
}

void StyleSyncDialog::showBodies()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < m_entries.size();
    const QString local = valid ? stagesText(m_entries[row].local) : QString();
    const QString cloud = valid ? stagesText(m_entries[row].cloud) : QString();
    m_localBody->setPlainText(local);
    m_cloudBody->setPlainText(cloud);
    if (valid && m_entries[row].state == SyncState::Differs) {
        markDifferences(m_localBody, cloud.split(QLatin1Char('\n')));
        markDifferences(m_cloudBody, local.split(QLatin1Char('\n')));
    } else {
        m_localBody->setExtraSelections({});
        m_cloudBody->setExtraSelections({});
    }
}

int StyleSyncDialog::rowOf(const QString &name) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].name == name) return row;
    return -1;
}

bool StyleSyncDialog::setAction(const QString &name, SyncAction action)
{
    const int row = rowOf(name);
    if (row < 0) return false;
    auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, ActionColumn));
    const int index = box ? box->findData(int(action)) : -1;
    if (index < 0) return false;
    box->setCurrentIndex(index);
    return m_entries[row].action == action;
}

QString StyleSyncDialog::resultOf(const QString &name) const
{
    return m_results.value(name);
}

void StyleSyncDialog::apply()
{
    if (m_busy || !m_client) return;
    try {
        m_steps = storage::planSync(m_entries, m_cloud);
    } catch (const ProcessingError &e) {
        setStatus(tr("Nothing was changed: %1").arg(localizedText(e.error())), true);
        return;
    }
    if (m_steps.isEmpty()) {
        setStatus(tr("Nothing to do: every style is set to Skip."));
        return;
    }
    m_results.clear();
    m_next = 0;
    m_failed = 0;
    m_cancelled = false;
    setBusy(true);
    m_progress->setRange(0, int(m_steps.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    runNextStep();
}

void StyleSyncDialog::cancel()
{
    if (!m_busy || m_steps.isEmpty()) return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    setStatus(tr("Stopping after the style being sent…"));
}

void StyleSyncDialog::reject()
{
    if (m_busy) {
        cancel();
        return;
    }
    QDialog::reject();
}

void StyleSyncDialog::runNextStep()
{
    if (m_cancelled || m_next >= m_steps.size()) {
        finishApply();
        return;
    }
    const storage::SyncStep step = m_steps[m_next];
    const QString doing = step.action == SyncAction::Pull   ? tr("pulling %1")
                          : step.action == SyncAction::Push ? tr("pushing %1")
                                                            : tr("deleting %1 in the bucket");
    setStatus(tr("%1 of %2: %3…").arg(m_next + 1).arg(m_steps.size()).arg(doing.arg(step.name)));
    if (step.action == SyncAction::Pull) {
        // The library lives in the catalogue, which belongs to this thread.
        QString error;
        try {
            m_store->save(step.name, step.body);
            Q_EMIT libraryChanged();
        } catch (const ProcessingError &e) {
            error = localizedText(e.error());
        }
        stepDone(step.name, error);
        return;
    }
    runCatching(
        this,
        [client = m_client, step] {
            if (step.action == SyncAction::Push)
                client->put(step.name, step.body);
            else
                client->remove(step.name);
            return true;
        },
        [this, name = step.name](const Outcome<bool> &o) {
            stepDone(name, o.value ? QString() : o.error);
        });
}

void StyleSyncDialog::stepDone(const QString &name, const QString &error)
{
    const SyncAction action = m_steps[m_next].action;
    if (!error.isEmpty()) {
        ++m_failed;
        m_results[name] = tr("Failed: %1").arg(error);
    } else {
        m_results[name] = action == SyncAction::Pull   ? tr("Pulled")
                          : action == SyncAction::Push ? tr("Pushed")
                                                       : tr("Deleted in the bucket");
    }
    if (const int row = rowOf(name); row >= 0)
        m_table->item(row, ResultColumn)->setText(m_results[name]);
    ++m_next;
    m_progress->setValue(m_next);
    // Queued, so a run of pulls does not nest one call per style.
    QMetaObject::invokeMethod(this, &StyleSyncDialog::runNextStep, Qt::QueuedConnection);
}

void StyleSyncDialog::finishApply()
{
    const int total = int(m_steps.size());
    const int done = m_next - m_failed;
    QString summary;
    if (m_cancelled)
        summary = tr("Cancelled: %1 of %2 done, %3 failed, %4 not run.")
                      .arg(done)
                      .arg(total)
                      .arg(m_failed)
                      .arg(total - m_next);
    else if (m_failed > 0)
        summary = tr("%1 of %2 done, %3 failed (see Result).").arg(done).arg(total).arg(m_failed);
    else
        summary = tr("Done: %1 of %2.").arg(done).arg(total);
    // Deleted styles leave the table with the fresh comparison; their names stay in words.
    QStringList deleted;
    for (const storage::SyncStep &step : std::as_const(m_steps))
        if (step.action == SyncAction::DeleteInCloud &&
            m_results.value(step.name) == tr("Deleted in the bucket"))
            deleted << step.name;
    if (!deleted.isEmpty())
        summary = joinSentences(
            summary, tr("Deleted in the bucket: %1.").arg(deleted.join(QStringLiteral(", "))));
    m_progress->setVisible(false);
    m_steps.clear();
    m_cancel->setEnabled(false);
    // The states as they are now, the results kept beside them.
    m_busy = false;
    m_summary = summary;
    m_summaryFailed = m_failed > 0;
    compare();
}

} // namespace ad::ui
