#include "buckets/cloudplacebox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

namespace ad::ui
{

CloudPlaceBox::CloudPlaceBox(QWidget *parent)
    : QWidget(parent), m_where(new QComboBox(this)), m_form(new QFormLayout(this)),
      m_bucket(new QLineEdit(this)),
      m_prefix(new QLineEdit(QStringLiteral("assetdesk-scratch/"), this)), m_note(new QLabel(this))
{
    m_where->setObjectName(QStringLiteral("where"));
    m_bucket->setObjectName(QStringLiteral("cloudBucket"));
    m_prefix->setObjectName(QStringLiteral("uploadPrefix"));
    m_note->setObjectName(QStringLiteral("cloudNote"));
    m_bucket->setPlaceholderText(tr("bucket name with its APPID, e.g. photos-1250000000"));
    m_prefix->setToolTip(tr("Pictures and marks on this computer are uploaded under this prefix "
                            "first: the cloud reads only from the bucket"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Cloud marks and local marks are not interchangeable: a mark embedded on "
                       "this computer is not found by the cloud's extraction, and a mark the "
                       "cloud embeds is not found on this computer."));
    m_note->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5a4300; "
                                         "padding: 4px; border-radius: 3px; }"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Where:"), m_where);
    m_form->addRow(tr("B&ucket:"), m_bucket);
    m_form->addRow(tr("Upload p&refix:"), m_prefix);
    m_form->addRow(m_note);
    reloadConnections();
    // Where, the bucket and the prefix of the last work are the likely ones next time.
    QSettings settings;
    choose(settings.value(QStringLiteral("blindWatermark/where")).toString());
    connect(m_where, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("blindWatermark/where"), connectionName());
        updateVisibility();
        Q_EMIT changed();
    });
    m_bucket->setText(settings.value(QStringLiteral("blindWatermark/bucket")).toString());
    m_prefix->setText(
        settings.value(QStringLiteral("blindWatermark/uploadPrefix"), m_prefix->text()).toString());
    connect(m_bucket, &QLineEdit::textChanged, this, [this] {
        QSettings().setValue(QStringLiteral("blindWatermark/bucket"), bucket());
        Q_EMIT changed();
    });
    connect(m_prefix, &QLineEdit::textChanged, this, [this] {
        QSettings().setValue(QStringLiteral("blindWatermark/uploadPrefix"), uploadPrefix());
        Q_EMIT changed();
    });
    updateVisibility();
}

void CloudPlaceBox::reloadConnections()
{
    const QString current = connectionName();
    m_profiles.clear();
    for (const storage::Profile &p : storage::profiles())
        if (p.flavor == storage::Endpoint::Flavor::Cos) m_profiles << p;
    const QSignalBlocker quiet(m_where);
    m_where->clear();
    m_where->addItem(tr("This computer"), QString());
    for (const storage::Profile &p : std::as_const(m_profiles))
        m_where->addItem(tr("Cloud (COS connection “%1”)").arg(p.name), p.name);
    const int index = m_where->findData(current);
    m_where->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty()) Q_EMIT changed(); // the connection went away
    m_where->setToolTip(
        m_profiles.isEmpty()
            ? tr("Add a COS connection (File > Cloud Connections) to work in the cloud")
            : QString());
    updateVisibility();
}

bool CloudPlaceBox::choose(const QString &name)
{
    const int index = m_where->findData(name);
    if (index >= 0) m_where->setCurrentIndex(index);
    return index >= 0;
}

bool CloudPlaceBox::isCloud() const
{
    return m_where->currentIndex() > 0;
}

QString CloudPlaceBox::connectionName() const
{
    return m_where->currentData().toString();
}

QString CloudPlaceBox::bucket() const
{
    return m_bucket->text().trimmed();
}

void CloudPlaceBox::setBucket(const QString &bucket)
{
    m_bucket->setText(bucket);
}

QString CloudPlaceBox::uploadPrefix() const
{
    return m_prefix->text().trimmed();
}

QString CloudPlaceBox::problem() const
{
    if (!isCloud()) return {};
    if (bucket().isEmpty()) return tr("Enter the bucket to work in.");
    // COS bucket names end with the account's APPID; without it the cloud answers "no bucket".
    const QString appId = profile().appId;
    if (!appId.isEmpty() && !bucket().endsWith(QLatin1Char('-') + appId))
        return tr("A bucket of this connection ends with its APPID: %1-%2.").arg(bucket(), appId);
    return {};
}

storage::Profile CloudPlaceBox::profile() const
{
    return m_profiles.value(m_where->currentIndex() - 1);
}

QString CloudPlaceBox::errorWords(const QString &error)
{
    if (error.contains(QLatin1String("HTTP 403")))
        return tr("The cloud refused the request: check the connection's SecretId and SecretKey "
                  "and that it may use this bucket.\n%1")
            .arg(error);
    if (error.contains(QLatin1String("HTTP 404")))
        return tr("The cloud did not find the picture, the mark or the bucket.\n%1").arg(error);
    return error;
}

void CloudPlaceBox::showEvent(QShowEvent *event)
{
    reloadConnections();
    QWidget::showEvent(event);
}

void CloudPlaceBox::updateVisibility()
{
    const bool cloud = isCloud();
    m_form->setRowVisible(m_bucket, cloud);
    m_form->setRowVisible(m_prefix, cloud);
    m_form->setRowVisible(m_note, cloud);
}

} // namespace ad::ui
