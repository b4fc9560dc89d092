#include "browser/namedialog.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLayout>
#include <QLineEdit>
#include <algorithm>

namespace ad::ui
{

void fitNameDialog(QInputDialog *ask)
{
    const QFontMetrics metrics(ask->font());
    // Title bars draw in a bold face beside an icon and three buttons: about eight lines'
    // height of room for those on the common window managers.
    QFont titleFont = ask->font();
    titleFont.setBold(true);
    ask->minimumSizeHint(); // lays the dialog out: its field and margins exist from here
    const QMargins margins = ask->layout()->contentsMargins();
    const int title = QFontMetrics(titleFont).horizontalAdvance(ask->windowTitle()) +
                      8 * metrics.height() - margins.left() - margins.right();
    // The name whole in its field, with the field's frame and an arrow's room.
    const int name = metrics.horizontalAdvance(ask->textValue()) + 6 * metrics.averageCharWidth();
    // On the field: the dialog's layout sets its minimum size, so the dialog's own is lost.
    for (QWidget *field : {static_cast<QWidget *>(ask->findChild<QLineEdit *>()),
                           static_cast<QWidget *>(ask->findChild<QComboBox *>())})
        if (field) field->setMinimumWidth(std::max(title, name));
}

QString askName(QWidget *parent, const QString &title, const QString &label, const QString &text,
                const QString &objectName)
{
    QInputDialog ask(parent);
    ask.setObjectName(objectName);
    ask.setWindowTitle(title);
    ask.setLabelText(label);
    ask.setTextValue(text);
    fitNameDialog(&ask);
    return ask.exec() == QDialog::Accepted ? ask.textValue().trimmed() : QString();
}

} // namespace ad::ui
