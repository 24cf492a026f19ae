#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace consilium::ui {

/// Digits to compare aloud, in blocks of five (four blocks a row, in a fixed-width font, as
/// Signal shows them), beside the QR code a colleague can scan instead.
class SafetyNumberView : public QWidget {
    Q_OBJECT

public:
    explicit SafetyNumberView(QWidget* parent = nullptr);

    /// `digits`: 60 for a safety number, 30 for one identity's digits.
    void setDigits(const QString& digits);
    /// The QR code's bytes; empty hides it.
    void setQrPayload(const QByteArray& payload);
    /// The QR code's side in pixels (default 168); long payloads (an invitation) want more, so
    /// that each module stays several pixels wide for a phone camera.
    void setQrSize(int pixels);

    /// The digits as shown, blocks separated by spaces.
    [[nodiscard]] QString text() const;
    /// The QR code as shown (null when none).
    [[nodiscard]] QImage qrImage() const;

private:
    QGridLayout* m_blocks = nullptr;
    QLabel* m_qr = nullptr;
    QString m_digits;
    QImage m_qrImage;
    QByteArray m_qrPayload;
    int m_qrPixels = 168;
};

} // namespace consilium::ui
