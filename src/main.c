/* main.c — the entry of the fotfeste application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-application.h"
#include "ff-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FfApplication) app = NULL;

  /* The build's translations when started from it, the installed ones otherwise. */
  ff_locale_init ();

  app = ff_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
