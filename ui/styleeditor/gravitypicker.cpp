#include "styleeditor/gravitypicker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QToolButton>

namespace ad::ui
{

namespace
{

const char *const kNames[9] = {"northwest", "north",     "northeast", "west",     "center",
                               "east",      "southwest", "south",     "southeast"};
const char *const kArrows[9] = {"↖", "↑", "↗", "←", "•", "→", "↙", "↓", "↘"};

} // namespace

GravityPicker::GravityPicker(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    for (int i = 0; i < 9; ++i) {
        auto *b = new QToolButton(this);
        b->setText(QString::fromUtf8(kArrows[i]));
        b->setToolTip(QString::fromLatin1(kNames[i]));
        b->setObjectName(QString::fromLatin1(kNames[i]));
        b->setCheckable(true);
        b->setFixedSize(26, 26);
        m_group->addButton(b, i);
        grid->addWidget(b, i / 3, i % 3);
    }
    m_group->setExclusive(true);
    m_group->button(0)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, &GravityPicker::changed);
}

QString GravityPicker::gravity() const
{
    return QString::fromLatin1(kNames[std::max(0, m_group->checkedId())]);
}

void GravityPicker::setGravity(const QString &name)
{
    for (int i = 0; i < 9; ++i)
        if (name.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0)
            m_group->button(i)->setChecked(true);
}

} // namespace ad::ui
