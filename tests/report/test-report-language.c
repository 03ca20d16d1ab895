/* test-report-language.c — the languages documents are printed in, and labels fetched
 * in a language other than the process's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

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

/* Every language documents are printed in has its translation in the build. */
static void
test_language_available (void)
{
  const char * const *languages = ff_report_languages ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_assert_true (ff_report_language_available (languages[i], &error));
      g_assert_no_error (error);
    }

  g_assert_false (ff_report_language_available ("de", &error));
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "“de”"));
  g_clear_error (&error);
  g_assert_false (ff_report_language_available (NULL, &error));
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
}

static void
layout_title (FfPageFlow    *flow,
              gconstpointer  data)
{
  ff_test_layout_header (flow);
}

/* Without the catalogues only English can be printed: a document in another language
 * is refused, saying where its translation was looked for, instead of being printed
 * with English labels. In a process of its own, since the catalogues are bound for the
 * whole process and their labels kept once fetched. */
static void
test_language_missing (void)
{
  g_autofree char *empty = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FfTestDocument) english = NULL;
  FfTestDocument *document;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  empty = g_dir_make_tmp ("fotfeste-no-translations-XXXXXX", &error);
  g_assert_no_error (error);
  bindtextdomain (GETTEXT_PACKAGE, empty);

  g_assert_true (ff_report_language_available ("en", &error));
  g_assert_no_error (error);
  english = ff_test_document_new ("en", NULL, layout_title, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (english);

  g_assert_false (ff_report_language_available ("uk", &error));
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_TRANSLATION);
  g_assert_nonnull (strstr (error->message, "(uk)"));
  g_assert_nonnull (strstr (error->message, empty));
  g_clear_error (&error);

  document = ff_test_document_new ("nb", NULL, layout_title, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_TRANSLATION);
  g_clear_error (&error);

  document = ff_test_document_new ("en", "nn", layout_title, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_TRANSLATION);
  g_assert_nonnull (strstr (error->message, "(nn)"));

  g_assert_cmpint (g_rmdir (empty), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  ff_test_report_init (&argc, &argv);

  g_test_add_func ("/report/language/lookup", test_language_lookup);
  g_test_add_func ("/report/language/restored", test_language_restored);
  g_test_add_func ("/report/language/available", test_language_available);
  g_test_add_func ("/report/language/missing", test_language_missing);

  return g_test_run ();
}
