#pragma once

#include <QTableWidget>

#include <vector>

#include "grindstone/session/QaTags.h"

namespace grindstone::widgets {

/// QA tags per probe step and stage file: accepted, rejected, notes.
class QaSummaryTable : public QTableWidget {
    Q_OBJECT
public:
    explicit QaSummaryTable(QWidget* parent = nullptr);
    void setSummary(const std::vector<QaTagSummary>& summary);
};

}  // namespace grindstone::widgets
