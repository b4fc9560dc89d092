#include "preferencesdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>

namespace ad::ui
{

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_limit(new QSpinBox(this))
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
    m_limit->setRange(0, 10 * 1024 * 1024);
    m_limit->setSingleStep(256);
    m_limit->setSuffix(tr(" KiB/s"));
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setValue(transferLimitKiB());
    form->addRow(tr("&Transfer bandwidth:"), m_limit);
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
    setTransferLimitKiB(m_limit->value());
    QDialog::accept();
}

} // namespace ad::ui
