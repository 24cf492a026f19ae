#include "ui/people/SafetyNumberView.h"

#include "ui/common/QrCode.h"
#include "ui/people/PeopleData.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace consilium::ui {

namespace {
constexpr int kBlocksPerRow = 4;
constexpr int kQrPixels = 168;
} // namespace

SafetyNumberView::SafetyNumberView(QWidget* parent)
    : QWidget(parent)
{
    auto* blocks = new QWidget(this);
    m_blocks = new QGridLayout(blocks);
    m_blocks->setContentsMargins(0, 0, 0, 0);
    m_blocks->setHorizontalSpacing(18);
    m_blocks->setVerticalSpacing(8);
    m_qr = new QLabel(this);
    m_qr->setFixedSize(kQrPixels, kQrPixels);
    m_qr->setAlignment(Qt::AlignCenter);
    //: Accessible name of the QR code image on the safety number and invitation screens.
    m_qr->setAccessibleName(tr("QR code"));
    m_qr->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addWidget(blocks, 0, Qt::AlignVCenter);
    layout->addWidget(m_qr, 0, Qt::AlignVCenter);
    layout->addStretch(1);
}

void SafetyNumberView::setDigits(const QString& digits)
{
    m_digits = digits;
    while (QLayoutItem* item = m_blocks->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.35);
    for (qsizetype i = 0; i * 5 < digits.size(); ++i) {
        auto* block = new QLabel(digits.mid(i * 5, 5), m_blocks->parentWidget());
        block->setFont(font);
        block->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_blocks->addWidget(block, int(i / kBlocksPerRow), int(i % kBlocksPerRow));
    }
    setAccessibleName(groupedDigits(digits));
}

void SafetyNumberView::setQrPayload(const QByteArray& payload)
{
    const QrCode code = QrCode::encode(payload);
    m_qrImage = code.isNull() ? QImage() : code.toImage(code.scaleFor(kQrPixels));
    m_qr->setPixmap(QPixmap::fromImage(m_qrImage));
    m_qr->setVisible(!m_qrImage.isNull());
}

QString SafetyNumberView::text() const
{
    return groupedDigits(m_digits);
}

QImage SafetyNumberView::qrImage() const
{
    return m_qrImage;
}

} // namespace consilium::ui
