#include "browser/renamedialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>

namespace ad::ui
{

QString askNewName(QWidget *parent, const QString &path)
{
    const QFileInfo file(path);
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("renameDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("ad::ui::RenameDialog", "Rename"));
    auto *name = new QLineEdit(file.fileName(), &dialog);
    name->setObjectName(QStringLiteral("newName"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("ad::ui::RenameDialog", "New name:"), name);
    form->addRow(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    // Up to the last dot; a folder, or a name that starts with its only dot, is all base name.
    const int base = file.isDir() ? 0 : int(file.fileName().lastIndexOf(QLatin1Char('.')));
    if (base > 0)
        name->setSelection(0, base);
    else
        name->selectAll();
    // Focus on showing is not a Tab, so the line edit keeps this selection.
    name->setFocus(Qt::OtherFocusReason);
    return dialog.exec() == QDialog::Accepted ? name->text().trimmed() : QString();
}

} // namespace ad::ui
