#include "settings/connectionsdialog.h"

#include "common/asyncrun.h"

#include "common/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ad::ui
{

using storage::Endpoint;

ConnectionsDialog::ConnectionsDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_region(new QLineEdit(this)), m_endpoint(new QLineEdit(this)),
      m_accessKey(new QLineEdit(this)), m_secretKey(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_appId(new QLineEdit(this)),
      m_pathStyle(new QCheckBox(tr("Path-style addresses (MinIO, Ceph, s3rver)"), this)),
      m_test(new QPushButton(tr("&Test Connection"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Cloud Connections"));
    m_type->addItem(tr("Tencent Cloud COS"), QStringLiteral("cos"));
    m_type->addItem(tr("S3-compatible"), QStringLiteral("s3"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("optional, for temporary (STS) credentials"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&New"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("&Endpoint (optional):"), m_endpoint);
    form->addRow(tr("&Access key / SecretId:"), m_accessKey);
    form->addRow(tr("&Secret key:"), m_secretKey);
    form->addRow(tr("Session &token:"), m_token);
    form->addRow(tr("A&PPID:"), m_appId);
    form->addRow(QString(), m_pathStyle);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);
    form->addRow(testRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateKind);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current, QListWidgetItem *previous) {
                if (!current) return;
                const QString target = current->text();
                if (!hasUnsavedChanges()) return showProfile(target);
                // Back to the edited profile until the user decides; the question comes after
                // this signal, since saving rebuilds the list it is emitted from.
                {
                    const QSignalBlocker block(m_list);
                    m_list->setCurrentItem(previous);
                }
                QTimer::singleShot(0, this, [this, target] {
                    if (askToSave()) reload(target);
                });
            });
    connect(add, &QPushButton::clicked, this, [this] {
        if (hasUnsavedChanges() && !askToSave()) return;
        m_list->clearSelection();
        setForm({}, {});
        m_name->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_list->currentItem()) return;
        storage::removeProfile(m_list->currentItem()->text());
        reload();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    reload();
    if (m_list->count() == 0) setForm({}, {});
    resize(760, 420);
}

void ConnectionsDialog::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const storage::Profile &p : storage::profiles())
        m_list->addItem(p.name);
    const QList<QListWidgetItem *> match = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(match.isEmpty() ? m_list->item(0) : match.first());
    if (m_list->currentItem()) showProfile(m_list->currentItem()->text());
}

void ConnectionsDialog::showProfile(const QString &name)
{
    if (const std::optional<storage::Profile> p = storage::findProfile(name)) setForm(*p, {});
}

void ConnectionsDialog::setForm(const storage::Profile &p, const storage::ProfileSecrets &secrets)
{
    m_shown = storage::findProfile(p.name) ? p.name : QString();
    m_name->setText(p.name);
    m_type->setCurrentIndex(p.flavor == Endpoint::Flavor::Cos ? 0 : 1);
    m_region->setText(p.region);
    m_endpoint->setText(p.endpoint);
    m_accessKey->setText(p.accessKey);
    m_secretKey->setText(secrets.secretKey);
    m_token->setText(secrets.sessionToken);
    // A saved profile's secret stays in the keyring; leaving the field empty keeps it.
    m_secretKey->setPlaceholderText(storage::findProfile(p.name) ? tr("stored in the keyring")
                                                                 : QString());
    m_appId->setText(p.appId);
    m_pathStyle->setChecked(p.pathStyle);
    m_status->clear();
    updateKind();
}

void ConnectionsDialog::updateKind()
{
    const bool cos = m_type->currentData().toString() == QLatin1String("cos");
    m_appId->setEnabled(cos);
    // COS always addresses buckets by host name: the choice exists only for S3 stores.
    m_pathStyle->setVisible(!cos);
    m_region->setPlaceholderText(cos ? QStringLiteral("ap-guangzhou")
                                     : QStringLiteral("us-east-1"));
    // COS: requests go to this address but stay signed for <bucket>.cos.<region>.myqcloud.com.
    m_endpoint->setPlaceholderText(cos ? tr("e.g. http://127.0.0.1:8080")
                                       : tr("e.g. http://127.0.0.1:9000"));
    m_endpoint->setToolTip(cos ? tr("Leave empty for Tencent Cloud. For a private deployment or "
                                    "the local endpoint, requests go to this address instead of "
                                    "the bucket's own host; they still name and sign the "
                                    "bucket's host.")
                               : tr("The store's address, e.g. MinIO or s3rver."));
}

storage::Profile ConnectionsDialog::formProfile() const
{
    storage::Profile p;
    p.name = m_name->text().trimmed();
    p.flavor = m_type->currentData().toString() == QLatin1String("cos") ? Endpoint::Flavor::Cos
                                                                        : Endpoint::Flavor::S3;
    p.region = m_region->text().trimmed();
    p.endpoint = m_endpoint->text().trimmed();
    p.accessKey = m_accessKey->text().trimmed();
    p.appId = m_appId->text().trimmed();
    p.pathStyle = m_pathStyle->isChecked();
    return p;
}

storage::ProfileSecrets ConnectionsDialog::formSecrets() const
{
    return {m_secretKey->text(), m_token->text()};
}

bool ConnectionsDialog::save()
{
    const storage::Profile p = formProfile();
    storage::ProfileSecrets secrets = formSecrets();
    storage::SecretPlace place;
    try {
        if (secrets.secretKey.isEmpty() && storage::findProfile(p.name)) {
            // Keep the stored secret: read it back to save the profile's other fields.
            const Endpoint stored = storage::endpointFor(*storage::findProfile(p.name));
            secrets = {stored.secretKey,
                       secrets.sessionToken.isEmpty() ? stored.sessionToken : secrets.sessionToken};
        }
        place = storage::saveProfile(p, secrets);
    } catch (const ProcessingError &e) {
        setStatus(e.error().message, false);
        return false;
    }
    reload(p.name);
    if (place.keyring)
        setStatus(tr("Saved. The secret key is in the keyring."), true);
    else
        setStatus(tr("Saved, but the keyring cannot be reached (%1): the secret key is kept only "
                     "until AssetDesk closes; type it here again next time.")
                      .arg(place.why),
                  false);
    return true;
}

void ConnectionsDialog::testConnection()
{
    const storage::Profile p = formProfile();
    const storage::ProfileSecrets secrets = formSecrets();
    const bool useStored = secrets.secretKey.isEmpty() && storage::findProfile(p.name);
    m_test->setEnabled(false);
    setStatus(tr("Connecting…"), true);
    runCatching(
        this,
        [p, secrets, useStored] {
            try {
                return storage::testConnection(useStored ? storage::endpointFor(p)
                                                         : storage::endpointFor(p, secrets));
            } catch (const ProcessingError &) {
                throw;
            } catch (const std::exception &e) { // the keyring's own failures
                throw ProcessingError(ErrorCode::IoError, QString::fromLocal8Bit(e.what()));
            }
        },
        [this](const Outcome<int> &o) {
            m_test->setEnabled(true);
            if (o.value)
                setStatus(tr("Connected: %n bucket(s)", nullptr, *o.value), true);
            else
                setStatus(tr("Failed: %1").arg(o.message), false);
            Q_EMIT tested(o.value.has_value());
        });
}

bool ConnectionsDialog::hasUnsavedChanges() const
{
    const storage::Profile f = formProfile();
    const storage::ProfileSecrets typed = formSecrets();
    if (!typed.secretKey.isEmpty() || !typed.sessionToken.isEmpty()) return true;
    const std::optional<storage::Profile> saved =
        m_shown.isEmpty() ? std::nullopt : storage::findProfile(m_shown);
    if (!saved)
        return !(f.name.isEmpty() && f.region.isEmpty() && f.endpoint.isEmpty() &&
                 f.accessKey.isEmpty() && f.appId.isEmpty());
    const bool cos = f.flavor == Endpoint::Flavor::Cos;
    return f.name != saved->name || f.flavor != saved->flavor || f.region != saved->region ||
           f.endpoint != saved->endpoint || f.accessKey != saved->accessKey ||
           (cos && f.appId != saved->appId) || (!cos && f.pathStyle != saved->pathStyle);
}

bool ConnectionsDialog::askToSave()
{
    const QString name = m_name->text().trimmed();
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    name.isEmpty() ? tr("Save the new connection?")
                                   : tr("Save the changes to “%1”?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedConnection"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ConnectionsDialog::reject()
{
    if (hasUnsavedChanges() && !askToSave()) return;
    QDialog::reject();
}

QString ConnectionsDialog::status() const
{
    return m_status->text();
}

void ConnectionsDialog::setStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
}

} // namespace ad::ui
