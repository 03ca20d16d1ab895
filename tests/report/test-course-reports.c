/* test-course-reports.c — a session's sign-in sheet, a course's attendance report and a
 * programme's benefit reductions, printed to PDF and read back as text, and the
 * reductions as CSV, byte by byte
 *
 * One small course whose figures are worked out by hand below. The PDFs are read with
 * pdftotext, whose path the test is given after its options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-attendance-report.h"
#include "ff-course.h"
#include "ff-course-absence.h"
#include "ff-csv.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-language.h"
#include "ff-reductions-report.h"
#include "ff-report-language.h"
#include "ff-sign-in-report.h"
#include "ff-test-document.h"
#include "ff-test-store.h"
#include "ff-validate.h"

static const char *pdftotext;

/* The languages every document is checked in. */
static const char * const languages[] = { "nb", "nn", "uk" };

/* Norsk A2 of Drammen's introduction programme, by Ingrid Hansen, 80 % threshold:
 *
 *   s[0] Mon  5 Jan 2026 09–12 (180 min)   before the period of the report
 *   s[1] Mon 12 Jan      09–12 (180)
 *   s[2] Wed 14 Jan      09–11 (120)
 *   s[3] Mon 19 Jan      09–12 (180)       cancelled
 *   s[4] Wed 21 Jan      09–12 (180)
 *   s[5] Mon  2 Feb      09–12 (180)       after it
 *
 * The report's period is 10–31 January: s[1] to s[4].
 *
 *                    s0  s1  s2        s3  s4
 *   Amal Hassan       -  U   X (child)  -  E 60
 *   Olena Kovalenko   U  P   L 30       U  P
 *   Yonas Tesfaye     U  U   -          -  P
 *
 * Attendance in the period (cancelled s[3] counts for nobody; "-" is not registered):
 *   Amal:  3 sessions, planned 480 min = 8 h, attended 0 + 0 + 120 = 2 h, late or left
 *          early 1 h, excused 2 h, unexcused 3 h, rate 120/480 = 25 %: under 80 %
 *   Olena: 3 sessions, 8 h, attended 180 + 90 + 180 = 450 min = 7.5 h, late 0.5 h,
 *          rate 450/480 = 93.75 %, rounded down to 93.7 %
 *   Yonas: 2 sessions, 6 h, attended 3 h, unexcused 3 h, rate 50 %: under 80 %
 *   all:   8 sessions, 22 h, attended 750 min = 12.5 h, late 1.5 h, excused 2 h,
 *          unexcused 6 h, rate 750/1320 = 56.818 %, 56.8 %; 2 under the threshold
 *
 * Reductions for January 2026, paid monthly (G from 1 May 2025: 130 160 kr):
 *   Amal:  260 320 kr a year: 21 693,33 a month; planned 180 + 120 + 180 = 480 min,
 *          unexcused 180: 2 169 333 × 180 / 480 = 813 499,875 øre → 8 135,00 kr;
 *          paid 13 558,33; under half: no decision
 *   Olena: 273 000 kr a year: 22 750,00 a month; planned 180 × 3 + 120 = 660 min,
 *          unexcused 180: 2 275 000 × 180 / 660 = 620 454,5 øre → 6 204,55 kr; paid
 *          16 545,45; no decision
 *   Yonas: 21 693,33 a month; planned 540, unexcused 360: 2 169 333 × 2 / 3 =
 *          1 446 222 øre = 14 462,22 kr, half or more of the payment and 12 × 14 462,22
 *          = 173 546,64 ≥ G: an individual decision; paid 7 231,11
 *   Bjørn Ødegård and Олег Шевченко: 21 693,33 a month, on no course: nothing planned,
 *          nothing reduced
 *   total: payment 21 693,33 × 4 + 22 750 = 109 523,32; planned 28 h; unexcused 12 h;
 *          reduction 28 801,77; paid 80 721,55; 1 decision
 *
 * Per Utenfor is enrolled in the programme but not on the course, and paid nothing:
 * in none of the documents. */
typedef struct
{
  char    *dir;
  FfStore *store;
  gint64   programme;
  gint64   course;
  gint64   s[6];
  gint64   amal, olena, yonas, bjorn, oleg, per;
} Fixture;

static gint64
enrol (Fixture    *f,
       const char *given,
       const char *family,
       gint64      yearly_benefit)
{
  g_autoptr(GError) error = NULL;
  gint64 participant = ff_test_add_participant (f->store, given, family);
  gint64 enrolment = ff_test_add_enrolment (f->store, participant, f->programme, "2025-08-01");

  if (yearly_benefit > 0)
    {
      g_assert_true (ff_enrolment_set_benefit (f->store, enrolment, FF_PAYMENT_MONTHLY,
                                               yearly_benefit, &error));
      g_assert_no_error (error);
    }
  return participant;
}

static void
on_course (Fixture *f,
           gint64   participant)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ff_course_add_participant (f->store, f->course, participant, &error), >, 0);
  g_assert_no_error (error);
}

static void
mark (Fixture    *f,
      guint       session,
      gint64      participant,
      FfMarkKind  kind,
      guint       minutes,
      FfExcuse    excuse)
{
  g_autoptr(GError) error = NULL;
  FfMark m = { kind, minutes, excuse };

  g_assert_true (ff_course_set_mark (f->store, f->course, f->s[session], participant, &m,
                                     &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *programme = NULL;
  const char *course[FF_COURSE_N_FIELDS] = {
    [FF_COURSE_TITLE] = "Norsk A2",
    [FF_COURSE_KIND] = "norwegian",
    [FF_COURSE_INSTRUCTOR] = "Ingrid Hansen",
    [FF_COURSE_PLACE] = "Introduksjonssenteret, rom 2",
    [FF_COURSE_START_DATE] = "2026-01-05",
    [FF_COURSE_END_DATE] = "2026-02-02",
  };
  static const char * const sessions[][3] = {
    { "2026-01-05", "09:00", "12:00" },
    { "2026-01-12", "09:00", "12:00" },
    { "2026-01-14", "09:00", "11:00" },
    { "2026-01-19", "09:00", "12:00" },
    { "2026-01-21", "09:00", "12:00" },
    { "2026-02-02", "09:00", "12:00" },
  };

  f->store = ff_test_store_new (&f->dir);
  f->programme = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);
  ff_test_set_programme (f->store, f->programme, FF_PROGRAMME_ORGANISATION, "Drammen kommune");
  programme = g_strdup_printf ("%" G_GINT64_FORMAT, f->programme);
  course[FF_COURSE_PROGRAMME_ID] = programme;
  f->course = ff_course_create (f->store, course, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      f->s[i] = ff_course_add_session (f->store, f->course, sessions[i][0], sessions[i][1],
                                       sessions[i][2], NULL, &error);
      g_assert_no_error (error);
    }

  f->amal = enrol (f, "Amal", "Hassan", 26032000);
  ff_test_set_participant (f->store, f->amal, FF_PARTICIPANT_NATIVE_NAME, "أمل حسن");
  f->olena = enrol (f, "Olena", "Kovalenko", 27300000);
  ff_test_set_participant (f->store, f->olena, FF_PARTICIPANT_NATIVE_NAME, "Олена Коваленко");
  f->yonas = enrol (f, "Yonas", "Tesfaye", 26032000);
  f->bjorn = enrol (f, "Bjørn", "Ødegård", 26032000);
  f->oleg = enrol (f, "Олег", "Шевченко", 26032000);
  f->per = enrol (f, "Per", "Utenfor", 0);
  on_course (f, f->amal);
  on_course (f, f->olena);
  on_course (f, f->yonas);

  mark (f, 1, f->amal, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 2, f->amal, FF_MARK_EXCUSED, 0, FF_EXCUSE_SICK_CHILD);
  mark (f, 4, f->amal, FF_MARK_LEFT_EARLY, 60, 0);
  mark (f, 5, f->amal, FF_MARK_PRESENT, 0, 0);
  mark (f, 0, f->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 1, f->olena, FF_MARK_PRESENT, 0, 0);
  mark (f, 2, f->olena, FF_MARK_LATE, 30, 0);
  mark (f, 3, f->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 4, f->olena, FF_MARK_PRESENT, 0, 0);
  mark (f, 0, f->yonas, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 1, f->yonas, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 4, f->yonas, FF_MARK_PRESENT, 0, 0);

  g_assert_true (ff_course_cancel_session (f->store, f->s[3], TRUE, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ff_test_store_close (f->store, f->dir);
}

/* The text of the PDF at @path, a line for each line of the page, with runs of spaces
 * (no-break ones too) made one and none at either end: "Olena Kovalenko 3 8 7,5". */
static char *
read_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", path, "-", NULL };
  GString *text = g_string_new (NULL);
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GRegex) spaces = g_regex_new ("(\\s|\xc2\xa0|\xe2\x80\xaf)+", 0, 0, NULL);
      g_autofree char *line = g_regex_replace_literal (spaces, lines[i], -1, 0, " ", 0, NULL);

      g_string_append (text, g_strstrip (line));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* @document written to a PDF in the fixture's folder and read back; asserts that every
 * letter had its glyph, and how the page is turned. */
static char *
print_document (Fixture    *f,
                FfDocument *document,
                gboolean    landscape,
                int        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "document.pdf", NULL);
  g_autofree char *pdf = NULL;
  const char *media_box = landscape ? "/MediaBox [ 0 0 841.8" : "/MediaBox [ 0 0 595.2";
  gsize length = 0;
  gboolean turned = FALSE;
  char *text;
  int pages = 0;

  g_assert_true (ff_document_write_pdf (document, path, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_document_get_unknown_glyphs (document), ==, 0);
  g_assert_cmpint (ff_document_get_landscape (document), ==, landscape);
  g_assert_true (g_file_get_contents (path, &pdf, &length, &error));
  for (gsize i = 0; !turned && i + strlen (media_box) <= length; i++)
    turned = memcmp (pdf + i, media_box, strlen (media_box)) == 0;
  g_assert_true (turned);

  text = read_pdf (path);
  g_unlink (path);
  if (n_pages != NULL)
    *n_pages = pages;
  return text;
}

/* @text with its no-break spaces made spaces, as read_pdf() reads them. */
static char *
plain (const char *text)
{
  g_autoptr(GRegex) nbsp = g_regex_new ("\xc2\xa0|\xe2\x80\xaf", 0, 0, NULL);

  return g_regex_replace_literal (nbsp, text, -1, 0, " ", 0, NULL);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  g_autofree char *plain_needle = plain (needle);

  if (strstr (text, plain_needle) == NULL)
    {
      g_test_message ("“%s” is not in the document:\n%s", plain_needle, text);
      g_test_fail ();
    }
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    {
      g_test_message ("“%s” should not be in the document", needle);
      g_test_fail ();
    }
}

/* Each word of label @msgid in @language is in @text (a label may wrap). */
static void
assert_label (const char *text,
              const char *language,
              const char *msgid)
{
  g_auto(GStrv) words = g_strsplit (ff_report_gettext (language, msgid), " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    assert_contains (text, words[i]);
}

/* A line of @text begins with @cells, one space between each. */
static void
assert_line (const char         *text,
             const char * const *cells,
             guint               n_cells)
{
  g_autofree char *joined = NULL;
  g_autofree char *at_start = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n_cells; i++)
    g_string_append_printf (line, "%s%s", i > 0 ? " " : "", cells[i]);
  joined = g_string_free (g_steal_pointer (&line), FALSE);
  /* no-break spaces are read as spaces */
  {
    g_autofree char *plain_line = plain (joined);

    at_start = g_strconcat ("\n", plain_line, NULL);
  }

  if (strstr (text, at_start) == NULL && !g_str_has_prefix (text, at_start + 1))
    {
      g_test_message ("no line begins “%s” in:\n%s", at_start + 1, text);
      g_test_fail ();
    }
}

static char *
hours (double       value,
       const char  *language)
{
  return ff_format_hours (value, language);
}

/* --- the sign-in sheet ------------------------------------------------------------ */

static void
test_sign_in (Fixture       *f,
              gconstpointer  data)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *language = languages[l];
      g_autoptr(GError) error = NULL;
      g_autoptr(FfSignInReport) report = NULL;
      g_autofree char *text = NULL;
      g_autofree char *date = ff_format_date_in_words ("2026-01-12", language);

      report = ff_sign_in_report_new (f->store, f->s[1], language, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ff_sign_in_report_get_n_participants (report), ==, 3);
      text = print_document (f, FF_DOCUMENT (report), FALSE, NULL);

      assert_label (text, language, "Sign-in sheet");
      assert_label (text, language, "Course");
      assert_label (text, language, "Signature");
      assert_contains (text, "Drammen kommune · Introduksjonsprogrammet");
      assert_contains (text, "Norsk A2");
      assert_contains (text, date);
      assert_contains (text, "09:00–12:00");
      assert_contains (text, "Introduksjonssenteret, rom 2");
      assert_contains (text, "Ingrid Hansen");

      /* every participant, numbered in name order, with their own script */
      {
        const char *olena[] = { "2", "Olena Kovalenko", "Олена Коваленко" };
        const char *yonas[] = { "3", "Yonas Tesfaye" };

        assert_line (text, olena, G_N_ELEMENTS (olena));
        assert_line (text, yonas, G_N_ELEMENTS (yonas));
      }
      assert_contains (text, "1 Amal Hassan");
      assert_contains (text, "أمل حسن");
      g_assert_cmpuint (ff_test_count (text, "Olena Kovalenko"), ==, 1);
      /* on the programme, not on the course */
      assert_absent (text, "Utenfor");
      assert_absent (text, "Ødegård");
      assert_label (text, language, "Norwegian");
      assert_absent (text, ff_report_gettext (language, "This session is cancelled."));
    }
}

/* A cancelled session's sheet says so; one that is gone is refused. */
static void
test_sign_in_cancelled_and_gone (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfSignInReport) report = NULL;
  g_autofree char *text = NULL;

  report = ff_sign_in_report_new (f->store, f->s[3], "en", NULL, &error);
  g_assert_no_error (error);
  text = print_document (f, FF_DOCUMENT (report), FALSE, NULL);
  assert_contains (text, "This session is cancelled.");
  assert_contains (text, "19 Jan 2026");

  g_assert_null (ff_sign_in_report_new (f->store, f->s[5] + 100, "en", NULL, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ff_sign_in_report_new (f->store, f->s[1], "de", NULL, &error));
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
}

/* --- the attendance report -------------------------------------------------------- */

static char *
print_attendance (Fixture    *f,
                  const char *from,
                  const char *to,
                  const char *language,
                  const char *second_language,
                  int        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfAttendanceReport) report = NULL;

  report = ff_attendance_report_new (f->store, f->course, from, to, language, second_language,
                                     &error);
  g_assert_no_error (error);
  return print_document (f, FF_DOCUMENT (report), TRUE, n_pages);
}

static const char *
letter (const char *language,
        const char *msgid)
{
  return ff_language_pgettext (language, "attendance mark", msgid);
}

/* The grid's rows, each participant's hours and rate, and the totals, as worked out
 * above, of the sessions of the period and no others. */
static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_autofree char *text = print_attendance (f, "2026-01-10", "31.01.2026", lang, NULL,
                                                NULL);
      g_autofree char *h8 = hours (8, lang), *h7_5 = hours (7.5, lang);
      g_autofree char *h6 = hours (6, lang), *h3 = hours (3, lang), *h2 = hours (2, lang);
      g_autofree char *h1 = hours (1, lang), *h0_5 = hours (0.5, lang);
      g_autofree char *h0 = hours (0, lang), *h22 = hours (22, lang);
      g_autofree char *h12_5 = hours (12.5, lang), *h1_5 = hours (1.5, lang);
      g_autofree char *r25 = ff_format_percent (25, lang);
      g_autofree char *r93_7 = ff_format_percent (93.7, lang);
      g_autofree char *r50 = ff_format_percent (50, lang);
      g_autofree char *r56_8 = ff_format_percent (56.8, lang);
      g_autofree char *r80 = ff_format_percent (80, lang);
      g_autofree char *total_label = g_strdup (ff_report_gettext (lang, "All participants"));
      const char *grid_amal[] = {
        "Amal Hassan", letter (lang, "U"), letter (lang, "X"), "–", letter (lang, "E"),
      };
      const char *grid_olena[] = {
        "Olena Kovalenko", letter (lang, "P"), letter (lang, "L"), "–", letter (lang, "P"),
      };
      /* not registered on the 14th: an empty cell */
      const char *grid_yonas[] = {
        "Yonas Tesfaye", letter (lang, "U"), "–", letter (lang, "P"),
      };
      const char *amal[] = { "Amal Hassan", "3", h8, h2, h1, h2, h3, r25 };
      const char *olena[] = { "Olena Kovalenko", "3", h8, h7_5, h0_5, h0, h0, r93_7 };
      const char *yonas[] = { "Yonas Tesfaye", "2", h6, h3, h0, h0, h3, r50 };
      const char *total[] = { total_label, "8", h22, h12_5, h1_5, h2, h6, r56_8 };

      assert_label (text, lang, "Attendance report");
      assert_contains (text, "Drammen kommune · Introduksjonsprogrammet");
      assert_contains (text, "Norsk A2");
      assert_contains (text, "Ingrid Hansen");
      assert_contains (text, "10.01.2026–31.01.2026");
      assert_contains (text, r80);

      assert_line (text, grid_amal, G_N_ELEMENTS (grid_amal));
      assert_line (text, grid_olena, G_N_ELEMENTS (grid_olena));
      assert_line (text, grid_yonas, G_N_ELEMENTS (grid_yonas));
      /* the four sessions of the period head the grid, day over month */
      assert_contains (text, "12. 14. 19. 21.");
      assert_contains (text, "01. 01. 01. 01.");
      /* and none from outside it */
      assert_absent (text, "05. 12.");
      assert_absent (text, "02.\n");
      assert_absent (text, "02. ");

      assert_line (text, amal, G_N_ELEMENTS (amal));
      assert_line (text, olena, G_N_ELEMENTS (olena));
      assert_line (text, yonas, G_N_ELEMENTS (yonas));
      assert_line (text, total, G_N_ELEMENTS (total));

      /* each participant twice: in the grid and the table of hours */
      g_assert_cmpuint (ff_test_count (text, "Olena Kovalenko"), ==, 2);
      assert_absent (text, "Utenfor");
      assert_absent (text, "Ødegård");
      /* the legend says what each letter means */
      assert_label (text, lang, ff_report_choice_msgid (&ff_mark_kinds, FF_MARK_UNEXCUSED));
      assert_label (text, lang, "Cancelled session");
    }
}

/* Those under the threshold are warned of, and counted. */
static void
test_attendance_warnings (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *text = print_attendance (f, "2026-01-10", "2026-01-31", "en", NULL, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint warned = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!g_str_has_suffix (lines[i], "Below the threshold"))
        continue;
      g_assert_true (g_str_has_prefix (lines[i], "Amal Hassan")
                     || g_str_has_prefix (lines[i], "Yonas Tesfaye"));
      warned++;
    }
  g_assert_cmpuint (warned, ==, 2);
  assert_contains (text, "Of them cancelled 1");
  assert_contains (text, "Sessions 4");
  /* the label wraps beside its value */
  assert_contains (text, "Participants below the 2");
}

/* Without a period, every session, s[0] and s[5] too. */
static void
test_attendance_all_sessions (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *text = print_attendance (f, NULL, NULL, "en", NULL, NULL);
  const char *olena[] = { "Olena Kovalenko", "U", "P", "L", "–", "P" };
  const char *amal[] = { "Amal Hassan", "U", "X", "–", "E", "P" };

  assert_contains (text, "All sessions");
  assert_contains (text, "05. 12. 14. 19. 21. 02.");
  assert_line (text, olena, G_N_ELEMENTS (olena));
  assert_line (text, amal, G_N_ELEMENTS (amal));
  assert_contains (text, "Sessions 6");
}

/* Labels in Bokmål with Ukrainian under them; names in their own scripts. */
static void
test_attendance_bilingual (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *text = print_attendance (f, "2026-01-10", "2026-01-31", "nb", "uk", NULL);

  g_assert_cmpstr (ff_report_gettext ("uk", "Course"), !=, "Course");
  assert_label (text, "nb", "Course");
  assert_label (text, "uk", "Course");
  assert_label (text, "nb", "Participant");
  assert_label (text, "uk", "Participant");
  assert_contains (text, "Olena Kovalenko");
}

/* Sixty sessions: the grid in parts as wide as the page, each session once, every
 * part headed by the participants' column. */
static void
test_attendance_many_sessions (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint marks = 0, parts = 0;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 3, 2026);
  for (guint i = 0; i < 60; i++, g_date_add_days (&day, 1))
    {
      char iso[11];
      gint64 session;
      FfMark present = { FF_MARK_PRESENT, 0, 0 };

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day);
      session = ff_course_add_session (f->store, f->course, iso, "10:00", "11:00", NULL, &error);
      g_assert_no_error (error);
      g_assert_true (ff_course_set_mark (f->store, f->course, session, f->olena, &present,
                                         &error));
      g_assert_no_error (error);
    }

  text = print_attendance (f, "2026-03-01", "2026-04-29", "en", NULL, NULL);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Participant "))
        parts++;
      if (g_str_has_prefix (lines[i], "Olena Kovalenko P"))
        marks += ff_test_count (lines[i], " P");
    }
  g_assert_cmpuint (marks, ==, 60);
  /* two or more parts, and the table of hours */
  g_assert_cmpuint (parts, >=, 3);
  assert_contains (text, "Sessions 60");
  {
    g_autofree char *h60 = hours (60, "en");
    const char *olena[] = { "Olena Kovalenko", "60", h60, h60 };

    assert_line (text, olena, G_N_ELEMENTS (olena));
  }
}

/* A course that is not there, a date that is not one, a period that ends before it
 * starts. */
static void
test_attendance_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (ff_attendance_report_new (f->store, f->course + 100, NULL, NULL, "nb", NULL,
                                           &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ff_attendance_report_new (f->store, f->course, "31.02.2026", NULL, "nb", NULL,
                                           &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == FF_VALIDATE_ERROR);
  g_clear_error (&error);
  g_assert_null (ff_attendance_report_new (f->store, f->course, "2026-02-01", "2026-01-01",
                                           "nb", NULL, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_assert_cmpstr (error->message, !=, "");
}

/* Each export is in the audit log of every participant the report names, and only
 * theirs. */
static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfAttendanceReport) attendance = NULL;
  g_autoptr(FfSignInReport) sign_in = NULL;
  g_autoptr(FfReductionsReport) reductions = NULL;
  g_autofree char *path = g_build_filename (f->dir, "audit.pdf", NULL);

  attendance = ff_attendance_report_new (f->store, f->course, NULL, NULL, "nb", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ff_document_write_pdf (FF_DOCUMENT (attendance), path, NULL, &error));
  g_assert_no_error (error);
  sign_in = ff_sign_in_report_new (f->store, f->s[1], "nb", NULL, &error);
  g_assert_true (ff_document_write_pdf (FF_DOCUMENT (sign_in), path, NULL, &error));
  g_assert_true (ff_document_audit_print (FF_DOCUMENT (sign_in), &error));
  g_assert_no_error (error);
  reductions = ff_reductions_report_new (f->store, f->programme, "2026-01-01", "2026-01-31",
                                         "nb", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ff_document_write_pdf (FF_DOCUMENT (reductions), path, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 3; i++)
    {
      gint64 id = (gint64[]) { f->amal, f->olena, f->yonas }[i];

      g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, id,
                                            "exported:attendance"), ==, 1);
      g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, id,
                                            "exported:sign-in"), ==, 1);
      g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, id,
                                            "printed:sign-in"), ==, 1);
      g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, id,
                                            "exported:absence-reductions"), ==, 1);
    }
  g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, f->bjorn,
                                        "exported:absence-reductions"), ==, 1);
  g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, f->bjorn,
                                        "exported:attendance"), ==, 0);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, f->per,
                                          (const char *[]) { "exported:attendance",
                                                             "exported:sign-in",
                                                             "printed:sign-in",
                                                             "exported:absence-reductions" }[i]),
                     ==, 0);
}

/* --- the reductions --------------------------------------------------------------- */

static void
test_reductions (Fixture       *f,
                 gconstpointer  data)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_autoptr(GError) error = NULL;
      g_autoptr(FfReductionsReport) report = NULL;
      g_autofree char *text = NULL;
      g_autofree char *pay = ff_format_money (2169333, lang);
      g_autofree char *pay_olena = ff_format_money (2275000, lang);
      g_autofree char *h8 = hours (8, lang), *h3 = hours (3, lang), *h11 = hours (11, lang);
      g_autofree char *h9 = hours (9, lang), *h6 = hours (6, lang), *h0 = hours (0, lang);
      g_autofree char *h28 = hours (28, lang), *h12 = hours (12, lang);
      g_autofree char *red_amal = ff_format_money (813500, lang);
      g_autofree char *paid_amal = ff_format_money (1355833, lang);
      g_autofree char *red_olena = ff_format_money (620455, lang);
      g_autofree char *paid_olena = ff_format_money (1654545, lang);
      g_autofree char *red_yonas = ff_format_money (1446222, lang);
      g_autofree char *paid_yonas = ff_format_money (723111, lang);
      g_autofree char *nothing = ff_format_money (0, lang);
      g_autofree char *pay_total = ff_format_money (10952332, lang);
      g_autofree char *red_total = ff_format_money (2880177, lang);
      g_autofree char *paid_total = ff_format_money (8072155, lang);
      const char *period = "01.01.2026–31.01.2026";
      const char *amal[] = { "Amal Hassan", period, pay, h8, h3, red_amal, paid_amal };
      const char *olena[] = { "Olena Kovalenko", period, pay_olena, h11, h3, red_olena,
                              paid_olena };
      const char *yonas[] = { "Yonas Tesfaye", period, pay, h9, h6, red_yonas, paid_yonas,
                              ff_report_gettext (lang, "Decision needed") };
      const char *bjorn[] = { "Bjørn Ødegård", period, pay, h0, h0, nothing, pay };
      const char *total[] = { ff_report_gettext (lang, "Total"), pay_total, h28, h12,
                              red_total, paid_total };

      report = ff_reductions_report_new (f->store, f->programme, "01.01.2026", "2026-01-31",
                                         lang, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ff_reductions_report_get_n_rows (report), ==, 5);
      g_assert_cmpuint (ff_reductions_report_get_n_decisions (report), ==, 1);
      text = print_document (f, FF_DOCUMENT (report), TRUE, NULL);

      assert_label (text, lang, "Benefit reductions for absence");
      assert_contains (text, "Drammen kommune · Introduksjonsprogrammet");
      assert_contains (text, period);
      assert_line (text, amal, G_N_ELEMENTS (amal));
      assert_line (text, olena, G_N_ELEMENTS (olena));
      assert_line (text, yonas, G_N_ELEMENTS (yonas));
      assert_line (text, bjorn, G_N_ELEMENTS (bjorn));
      assert_contains (text, "Олег Шевченко");
      assert_line (text, total, G_N_ELEMENTS (total));
      /* the decision flag on Yonas's row only */
      g_assert_cmpuint (ff_test_count (text, ff_report_gettext (lang, "Decision needed")), ==,
                        1);
      /* paid nothing, or in no period of January */
      assert_absent (text, "Utenfor");
      assert_absent (text, "01.02.2026");
    }
}

static void
test_reductions_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "r.csv", NULL);

  g_assert_null (ff_reductions_report_new (f->store, f->programme + 100, "2026-01-01",
                                           "2026-01-31", "nb", NULL, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ff_reductions_report_new (f->store, f->programme, "2026-01-31",
                                           "2026-01-01", "nb", NULL, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_false (ff_course_reductions_write_csv (f->store, f->programme + 100, "2026-01-01",
                                                  "2026-01-31", "nb", path, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The CSV byte by byte: a byte order mark, headings in the language asked for,
 * semicolons, CR LF, amounts and hours as a Norwegian spreadsheet reads numbers, names
 * in æøå and Cyrillic as typed, a name that looks like a formula made harmless and one
 * with a semicolon quoted. */
static void
test_reductions_csv (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "reductions.csv", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GString) header = g_string_new ("\xef\xbb\xbf");
  static const char * const headings[] = {
    "Participant", "First day", "Last day", "Paid", "Payment (kr)", "Planned hours",
    "Unexcused hours", "Reduction (kr)", "To be paid (kr)", "G (kr)", "Individual decision",
  };
  const char *monthly = ff_language_gettext ("nb", "Monthly");
  const char *no = ff_language_pgettext ("nb", "individual decision", "No");
  const char *yes = ff_language_pgettext ("nb", "individual decision", "Yes");
  gsize length = 0;
  GStatBuf st;

  ff_test_set_participant (f->store, f->yonas, FF_PARTICIPANT_GIVEN_NAME, "=HYPERLINK(\"x\")");
  ff_test_set_participant (f->store, f->amal, FF_PARTICIPANT_FAMILY_NAME, "Hassan; Ali");

  g_assert_true (ff_course_reductions_write_csv (f->store, f->programme, "2026-01-01",
                                                 "31.01.2026", "nb", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &csv, &length, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autofree char *cell = ff_csv_cell (ff_language_gettext ("nb", headings[i]));

      g_string_append_printf (header, "%s%s", i > 0 ? ";" : "", cell);
    }
  g_string_append (header, "\r\n");

  expected = g_strdup_printf (
    "%s"
    "\"Amal Hassan; Ali\";01.01.2026;31.01.2026;%s;21693,33;8;3;8135,00;13558,33;130160,00;%s\r\n"
    "Bjørn Ødegård;01.01.2026;31.01.2026;%s;21693,33;0;0;0,00;21693,33;130160,00;%s\r\n"
    "Olena Kovalenko;01.01.2026;31.01.2026;%s;22750,00;11;3;6204,55;16545,45;130160,00;%s\r\n"
    "\"'=HYPERLINK(\"\"x\"\") Tesfaye\";01.01.2026;31.01.2026;%s;21693,33;9;6;14462,22;"
    "7231,11;130160,00;%s\r\n"
    "Олег Шевченко;01.01.2026;31.01.2026;%s;21693,33;0;0;0,00;21693,33;130160,00;%s\r\n"
    "%s;;;;109523,32;28;12;28801,77;80721,55;;1\r\n",
    header->str, monthly, no, monthly, no, monthly, no, monthly, yes, monthly, no,
    ff_language_gettext ("nb", "Total"));

  /* the order of the names is the list's (ff_course_reductions()): compare the rows
   * as a set, the header first and the totals last */
  {
    g_auto(GStrv) got = g_strsplit (csv, "\r\n", -1);
    g_auto(GStrv) want = g_strsplit (expected, "\r\n", -1);
    guint n_got = g_strv_length (got), n_want = g_strv_length (want);

    g_assert_cmpuint (n_got, ==, n_want);
    g_assert_cmpstr (got[0], ==, want[0]);
    g_assert_cmpstr (got[n_got - 2], ==, want[n_want - 2]);
    g_assert_cmpstr (got[n_got - 1], ==, "");
    for (guint i = 1; i < n_want - 2; i++)
      g_assert_true (g_strv_contains ((const char * const *) got, want[i]));
  }
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  g_assert_cmpuint (length, ==, strlen (csv));

  /* in the audit log of each participant in it */
  g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, f->oleg,
                                        "exported:absence-reductions"), ==, 1);
  g_assert_cmpint (ff_test_count_audit (f->store, &ff_participant_type, f->per,
                                        "exported:absence-reductions"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/report/course/sign-in/participants-and-session", test_sign_in },
    { "/report/course/sign-in/cancelled-and-gone", test_sign_in_cancelled_and_gone },
    { "/report/course/attendance/worked-out-by-hand", test_attendance },
    { "/report/course/attendance/warnings", test_attendance_warnings },
    { "/report/course/attendance/all-sessions", test_attendance_all_sessions },
    { "/report/course/attendance/bilingual", test_attendance_bilingual },
    { "/report/course/attendance/many-sessions-in-parts", test_attendance_many_sessions },
    { "/report/course/attendance/refused", test_attendance_refused },
    { "/report/course/audit", test_audit },
    { "/report/course/reductions/worked-out-by-hand", test_reductions },
    { "/report/course/reductions/refused", test_reductions_refused },
    { "/report/course/reductions/csv", test_reductions_csv },
  };

  ff_test_report_init (&argc, &argv);
  pdftotext = argv[1];

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);

  return g_test_run ();
}
