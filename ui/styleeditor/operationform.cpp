#include "styleeditor/operationform.h"

#include "styleeditor/paramfield.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ad::ui
{

OperationForm::OperationForm(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_empty(
          new QLabel(tr("Select an operation to edit it, or add one from the Add menu."), this)),
      m_rows(new QWidget(this)), m_form(new QFormLayout(m_rows))
{
    auto *layout = new QVBoxLayout(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_empty->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_rows);
    layout->addStretch(1);
    clear();
}

void OperationForm::clear()
{
    m_op.reset();
    m_spec = nullptr;
    rebuild();
}

void OperationForm::setOperation(const style::EditOp &op)
{
    const style::OpSpec *spec = &style::specOf(op);
    m_op = op;
    if (spec != m_spec) {
        m_spec = spec;
        rebuild();
    }
    refresh();
}

ParamField *OperationForm::field(const QString &key) const
{
    for (ParamField *f : m_fields)
        if (f->spec().key == key) return f;
    return nullptr;
}

bool OperationForm::isRowShown(const QString &key) const
{
    ParamField *f = field(key);
    return f && !f->isHidden();
}

void OperationForm::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_title->setText(m_spec ? QCoreApplication::translate("StyleSchema", m_spec->label)
                            : QString());
    m_empty->setVisible(!m_spec);
    if (!m_spec) return;
    if (m_spec->params.empty())
        m_form->addRow(new QLabel(tr("This operation has no parameters."), m_rows));
    for (const style::ParamSpec &p : m_spec->params) {
        auto *f = new ParamField(p, m_rows);
        f->setObjectName(p.key);
        m_fields << f;
        m_form->addRow(QCoreApplication::translate("StyleSchema", p.label), f);
        connect(f, &ParamField::changed, this, [this, f] {
            f->spec().set(*m_op, f->value());
            refresh(); // a mode switch shows other rows and may change other values
            Q_EMIT edited();
        });
    }
}

void OperationForm::refresh()
{
    if (!m_op || !m_spec) return;
    for (int i = 0; i < m_fields.size(); ++i) {
        ParamField *f = m_fields[i];
        const bool shown = f->spec().appliesTo(*m_op);
        m_form->setRowVisible(f, shown);
        if (shown) f->setValue(f->spec().get(*m_op), f->spec().fallbackFor(*m_op));
    }
}

} // namespace ad::ui
