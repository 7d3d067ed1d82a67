// reliability_edithelper PROJECT COUNT [--wait-go] [--read-only-loops N]
//
// Opens PROJECT for writing and performs EditScript edits 1..COUNT, printing "ACK n" (flushed)
// only after the store call for edit n returned success; "FAIL n message" and exit 1 otherwise.
// The first line says which mode the store gave: "MODE rw" or "MODE ro <notice>".
// In read-only mode (another process holds the project) it keeps trying to change the project
// (each attempt must be refused: "REFUSED n message") and reading it, N times (default 200),
// then exits 0. --wait-go waits for a line on stdin after the MODE line before editing, so that
// a test can make two helpers overlap.
#include "editscript.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

using namespace nadzor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s PROJECT COUNT [--wait-go] [--read-only-loops N]\n", argv[0]);
        return 2;
    }
    const QString project = args.at(1);
    const int count = args.at(2).toInt();
    const bool waitGo = args.contains(QStringLiteral("--wait-go"));
    int loops = 200;
    if (const int i = args.indexOf(QStringLiteral("--read-only-loops")); i > 0 && i + 1 < args.size())
        loops = args.at(i + 1).toInt();

    auto opened = store::ProjectStore::open(project);
    if (!opened) {
        std::printf("FAIL 0 %s\n", qPrintable(opened.errorString()));
        std::fflush(stdout);
        return 1;
    }
    std::unique_ptr<store::ProjectStore> store = opened.take();
    store->setAuthor(QStringLiteral("helper"));
    if (store->isReadOnly())
        std::printf("MODE ro %s\n", qPrintable(store->notice()));
    else
        std::printf("MODE rw\n");
    std::fflush(stdout);
    if (waitGo) {
        std::string line;
        std::getline(std::cin, line);
    }

    reliability::EditScript script(*store);
    if (store->isReadOnly()) {
        for (int n = 1; n <= loops; ++n) {
            domain::Status s = (n % 2) ? script.perform(1) : store->undo();
            if (s) {
                std::printf("FAIL %d a read-only store accepted a change\n", n);
                std::fflush(stdout);
                return 1;
            }
            std::printf("REFUSED %d %s\n", n, qPrintable(s.errorString()));
            std::printf("READ %d sites %lld\n", n, static_cast<long long>(store->siteCount()));
            std::fflush(stdout);
            QThread::msleep(2);
        }
        return 0;
    }
    for (int n = 1; n <= count; ++n) {
        if (domain::Status s = script.perform(n); !s) {
            std::printf("FAIL %d %s\n", n, qPrintable(s.errorString()));
            std::fflush(stdout);
            return 1;
        }
        std::printf("ACK %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
