#pragma once

// Robustness report: chosen pictures are marked, every chosen attack and saved style is applied
// and the mark read back; a table and a chart show bit accuracy, recovery and PSNR per attack,
// exportable as CSV and PNG.

#include "imaging/blind/robustness.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ad::ui
{

class BlindMarkForm;
class RobustnessChart;

class RobustnessPage : public QWidget
{
    Q_OBJECT
public:
    explicit RobustnessPage(QWidget *parent = nullptr);
    ~RobustnessPage() override;

    void setPictures(const QStringList &paths);
    QStringList pictures() const;
    // Checks only these attack ids (all standard attacks by default).
    void chooseAttacks(const QStringList &ids);
    void setStyles(const QString &lines); // "name<TAB>processing" or a processing string per line
    // Attacks with the user's parameters, as wmreport --attacks takes them: "jpeg:15, crop:60:br".
    void setAttackSpecs(const QString &specs);
    BlindMarkForm *form() const { return m_form; }
    QTableWidget *table() const { return m_table; }
    const std::vector<imaging::blind::Report> &reports() const { return m_reports; }
    bool isRunning() const { return m_cancel != nullptr; }
    QString message() const;

    void run();
    void cancel();
    void showReports(const std::vector<imaging::blind::Report> &reports); // instead of the rows
    bool exportCsv(const QString &path);
    bool exportChart(const QString &path);

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void keepTypedAttacks();
    std::vector<imaging::blind::Attack> chosenAttacks(QString *error) const;
    void addRows(const imaging::blind::Report &report);
    void fitColumns();
    void showWorstCases();
    void updateCapacity();
    void settingsChanged();
    void done();

    QListWidget *m_pictures;
    BlindMarkForm *m_form;
    QListWidget *m_attacks;
    QLineEdit *m_specs;
    QPlainTextEdit *m_styles;
    QPushButton *m_run;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_message;
    QString m_shownProblem; // the form's problem shown in m_message, cleared when it goes
    QTableWidget *m_table;
    RobustnessChart *m_chart;
    QPushButton *m_csv;
    QPushButton *m_png;
    std::vector<imaging::blind::Report> m_reports;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_task = 0; // in the status bar's jobs count while it runs
    bool m_fitting = false;
};

} // namespace ad::ui
