#pragma once

// File > Copy to Bucket / Move to Bucket: where the selection goes (a bucket prefix or a
// folder) and, for a COS bucket, a style the cloud applies to each picture on upload.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ad::catalog
{
class StyleStore;
}

namespace ad::ui
{

class UploadStyleBox;

class UploadDialog : public QDialog
{
    Q_OBJECT
public:
    UploadDialog(const QString &title, const catalog::StyleStore *styles,
                 QWidget *parent = nullptr);
    QString destination() const;
    void setDestination(const QString &destination);
    QString styleName() const; // empty: no processing (also for a destination that is not COS)
    UploadStyleBox *styleBox() const { return m_style; }

private:
    void updateProcessing();

    QLineEdit *m_destination;
    UploadStyleBox *m_style;
    QLabel *m_note;
};

} // namespace ad::ui
