#include "ui/people/SafetyNumberView.h"

#include "ui/common/QrCode.h"
#include "ui/people/PeopleData.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace consilium::ui {

namespace {
// Four blocks a row for a 60-digit number (3 rows), three for one identity's 30 digits (2 rows).
int blocksPerRow(qsizetype digits)
{
    return digits <= 30 ? 3 : 4;
}
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
    m_qr->setFixedSize(m_qrPixels, m_qrPixels);
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
        m_blocks->addWidget(block, int(i / blocksPerRow(digits.size())), int(i % blocksPerRow(digits.size())));
        block->show(); // a layout shows new children only later, through a queued call
    }
    setAccessibleName(groupedDigits(digits));
}

void SafetyNumberView::setQrPayload(const QByteArray& payload)
{
    m_qrPayload = payload;
    const QrCode code = QrCode::encode(payload);
    m_qrImage = code.isNull() ? QImage() : code.toImage(code.scaleFor(m_qrPixels));
    m_qr->setPixmap(QPixmap::fromImage(m_qrImage));
    m_qr->setVisible(!m_qrImage.isNull());
}

void SafetyNumberView::setQrSize(int pixels)
{
    m_qrPixels = pixels;
    m_qr->setFixedSize(pixels, pixels);
    setQrPayload(m_qrPayload);
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
