/* test-cli-print-course.c — runs the real fotfeste-cli's "print attendance", "print
 * sign-in", "report absence" and "list sessions" on a course filled as a teacher
 * fills it, reading the PDFs back with pdftotext and the CSV byte by byte
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-cli-test.h"
#include "ff-absence-reduction.h"
#include "ff-course.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-report-language.h"
#include "ff-store.h"
#include "ff-test-store.h"

/* A store made by "fotfeste-cli init" and filled through core: Norsk A2 of the
 * introduction programme, sessions on 5, 12 and 14 January and 2 February 2026 (09–12,
 * 180 minutes each), Olena (Олена Коваленко) and Bjørn on it, Per in the programme but
 * not on the course. In January, Olena is present on the 5th and 12th and unexcused on
 * the 14th; Bjørn is present on the 12th and late 60 minutes on the 14th. Olena and
 * Bjørn are paid 260 320 kr a year, monthly. */
typedef struct
{
  char *db;
  char *programme;
  char *course;
  char *session;      /* the 12th */
  gint64 olena, bjorn, per;
} CourseStore;

static void
course_store_clear (CourseStore *p)
{
  g_free (p->db);
  g_free (p->programme);
  g_free (p->course);
  g_free (p->session);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CourseStore, course_store_clear)

static void
set_mark (FfStore    *store,
          gint64      course,
          gint64      session,
          gint64      participant,
          FfMarkKind  kind,
          guint       minutes)
{
  g_autoptr(GError) error = NULL;
  FfMark mark = { kind, minutes, 0 };

  g_assert_true (ff_course_set_mark (store, course, session, participant, &mark, &error));
  g_assert_no_error (error);
}

static void
make_course_store (Fixture     *f,
                   CourseStore *p)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *values[FF_COURSE_N_FIELDS] = {
    [FF_COURSE_TITLE] = "Norsk A2",
    [FF_COURSE_INSTRUCTOR] = "Ingrid Hansen",
  };
  static const char * const days[] = { "2026-01-05", "2026-01-12", "2026-01-14", "2026-02-02" };
  gint64 programme, course, sessions[G_N_ELEMENTS (days)];

  p->db = path_in (f, "courses.sqlite3");
  g_assert_cmpint (run (NULL, NULL, "--database", p->db, "init", NULL), ==, 0);
  store = ff_store_open (p->db, &error);
  g_assert_no_error (error);

  programme = ff_test_add_programme (store, "Introduksjonsprogrammet",
                                     FF_PROGRAMME_KIND_INTRODUCTION);
  p->programme = g_strdup_printf ("%" G_GINT64_FORMAT, programme);
  values[FF_COURSE_PROGRAMME_ID] = p->programme;
  course = ff_course_create (store, values, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      sessions[i] = ff_course_add_session (store, course, days[i], "09:00", "12:00", NULL,
                                           &error);
      g_assert_no_error (error);
    }

  p->olena = ff_test_add_participant (store, "Olena", "Kovalenko");
  ff_test_set_participant (store, p->olena, FF_PARTICIPANT_NATIVE_NAME, "Олена Коваленко");
  p->bjorn = ff_test_add_participant (store, "Bjørn", "Ødegård");
  p->per = ff_test_add_participant (store, "Per", "Utenfor");
  for (guint i = 0; i < 3; i++)
    {
      gint64 who = (gint64[]) { p->olena, p->bjorn, p->per }[i];
      gint64 enrolment = ff_test_add_enrolment (store, who, programme, "2025-08-01");

      if (who == p->per)
        continue;
      g_assert_cmpint (ff_course_add_participant (store, course, who, &error), >, 0);
      g_assert_true (ff_enrolment_set_benefit (store, enrolment, FF_PAYMENT_MONTHLY, 26032000,
                                               &error));
      g_assert_no_error (error);
    }

  set_mark (store, course, sessions[0], p->olena, FF_MARK_PRESENT, 0);
  set_mark (store, course, sessions[1], p->olena, FF_MARK_PRESENT, 0);
  set_mark (store, course, sessions[2], p->olena, FF_MARK_UNEXCUSED, 0);
  set_mark (store, course, sessions[1], p->bjorn, FF_MARK_PRESENT, 0);
  set_mark (store, course, sessions[2], p->bjorn, FF_MARK_LATE, 60);

  p->course = g_strdup_printf ("%" G_GINT64_FORMAT, course);
  p->session = g_strdup_printf ("%" G_GINT64_FORMAT, sessions[1]);
}

/* Runs fotfeste-cli --database DB @args…, expecting success and @output written, 0600,
 * with nothing said on stderr. */
static void
run_ok (const CourseStore *p,
        const char        *output,
        const char        *first,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--database");
  g_ptr_array_add (args, p->db);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, output));
  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* @text as pdf_text() reads it: no-break spaces are spaces. */
static char *
plain (const char *text)
{
  g_autoptr(GRegex) nbsp = g_regex_new ("\xc2\xa0", 0, 0, NULL);

  return g_regex_replace_literal (nbsp, text, -1, 0, " ", 0, NULL);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
assert_has (const char *text,
            const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in:\n%s", words, text);
}

static void
assert_has_not (const char *text,
                const char *words)
{
  if (strstr (text, words) != NULL)
    g_error ("“%s” should not be in:\n%s", words, text);
}

/* The attendance of January in each language: both participants, the sessions of the
 * period and not the one of February, Olena's rate 2 of 3 sessions (66,6 %), Bjørn's
 * 300 of 360 minutes (83,3 %). */
static void
test_print_attendance (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(CourseStore) p = { 0 };
  static const char * const languages[] = { "nb", "nn", "uk" };

  if (!need_pdftotext ())
    return;
  make_course_store (f, &p);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *pdf = path_in (f, "attendance.pdf");
      g_autofree char *text = NULL;
      g_autofree char *olena_rate = ff_format_percent (66.6, languages[i]);
      g_autofree char *bjorn_rate = ff_format_percent (83.3, languages[i]);
      g_autofree char *nine = ff_format_hours (9, languages[i]);
      g_autofree char *six = ff_format_hours (6, languages[i]);
      g_autofree char *five = ff_format_hours (5, languages[i]);
      g_autofree char *olena_line = NULL;
      g_autofree char *bjorn_line = NULL;

      run_ok (&p, pdf, "print", "attendance", p.course, "--output", pdf, "--from", "01.01.2026",
              "--to", "2026-01-31", "--language", languages[i], NULL);
      text = pdf_text (pdf);

      assert_has (text, ff_report_gettext (languages[i], "Attendance report"));
      assert_has (text, "Norsk A2");
      assert_has (text, "01.01.2026–31.01.2026");
      assert_has (text, "05. 12. 14.");
      assert_has_not (text, "02. 02.");
      /* sessions, planned hours, hours attended … the rate */
      olena_line = g_strdup_printf ("Olena Kovalenko 3 %s %s", nine, six);
      bjorn_line = g_strdup_printf ("Bjørn Ødegård 2 %s %s", six, five);
      assert_has (text, olena_line);
      assert_has (text, bjorn_line);
      g_free (g_steal_pointer (&olena_line));
      g_free (g_steal_pointer (&bjorn_line));
      olena_line = plain (olena_rate);
      bjorn_line = plain (bjorn_rate);
      assert_has (text, olena_line);
      assert_has (text, bjorn_line);
      assert_has_not (text, "Utenfor");
      g_unlink (pdf);
    }
}

static void
test_print_sign_in (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(CourseStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "sign-in.pdf");
  g_autofree char *text = NULL;

  if (!need_pdftotext ())
    return;
  make_course_store (f, &p);

  run_ok (&p, pdf, "print", "sign-in", p.session, "-o", pdf, "--language", "uk",
          "--bilingual", "--second-language", "nb", NULL);
  text = pdf_text (pdf);
  assert_has (text, "Norsk A2");
  {
    g_autofree char *date = ff_format_date_in_words ("2026-01-12", "uk");

    assert_has (text, date);
  }
  assert_has (text, "09:00–12:00");
  assert_has (text, "Ingrid Hansen");
  /* numbered by family name */
  assert_has (text, "1 Olena Kovalenko");
  assert_has (text, "2 Bjørn Ødegård");
  assert_has (text, "Олена Коваленко");
  assert_has (text, ff_report_gettext ("uk", "Signature"));
  assert_has (text, ff_report_gettext ("nb", "Signature"));
  assert_has_not (text, "Utenfor");
}

/* The reductions of January as CSV: a byte order mark, a row per participant with
 * Olena's 180 of 540 minutes unexcused: 21 693,33 × 1/3 = 7 231,11 kr; recorded in
 * the audit log of both. */
static void
test_report_absence (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(CourseStore) p = { 0 };
  g_autofree char *csv_path = path_in (f, "reductions.csv");
  g_autofree char *pdf = path_in (f, "reductions.pdf");
  g_autofree char *csv = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  make_course_store (f, &p);

  run_ok (&p, csv_path, "report", "absence", p.programme, "--from", "2026-01-01", "--to",
          "2026-01-31", "--format", "csv", "--output", csv_path, "--language", "nb", NULL);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, &error));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  assert_has (csv, "\r\nBjørn Ødegård;01.01.2026;31.01.2026;");
  assert_has (csv, ";21693,33;6;0;0,00;21693,33;130160,00;");
  assert_has (csv, "\r\nOlena Kovalenko;01.01.2026;31.01.2026;");
  assert_has (csv, ";21693,33;9;3;7231,11;14462,22;130160,00;");
  assert_has_not (csv, "Utenfor");
  g_assert_true (g_str_has_suffix (csv, "\r\n"));

  /* written again over the list it wrote */
  run_ok (&p, csv_path, "report", "absence", p.programme, "--from", "2026-01-01", "--to",
          "2026-01-31", "--format", "csv", "--output", csv_path, NULL);

  store = ff_store_open (p.db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_count_audit (store, &ff_participant_type, p.olena,
                                        "exported:absence-reductions"), ==, 2);
  g_assert_cmpint (ff_test_count_audit (store, &ff_participant_type, p.per,
                                        "exported:absence-reductions"), ==, 0);
  g_clear_object (&store);

  if (!need_pdftotext ())
    return;
  run_ok (&p, pdf, "report", "absence", p.programme, "--from", "2026-01-01", "--to",
          "2026-01-31", "--format", "pdf", "--output", pdf, "--language", "nn", NULL);
  {
    g_autofree char *text = pdf_text (pdf);
    g_autofree char *money = ff_format_money (723111, "nn");
    g_autofree char *reduction = plain (money);

    assert_has (text, reduction);
    assert_has (text, ff_report_gettext ("nn", "Benefit reductions for absence"));
    assert_has (text, "Olena Kovalenko");
    assert_has (text, "Bjørn Ødegård");
    assert_has (text, "01.01.2026–31.01.2026");
  }
}

static void
test_list_sessions (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(CourseStore) p = { 0 };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *line = NULL;

  make_course_store (f, &p);
  g_assert_cmpint (run (&out, &err, "--database", p.db, "list", "sessions", p.course, NULL),
                   ==, 0);
  line = g_strdup_printf ("%s\t12.01.2026\t09:00–12:00\t\n", p.session);
  assert_has (out, line);
  g_assert_cmpuint (count_lines (out), ==, 4);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "--database", p.db, "list", "sessions", "999", NULL), ==,
                   2);
  assert_has (err, "no course number 999");
}

/* Every refusal says what is wrong, exits with 2, writes nothing and changes nothing. */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_auto(CourseStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "never.pdf");
  g_autofree char *csv = path_in (f, "never.csv");
  g_autofree char *letter = path_in (f, "letter.txt");
  g_autofree char *before = NULL;

  make_course_store (f, &p);
  g_assert_true (g_file_set_contents (letter, "Kjære Olena\n", -1, NULL));
  before = checksum_but_audit (p.db);

  {
    const struct
    {
      const char *args[16];
      const char *says;
    } cases[] = {
      { { "print", "attendance", "-o", pdf, NULL }, "list courses" },
      { { "print", "attendance", "norsk", "-o", pdf, NULL }, "“norsk” is not a course's" },
      { { "print", "attendance", "4711", "-o", pdf, NULL }, "no course number 4711" },
      { { "print", "attendance", p.course, NULL }, "--output" },
      { { "print", "attendance", p.course, "-o", pdf, "--from", "2026-02-30", NULL },
        "“2026-02-30” is not a date" },
      { { "print", "attendance", p.course, "-o", pdf, "--from", "2026-03-01", "--to",
          "2026-02-01", NULL }, "comes before --from" },
      { { "print", "attendance", p.course, "-o", pdf, "--language", "de", NULL }, "“de”" },
      { { "print", "attendance", p.course, "-o", pdf, "--bilingual", NULL },
        "--second-language" },
      { { "print", "attendance", p.course, "-o", letter, NULL }, "is not a PDF" },
      { { "print", "sign-in", "-o", pdf, NULL }, "list sessions" },
      { { "print", "sign-in", "4711", "-o", pdf, NULL }, "no session number 4711" },
      { { "print", "sign-in", p.session, "-o", pdf, "--from", "2026-01-01", NULL },
        "--from" },
      { { "print", "sign-in", p.session, "-o", p.db, NULL }, "is not a PDF" },
      { { "report", NULL }, "report absence" },
      { { "report", "presence", NULL }, "“presence”" },
      { { "report", "absence", "--from", "2026-01-01", "--to", "2026-01-31", "--format",
          "csv", "-o", csv, NULL }, "list programmes" },
      { { "report", "absence", "4711", "--from", "2026-01-01", "--to", "2026-01-31",
          "--format", "csv", "-o", csv, NULL }, "no programme number 4711" },
      { { "report", "absence", p.programme, "--to", "2026-01-31", "--format", "csv", "-o",
          csv, NULL }, "--from DATE and --to DATE" },
      { { "report", "absence", p.programme, "--from", "31.13.2026", "--to", "2026-01-31",
          "--format", "csv", "-o", csv, NULL }, "“31.13.2026” is not a date" },
      { { "report", "absence", p.programme, "--from", "2026-02-01", "--to", "2026-01-31",
          "--format", "csv", "-o", csv, NULL }, "comes before --from" },
      { { "report", "absence", p.programme, "--from", "2026-01-01", "--to", "2026-01-31",
          "--format", "xls", "-o", csv, NULL }, "--format csv" },
      { { "report", "absence", p.programme, "--from", "2026-01-01", "--to", "2026-01-31",
          "--format", "csv", NULL }, "--output" },
      { { "report", "absence", p.programme, "--from", "2026-01-01", "--to", "2026-01-31",
          "--format", "csv", "-o", p.db, NULL }, "not a list written by Fotfeste" },
      { { "report", "absence", p.programme, "--from", "2026-01-01", "--to", "2026-01-31",
          "--format", "csv", "-o", letter, NULL }, "not a list written by Fotfeste" },
      { { "report", "absence", p.programme, "--from", "2026-01-01", "--to", "2026-01-31",
          "--format", "pdf", "-o", letter, NULL }, "is not a PDF" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GPtrArray) args = g_ptr_array_new ();
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;
        g_autofree char *after = NULL;

        g_ptr_array_add (args, (gpointer) "--database");
        g_ptr_array_add (args, p.db);
        for (guint j = 0; cases[i].args[j] != NULL; j++)
          g_ptr_array_add (args, (gpointer) cases[i].args[j]);
        g_ptr_array_add (args, NULL);

        g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 2);
        g_assert_cmpstr (out, ==, "");
        g_assert_true (g_str_has_prefix (err, "fotfeste-cli: "));
        if (strstr (err, cases[i].says) == NULL)
          g_error ("case %u: “%s” is not in the message:\n%s", i, cases[i].says, err);

        after = checksum_but_audit (p.db);
        g_assert_cmpstr (after, ==, before);
      }
  }

  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
  {
    g_autofree char *kept = NULL;

    g_assert_true (g_file_get_contents (letter, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "Kjære Olena\n");
  }
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/print/attendance/languages", test_print_attendance);
  ff_cli_test_add ("/cli/print/sign-in/bilingual", test_print_sign_in);
  ff_cli_test_add ("/cli/report/absence/csv-and-pdf", test_report_absence);
  ff_cli_test_add ("/cli/list/sessions", test_list_sessions);
  ff_cli_test_add ("/cli/course/bad-input-changes-nothing", test_bad_input);

  return g_test_run ();
}
