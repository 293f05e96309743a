#include "ConsoleApp.h"

int main(int argc, char** argv)
{
    return hc::gui::ConsoleApp::main(argc, argv);
}
