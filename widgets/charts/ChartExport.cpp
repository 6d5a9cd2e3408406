#include "widgets/charts/ChartExport.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

namespace grindstone::widgets {

namespace {

QString cell(double value) {
    // i18n: CSV is read by machines: C-locale numbers
    return std::isfinite(value) ? QString::number(value, 'g', 10) : QString();
}

QStringList stepKeys(const ChartSpec& spec, const MetricStore& store) {
    QStringList keys;
    for (const QString& key : spec.keys + QStringList{spec.bandLow, spec.bandHigh})
        if (!key.isEmpty() && store.column(key)) keys << key;
    return keys;
}

}  // namespace

QString chartCsv(const ChartSpec& spec, const MetricStore& store) {
    QString out;
    if (spec.source == ChartSource::Evaluations) {
        out += QStringLiteral("step,final,") + spec.keys.join(QLatin1Char(',')) + QLatin1Char('\n');
        for (const auto& e : store.evaluations()) {
            // i18n: CSV, C-locale numbers
            out += QString::number(e.step) + QLatin1Char(',') +
                   (e.final ? QStringLiteral("1") : QStringLiteral("0"));
            for (const QString& key : spec.keys)
                out += QLatin1Char(',') + cell(e.metrics.value(key, std::nan("")));
            out += QLatin1Char('\n');
        }
        return out;
    }
    const QStringList keys = stepKeys(spec, store);
    out += QStringLiteral("step");
    for (const QString& key : keys)
        out += QLatin1Char(',') + key;
    out += QLatin1Char('\n');
    const auto& steps = store.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        // i18n: CSV, C-locale numbers
        QString row = QString::number(steps[i]);
        bool any = false;
        for (const QString& key : keys) {
            const double v = store.column(key)->at(i);
            any = any || std::isfinite(v);
            row += QLatin1Char(',') + cell(v);
        }
        if (any) out += row + QLatin1Char('\n');
    }
    return out;
}

bool writeTextFile(const QString& path, const QString& text, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ChartExport", "cannot write '%1': %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace grindstone::widgets
