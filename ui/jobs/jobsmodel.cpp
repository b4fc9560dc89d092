#include "jobs/jobsmodel.h"

#include "jobs/batchplan.h"
#include "jobs/transcodejob.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace ad::ui
{

namespace
{
// What a transcode reports instead of bytes: frames, or milliseconds of sound when it has no
// picture.
enum class TranscodeUnit { None, Frames, Milliseconds };

TranscodeUnit transcodeUnit(const jobs::JobProgress &p)
{
    if (p.job.kind != jobs::kTranscodeKind) return TranscodeUnit::None;
    const QJsonObject preset = p.job.params.value(QStringLiteral("preset")).toObject();
    return preset.value(QStringLiteral("video")).toArray().isEmpty() ? TranscodeUnit::Milliseconds
                                                                     : TranscodeUnit::Frames;
}
} // namespace

JobsModel::JobsModel(jobs::JobQueue *queue, QObject *parent)
    : QAbstractTableModel(parent), m_queue(queue)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &JobsModel::reload);
    const auto later = [this] {
        if (!m_refresh.isActive()) m_refresh.start();
    };
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &JobsModel::reload);
    connect(queue, &jobs::JobQueue::jobAdded, this, &JobsModel::reload);
    connect(queue, &jobs::JobQueue::jobChanged, this, later);
    connect(queue, &jobs::JobQueue::itemFinished, this, later);
    reload();
}

void JobsModel::reload()
{
    QList<jobs::JobProgress> rows;
    const QList<qint64> ids = m_queue->jobIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        rows << m_queue->progress(*it);
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    const bool busy = std::any_of(m_rows.begin(), m_rows.end(),
                                  [](const jobs::JobProgress &p) { return !p.running.isEmpty(); });
    if (busy && !m_tick.isActive()) m_tick.start();
    if (!busy) m_tick.stop();
}

double JobsModel::itemsDone(const jobs::JobProgress &p)
{
    // Running items count by the share of their bytes already moved.
    double done = p.counts.finished();
    for (const jobs::LiveItem &item : p.running)
        if (item.total > 0) done += double(item.done) / double(item.total);
    return done;
}

int JobsModel::percentOf(const jobs::JobProgress &p)
{
    if (p.counts.total == 0) return 100;
    return int(100 * itemsDone(p) / p.counts.total);
}

QString JobsModel::rateText(double perSecond)
{
    // Whole numbers from 10 up, one decimal below: "12", "1.5".
    return QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0);
}

QString JobsModel::bytesRateText(double bytesPerSecond)
{
    return tr("%1/s").arg(
        QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
}

QString JobsModel::progressText(const jobs::JobProgress &p) const
{
    QString text = tr("%1/%2").arg(p.counts.finished()).arg(p.counts.total);
    for (const jobs::LiveItem &item : p.running) {
        if (item.total <= 0) continue;
        text += tr(" · %1 %2 %")
                    .arg(QFileInfo(item.source).fileName())
                    .arg(int(100 * item.done / item.total));
        break; // the first is enough in a table cell; the tooltip lists them all
    }
    return text;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].job.id : 0;
}

const jobs::JobProgress *JobsModel::progressAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString JobsModel::titleText(const jobs::JobProgress &p) const
{
    // The journal keeps the job's parameters; the title is made here so it follows the language.
    if (p.job.kind == jobs::kBatchKind) {
        const int styles =
            std::max<qsizetype>(1, p.job.params.value(QStringLiteral("styles")).toArray().size());
        return tr("Batch: %1 × %2 → %3")
            .arg(tr("%n file(s)", nullptr, p.counts.total / styles),
                 tr("%n style(s)", nullptr, styles), QDir::toNativeSeparators(p.job.output));
    }
    return p.job.title;
}

QString JobsModel::statusText(const jobs::JobProgress &p) const
{
    QString state;
    switch (p.job.state) {
    case jobs::JobState::Queued:
        state = tr("Queued");
        break;
    case jobs::JobState::Running:
        state = tr("Running");
        break;
    case jobs::JobState::Paused:
        state = tr("Paused");
        break;
    case jobs::JobState::Finished:
        state = p.counts.failed ? tr("Finished with failures") : tr("Finished");
        break;
    case jobs::JobState::Cancelled:
        state = tr("Cancelled");
        break;
    }
    return tr("%1: %2 done, %3 failed, %4 skipped")
        .arg(state)
        .arg(p.counts.done)
        .arg(p.counts.failed)
        .arg(p.counts.skipped + p.counts.cancelled);
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const jobs::JobProgress &p = m_rows[index.row()];
    if (role == ProgressRole) return percentOf(p);
    if (role == JobIdRole) return p.job.id;
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Output: %1").arg(p.job.output);
        const QLocale locale;
        const TranscodeUnit unit = transcodeUnit(p);
        for (const jobs::LiveItem &item : p.running) {
            if (item.total <= 0) continue;
            if (unit == TranscodeUnit::Frames)
                tip += tr("\n%1: frame %2 of %3").arg(item.source).arg(item.done).arg(item.total);
            else if (unit == TranscodeUnit::Milliseconds)
                tip += tr("\n%1: %2 of %3 s")
                           .arg(item.source, locale.toString(item.done / 1000.0, 'f', 1),
                                locale.toString(item.total / 1000.0, 'f', 1));
            else
                tip += tr("\n%1: %2 of %3")
                           .arg(item.source, locale.formattedDataSize(item.done),
                                locale.formattedDataSize(item.total));
        }
        return tip;
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Title:
        return titleText(p);
    case Progress:
        return progressText(p);
    case Speed:
        if (p.bytesPerSecond > 0 && transcodeUnit(p) == TranscodeUnit::Frames)
            return tr("%1 frames/s").arg(qRound(p.bytesPerSecond));
        if (p.bytesPerSecond > 0 && transcodeUnit(p) == TranscodeUnit::Milliseconds)
            return tr("%1× real time").arg(QLocale().toString(p.bytesPerSecond / 1000, 'f', 1));
        if (p.bytesPerSecond > 0) return bytesRateText(p.bytesPerSecond);
        return p.itemsPerSecond > 0 ? tr("%1 items/s").arg(rateText(p.itemsPerSecond)) : QString();
    case Eta: {
        if (p.job.state != jobs::JobState::Running) return QString();
        double eta = p.etaSeconds;
        // The last file of a job: what its bytes still need at the current rate.
        if (p.counts.pending == 0 && p.bytesPerSecond > 0) {
            qint64 left = 0;
            for (const jobs::LiveItem &item : p.running)
                left += std::max<qint64>(0, item.total - item.done);
            eta = double(left) / p.bytesPerSecond;
        }
        if (eta < 0) return QString();
        const int s = int(eta + 0.5);
        return tr("%1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case Status:
        return statusText(p);
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Title:
        return tr("Job");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    case Eta:
        return tr("Time left");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ad::ui
