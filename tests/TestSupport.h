#pragma once

// Helpers shared by the Qt Test suites.
#include <QStringList>
#include <QtTest>

#include "grindstone/Error.h"

namespace grindstone::test {

/// Runs `call`, which must throw InputError whose message contains every one of `parts`
/// (the file, key or value it names and what was wrong).
template <typename Call>
void expectInputError(Call call, const QStringList& parts) {
    try {
        call();
        QFAIL("accepted bad input");
    } catch (const InputError& e) {
        const QString message = QString::fromStdString(e.what());
        for (const QString& part : parts)
            QVERIFY2(message.contains(part),
                     qPrintable(message + QStringLiteral(" lacks ") + part));
    }
}

}  // namespace grindstone::test
