#include "buckets/uploadstylebox.h"

#include "catalog/stylestore.h"

namespace ad::ui
{

UploadStyleBox::UploadStyleBox(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("uploadStyle"));
    setToolTip(tr("A style from the style library that the cloud applies to each uploaded "
                  "picture. The original is stored as it is; the result goes beside it as "
                  "name-style.ext. COS buckets only."));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reload();
}

void UploadStyleBox::setLibrary(const catalog::StyleStore *styles)
{
    m_styles = styles;
    reload();
}

QString UploadStyleBox::styleName() const
{
    return currentData().toString();
}

bool UploadStyleBox::setStyleName(const QString &name)
{
    reload();
    const int index = name.isEmpty() ? 0 : findData(name);
    if (index < 0) return false;
    setCurrentIndex(index);
    return true;
}

void UploadStyleBox::showPopup()
{
    reload();
    QComboBox::showPopup();
}

void UploadStyleBox::reload()
{
    const QString chosen = styleName();
    clear();
    addItem(tr("None"), QString());
    if (m_styles) {
        const QMap<QString, QString> styles = m_styles->all();
        for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
            addItem(it.key(), it.key());
            setItemData(count() - 1, it.value(), Qt::ToolTipRole);
        }
    }
    setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, findData(chosen)));
}

} // namespace ad::ui
