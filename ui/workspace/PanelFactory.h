// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace bourse::models {
class ExchangeSession;
struct PanelBinding;
} // namespace bourse::models

namespace bourse::ui {

class Panel;

// The one place that knows which widget shows which panel kind.
namespace PanelFactory {

Panel* create(const models::PanelBinding& binding, models::ExchangeSession& session, QWidget* parent);
// "Order book", for menus and dock titles.
QString kindTitle(const QString& kind);

} // namespace PanelFactory

} // namespace bourse::ui
