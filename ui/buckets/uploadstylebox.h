#pragma once

// "Process on upload": a style of the style library that the cloud applies to each picture
// uploaded to a COS bucket (Pic-Operations), or none, the default. Lists the library afresh
// each time it opens, so a style saved in the Style Editor meanwhile is there.

#include <QComboBox>

namespace ad::catalog
{
class StyleStore;
}

namespace ad::ui
{

class UploadStyleBox : public QComboBox
{
    Q_OBJECT
public:
    explicit UploadStyleBox(QWidget *parent = nullptr);
    void setLibrary(const catalog::StyleStore *styles);
    QString styleName() const; // empty: no processing
    // Chooses a library style by name (false when the library has none of that name).
    bool setStyleName(const QString &name);
    void showPopup() override;

private:
    void reload();

    const catalog::StyleStore *m_styles = nullptr;
};

} // namespace ad::ui
