// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalText.h"

#include <QDateTime>
#include <algorithm>

namespace bourse::models {

QString DecimalText::localized(const QString& plain, const QLocale& locale, bool groupThousands)
{
    const qsizetype sign = plain.startsWith(QLatin1Char('-')) ? 1 : 0;
    qsizetype point = plain.indexOf(QLatin1Char('.'));
    if (point < 0) {
        point = plain.size();
    }
    QString out = plain;
    if (point < out.size()) {
        out.replace(point, 1, locale.decimalPoint());
    }
    if (groupThousands) {
        const QString separator = locale.groupSeparator();
        for (qsizetype i = point - 3; i > sign; i -= 3) {
            out.insert(i, separator);
        }
    }
    return out;
}

QString DecimalText::format(const ex::Decimal& value, int places, bool group)
{
    return localized(fixed(value, places), QLocale(), group);
}

QString DecimalText::fixed(const ex::Decimal& value, int places)
{
    QString text = QString::fromStdString(value.rounded(places).toString());
    if (places > 0) {
        qsizetype point = text.indexOf(QLatin1Char('.'));
        if (point < 0) {
            text += QLatin1Char('.');
            point = text.size() - 1;
        }
        const qsizetype have = text.size() - point - 1;
        if (have < places) {
            text += QString(places - have, QLatin1Char('0'));
        }
    }
    return text;
}

QString DecimalText::format(const ex::OptDecimal& value, int places, bool group)
{
    return value ? format(*value, places, group) : QStringLiteral("—");
}

QString DecimalText::amount(const ex::Decimal& value, int minPlaces, int maxPlaces)
{
    const int places = std::clamp(value.decimalPlaces(), minPlaces, maxPlaces);
    return format(value, places);
}

QString DecimalText::percent(const ex::OptDecimal& value)
{
    if (!value) {
        return QStringLiteral("—");
    }
    const QString sign = value->isNegative() ? QString() : QStringLiteral("+");
    return sign + format(*value, 2, false) + QLatin1Char('%');
}

int DecimalText::places(const ex::OptDecimal& precision, ex::CountingMode mode, int fallback)
{
    if (!precision) {
        return fallback;
    }
    if (mode == ex::CountingMode::TickSize) {
        return std::max(0, precision->decimalPlaces());
    }
    // Decimal places (or significant digits, for which the number of decimals depends on the value; the count is
    // the closest stand-in a column can use).
    return std::max(0, static_cast<int>(precision->toInt64()));
}

QString DecimalText::editable(const ex::Decimal& value, int places)
{
    return localized(fixed(value, places), QLocale(), false);
}

QString DecimalText::decimalPoints()
{
    const QString own = QLocale().decimalPoint();
    return own == QLatin1String(".") ? own : QStringLiteral(".") + own;
}

std::optional<ex::Decimal> DecimalText::parse(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (const QString own = QLocale().decimalPoint(); own != QLatin1String(".")) {
        trimmed.replace(own, QStringLiteral("."));
    }
    return ex::Decimal::parse(trimmed.toStdString());
}

QString DecimalText::dateTime(qint64 msSinceEpoch)
{
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    return QLocale().toString(moment.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + moment.time().toString(QStringLiteral("HH:mm:ss"));
}

QString DecimalText::compactDateTime(qint64 msSinceEpoch, qint64 nowMs)
{
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    if (moment.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date()) {
        return moment.time().toString(QStringLiteral("HH:mm:ss"));
    }
    return dateTime(msSinceEpoch);
}

QString DecimalText::exact(const ex::Decimal& value)
{
    return localized(plain(value), QLocale());
}

QString DecimalText::plain(const ex::Decimal& value)
{
    return QString::fromStdString(value.toString());
}

} // namespace bourse::models
