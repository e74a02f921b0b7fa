#pragma once

#include <QStringList>

namespace sy::cli {

// Each takes the arguments after the subcommand name, with the program name first.
int runValidate(const QStringList &arguments);
int runRoute(const QStringList &arguments);
int runMock(const QStringList &arguments);
int runProxy(const QStringList &arguments);
int runReplay(const QStringList &arguments);
int runSimulate(const QStringList &arguments);
int runTrain(const QStringList &arguments);
int runTune(const QStringList &arguments);
int runEmbed(const QStringList &arguments);
int runKeys(const QStringList &arguments);
int runExperiments(const QStringList &arguments);
int runRollout(const QStringList &arguments);
int runHarvest(const QStringList &arguments);

} // namespace sy::cli
