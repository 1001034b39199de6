// Temporary composition root; replaced by the main-window work in progress.
#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return 0;
}
