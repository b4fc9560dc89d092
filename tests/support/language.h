// The interface in `language` while it lives, as installTranslations() sets it up: for tests
// that check texts fit or read right in every shipped language.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTest>
#include <QTranslator>

namespace ad::test
{

class Language
{
public:
    explicit Language(const QString &language)
    {
        if (language == u"en") return;
        m_loaded = m_translator.load(QStringLiteral(":/i18n/assetdesk_%1.qm").arg(language));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Language() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = true;
};

// A data function's rows: one column "language", a row for each shipped language.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

} // namespace ad::test
