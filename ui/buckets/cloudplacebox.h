#pragma once

// "Where: This computer / Cloud (COS connection …)" for the blind watermark: in the cloud, the
// bucket and the prefix local pictures are uploaded to, and a plain note that cloud marks and
// local marks do not read each other.

#include "storage/profiles.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ad::ui
{

class CloudPlaceBox : public QWidget
{
    Q_OBJECT
public:
    explicit CloudPlaceBox(QWidget *parent = nullptr);

    bool isCloud() const;
    // The saved COS connections become choices (kept when still there); called on show.
    void reloadConnections();
    // Chooses the connection named `name` ("" for this computer); false when there is none.
    bool choose(const QString &name);
    QString connectionName() const;
    QString bucket() const;
    void setBucket(const QString &bucket);
    QString uploadPrefix() const;
    // What is missing before the cloud can work, for people; empty when ready or local.
    QString problem() const;
    // The connection's profile; the endpoint (the keyring's secrets) is read off the GUI thread.
    storage::Profile profile() const;
    QLabel *note() const { return m_note; }
    // An error from the cloud with what to do about it first ("check the key"), then the
    // service's own words.
    static QString errorWords(const QString &error);

Q_SIGNALS:
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateVisibility();

    QComboBox *m_where;
    QFormLayout *m_form;
    QLineEdit *m_bucket;
    QLineEdit *m_prefix;
    QLabel *m_note;
    QList<storage::Profile> m_profiles;
};

} // namespace ad::ui
