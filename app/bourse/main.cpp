// SPDX-License-Identifier: GPL-3.0-or-later
// bourse: the GUI terminal. Everything happens in Application, the composition root.
#include "Application.h"

int main(int argc, char* argv[])
{
    return bourse::app::Application::run(argc, argv);
}
