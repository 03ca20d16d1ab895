/* test-cli-person.c — runs the real fotfeste-cli's commands for a person's rights
 * (export-person, erase, purge) and checks what they print and leave behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-cli-test.h"
#include "ff-test-util.h"

/* The name of participant @number as "list participants" shows it. */
static char *
listed_name (const char *db,
             const char *number)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *prefix = g_strconcat (number, "\t", NULL);

  g_assert_cmpint (run (&out, NULL, "-d", db, "list", "participants", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], prefix))
        {
          g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

          return g_strdup (fields[1]);
        }
    }

  return NULL;
}

static void
test_export_person (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "export.sqlite3", "40", "9");
  g_autofree char *file = path_in (f, "person.xml");
  g_autofree char *name = listed_name (db, "3");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *family = NULL;
  GStatBuf st;

  g_assert_nonnull (name);
  g_assert_cmpint (run (&out, NULL, "-d", db, "export-person", "3", "-o", file, NULL), ==, 0);
  g_assert_nonnull (strstr (out, name));
  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (file, &xml, NULL, NULL));
  g_assert_nonnull (strstr (xml, "<fotfeste-person"));
  family = g_strdup (strrchr (name, ' ') + 1);
  g_assert_nonnull (strstr (xml, family));

  /* Never over a file that is there, and never without a file. */
  g_assert_cmpint (run (NULL, &err, "-d", db, "export-person", "3", "-o", file, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "-d", db, "export-person", "3", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--output"));
}

/* The text of the first <field name="@name"> of @xml, or NULL. */
static char *
xml_field (const char *xml,
           const char *name)
{
  g_autofree char *start_tag = g_strdup_printf ("<field name=\"%s\">", name);
  const char *start = strstr (xml, start_tag);
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen (start_tag);
  end = strchr (start, '<');
  return end != NULL ? g_strndup (start, end - start) : NULL;
}

static void
test_export_person_pdf (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "export-pdf.sqlite3", "40", "9");
  g_autofree char *xml_file = path_in (f, "person.xml");
  g_autofree char *pdf_file = path_in (f, "person.pdf");
  g_autofree char *unnamed = path_in (f, "person-copy");
  g_autofree char *csv_file = path_in (f, "person.csv");
  g_autofree char *name = listed_name (db, "3");
  g_autofree char *xml = NULL;
  g_autofree char *national_id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *head = NULL;
  GStatBuf st;

  if (!need_pdftotext ())
    return;

  g_assert_nonnull (name);
  g_assert_cmpint (run (NULL, NULL, "-d", db, "export-person", "3", "-o", xml_file,
                        "--format", "xml", NULL), ==, 0);
  g_assert_true (g_file_get_contents (xml_file, &xml, NULL, NULL));
  g_assert_nonnull (strstr (xml, "exported:access-xml"));
  national_id = xml_field (xml, "national_id");

  /* PDF when asked for, with the name, the national id in full and the audit log's
   * entries, this export among them. */
  g_assert_cmpint (run (&out, NULL, "-d", db, "export-person", "3", "-o", pdf_file,
                        "--format", "pdf", NULL), ==, 0);
  g_assert_nonnull (strstr (out, name));
  g_assert_cmpint (g_stat (pdf_file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = pdf_text (pdf_file);
  g_assert_nonnull (strstr (text, strrchr (name, ' ') + 1));
  if (national_id != NULL)
    g_assert_nonnull (strstr (text, national_id));
  g_assert_nonnull (strstr (text, "exported:access-xml"));
  g_assert_nonnull (strstr (text, "exported:access-pdf"));

  /* Guessed from the file's name when not asked for; XML otherwise. */
  g_assert_cmpint (g_unlink (pdf_file), ==, 0);
  g_assert_cmpint (run (NULL, NULL, "-d", db, "export-person", "3", "-o", pdf_file, NULL),
                   ==, 0);
  g_assert_true (g_file_get_contents (pdf_file, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF"));
  g_clear_pointer (&head, g_free);
  g_assert_cmpint (run (NULL, NULL, "-d", db, "export-person", "3", "-o", unnamed, NULL),
                   ==, 0);
  g_assert_true (g_file_get_contents (unnamed, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "<?xml"));

  /* A format it does not know: a usage error, nothing written. */
  g_assert_cmpint (run (NULL, &err, "-d", db, "export-person", "3", "-o",
                        csv_file, "--format", "csv", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "csv"));
  g_assert_false (g_file_test (csv_file, G_FILE_TEST_EXISTS));
}

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "erase.sqlite3", "40", "9");
  g_autofree char *backup = path_in (f, "before-erasing.sqlite3");
  g_autofree char *name = listed_name (db, "5");
  g_autofree char *before = ff_test_checksum_file (db);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *gone = NULL;

  /* Not without saying so: nothing changes. */
  g_assert_cmpint (run (NULL, &err, "-d", db, "erase", "5", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--yes"));
  g_assert_nonnull (strstr (err, name));
  after = ff_test_checksum_file (db);
  g_assert_cmpstr (after, ==, before);

  /* A backup made before, with them in it. */
  g_assert_cmpint (run (NULL, NULL, "-d", db, "backup", backup, NULL), ==, 0);

  g_assert_cmpint (run (&out, NULL, "-d", db, "erase", "5", "--yes", NULL), ==, 0);
  g_assert_nonnull (strstr (out, name));
  /* Gone from the list; that not a byte of them is left is tests/core/test-person's. */
  gone = listed_name (db, "5");
  g_assert_null (gone);

  /* Restoring that backup does not bring them back, and says so. */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, NULL, "-d", db, "restore", backup, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "1 participant erased after the backup was made is erased "
                                 "from it again"));
  g_assert_nonnull (strstr (out, "39 participants"));
  g_clear_pointer (&gone, g_free);
  gone = listed_name (db, "5");
  g_assert_null (gone);
  gone = listed_name (db, "6");
  g_assert_nonnull (gone);
}

static void
test_purge (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "purge.sqlite3", "20", "9");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (&out, NULL, "-d", db, "purge", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Purged 0 deleted records.\n");
  g_assert_cmpint (run (NULL, &err, "-d", db, "purge", "--days", "soon", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "soon"));
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/person/export", test_export_person);
  ff_cli_test_add ("/cli/person/export-pdf", test_export_person_pdf);
  ff_cli_test_add ("/cli/person/erase", test_erase);
  ff_cli_test_add ("/cli/person/purge", test_purge);

  return g_test_run ();
}
