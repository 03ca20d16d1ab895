/* ff-locale.c — where the programs find their translations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "ff-locale.h"

/* Whether the running program's file lies inside @folder (both with their links
 * resolved). FALSE when the system does not say where the program is. */
static gboolean
running_from (const char *folder)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  char *resolved;
  gboolean inside;
  size_t length;

  if (program == NULL)
    return FALSE;

  resolved = realpath (folder, NULL);
  if (resolved == NULL)
    return FALSE;

  length = strlen (resolved);
  inside = strncmp (program, resolved, length) == 0 && program[length] == G_DIR_SEPARATOR;
  free (resolved);

  return inside;
}

const char *
ff_locale_dir (void)
{
  static const char *dir;
  const char *override;

  override = g_getenv ("FOTFESTE_LOCALEDIR");
  if (override != NULL && override[0] != '\0')
    return override;

  if (dir == NULL)
    dir = running_from (FF_BUILD_ROOT) ? FF_BUILD_LOCALEDIR : LOCALEDIR;

  return dir;
}

static gboolean
is_c_locale (const char *locale)
{
  return locale == NULL || strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0;
}

void
ff_locale_init (void)
{
  const char *language = g_getenv ("LANGUAGE");

  setlocale (LC_ALL, "");

  if (language != NULL && language[0] != '\0' &&
      is_c_locale (setlocale (LC_MESSAGES, NULL)) &&
      setlocale (LC_MESSAGES, "C.UTF-8") != NULL &&
      is_c_locale (setlocale (LC_CTYPE, NULL)))
    setlocale (LC_CTYPE, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, ff_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
