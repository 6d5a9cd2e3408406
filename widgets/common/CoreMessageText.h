#pragma once

#include <QString>

#include <string>

namespace grindstone::widgets {

/// A message of core (an InputError's what(), a training event's text) in the user's language.
/// Core writes English by concatenation; the message is matched against the templates of
/// core's messages (CoreMessageStrings.cpp, generated from core/src by
/// tests/i18n/core_messages.py), and the translated template is filled with the matched
/// pieces, each piece translated in turn when it is itself a message ("cannot read X: <why>").
/// A message no template matches may still end in one after a ": " ("file.csv:3: <why>").
/// A message no template matches, or one without a translation, comes back unchanged.
QString coreMessageText(const std::string& message);
QString coreMessageText(const char* message);  ///< UTF-8, as an exception's what()
QString coreMessageText(const QString& message);

/// The generated list: the "CoreMessages" templates, "%1", "%2", ... for the pieces.
extern const char* const kCoreMessageTemplates[];
extern const int kCoreMessageTemplateCount;

}  // namespace grindstone::widgets
