#pragma once

// qcustomplot.h (Debian's 2.1) uses Qt's `foreach` in its inline templates, and the project
// builds with QT_NO_FOREACH, which removes Q_FOREACH as well. Its loops there only read, so a
// range-for stands in for this one header and is taken back after it.
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define SWITCHYARD_LENT_FOREACH
#endif
#include <qcustomplot.h>
#ifdef SWITCHYARD_LENT_FOREACH
#undef foreach
#undef SWITCHYARD_LENT_FOREACH
#endif
