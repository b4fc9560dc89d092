#pragma once

// Help > About AssetDesk: what the program is, and the versions of the libraries it runs on as
// the libraries report them (asked off the GUI thread), with a button that copies them for a
// bug report.

#include "about/libraryversions.h"

#include <QDialog>

class QTableWidget;

namespace ad::ui
{

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QTableWidget *versionTable() const { return m_table; }
    QString versionsText() const; // "name version" lines, as Copy puts them on the clipboard

Q_SIGNALS:
    void versionsShown();

private:
    void showVersions(const QList<about::LibraryVersion> &versions);

    QTableWidget *m_table;
};

} // namespace ad::ui
