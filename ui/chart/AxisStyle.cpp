// SPDX-License-Identifier: GPL-3.0-or-later
#include "AxisStyle.h"

#include "ui/Theme.h"

#include <QLocale>
#include <qcustomplot.h>

namespace bourse::ui {

void styleChartAxis(QCPAxis* axis, bool labels)
{
    axis->setBasePen(QPen(Theme::border()));
    axis->setTickPen(QPen(Theme::border()));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(Theme::mutedText());
    axis->setTickLabels(labels);
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(4);
    axis->grid()->setPen(QPen(Theme::grid(), 1, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void useCurrentLocale(QCustomPlot* plot)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    plot->setLocale(locale);
}

} // namespace bourse::ui
