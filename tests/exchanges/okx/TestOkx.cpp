// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class TestOkx : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { }
};
QTEST_GUILESS_MAIN(TestOkx)
#include "TestOkx.moc"
