/* test-report-language.c — the languages documents are printed in, and labels fetched
 * in a language other than the process's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <glib/gi18n.h>

#include "ff-report-language.h"
#include "ff-test-document.h"

static void
test_language_lookup (void)
{
  const char * const *languages = ff_report_languages ();

  g_assert_cmpuint (g_strv_length ((char **) languages), ==, 4);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_assert_true (ff_report_language_is_known (languages[i]));
      g_assert_cmpstr (ff_report_language_name (languages[i]), !=, "");
    }
  g_assert_false (ff_report_language_is_known ("de"));
  g_assert_false (ff_report_language_is_known (""));
  g_assert_false (ff_report_language_is_known (NULL));
  g_assert_cmpstr (ff_report_language_name ("uk"), ==, "Ukrainian");

  g_assert_true (ff_report_language_decimal_comma ("nb"));
  g_assert_true (ff_report_language_decimal_comma ("nn"));
  g_assert_true (ff_report_language_decimal_comma ("uk"));
  g_assert_false (ff_report_language_decimal_comma ("en"));

  g_assert_cmpstr (ff_report_gettext ("en", "Contact person"), ==, "Contact person");
  g_assert_cmpstr (ff_report_gettext ("nb", "Contact person"), ==, "Kontaktperson");
  g_assert_cmpstr (ff_report_gettext ("uk", "Contact person"), ==, "Контактна особа");
  /* asked again, from what was kept */
  g_assert_cmpstr (ff_report_gettext ("uk", "Contact person"), ==, "Контактна особа");
  g_assert_cmpstr (ff_report_gettext ("nn", "Participants"), ==, "Deltakarar");
  g_assert_cmpstr (ff_report_gettext ("nb", "Participants"), ==, "Deltakere");
  g_assert_cmpstr (ff_report_gettext ("nb", "no such message"), ==, "no such message");

  g_assert_cmpstr (ff_report_ngettext ("en", "%lld participant", "%lld participants", 1), ==,
                   "%lld participant");
  g_assert_cmpstr (ff_report_ngettext ("nb", "%lld participant", "%lld participants", 2), ==,
                   "%lld deltakere");
}

/* Printing in another language leaves the process's own language as it was. */
static void
test_language_restored (void)
{
  g_assert_null (g_getenv ("LANGUAGE"));
  g_assert_cmpstr (ff_report_gettext ("nn", "Programme"), ==, "Program");
  g_assert_null (g_getenv ("LANGUAGE"));
  g_assert_cmpstr (_("Contact person"), ==, "Contact person");
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "Contact person"), ==, "Contact person");

  /* A desktop in Bokmål, printing in Ukrainian. */
  g_setenv ("LANGUAGE", "nb", TRUE);
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "Notes"), ==, "Notater");
  g_assert_cmpstr (ff_report_gettext ("uk", "Notes"), ==, "Примітки");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "nb");
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "Notes"), ==, "Notater");
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  ff_test_report_init (&argc, &argv);

  g_test_add_func ("/report/language/lookup", test_language_lookup);
  g_test_add_func ("/report/language/restored", test_language_restored);

  return g_test_run ();
}
