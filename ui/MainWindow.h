// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace bourse::models {
class CandleSeries;
}

namespace bourse::ui {

class CandleChart;

// Arranges the panels of one board and nothing else (STYLE.md, anti-pattern 1): each panel is its own class, and
// what feeds them comes in from the composition root in app/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const QString& exchangeId, models::CandleSeries& candles, QWidget* parent = nullptr);

    CandleChart* chart() const { return m_chart; }
    QList<QDockWidget*> panels() const { return m_panels; }

private:
    QDockWidget* addPanel(const QString& objectName, const QString& title, QWidget* content);
    void createPanels();
    void arrangeDefaultLayout();
    void createMenus();
    void createStatusBar();
    void showAbout();
    void onCandlesChanged();

    QString m_exchangeId;
    models::CandleSeries& m_candles;
    CandleChart* m_chart = nullptr;
    QList<QDockWidget*> m_panels;
    QLabel* m_updateLabel = nullptr;
};

} // namespace bourse::ui
