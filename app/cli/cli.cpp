#include "cli.h"

#include <QCoreApplication>

namespace oktadesk::cli {

int run(QCoreApplication &)
{
    return Usage;
}

} // namespace oktadesk::cli
