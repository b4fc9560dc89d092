#pragma once

// Help > Getting Started: a short guide to a librarian's tasks (browsing, rating and tagging,
// duplicates, albums, batch, video posters, blind watermark) with their keys, written into the
// program so it is translated with it.

#include <QDialog>

class QTextBrowser;

namespace ad::ui
{

class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    static QString guideHtml(); // the guide in the current language

private:
    QTextBrowser *m_browser;
};

} // namespace ad::ui
