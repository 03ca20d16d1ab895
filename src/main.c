/* main.c — the entry of the fotfeste application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "ff-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FfApplication) app = NULL;
  const char *localedir;

  /* FOTFESTE_LOCALEDIR lets an uninstalled build and its tests find their catalogues. */
  localedir = g_getenv ("FOTFESTE_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ff_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
