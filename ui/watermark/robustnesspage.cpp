#include "watermark/robustnesspage.h"

#include "common/background.h"
#include "common/browsestart.h"
#include "common/error.h"
#include "common/windowtasks.h"
#include "imaging/blind/blindwatermark.h"
#include "storage/atomicfile.h"
#include "style/errortext.h"
#include "style/parser.h"
#include "style/stylefile.h"
#include "watermark/blindmarkform.h"
#include "watermark/robustnesschart.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ad::ui
{

using namespace imaging::blind;

RobustnessPage::RobustnessPage(QWidget *parent)
    : QWidget(parent), m_pictures(new QListWidget(this)),
      m_form(new BlindMarkForm(BlindMarkForm::Mode::Embed, this)), m_attacks(new QListWidget(this)),
      m_specs(new QLineEdit(this)), m_styles(new QPlainTextEdit(this)),
      m_run(new QPushButton(tr("&Run Report"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_message(new QLabel(this)), m_table(new QTableWidget(0, 8, this)),
      m_chart(new RobustnessChart(this)), m_csv(new QPushButton(tr("Export &CSV…"), this)),
      m_png(new QPushButton(tr("Export C&hart…"), this))
{
    setObjectName(QStringLiteral("watermarkRobustness"));
    m_pictures->setObjectName(QStringLiteral("robustnessPictures"));
    m_pictures->setToolTip(tr("Drop pictures here"));
    m_pictures->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const Attack &a : standardAttacks()) {
        auto *item = new QListWidgetItem(a.label, m_attacks);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_specs->setObjectName(QStringLiteral("robustnessAttackSpecs"));
    m_attacks->setObjectName(QStringLiteral("robustnessAttacks"));
    m_run->setObjectName(QStringLiteral("runReport"));
    m_specs->setPlaceholderText(tr("more attacks, your parameters: jpeg:15, crop:60:br, "
                                   "scale:40+jpeg:30"));
    // As rich text, so that Qt wraps it (plain, it ran the width of the screen).
    m_specs->setToolTip(
        QStringLiteral("<p>%1</p>")
            .arg(tr("jpeg:QUALITY, webp:QUALITY, scale:PERCENT, stretch:X%:Y%, "
                    "crop:KEEP%[:tl|t|tr|l|c|r|bl|b|br], rotate:DEGREES, blur:SIGMA, noise:SIGMA, "
                    "grey, levels:BLACK:WHITE, contrast:PERCENT; join with + to chain them, "
                    "separate with commas")
                     .toHtmlEscaped()));
    m_styles->setPlaceholderText(tr("Your styles, one per line: name<Tab>processing, or a "
                                    "processing string such as imageMogr2/thumbnail/800x"));
    m_styles->setTabChangesFocus(true);
    m_styles->setMaximumHeight(70);
    m_table->setHorizontalHeaderLabels({tr("Picture"), tr("Attack"), tr("Recovered"),
                                        tr("Bit accuracy"), tr("Status"), tr("PSNR"), tr("Time"),
                                        tr("Worst case")});
    // Columns as wide as what they hold, never narrower than a short word; a wide report
    // scrolls sideways rather than squashing them, and people may widen any column.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    // No stretched last column: the room a wider window gives goes to the attacks' names
    // (fitColumns), where long chains were cut while Worst case took it all.
    header->setStretchLastSection(false);
    // What the less common columns measure, where people look for it.
    m_table->horizontalHeaderItem(3)->setToolTip(
        tr("The share of the mark's bits read right from the attacked copy, before error "
           "correction; 50 % is chance."));
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("WatermarkStatus, 0-100, as the cloud reports it: above 75 present, 60-75 probably "
           "present, below 60 not found."));
    m_table->horizontalHeaderItem(5)->setToolTip(
        tr("How close the attacked copy stays to the marked picture, in dB; “—” when the attack "
           "changes its size, so the two cannot be compared pixel by pixel."));
    m_table->horizontalHeaderItem(7)->setToolTip(
        tr("The lowest bit accuracy of this row's attack over every picture reported: named "
           "when it is another picture, in bold on that picture's own row."));
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->resizeColumnsToContents();
    m_table->verticalHeader()->setVisible(false);
    // One line per row: the columns are as wide as their values (a wrapped "39.2 dB" took two).
    m_table->setWordWrap(false);
    m_table->viewport()->installEventFilter(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cancelButton->setEnabled(false);
    m_progress->setVisible(false);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_csv->setEnabled(false);
    m_png->setEnabled(false);
    m_run->setToolTip(tr("Ctrl+Return"));
    m_cancelButton->setToolTip(tr("Esc"));

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        // Where the pictures already listed are.
        const QString folder = browseStart(
            pictures().isEmpty() ? QString() : QFileInfo(pictures().first()).absolutePath());
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Pictures for the Report"), folder,
            tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.avif *.bmp)"));
        setPictures(pictures() + files);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_pictures->selectedItems());
        updateCapacity();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Pictures:"), left));
    leftLayout->addWidget(m_pictures, 1);
    auto *pictureButtons = new QHBoxLayout;
    pictureButtons->addWidget(add);
    pictureButtons->addWidget(remove);
    leftLayout->addLayout(pictureButtons);
    leftLayout->addWidget(m_form);
    leftLayout->addWidget(new QLabel(tr("Attacks:"), left));
    leftLayout->addWidget(m_attacks, 2);
    leftLayout->addWidget(m_specs);
    leftLayout->addWidget(m_styles);
    // A style list (name<Tab>processing per line) as exported by a style library.
    auto *load = new QPushButton(tr("&Load Styles…"), left);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Style List"), browseStart(QString()),
                                         tr("Style lists (*.txt *.tsv);;All files (*)"));
        if (path.isEmpty()) return;
        try {
            const QMap<QString, QString> styles = style::readStyleList(path);
            QStringList lines;
            for (auto it = styles.begin(); it != styles.end(); ++it)
                lines << it.key() + QLatin1Char('\t') + it.value();
            setStyles(lines.join(QLatin1Char('\n')));
        } catch (const ProcessingError &e) {
            m_message->setText(localizedText(e.error()));
        }
    });
    leftLayout->addWidget(load);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_run);
    leftLayout->addLayout(runRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_message);
    auto *results = new QSplitter(Qt::Vertical, right);
    // The chart keeps a readable row for every attack and scrolls when that is more than its
    // half: as a plain pane it pushed the table down to a row and the window taller.
    auto *chartScroll = new QScrollArea(results);
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    results->addWidget(chartScroll);
    results->addWidget(m_table);
    results->setChildrenCollapsible(false);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);
    rightLayout->addWidget(results, 1);
    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(m_csv);
    exports->addWidget(m_png);
    rightLayout->addLayout(exports);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    // A wider window is shared a third to the settings, two to the results (with stretch
    // factors alone the splitter shares by the columns' size hints, and a maximised window
    // left the pictures' and attacks' lists narrow). A dragged handle sets new shares.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 2000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_run, &QPushButton::clicked, this, &RobustnessPage::run);
    connect(m_form, &BlindMarkForm::changed, this, &RobustnessPage::settingsChanged);
    connect(m_cancelButton, &QPushButton::clicked, this, &RobustnessPage::cancel);
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runKey, &QShortcut::activated, this, [this] {
        if (!isRunning()) run();
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Report"),
            QDir(browseStart(QString())).filePath(QStringLiteral("robustness.csv")),
            tr("CSV (*.csv)"));
        if (!path.isEmpty()) exportCsv(path);
    });
    connect(m_png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Chart"),
            QDir(browseStart(QString())).filePath(QStringLiteral("robustness.png")),
            tr("PNG (*.png)"));
        if (!path.isEmpty()) exportChart(path);
    });
    settingsChanged();
}

// A report still marking and attacking when its window closes stops rather than run on unseen.
RobustnessPage::~RobustnessPage()
{
    cancel();
    WindowTasks::instance().end(m_task);
}

void RobustnessPage::setPictures(const QStringList &paths)
{
    m_pictures->clear();
    QStringList seen;
    for (const QString &p : paths) {
        if (p.isEmpty() || seen.contains(p)) continue;
        seen << p;
        auto *item = new QListWidgetItem(QFileInfo(p).fileName(), m_pictures);
        item->setData(Qt::UserRole, p);
        item->setToolTip(p);
    }
    updateCapacity();
}

// The text must fit the smallest picture of the report: the form says so before it runs.
void RobustnessPage::updateCapacity()
{
    QSize smallest;
    for (const QString &path : pictures()) {
        const QSize size = QImageReader(path).size();
        if (size.isValid() &&
            (!smallest.isValid() ||
             std::min(size.width(), size.height()) < std::min(smallest.width(), smallest.height())))
            smallest = size;
    }
    m_form->setPictureSize(smallest);
    settingsChanged();
}

// A mark that cannot be embedded is not run; a report made with other settings says so.
void RobustnessPage::settingsChanged()
{
    if (isRunning()) return;
    const QString problem = m_form->problem();
    m_run->setEnabled(problem.isEmpty());
    // A greyed Run Report says why (a new user saw it turn grey without a word), unless the
    // form says it under its text field already; a problem gone does not linger.
    // Pictures come first on the page, and first in what it asks for (reopened, it asked for
    // the text before any picture was there).
    const QString said = pictures().isEmpty() ? tr("Add the pictures to mark and attack: Add…, "
                                                   "or drop them on the list.")
                                              : m_form->problemNotShown();
    if (!m_reports.empty())
        m_message->setText(tr("The report shown was made with other pictures or another mark: "
                              "run it again to see these."));
    else if (!said.isEmpty())
        m_message->setText(said);
    else if (!m_shownProblem.isEmpty() && m_message->text() == m_shownProblem)
        m_message->clear();
    m_shownProblem = said;
}

QStringList RobustnessPage::pictures() const
{
    QStringList paths;
    for (int i = 0; i < m_pictures->count(); ++i)
        paths << m_pictures->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void RobustnessPage::chooseAttacks(const QStringList &ids)
{
    for (int i = 0; i < m_attacks->count(); ++i) {
        QListWidgetItem *item = m_attacks->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

// Attacks typed for a run join the list, ticked, and leave the field: the list then shows every
// attack the report ran, and a typed one can be unticked or run again like the others.
void RobustnessPage::keepTypedAttacks()
{
    for (const QString &part : m_specs->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Attack> a = attackFromSpec(part.trimmed());
        if (!a) continue;
        bool listed = false;
        for (int i = 0; i < m_attacks->count() && !listed; ++i) {
            QListWidgetItem *item = m_attacks->item(i);
            listed = item->data(Qt::UserRole).toString() == a->id || item->text() == a->label;
            if (listed) item->setCheckState(Qt::Checked);
        }
        if (listed) continue;
        auto *item = new QListWidgetItem(a->label, m_attacks);
        item->setData(Qt::UserRole, a->id);
        item->setToolTip(a->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_specs->clear();
}

void RobustnessPage::setAttackSpecs(const QString &specs)
{
    m_specs->setText(specs);
}

void RobustnessPage::setStyles(const QString &lines)
{
    m_styles->setPlainText(lines);
}

std::vector<Attack> RobustnessPage::chosenAttacks(QString *error) const
{
    std::vector<Attack> attacks;
    for (int i = 0; i < m_attacks->count(); ++i) {
        const QListWidgetItem *item = m_attacks->item(i);
        if (item->checkState() != Qt::Checked) continue;
        // A listed attack, or one typed for an earlier run (its id is what was typed).
        const QString id = item->data(Qt::UserRole).toString();
        if (const Attack *listed = findAttack(id))
            attacks.push_back(*listed);
        else if (const std::optional<Attack> typed = attackFromSpec(id))
            attacks.push_back(*typed);
    }
    for (const QString &part : m_specs->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString spec = part.trimmed();
        if (spec.isEmpty()) continue;
        const std::optional<Attack> a = attackFromSpec(spec);
        if (!a) {
            *error = tr("The attack “%1” is not understood; hover over the field for the forms it "
                        "takes.")
                         .arg(spec);
            return {};
        }
        // The same attack twice (a spec equal to a listed one: "jpeg:50" is the list's
        // "jpeg50", named alike) would be run and counted twice.
        if (std::none_of(attacks.begin(), attacks.end(),
                         [&](const Attack &b) { return b.id == a->id || b.label == a->label; }))
            attacks.push_back(*a);
    }
    const QStringList lines = m_styles->toPlainText().split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const qsizetype tab = lines[n].indexOf(QLatin1Char('\t'));
        const QString name = tab > 0 ? lines[n].left(tab).trimmed() : line;
        const QString processing = tab > 0 ? lines[n].mid(tab + 1).trimmed() : line;
        try {
            style::parse(processing);
        } catch (const ProcessingError &e) {
            *error = tr("Style on line %1: %2").arg(n + 1).arg(e.error().message);
            return {};
        }
        attacks.push_back(styleAttack(name, processing));
    }
    return attacks;
}

void RobustnessPage::run()
{
    QString error = m_form->problem();
    const QStringList paths = pictures();
    if (paths.isEmpty()) error = tr("Add at least one picture.");
    const std::vector<Attack> attacks =
        error.isEmpty() ? chosenAttacks(&error) : std::vector<Attack>{};
    if (error.isEmpty() && attacks.empty()) error = tr("Choose at least one attack or style.");
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    keepTypedAttacks();
    m_reports.clear();
    m_table->setRowCount(0);
    m_table->clearSpans();
    m_chart->setReports({});
    m_chart->setRunning(true);
    m_message->clear();
    const int perPicture = int(attacks.size());
    m_progress->setRange(0, int(paths.size()) * perPicture);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_task = WindowTasks::instance().begin(tr("Robustness report, in the Blind Watermark window"),
                                           m_progress->maximum());
    m_run->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_csv->setEnabled(false);
    m_png->setEnabled(false);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const int type = m_form->type(), level = m_form->level();
    const QString text = m_form->text(), mark = m_form->imagePath();
    QPointer<RobustnessPage> self(this);
    // Every answer is posted back to the GUI thread and dropped if the page is gone.
    auto post = [self](auto fn) {
        QMetaObject::invokeMethod(
            qApp,
            [self, fn] {
                if (self) fn(self.data());
            },
            Qt::QueuedConnection);
    };
    (void)background::run([=] {
        try {
            Payload payload = type == 3 ? textPayload(text) : markPayloadOfFile(mark);
            for (int i = 0; i < paths.size() && !*cancel; ++i) {
                try {
                    const Report r = robustnessReport(
                        paths[i], type, payload, level, attacks, [&](int done, int) {
                            post([v = i * perPicture + done](RobustnessPage *p) {
                                p->m_progress->setValue(v);
                                WindowTasks::instance().progress(p->m_task, v);
                            });
                            return !*cancel;
                        });
                    post([r](RobustnessPage *p) { p->addRows(r); });
                } catch (const ProcessingError &e) {
                    // Each picture left out is named, under the others.
                    post([e, path = paths[i]](RobustnessPage *p) {
                        const QString line =
                            tr("%1 is left out: %2")
                                .arg(QFileInfo(path).fileName(), e.error().message);
                        const QString before = p->m_message->text();
                        p->m_message->setText(before.isEmpty() ? line : before + u'\n' + line);
                    });
                }
            }
        } catch (const ProcessingError &e) {
            post([msg = e.error().message](RobustnessPage *p) {
                p->m_message->setText(tr("Mark image: %1").arg(msg));
            });
        }
        post([](RobustnessPage *p) { p->done(); });
    });
}

QString RobustnessPage::message() const
{
    return m_message->text();
}

void RobustnessPage::cancel()
{
    if (m_cancel) *m_cancel = true;
}

void RobustnessPage::addRows(const Report &report)
{
    const QColor kNotRecovered(190, 50, 40); // a ✘ or an attack that failed
    m_reports.push_back(report);
    const QString picture = QFileInfo(report.source).fileName();
    for (const ReportRow &row : report.rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto set = [&](int column, const QString &text, Qt::Alignment align = Qt::AlignRight) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        };
        set(0, picture, Qt::AlignLeft);
        set(1, row.attack, Qt::AlignLeft);
        if (!row.error.isEmpty()) {
            set(2, tr("error"), Qt::AlignCenter);
            m_table->item(r, 2)->setForeground(kNotRecovered);
            // The reason where the figures would be: it was in a tooltip only.
            set(3, row.error, Qt::AlignLeft);
            m_table->item(r, 3)->setToolTip(row.error);
            m_table->setSpan(r, 3, 1, 4);
            continue;
        }
        set(2, row.decoded ? QStringLiteral("✔") : QStringLiteral("✘"), Qt::AlignCenter);
        m_table->item(r, 2)->setForeground(row.decoded ? QColor(40, 140, 70) : kNotRecovered);
        set(3, QStringLiteral("%1 %").arg(row.bitAccuracy * 100, 0, 'f', 1));
        set(4, QString::number(row.status));
        set(5, std::isnan(row.psnr) ? QStringLiteral("—") : tr("%1 dB").arg(row.psnr, 0, 'f', 1));
        set(6, tr("%1 s").arg(row.seconds, 0, 'f', 2));
    }
    showWorstCases();
    fitColumns();
    m_chart->setReports(m_reports);
}

// Columns as wide as what they hold, but the picture's and the attack's names sharing what the
// figures leave (the full name in the cell's tooltip): the numbers stay in view.
void RobustnessPage::fitColumns()
{
    // Fitting may show or hide a scroll bar, which resizes the viewport and asks again.
    if (m_fitting) return;
    const QScopedValueRollback fitting(m_fitting, true);
    // As wide as what they hold, but a failed attack's reason, spanning the figures' columns,
    // does not widen the first of them.
    const QAbstractItemView *view = m_table;
    QHeaderView *header = m_table->horizontalHeader();
    const int grid = m_table->showGrid() ? 1 : 0; // as Qt's own fit counts it
    for (int c = 0; c < m_table->columnCount(); ++c) {
        int width = std::max(header->sectionSizeHint(c), header->minimumSectionSize());
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->columnSpan(r, c) == 1)
                width = std::max(
                    width, view->sizeHintForIndex(m_table->model()->index(r, c)).width() + grid);
        m_table->setColumnWidth(c, width);
    }
    // The names share what the figures leave, a third of the table each at most and never less
    // than a short name: in a 1000 px window two thirds for long names pushed the figures out
    // of view.
    int figures = 0;
    for (int c = 2; c < m_table->columnCount(); ++c)
        figures += m_table->columnWidth(c);
    const int viewWidth = m_table->viewport()->width();
    const int widest = std::max(std::min(viewWidth / 3, (viewWidth - figures) / 2),
                                fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    for (int column : {0, 1}) {
        if (m_table->columnWidth(column) > widest) m_table->setColumnWidth(column, widest);
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (QTableWidgetItem *item = m_table->item(r, column)) item->setToolTip(item->text());
    }
    // What room is left goes to the attack's name, up to its whole width, then to the picture's.
    int used = 0;
    for (int c = 0; c < m_table->columnCount(); ++c)
        used += m_table->columnWidth(c);
    int room = viewWidth - used;
    for (int column : {1, 0}) {
        const int wanted = view->sizeHintForColumn(column) - m_table->columnWidth(column);
        const int more = std::min(room, wanted);
        if (more <= 0) continue;
        m_table->setColumnWidth(column, m_table->columnWidth(column) + more);
        room -= more;
    }
}

bool RobustnessPage::eventFilter(QObject *watched, QEvent *event)
{
    // A wider or narrower table shares its columns again.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_table->rowCount())
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// Each row's attack, over every picture reported so far: the lowest bit accuracy and where.
void RobustnessPage::showWorstCases()
{
    // A picture the attack failed on is the worst case (accuracy -1): it was skipped, and the
    // column named a picture that read well.
    QHash<QString, std::pair<double, QString>> worst;
    for (const Report &report : m_reports)
        for (const ReportRow &row : report.rows) {
            const double accuracy = row.error.isEmpty() ? row.bitAccuracy : -1;
            auto it = worst.find(row.attackId);
            if (it == worst.end() || accuracy < it->first)
                worst.insert(row.attackId, {accuracy, QFileInfo(report.source).fileName()});
        }
    // The picture is named where it is another than the row's: on its own row the worst case
    // is marked in bold instead (a repeated name wrapped every row in two lines).
    int r = 0;
    for (const Report &report : m_reports) {
        const QString picture = QFileInfo(report.source).fileName();
        for (const ReportRow &row : report.rows) {
            const auto it = worst.constFind(row.attackId);
            auto *item = new QTableWidgetItem;
            if (it != worst.cend()) {
                const QString value = it->first < 0
                                          ? tr("error")
                                          : QStringLiteral("%1 %").arg(it->first * 100, 0, 'f', 1);
                const bool here = it->second == picture;
                item->setText(here ? value : tr("%1 (%2)").arg(value, it->second));
                item->setToolTip(
                    tr("Lowest over the %n picture(s) reported: %1", nullptr, int(m_reports.size()))
                        .arg(it->second));
                if (here && m_reports.size() > 1) {
                    QFont bold = m_table->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r++, 7, item);
        }
    }
}

void RobustnessPage::done()
{
    const bool cancelled = m_cancel && *m_cancel;
    m_cancel.reset();
    WindowTasks::instance().end(m_task);
    m_task = 0;
    m_progress->setVisible(false);
    m_chart->setRunning(false);
    m_run->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_csv->setEnabled(!m_reports.empty());
    m_png->setEnabled(!m_reports.empty());
    if (cancelled)
        m_message->setText(tr("Cancelled; the rows so far are kept."));
    else if (m_message->text().isEmpty() && !m_reports.empty())
        // The marks' PSNR is the chart's title; here, only that the run is over.
        m_message->setText(
            tr("Done: %n picture(s) marked and attacked.", nullptr, int(m_reports.size())));
    Q_EMIT finished();
}

void RobustnessPage::showReports(const std::vector<Report> &reports)
{
    m_reports.clear();
    m_table->setRowCount(0);
    m_table->clearSpans();
    for (const Report &r : reports)
        addRows(r);
    m_chart->setReports(m_reports);
}

bool RobustnessPage::exportCsv(const QString &path)
{
    try {
        storage::writeFileAtomically(path, reportCsv(m_reports));
        return true;
    } catch (const ProcessingError &e) {
        m_message->setText(e.error().message);
        return false;
    }
}

bool RobustnessPage::exportChart(const QString &path)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_chart->render(QSize(900, std::max(320, m_chart->sizeHint().height() + 40)))
        .save(&buffer, "PNG");
    try {
        storage::writeFileAtomically(path, png);
        return true;
    } catch (const ProcessingError &e) {
        m_message->setText(e.error().message);
        return false;
    }
}

} // namespace ad::ui
