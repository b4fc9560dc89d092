#pragma once

// File > Cloud Connections: the connection profiles (Tencent COS or any S3-compatible store).
// Secrets are typed here and go straight to the keyring; a stored secret is never shown.
// Test Connection lists the buckets off the GUI thread and says what happened. Leaving a
// profile with unsaved edits (another profile, New, Close) asks first.

#include "storage/profiles.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ad::ui
{

class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionsDialog(QWidget *parent = nullptr);

    // The form, for tests and for pre-filling.
    void setForm(const storage::Profile &profile, const storage::ProfileSecrets &secrets);
    bool save();           // false (with the reason shown) when the keyring refuses
    void testConnection(); // `tested` follows
    QString status() const;
    // The form differs from the saved profile (or holds a typed secret, or a new profile).
    bool hasUnsavedChanges() const;
    void reject() override; // asks before unsaved changes are lost

Q_SIGNALS:
    void tested(bool ok);

private:
    void reload(const QString &select = {});
    void showProfile(const QString &name);
    void updateKind();
    storage::Profile formProfile() const;
    storage::ProfileSecrets formSecrets() const;
    void setStatus(const QString &text, bool ok);
    bool askToSave(); // Save, Discard or Cancel; true when the form may be left

    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_region;
    QLineEdit *m_endpoint;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLineEdit *m_token;
    QLineEdit *m_appId;
    QCheckBox *m_pathStyle;
    QPushButton *m_test;
    QLabel *m_status;
    QString m_shown; // the saved profile the form was filled from; empty for a new one
};

} // namespace ad::ui
