#include "widgets/experiment/OptionText.h"

#include <QCoreApplication>
#include <QStringList>
#include <sstream>

namespace grindstone::widgets {

namespace {

QString tableText(const std::string& english) {
    return english.empty() ? QString()
                           : QCoreApplication::translate("OptionTable", english.c_str());
}

/// Core's number form of a bound (ostream at precision 10), so the English text is core's.
QString boundText(double value) {
    std::ostringstream s;
    s.precision(10);
    s << value;
    return QString::fromStdString(s.str());
}

}  // namespace

QString optionGroupText(const OptionSpec& spec) {
    return tableText(spec.group);
}

QString optionDocText(const OptionSpec& spec) {
    return tableText(spec.doc);
}

QString optionUnitText(const OptionSpec& spec) {
    return tableText(spec.unit);
}

QString optionTypeText(OptionType type) {
    return tableText(optionTypeName(type));
}

QString optionAllowedText(const OptionSpec& spec) {
    switch (spec.type) {
        case OptionType::Int:
            return QCoreApplication::translate("OptionTable", "an integer in [%1, %2]")
                .arg(static_cast<qlonglong>(spec.minimum))
                .arg(static_cast<qlonglong>(spec.maximum));
        case OptionType::Real:
            return QCoreApplication::translate("OptionTable", "a number in [%1, %2]")
                .arg(boundText(spec.minimum), boundText(spec.maximum));
        case OptionType::Bool:
            return QCoreApplication::translate("OptionTable", "true or false");
        case OptionType::Choice: {
            // The choices are values (what a config file and --set take): never translated.
            QStringList choices;
            for (const auto& choice : spec.choices)
                choices << QString::fromStdString(choice);
            return QCoreApplication::translate("OptionTable", "one of: %1")
                .arg(choices.join(QStringLiteral(", ")));
        }
        case OptionType::Text:
            return QCoreApplication::translate("OptionTable", "text");
    }
    return QCoreApplication::translate("OptionTable", "text");
}

QString optionRejectedText(const OptionSpec& spec, const QString& value) {
    return QCoreApplication::translate("OptionTable", "option '%1': '%2' is not valid; expected %3")
        .arg(QString::fromStdString(spec.name), value, optionAllowedText(spec));
}

}  // namespace grindstone::widgets
