#include "ui/editor/PropertiesPanel.h"

#include "ui/editor/AnnotationCommands.h"
#include "ui/editor/EditorCanvas.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/ShapeCatalogue.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>

namespace consilium::ui {

namespace {

QIcon swatchIcon(const QColor& colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 120), 1.5));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(4, 4, 24, 24));
    return QIcon(pixmap);
}

} // namespace

QList<QColor> PropertiesPanel::swatchColours()
{
    return {QColor(255, 215, 0),  QColor(255, 80, 80),   QColor(80, 220, 100), QColor(0, 200, 255),
            QColor(90, 120, 255), QColor(255, 100, 230), QColor(255, 150, 40), QColor(255, 255, 255)};
}

PropertiesPanel::PropertiesPanel(EditorDocument* document, EditorCanvas* canvas, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_canvas(canvas)
    , m_lineWidth(new QDoubleSpinBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_text(new QLineEdit(this))
    , m_heading(new QLabel(this))
    , m_measurement(new QLabel(this))
    , m_calibration(new QWidget(this))
    , m_knownLength(new QDoubleSpinBox(m_calibration))
    , m_clearCalibration(new QPushButton(m_calibration))
{
    setObjectName(QStringLiteral("propertiesPanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_measurement->setObjectName(QStringLiteral("measurementLabel"));
    m_measurement->setWordWrap(true);
    m_measurement->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* swatches = new QHBoxLayout;
    swatches->setSpacing(2);
    //: Tooltip of a colour swatch in the annotation properties.
    const QStringList names = {tr("Gold"), tr("Red"),     tr("Green"),  tr("Cyan"),
                               tr("Blue"), tr("Magenta"), tr("Orange"), tr("White")};
    const QList<QColor> colours = swatchColours();
    for (int i = 0; i < colours.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("swatch%1").arg(i));
        button->setIcon(swatchIcon(colours[i]));
        button->setIconSize(QSize(18, 18));
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setToolTip(names.value(i));
        connect(button, &QToolButton::clicked, this, [this, colour = colours[i]] { applyColour(colour); });
        swatches->addWidget(button);
        m_swatches.append(button);
    }
    swatches->addStretch(1);

    m_lineWidth->setObjectName(QStringLiteral("lineWidthSpin"));
    m_lineWidth->setRange(0.5, 20.0);
    m_lineWidth->setSingleStep(0.5);
    m_lineWidth->setDecimals(1);
    //: Unit suffix of the line width, in screen pixels.
    m_lineWidth->setSuffix(tr(" px"));
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(6, 96);
    m_fontSize->setSuffix(tr(" px"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    //: Placeholder of the text field: the text of a text annotation or another shape's caption.
    m_text->setPlaceholderText(tr("Caption"));
    m_text->setClearButtonEnabled(true);

    connect(m_lineWidth, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_refreshing)
            applyLineWidth(value);
    });
    connect(m_fontSize, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_refreshing)
            applyFontSize(value);
    });
    connect(m_text, &QLineEdit::editingFinished, this, [this] {
        if (!m_refreshing)
            applyText(m_text->text());
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    //: Label of the colour swatches in the annotation properties.
    form->addRow(tr("Colour:"), swatches);
    //: Label of the line width of an annotation.
    form->addRow(tr("Line width:"), m_lineWidth);
    //: Label of the font size of an annotation's text and labels.
    form->addRow(tr("Font size:"), m_fontSize);
    //: Label of the text of an annotation.
    form->addRow(tr("Text:"), m_text);

    // Calibration by a known length: lay a ruler on something of known size, type its length.
    m_knownLength->setObjectName(QStringLiteral("knownLengthSpin"));
    m_knownLength->setRange(0.01, 10000.0);
    m_knownLength->setDecimals(2);
    m_knownLength->setValue(10.0);
    //: Unit suffix of the known length used for calibration.
    m_knownLength->setSuffix(tr(" mm"));
    auto* calibrate = new QPushButton(m_calibration);
    calibrate->setObjectName(QStringLiteral("calibrateButton"));
    //: Button: make the selected ruler measure the known length typed beside it.
    calibrate->setText(tr("Calibrate"));
    //: Tooltip of the Calibrate button.
    calibrate->setToolTip(tr("Measure this image so that the selected ruler has the known length"));
    m_clearCalibration->setObjectName(QStringLiteral("clearCalibrationButton"));
    //: Button: forget the manual calibration of the image.
    m_clearCalibration->setText(tr("Clear Calibration"));
    connect(calibrate, &QPushButton::clicked, this, [this] { calibrateWithSelectedRuler(m_knownLength->value()); });
    connect(m_clearCalibration, &QPushButton::clicked, this, &PropertiesPanel::clearCalibration);
    auto* calibrationLayout = new QFormLayout(m_calibration);
    calibrationLayout->setContentsMargins(0, 6, 0, 0);
    calibrationLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* calibrationButtons = new QHBoxLayout;
    calibrationButtons->addWidget(calibrate);
    calibrationButtons->addWidget(m_clearCalibration);
    //: Label of the known length of the selected ruler, for calibration.
    calibrationLayout->addRow(tr("Known length:"), m_knownLength);
    calibrationLayout->addRow(calibrationButtons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_measurement);
    layout->addWidget(m_calibration);
    layout->addStretch(1);

    connect(document, &EditorDocument::selectionChanged, this, &PropertiesPanel::refresh);
    connect(document, &EditorDocument::shapeChanged, this, &PropertiesPanel::refresh);
    connect(document, &EditorDocument::currentImageChanged, this, &PropertiesPanel::refresh);
    connect(document, &EditorDocument::calibrationChanged, this, &PropertiesPanel::refresh);
    refresh();
}

void PropertiesPanel::refresh()
{
    m_refreshing = true;
    const QStringList& selection = m_document->selection();
    const annotation::Shape* first = selection.isEmpty() ? nullptr : m_document->shape(selection.first());
    const annotation::Style style = first ? first->style : m_canvas->newShapeStyle();
    if (!first)
        //: Heading of the properties panel with nothing selected: the controls set the next shape's style.
        m_heading->setText(tr("Style of new annotations"));
    else if (selection.size() == 1)
        m_heading->setText(shapeKindTitle(first->kind));
    else
        //: Heading of the properties panel with several annotations selected.
        m_heading->setText(tr("%n annotation(s) selected", nullptr, int(selection.size())));
    m_lineWidth->setValue(style.lineWidth);
    m_fontSize->setValue(static_cast<int>(std::lround(style.fontSize)));
    for (int i = 0; i < m_swatches.size(); ++i)
        m_swatches[i]->setChecked(swatchColours()[i] == style.colour);
    m_text->setEnabled(selection.size() == 1);
    m_text->setText(first && selection.size() == 1 ? first->text : QString());
    QString measurement;
    if (first && selection.size() == 1)
        measurement = m_canvas->labelLines(*first).join(u'\n');
    m_measurement->setText(measurement);
    m_measurement->setVisible(!measurement.isEmpty());
    m_calibration->setVisible(first && selection.size() == 1 && first->kind == annotation::ShapeKind::Ruler);
    m_clearCalibration->setEnabled(
        m_document->annotations().manualCalibration(m_document->currentImage().sopInstanceUid).has_value());
    m_refreshing = false;
}

void PropertiesPanel::restyle(RestyleShapesCommand::Property property,
                              const std::function<void(annotation::Style&)>& change)
{
    if (m_document->selection().isEmpty()) {
        annotation::Style style = m_canvas->newShapeStyle();
        change(style);
        m_canvas->setNewShapeStyle(style);
        refresh();
        return;
    }
    std::vector<annotation::Shape> before;
    std::vector<annotation::Shape> after;
    for (const QString& id : m_document->selection()) {
        const annotation::Shape* shape = m_document->shape(id);
        if (!shape)
            continue;
        before.push_back(*shape);
        after.push_back(*shape);
        change(after.back().style);
    }
    if (before != after)
        m_document->undoStack()->push(new RestyleShapesCommand(m_document, before, after, property));
}

void PropertiesPanel::applyColour(const QColor& colour)
{
    restyle(RestyleShapesCommand::Property::Colour, [&](annotation::Style& style) { style.colour = colour; });
}

void PropertiesPanel::applyLineWidth(double width)
{
    restyle(RestyleShapesCommand::Property::LineWidth, [&](annotation::Style& style) { style.lineWidth = width; });
}

void PropertiesPanel::applyFontSize(double size)
{
    restyle(RestyleShapesCommand::Property::FontSize, [&](annotation::Style& style) { style.fontSize = size; });
}

void PropertiesPanel::applyText(const QString& text)
{
    if (m_document->selection().size() != 1)
        return;
    const annotation::Shape* shape = m_document->shape(m_document->selection().first());
    if (!shape || shape->text == text || (shape->kind == annotation::ShapeKind::Text && text.trimmed().isEmpty()))
        return;
    annotation::Shape after = *shape;
    after.text = text;
    m_document->undoStack()->push(new EditTextCommand(m_document, *shape, after));
}

void PropertiesPanel::calibrateWithSelectedRuler(double lengthMm)
{
    if (m_document->selection().size() != 1)
        return;
    const annotation::Shape* ruler = m_document->shape(m_document->selection().first());
    if (!ruler || ruler->kind != annotation::ShapeKind::Ruler)
        return;
    const annotation::ManualCalibration calibration{ruler->points[0], ruler->points[1], lengthMm};
    if (!calibration.mmPerPixel()) // a zero-length ruler calibrates nothing
        return;
    m_document->undoStack()->push(new CalibrateCommand(m_document, ruler->image.sopInstanceUid, calibration));
}

void PropertiesPanel::clearCalibration()
{
    const QString uid = m_document->currentImage().sopInstanceUid;
    if (m_document->annotations().manualCalibration(uid))
        m_document->undoStack()->push(new CalibrateCommand(m_document, uid, std::nullopt));
}

} // namespace consilium::ui
