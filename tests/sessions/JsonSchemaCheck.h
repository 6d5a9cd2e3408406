#pragma once
// A small JSON Schema checker for the keywords sessions/schemas uses (type, enum, const,
// required, properties, additionalProperties, items, minimum, maximum, pattern, oneOf, $ref).
// Debian has no C++ JSON Schema validator; this subset is enough to keep the published schemas
// honest against the files the program writes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace sessiontest {

class SchemaChecker {
public:
    explicit SchemaChecker(const QString& schemaDir) : m_dir(schemaDir) {}

    /// Problems of `value` against schema file `name` (empty = valid).
    QStringList check(const QJsonValue& value, const QString& name) {
        QStringList errors;
        checkValue(value, schemaFile(name), name, QStringLiteral("$"), errors);
        return errors;
    }

private:
    QJsonObject schemaFile(const QString& name) {
        if (!m_files.contains(name)) {
            QFile f(m_dir + QLatin1Char('/') + name);
            f.open(QIODevice::ReadOnly);
            m_files.insert(name, QJsonDocument::fromJson(f.readAll()).object());
        }
        return m_files.value(name);
    }

    /// "#/$defs/x" within `file`, or "other.json#/$defs/x".
    QJsonObject resolve(const QString& ref, QString& file) {
        const qsizetype hash = ref.indexOf(QLatin1Char('#'));
        if (hash > 0) file = ref.left(hash);
        QJsonValue node = schemaFile(file);
        for (const QString& part : ref.mid(hash + 2).split(QLatin1Char('/'), Qt::SkipEmptyParts))
            node = node.toObject().value(part);
        return node.toObject();
    }

    static bool hasType(const QJsonValue& v, const QString& type) {
        if (type == QStringLiteral("null")) return v.isNull();
        if (type == QStringLiteral("boolean")) return v.isBool();
        if (type == QStringLiteral("string")) return v.isString();
        if (type == QStringLiteral("object")) return v.isObject();
        if (type == QStringLiteral("array")) return v.isArray();
        if (type == QStringLiteral("number")) return v.isDouble();
        if (type == QStringLiteral("integer"))
            return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
        return false;
    }

    void checkValue(const QJsonValue& v, const QJsonObject& s, QString file, const QString& at,
                    QStringList& errors) {
        if (s.contains(QStringLiteral("$ref"))) {
            const QJsonObject target = resolve(s.value(QStringLiteral("$ref")).toString(), file);
            checkValue(v, target, file, at, errors);
            return;
        }
        if (s.contains(QStringLiteral("oneOf"))) {
            int matches = 0;
            for (const QJsonValue& option : s.value(QStringLiteral("oneOf")).toArray()) {
                QStringList sub;
                checkValue(v, option.toObject(), file, at, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1)
                errors << at + QStringLiteral(": matches %1 of oneOf, not 1").arg(matches);
        }
        const QJsonValue type = s.value(QStringLiteral("type"));
        if (!type.isUndefined()) {
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
            bool any = false;
            for (const QJsonValue& t : types)
                any = any || hasType(v, t.toString());
            if (!any) {
                errors << at + QStringLiteral(": wrong type");
                return;
            }
        }
        if (s.contains(QStringLiteral("const")) && v != s.value(QStringLiteral("const")))
            errors << at + QStringLiteral(": not the constant");
        if (s.contains(QStringLiteral("enum")) &&
            !s.value(QStringLiteral("enum")).toArray().contains(v))
            errors << at + QStringLiteral(": not one of the enum");
        if (v.isDouble()) {
            if (s.contains(QStringLiteral("minimum")) &&
                v.toDouble() < s.value(QStringLiteral("minimum")).toDouble())
                errors << at + QStringLiteral(": below minimum");
            if (s.contains(QStringLiteral("maximum")) &&
                v.toDouble() > s.value(QStringLiteral("maximum")).toDouble())
                errors << at + QStringLiteral(": above maximum");
        }
        if (v.isString() && s.contains(QStringLiteral("pattern")) &&
            !QRegularExpression(s.value(QStringLiteral("pattern")).toString())
                 .match(v.toString())
                 .hasMatch())
            errors << at + QStringLiteral(": does not match the pattern");
        if (v.isArray() && s.contains(QStringLiteral("items"))) {
            const QJsonArray items = v.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkValue(items[i], s.value(QStringLiteral("items")).toObject(), file,
                           at + QStringLiteral("[%1]").arg(i), errors);
        }
        if (v.isObject()) checkObject(v.toObject(), s, file, at, errors);
    }

    void checkObject(const QJsonObject& o, const QJsonObject& s, const QString& file,
                     const QString& at, QStringList& errors) {
        for (const QJsonValue& key : s.value(QStringLiteral("required")).toArray())
            if (!o.contains(key.toString()))
                errors << at + QStringLiteral(": missing '") + key.toString() + QLatin1Char('\'');
        const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
        const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString here = at + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                checkValue(it.value(), properties.value(it.key()).toObject(), file, here, errors);
            else if (additional.isBool() && !additional.toBool())
                errors << here + QStringLiteral(": not allowed");
            else if (additional.isObject())
                checkValue(it.value(), additional.toObject(), file, here, errors);
        }
    }

    QString m_dir;
    QMap<QString, QJsonObject> m_files;
};

}  // namespace sessiontest
