#include "watermark/blindmarkform.h"

#include "common/browsestart.h"
#include "imaging/blind/blindwatermark.h"
#include "style/parser.h"
#include "style/values.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <vector>

namespace ad::ui
{

BlindMarkForm::BlindMarkForm(Mode mode, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_type(new QComboBox(this)),
      m_textLabel(new QLabel(tr("&Text:"), this)), m_text(new QLineEdit(this)),
      m_textProblem(new QLabel(this)), m_imageLabel(new QLabel(this)),
      m_imageRow(new QWidget(this)), m_image(new QLineEdit(m_imageRow)), m_thumb(new QLabel(this)),
      m_levelLabel(new QLabel(tr("&Strength:"), this)), m_level(new QSpinBox(this))
{
    m_type->addItem(tr("Text (type 3)"), 3);
    m_type->addItem(tr("Image mark, blind (type 2)"), 2);
    m_type->addItem(tr("Image mark, semi-blind (type 1)"), 1);
    // What each type does for the user, where the numbers (the cloud's) mean nothing yet.
    m_type->setItemData(0,
                        tr("Hides a short text (letters and digits), read back from a copy "
                           "alone."),
                        Qt::ToolTipRole);
    m_type->setItemData(1,
                        tr("Hides a small picture such as a logo. Checking a copy needs the "
                           "same picture and says whether it is there."),
                        Qt::ToolTipRole);
    m_type->setItemData(2,
                        tr("Hides a small picture that is read back by comparing a copy with the "
                           "original picture."),
                        Qt::ToolTipRole);
    // No validator: one would drop what it refuses without a word. problem() names it instead.
    m_text->setObjectName(QStringLiteral("blindText"));
    m_textProblem->setObjectName(QStringLiteral("blindTextProblem"));
    m_textProblem->setWordWrap(true);
    m_textProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_image->setObjectName(QStringLiteral("blindImage"));
    m_level->setRange(1, 3);
    m_level->setSuffix(tr(" of 3")); // a bare 1 said nothing of its range
    m_level->setToolTip(tr("Higher is more robust and more visible (type 2 only)"));
    m_thumb->setFixedSize(96, 64);
    m_thumb->setAlignment(Qt::AlignCenter);
    m_thumb->setFrameShape(QFrame::StyledPanel);

    auto *row = new QHBoxLayout(m_imageRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_image, 1);
    auto *browse = new QPushButton(tr("&Browse…"), m_imageRow);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, m_imageLabel->text().remove(QLatin1Char('&')).chopped(1),
            browseStart(m_image->text()),
            tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.heic *.avif)"));
        if (!path.isEmpty()) m_image->setText(path);
    });

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(m_textLabel, m_text);
    form->addRow(QString(), m_textProblem);
    form->addRow(m_imageLabel, m_imageRow);
    form->addRow(QString(), m_thumb);
    form->addRow(m_levelLabel, m_level);
    m_textLabel->setBuddy(m_text);
    m_imageLabel->setBuddy(m_image);
    m_levelLabel->setBuddy(m_level);
    // The label column is as wide as its widest label whatever the type shows, so that the
    // fields do not move sideways when it changes.
    for (const QString &label :
         {tr("T&ype:"), tr("&Text:"), tr("&Mark image:"), tr("&Original:"), tr("&Strength:")})
        m_labelWidth =
            std::max(m_labelWidth, fontMetrics().horizontalAdvance(QString(label).remove(u'&')));
    lineUpWith({});
    // Tab goes down the form as it reads: the mark's Browse right after its field.
    setTabOrder(m_image, browse);
    setTabOrder(browse, m_level);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (m_mode == Mode::Extract && type() != 3) {
            if (m_imageType != 0 && m_imageType != type()) {
                m_imageFor[m_imageType] = m_image->text();
                m_image->setText(m_imageFor[type()]);
            }
            m_imageType = type();
        }
        updateVisibility();
        Q_EMIT changed();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        updateVisibility();
        Q_EMIT changed();
    });
    connect(m_image, &QLineEdit::textChanged, this, [this] {
        showMark();
        Q_EMIT changed();
    });
    connect(m_level, &QSpinBox::valueChanged, this, &BlindMarkForm::changed);
    updateVisibility();
}

void BlindMarkForm::lineUpWith(std::initializer_list<QFormLayout *> forms)
{
    int width = m_labelWidth;
    std::vector<QWidget *> labels;
    for (QFormLayout *f : forms)
        for (int row = 0; row < f->rowCount(); ++row)
            if (QLayoutItem *item = f->itemAt(row, QFormLayout::LabelRole)) {
                labels.push_back(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
    auto *own = static_cast<QFormLayout *>(layout());
    if (QWidget *typeLabel = own->labelForField(m_type)) labels.push_back(typeLabel);
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
}

int BlindMarkForm::type() const
{
    return m_type->currentData().toInt();
}

void BlindMarkForm::setType(int type)
{
    m_type->setCurrentIndex(m_type->findData(type));
}

QString BlindMarkForm::text() const
{
    return m_text->text();
}

void BlindMarkForm::setText(const QString &text)
{
    m_text->setText(text);
}

QString BlindMarkForm::imagePath() const
{
    return m_image->text().trimmed();
}

void BlindMarkForm::setImagePath(const QString &path)
{
    m_image->setText(path);
}

int BlindMarkForm::level() const
{
    return m_level->value();
}

void BlindMarkForm::setCloud(bool cloud)
{
    m_cloud = cloud;
    updateVisibility();
    Q_EMIT changed();
}

void BlindMarkForm::setPictureSize(QSize size)
{
    if (size == m_pictureSize) return;
    m_pictureSize = size;
    updateVisibility();
    Q_EMIT changed();
}

QString BlindMarkForm::textProblem() const
{
    QStringList refused;
    for (const QChar c : text()) {
        if (c.isDigit() && c.unicode() < 128) continue;
        if (c.isLetter() && c.unicode() < 128) continue;
        const QString shown =
            c == QLatin1Char(' ') ? tr("space")
            : c.isPrint()         ? QStringLiteral("“%1”").arg(c)
                          : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        if (!refused.contains(shown)) refused << shown;
    }
    if (!refused.isEmpty())
        return tr("A blind mark holds only the letters A–Z, a–z and the digits 0–9; remove %1.")
            .arg(QLocale().createSeparatedList(refused));
    if (text().size() > style::kMaxBlindText)
        return tr("A blind mark holds at most %1 characters; this text has %2.")
            .arg(style::kMaxBlindText)
            .arg(text().size());
    // The cloud's algorithm has its own limits; this computer's depend on the picture's size.
    if (!m_cloud && m_pictureSize.isValid()) {
        const int capacity =
            imaging::blind::textCapacity(m_pictureSize.width(), m_pictureSize.height());
        if (text().size() > capacity)
            return tr("This %1 × %2 picture holds at most %3 characters; this text has %4. "
                      "Shorten the text, or mark a picture at least %5 pixels on its shorter "
                      "side.")
                .arg(m_pictureSize.width())
                .arg(m_pictureSize.height())
                .arg(capacity)
                .arg(text().size())
                .arg(imaging::blind::kFullCapacitySide);
    }
    return {};
}

QString BlindMarkForm::problemNotShown() const
{
    const QString p = problem();
    // The label under the text holds only what it shows (cleared when hidden).
    return p == m_textProblem->text() ? QString() : p;
}

QString BlindMarkForm::problem() const
{
    if (type() == 3) {
        if (m_mode == Mode::Extract) return {};
        if (text().isEmpty()) return tr("Enter the text to embed.");
        return textProblem();
    }
    if (imagePath().isEmpty())
        return type() == 1 && m_mode == Mode::Extract ? tr("Choose the original picture.")
                                                      : tr("Choose the mark image.");
    const bool object = m_cloud && imagePath().startsWith(QLatin1String("cos://"));
    if (!object && !QFileInfo::exists(imagePath()))
        return tr("%1 does not exist.").arg(imagePath());
    // The mark may be at most an eighth of each side of the picture: said before embedding.
    const QSize mark = object || imagePath().isEmpty() ? QSize() : QImageReader(imagePath()).size();
    const bool asMark = m_mode == Mode::Embed || type() == 2;
    if (asMark && mark.isValid() && m_pictureSize.isValid() &&
        !imaging::blind::markFits(mark.width(), mark.height(), m_pictureSize.width(),
                                  m_pictureSize.height()))
        return tr("The mark image is %1 × %2; on this %3 × %4 picture it may be at most %5 × %6 "
                  "(an eighth of each side).")
            .arg(mark.width())
            .arg(mark.height())
            .arg(m_pictureSize.width())
            .arg(m_pictureSize.height())
            .arg(m_pictureSize.width() / imaging::blind::kMarkSideShare)
            .arg(m_pictureSize.height() / imaging::blind::kMarkSideShare);
    return {};
}

QString BlindMarkForm::rule() const
{
    QString rule =
        QStringLiteral("watermark/%1/type/%2").arg(m_mode == Mode::Embed ? 3 : 4).arg(type());
    if (type() == 3) {
        if (m_mode == Mode::Embed)
            rule += QStringLiteral("/text/") + style::encodeBase64Param(text().toUtf8());
        return rule;
    }
    rule += QStringLiteral("/image/") + style::encodeBase64Param(imagePath().toUtf8());
    if (m_mode == Mode::Embed && type() == 2 && level() > 1)
        rule += QStringLiteral("/level/%1").arg(level());
    return rule;
}

void BlindMarkForm::updateVisibility()
{
    const bool text = type() == 3;
    const bool embed = m_mode == Mode::Embed;
    m_textLabel->setVisible(text && embed);
    m_text->setVisible(text && embed);
    const int capacity =
        !m_cloud && m_pictureSize.isValid()
            ? imaging::blind::textCapacity(m_pictureSize.width(), m_pictureSize.height())
            : style::kMaxBlindText;
    // Before a picture is chosen, both capacities: most web-sized pictures hold the smaller.
    const bool sizeKnown = m_cloud || m_pictureSize.isValid();
    m_text->setPlaceholderText(
        !sizeKnown ? tr("digits and letters: up to %1, or %2 on pictures %3 px or more on the "
                        "shorter side")
                         .arg(imaging::blind::kTinyTextLength)
                         .arg(style::kMaxBlindText)
                         .arg(imaging::blind::kFullCapacitySide)
        : capacity < style::kMaxBlindText
            ? tr("digits and letters, up to %1 on this picture").arg(capacity)
            : tr("digits and letters, up to %1").arg(capacity));
    m_textProblem->setText(text && embed ? textProblem() : QString());
    m_textProblem->setVisible(!m_textProblem->text().isEmpty());
    const bool image = !text;
    m_imageLabel->setVisible(image);
    m_imageRow->setVisible(image);
    m_thumb->setVisible(image);
    m_imageLabel->setText(!embed && type() == 1 ? tr("&Original:") : tr("&Mark image:"));
    m_image->setPlaceholderText(
        embed         ? tr("a simple shape, at most 1/8 of the picture's width and height")
        : type() == 1 ? tr("the unmarked picture")
                      : tr("the mark image that was embedded"));
    // What becomes of the mark, so that a detailed logo is not a surprise.
    m_image->setToolTip(
        !embed && type() == 1
            ? QString()
            : tr("The mark is squeezed to 16 × 16 cells, each lighter or darker than the "
                 "mark's average: bold shapes survive, fine detail and small text do not. Light "
                 "on dark and dark on light both work; extraction compares the same picture."));
    m_levelLabel->setVisible(embed && type() == 2);
    m_level->setVisible(embed && type() == 2);
}

void BlindMarkForm::showMark()
{
    QImageReader reader(imagePath());
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) reader.setScaledSize(size.scaled(m_thumb->size(), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    m_thumb->setPixmap(QPixmap::fromImage(image));
    m_thumb->setToolTip(size.isValid() ? tr("%1 × %2 px").arg(size.width()).arg(size.height())
                                       : QString());
}

} // namespace ad::ui
