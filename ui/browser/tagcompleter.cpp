#include "browser/tagcompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace ad::ui
{

namespace
{
// The word after the last comma, and where it starts.
qsizetype wordStart(const QString &text)
{
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    qsizetype start = comma + 1;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    return start;
}
} // namespace

void attachTagCompleter(QLineEdit *edit, std::function<QStringList()> tags)
{
    auto *model = new QStringListModel(edit);
    auto *completer = new QCompleter(model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setWidget(edit);
    QObject::connect(edit, &QLineEdit::textEdited, completer, [edit, completer, model, tags] {
        const QString text = edit->text();
        const QString word = text.mid(wordStart(text));
        if (word.isEmpty()) {
            completer->popup()->hide();
            return;
        }
        model->setStringList(tags()); // the catalogue's tags as they are now
        completer->setCompletionPrefix(word);
        completer->complete();
    });
    QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), edit,
                     [edit](const QString &tag) {
                         const QString text = edit->text();
                         edit->setText(text.left(wordStart(text)) + tag);
                         edit->setModified(true);
                     });
}

} // namespace ad::ui
