#pragma once

// The form of one operation, generated from its schema: a row per parameter, rows that do not
// apply to the current values hidden (a thumbnail's percent when it fits a box, ...). Editing a
// field updates the operation through the schema's accessors and emits edited().

#include "style/schema.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace ad::ui
{

class ParamField;

class OperationForm : public QWidget
{
    Q_OBJECT
public:
    explicit OperationForm(QWidget *parent = nullptr);
    void setOperation(const style::EditOp &op); // keeps the widgets when the kind is the same
    void clear();                               // nothing selected
    std::optional<style::EditOp> operation() const { return m_op; }
    ParamField *field(const QString &key) const;
    bool isRowShown(const QString &key) const;

Q_SIGNALS:
    void edited();

private:
    void rebuild();
    void refresh();

    std::optional<style::EditOp> m_op;
    const style::OpSpec *m_spec = nullptr;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_rows;
    QFormLayout *m_form;
    QList<ParamField *> m_fields;
};

} // namespace ad::ui
