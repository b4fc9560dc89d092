#include "buckets/uploaddialog.h"

#include "buckets/uploadstylebox.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ad::ui
{

namespace
{
bool isCosLocation(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("cos://"), Qt::CaseInsensitive);
}
} // namespace

UploadDialog::UploadDialog(const QString &title, const catalog::StyleStore *styles, QWidget *parent)
    : QDialog(parent), m_destination(new QLineEdit(this)), m_style(new UploadStyleBox(this)),
      m_note(new QLabel(this))
{
    setWindowTitle(title);
    m_destination->setObjectName(QStringLiteral("uploadDestination"));
    m_destination->setPlaceholderText(tr("cos://bucket-appid/prefix/"));
    m_destination->setMinimumWidth(420);
    m_style->setLibrary(styles);
    m_note->setObjectName(QStringLiteral("uploadNote"));
    m_note->setWordWrap(true);
    // Room for the longest note, so it is never clipped when a style is chosen.
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    auto *form = new QFormLayout;
    m_destination->setToolTip(
        tr("A COS bucket prefix (cos://bucket-appid/prefix/), an S3 one (s3://bucket/prefix/) or "
           "a folder"));
    form->addRow(tr("Destination:"), m_destination);
    form->addRow(tr("Process on upload:"), m_style);
    form->addRow(m_note); // across both columns, so its lines stay few
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_destination, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!destination().isEmpty());
        updateProcessing();
    });
    connect(m_style, &QComboBox::currentIndexChanged, this, &UploadDialog::updateProcessing);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    updateProcessing();
}

QString UploadDialog::destination() const
{
    return m_destination->text().trimmed();
}

void UploadDialog::setDestination(const QString &destination)
{
    m_destination->setText(destination);
    m_destination->selectAll(); // a remembered destination is replaced by typing
}

QString UploadDialog::styleName() const
{
    return isCosLocation(destination()) ? m_style->styleName() : QString();
}

void UploadDialog::updateProcessing()
{
    const bool cos = isCosLocation(destination());
    m_style->setEnabled(cos);
    if (!cos)
        m_note->setText(tr("Processing on upload needs a COS bucket (cos://)."));
    else if (m_style->styleName().isEmpty())
        m_note->setText(tr("The files are uploaded as they are."));
    else
        m_note->setText(tr("Each picture is stored as it is, and the cloud stores the result of "
                           "“%1” beside it as name-%1.ext. The job's report in the Jobs panel "
                           "lists the results.")
                            .arg(m_style->styleName()));
}

} // namespace ad::ui
