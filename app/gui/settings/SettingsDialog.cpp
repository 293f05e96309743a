#include "SettingsDialog.h"
#include "settings/ui_SettingsDialog.h"

#include "db/DatabaseUrl.h"
#include "heatmap/Heatmap.h"
#include "util/InlineValidation.h"
#include "util/WindowGeometry.h"

#include <QDir>
#include <QFormLayout>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>

#include <algorithm>

namespace hc::gui {

namespace {
using Key = Settings::Key;

// Icon themes name a padlock differently and Windows has none: the fallback is drawn in the text colour,
// so it reads on light and dark palettes alike.
QIcon lockIcon(const QWidget* widget)
{
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    const qreal ratio = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = widget->palette().color(QPalette::WindowText);
        const qreal s = size;
        QPainterPath shackle;
        shackle.moveTo(s * 0.3, s * 0.5);
        shackle.lineTo(s * 0.3, s * 0.32);
        shackle.arcTo(QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.44), 180, -180);
        shackle.lineTo(s * 0.7, s * 0.5);
        painter.setPen(QPen(colour, std::max(1.5, s / 9), Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(shackle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(s * 0.18, s * 0.45, s * 0.64, s * 0.47), s * 0.08, s * 0.08);
    }
    QIcon fallback;
    fallback.addPixmap(pixmap);
    return QIcon::fromTheme(QStringLiteral("object-locked"), fallback);
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_rows = {
        {Key::IdleLockMinutes, m_ui->idleLockMinutesSpinBox, m_ui->idleLockMinutesLockIconLabel,
         m_ui->idleLockMinutesManagedLabel},
        {Key::MaxFailedLogins, m_ui->maxFailedLoginsSpinBox, m_ui->maxFailedLoginsLockIconLabel,
         m_ui->maxFailedLoginsManagedLabel},
        {Key::LockoutMinutes, m_ui->lockoutMinutesSpinBox, m_ui->lockoutMinutesLockIconLabel,
         m_ui->lockoutMinutesManagedLabel},
        {Key::Language, m_ui->languageComboBox, m_ui->languageLockIconLabel, m_ui->languageManagedLabel},
        {Key::HeatmapSuppressionThreshold, m_ui->heatmapSuppressionThresholdSpinBox,
         m_ui->heatmapSuppressionThresholdLockIconLabel, m_ui->heatmapSuppressionThresholdManagedLabel},
        {Key::ScanRetentionDays, m_ui->scanRetentionDaysSpinBox, m_ui->scanRetentionDaysLockIconLabel,
         m_ui->scanRetentionDaysManagedLabel},
        {Key::CardValidityDays, m_ui->cardValidityDaysSpinBox, m_ui->cardValidityDaysLockIconLabel,
         m_ui->cardValidityDaysManagedLabel},
        {Key::ProxyCollectionCap, m_ui->proxyCollectionCapSpinBox, m_ui->proxyCollectionCapLockIconLabel,
         m_ui->proxyCollectionCapManagedLabel},
        {Key::DatabaseUrl, m_ui->databaseUrlLineEdit, m_ui->databaseUrlLockIconLabel, m_ui->databaseUrlManagedLabel},
        {Key::DemoAllowed, m_ui->demoAllowedCheckBox, m_ui->demoAllowedLockIconLabel, m_ui->demoAllowedManagedLabel},
    };
    for (const Row& row : std::as_const(m_rows)) {
        if (auto* spin = qobject_cast<QSpinBox*>(row.field))
            spin->setRange(Settings::minimum(row.key), Settings::maximum(row.key));
    }
    // The heatmap never suppresses below its own floor; offering smaller values would promise what it does not do.
    m_ui->heatmapSuppressionThresholdSpinBox->setMinimum(
        std::max(Settings::minimum(Key::HeatmapSuppressionThreshold), heatmap::Heatmap::kMinimumThreshold));

    // Each language by its own name, so that someone who cannot read the current one still finds theirs.
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    connect(m_ui->settingsButtonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->settingsButtonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    m_ui->settingsButtonBox->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Show the default of every value that is not managed by your IT department; OK keeps them"));
    alignLabels();
    showProblem(m_ui->errorLabel, {});
    load();
    WindowGeometry::remember(this);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::alignLabels()
{
    // Each group has a form layout of its own: one label width for all lines the values up down the dialog.
    const QList<QFormLayout*> forms = findChildren<QFormLayout*>();
    QList<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void SettingsDialog::load()
{
    const QIcon icon = lockIcon(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QString managedTip = tr("Set for everyone on this computer by your IT department in %1. Ask them if it "
                                  "needs to change.")
                                   .arg(QDir::toNativeSeparators(Settings::systemFileName()));
    for (const Row& row : std::as_const(m_rows)) {
        const bool locked = Settings::isLocked(row.key);
        showValue(row.key, Settings::value(row.key));
        row.field->setEnabled(!locked);
        row.lockIcon->setPixmap(icon.pixmap(iconSize, iconSize));
        row.lockIcon->setVisible(locked);
        row.managed->setVisible(locked);
        row.managed->setToolTip(managedTip);
        row.lockIcon->setToolTip(managedTip);
        if (locked) {
            row.field->setToolTip(managedTip);
            row.field->setAccessibleDescription(tr("Managed by your IT department"));
        }
    }
    // Where the address comes from only matters while it is the user's own choice.
    m_ui->databaseNoteLabel->setVisible(!Settings::isLocked(Key::DatabaseUrl));
    m_startLanguage = Settings::stringValue(Key::Language);
    updateLanguageNote();
}

void SettingsDialog::showValue(Settings::Key key, const QVariant& value)
{
    switch (key) {
    case Key::DatabaseUrl: {
        // Never show a password that IT put into the address.
        const auto url = db::DatabaseUrl::parse(value.toString());
        m_ui->databaseUrlLineEdit->setText(url ? url.value().displayString() : value.toString());
        break;
    }
    case Key::Language: {
        QComboBox* combo = m_ui->languageComboBox;
        int index = combo->findData(value.toString());
        if (index < 0) {
            // A language IT configured that this dialog does not list: shown as it is rather than as another.
            combo->addItem(QLocale(value.toString()).nativeLanguageName(), value.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case Key::DemoAllowed:
        m_ui->demoAllowedCheckBox->setChecked(value.toBool());
        break;
    default:
        for (const Row& row : std::as_const(m_rows))
            if (row.key == key)
                if (auto* spin = qobject_cast<QSpinBox*>(row.field))
                    spin->setValue(value.toInt());
        break;
    }
}

QVariant SettingsDialog::shownValue(Settings::Key key) const
{
    switch (key) {
    case Key::DatabaseUrl:
        return Settings::value(key); // read-only here
    case Key::Language:
        return m_ui->languageComboBox->currentData().toString();
    case Key::DemoAllowed:
        return m_ui->demoAllowedCheckBox->isChecked();
    default:
        for (const Row& row : m_rows)
            if (row.key == key)
                if (auto* spin = qobject_cast<QSpinBox*>(row.field))
                    return spin->value();
        return {};
    }
}

void SettingsDialog::restoreDefaults()
{
    // The database address is not edited here: "defaults" must not send the user back to the welcome window.
    for (const Row& row : std::as_const(m_rows))
        if (row.key != Key::DatabaseUrl && !Settings::isLocked(row.key))
            showValue(row.key, Settings::defaultValue(row.key));
    showProblem(m_ui->errorLabel, {});
}

void SettingsDialog::updateLanguageNote()
{
    m_ui->languageNoteLabel->setVisible(m_ui->languageComboBox->currentData().toString() != m_startLanguage);
}

void SettingsDialog::accept()
{
    QStringList failed;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.key == Key::DatabaseUrl || Settings::isLocked(row.key))
            continue;
        const QVariant value = shownValue(row.key);
        bool stored = true;
        // A default is stored as "no value of the user's own", so that a later version's default applies.
        if (value == Settings::defaultValue(row.key)) {
            if (Settings::source(row.key) == Settings::Source::User)
                stored = Settings::reset(row.key);
        } else if (value != Settings::value(row.key)) {
            stored = Settings::setValue(row.key, value);
        }
        if (!stored)
            failed << Settings::name(row.key);
    }
    if (!failed.isEmpty()) {
        showProblem(m_ui->errorLabel,
                    tr("Could not save %1 in %2. Check that the file can be written, or whether "
                       "your IT department has just started to manage these values.")
                        .arg(failed.join(QStringLiteral(", ")), QDir::toNativeSeparators(Settings::userFileName())));
        return;
    }
    QDialog::accept();
}

} // namespace hc::gui
