#pragma once

// The Jobs dock: one row per background job with its progress. Long operations register here.

#include <QWidget>

class QStandardItemModel;
class QTreeView;
class QLabel;

namespace ad::ui
{

class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(QWidget *parent = nullptr);
    int jobCount() const;

private:
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace ad::ui
