/* ff-locale.h — where the programs find their translations
 *
 * The application, fotfeste-cli, the tests and the benchmarks all start with
 * ff_locale_init(), so that they look for their message catalogues in the same place:
 *
 *   1. FOTFESTE_LOCALEDIR, when it is set (a folder of LANG/LC_MESSAGES/fotfeste.mo);
 *   2. the build's own locale tree (BUILD/po/locale) when the running program lies
 *      inside the build folder it was built in: build/src/fotfeste started by
 *      build-aux/run, build/src/cli/fotfeste-cli, the test programs;
 *   3. otherwise the installed LOCALEDIR.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The folder of the message catalogues, as above. The string lives as long as the
 * process. */
const char *ff_locale_dir  (void);

/* Sets the locale from the environment, binds the catalogues of GETTEXT_PACKAGE in
 * ff_locale_dir() (in UTF-8) and makes it the default domain. In the C locale, where
 * gettext ignores LANGUAGE, a LANGUAGE that is set moves messages and characters to
 * C.UTF-8, so that "LANGUAGE=uk fotfeste-cli --help" is in Ukrainian there too. */
void        ff_locale_init (void);

G_END_DECLS
