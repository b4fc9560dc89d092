#pragma once

// The jobs of a JobQueue as table rows: title, progress, speed, ETA and status.

#include "jobs/jobqueue.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace ad::ui
{

class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Progress, Speed, Eta, Status, ColumnCount };
    static constexpr int ProgressRole = Qt::UserRole + 1; // 0..100
    static constexpr int JobIdRole = Qt::UserRole + 2;

    explicit JobsModel(jobs::JobQueue *queue, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    qint64 jobAt(int row) const;
    const jobs::JobProgress *progressAt(int row) const;
    // Items finished plus the running ones' share done: what the progress bars and the status
    // bar's indicator both count.
    static double itemsDone(const jobs::JobProgress &p);
    static int percentOf(const jobs::JobProgress &p);
    static QString rateText(double perSecond);           // "12", "1.5" (locale digits)
    static QString bytesRateText(double bytesPerSecond); // "1.2 MB/s"

private:
    void reload();
    QString statusText(const jobs::JobProgress &p) const;
    QString titleText(const jobs::JobProgress &p) const;
    QString progressText(const jobs::JobProgress &p) const;

    jobs::JobQueue *m_queue;
    QList<jobs::JobProgress> m_rows; // newest first
    QTimer m_refresh;                // coalesces bursts of item completions
    QTimer m_tick;                   // byte progress of running items, twice a second
};

} // namespace ad::ui
