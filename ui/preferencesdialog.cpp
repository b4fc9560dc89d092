#include "preferencesdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace ad::ui
{

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    for (const LanguageChoice &choice : availableLanguages())
        m_language->addItem(choice.label, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    form->addRow(tr("&Language:"), m_language);
    auto *note =
        new QLabel(tr("A new language takes effect when AssetDesk is started again."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    const QString code = m_language->currentData().toString();
    if (code != languageSetting()) {
        setLanguageSetting(code);
        QMessageBox::information(this, tr("Language changed"),
                                 tr("Restart AssetDesk to see it in the new language."));
    }
    QDialog::accept();
}

} // namespace ad::ui
