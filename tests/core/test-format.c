/* test-format.c — dates, amounts, hours and percentages in each language, whatever
 * the C library's locale says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ff-format.h"
#include "ff-language.h"
#include "ff-locale.h"
#include "ff-validate.h"

/* The no-break space between groups of thousands and before a unit, and the minus sign */
#define NB FF_FORMAT_GROUP_SEPARATOR
#define MINUS FF_FORMAT_MINUS

/* The language this test program shows, as a user's LANGUAGE would choose it. */
#define DISPLAYED "nb"

static const char * const languages[] = { "nb", "nn", "uk", "en" };

/* One value written in each of languages[], in that order. */
typedef struct
{
  const char *iso;
  const char *written[G_N_ELEMENTS (languages)];
} DateCase;

static void
assert_dates (char *(*format) (const char *, const char *),
              const DateCase *cases,
              gsize           n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        g_autofree char *written = format (cases[i].iso, languages[l]);

        g_test_message ("%s in %s", cases[i].iso, languages[l]);
        g_assert_cmpstr (written, ==, cases[i].written[l]);
      }
}

static void
test_date_in_figures (void)
{
  static const DateCase cases[] = {
    { "2025-03-17", { "17.03.2025", "17.03.2025", "17.03.2025", "17.03.2025" } },
    { "1988-12-01", { "01.12.1988", "01.12.1988", "01.12.1988", "01.12.1988" } },
    { "2024-02-29", { "29.02.2024", "29.02.2024", "29.02.2024", "29.02.2024" } },
    /* anything but a stored date of a day that exists is shown as it is */
    { "", { "", "", "", "" } },
    { "2025-3-17", { "2025-3-17", "2025-3-17", "2025-3-17", "2025-3-17" } },
    { "2025-03-17T10:00", { "2025-03-17T10:00", "2025-03-17T10:00", "2025-03-17T10:00",
                            "2025-03-17T10:00" } },
    { "2023-02-29", { "2023-02-29", "2023-02-29", "2023-02-29", "2023-02-29" } },
  };
  g_autofree char *none = ff_format_date (NULL, "nb");

  assert_dates (ff_format_date, cases, G_N_ELEMENTS (cases));
  g_assert_cmpstr (none, ==, "");
}

static void
test_date_in_words_every_month (void)
{
  static const DateCase cases[] = {
    { "2024-01-31", { "31. jan. 2024", "31. jan. 2024", "31 січ. 2024", "31 Jan 2024" } },
    { "2024-02-29", { "29. feb. 2024", "29. feb. 2024", "29 лют. 2024", "29 Feb 2024" } },
    { "2024-03-01", { "1. mar. 2024", "1. mar. 2024", "1 бер. 2024", "1 Mar 2024" } },
    { "2024-04-15", { "15. apr. 2024", "15. apr. 2024", "15 квіт. 2024", "15 Apr 2024" } },
    { "2024-05-17", { "17. mai 2024", "17. mai 2024", "17 трав. 2024", "17 May 2024" } },
    { "2024-06-09", { "9. jun. 2024", "9. jun. 2024", "9 черв. 2024", "9 Jun 2024" } },
    { "2024-07-04", { "4. jul. 2024", "4. jul. 2024", "4 лип. 2024", "4 Jul 2024" } },
    { "2024-08-20", { "20. aug. 2024", "20. aug. 2024", "20 серп. 2024", "20 Aug 2024" } },
    { "2024-09-05", { "5. sep. 2024", "5. sep. 2024", "5 вер. 2024", "5 Sep 2024" } },
    { "2024-10-02", { "2. okt. 2024", "2. okt. 2024", "2 жовт. 2024", "2 Oct 2024" } },
    { "2024-11-11", { "11. nov. 2024", "11. nov. 2024", "11 лист. 2024", "11 Nov 2024" } },
    { "2024-12-24", { "24. des. 2024", "24. des. 2024", "24 груд. 2024", "24 Dec 2024" } },
    { "1999-10-02", { "2. okt. 1999", "2. okt. 1999", "2 жовт. 1999", "2 Oct 1999" } },
  };

  assert_dates (ff_format_date_in_words, cases, G_N_ELEMENTS (cases));
}

/* The heads of a table of months, in each language. */
static void
test_month_names (void)
{
  static const struct { int month; const char *names[4]; } cases[] = {
    { 1, { "jan.", "jan.", "січ.", "Jan" } },
    { 5, { "mai", "mai", "трав.", "May" } },
    { 12, { "des.", "des.", "груд.", "Dec" } },
    { 0, { "", "", "", "" } },
    { 13, { "", "", "", "" } },
  };
  /* languages[] is nb, nn, uk, en. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        g_autofree char *name = ff_format_month (cases[i].month, languages[l]);

        g_assert_cmpstr (name, ==, cases[i].names[l]);
      }
}

static void
test_date_in_words_not_a_date (void)
{
  static const DateCase cases[] = {
    { "", { "", "", "", "" } },
    { "2024-13-01", { "2024-13-01", "2024-13-01", "2024-13-01", "2024-13-01" } },
    { "2024-04-31", { "2024-04-31", "2024-04-31", "2024-04-31", "2024-04-31" } },
    { "soon", { "soon", "soon", "soon", "soon" } },
  };
  g_autofree char *none = ff_format_date_in_words (NULL, "uk");

  assert_dates (ff_format_date_in_words, cases, G_N_ELEMENTS (cases));
  g_assert_cmpstr (none, ==, "");
}

static void
test_money (void)
{
  static const struct
  {
    gint64      ore;
    const char *written[G_N_ELEMENTS (languages)];
  } cases[] = {
    { 0, { "kr" NB "0", "kr" NB "0", "0" NB "kr", "NOK" NB "0" } },
    { 50, { "kr" NB "0,50", "kr" NB "0,50", "0,50" NB "kr", "NOK" NB "0.50" } },
    { 5, { "kr" NB "0,05", "kr" NB "0,05", "0,05" NB "kr", "NOK" NB "0.05" } },
    { 99900, { "kr" NB "999", "kr" NB "999", "999" NB "kr", "NOK" NB "999" } },
    { 1250000, { "kr" NB "12" NB "500", "kr" NB "12" NB "500", "12" NB "500" NB "kr",
                 "NOK" NB "12" NB "500" } },
    { 1250050, { "kr" NB "12" NB "500,50", "kr" NB "12" NB "500,50",
                 "12" NB "500,50" NB "kr", "NOK" NB "12" NB "500.50" } },
    { -50000, { "kr" NB MINUS "500", "kr" NB MINUS "500", MINUS "500" NB "kr",
                "NOK" NB MINUS "500" } },
    { -123405, { "kr" NB MINUS "1" NB "234,05", "kr" NB MINUS "1" NB "234,05",
                 MINUS "1" NB "234,05" NB "kr", "NOK" NB MINUS "1" NB "234.05" } },
    { 100000000, { "kr" NB "1" NB "000" NB "000", "kr" NB "1" NB "000" NB "000",
                   "1" NB "000" NB "000" NB "kr", "NOK" NB "1" NB "000" NB "000" } },
    { 123456789, { "kr" NB "1" NB "234" NB "567,89", "kr" NB "1" NB "234" NB "567,89",
                   "1" NB "234" NB "567,89" NB "kr", "NOK" NB "1" NB "234" NB "567.89" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *written = ff_format_money (cases[i].ore, languages[l]);
        g_autofree char *read_back = NULL;
        g_autofree char *stored = g_strdup_printf ("%" G_GINT64_FORMAT, cases[i].ore);

        g_test_message ("%" G_GINT64_FORMAT " øre in %s", cases[i].ore, languages[l]);
        g_assert_cmpstr (written, ==, cases[i].written[l]);

        /* What is shown can be typed back into an amount field as it is. */
        g_assert_true (ff_validate_money (written, &read_back, &error));
        g_assert_no_error (error);
        g_assert_cmpstr (read_back, ==, stored);
      }
}

static void
test_hours (void)
{
  static const struct
  {
    double      hours;
    const char *comma;  /* nb, nn, uk */
    const char *point;  /* en */
  } cases[] = {
    { 1.5, "1,5", "1.5" },
    { 7.5, "7,5", "7.5" },
    { 37.5, "37,5", "37.5" },
    { 0.5, "0,5", "0.5" },
    { 7, "7", "7" },
    { 0, "0", "0" },
    { 7.25, "7,25", "7.25" },
    { 0.1, "0,1", "0.1" },
    { 2.004, "2", "2" },
    { 2.999, "3", "3" },
    { 1250.5, "1" NB "250,5", "1" NB "250.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        g_autofree char *written = ff_format_hours (cases[i].hours, languages[l]);
        gboolean english = g_str_equal (languages[l], "en");

        g_test_message ("%g hours in %s", cases[i].hours, languages[l]);
        g_assert_cmpstr (written, ==, english ? cases[i].point : cases[i].comma);
      }
}

static void
test_percent (void)
{
  static const struct
  {
    double      percent;
    const char *spaced;  /* nb, nn, uk */
    const char *en;
  } cases[] = {
    { 80, "80" NB "%", "80%" },
    { 0, "0" NB "%", "0%" },
    { 100, "100" NB "%", "100%" },
    { 12.5, "12,5" NB "%", "12.5%" },
    { 200.0 / 3, "66,7" NB "%", "66.7%" },
    { -5, MINUS "5" NB "%", MINUS "5%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        g_autofree char *written = ff_format_percent (cases[i].percent, languages[l]);
        gboolean english = g_str_equal (languages[l], "en");

        g_test_message ("%g %% in %s", cases[i].percent, languages[l]);
        g_assert_cmpstr (written, ==, english ? cases[i].en : cases[i].spaced);
      }
}

static void
test_decimal_comma (void)
{
  g_assert_true (ff_format_decimal_comma ("nb"));
  g_assert_true (ff_format_decimal_comma ("nn"));
  g_assert_true (ff_format_decimal_comma ("uk"));
  g_assert_false (ff_format_decimal_comma ("en"));
  /* A language Fotfeste does not speak is written as English is. */
  g_assert_false (ff_format_decimal_comma ("de"));
  g_assert_true (ff_format_decimal_comma (NULL));  /* DISPLAYED */
}

/* The test runs with LC_ALL=C.UTF-8 and LANGUAGE=nb: month names and numbers follow
 * the catalogue gettext chose, not LC_TIME or LC_NUMERIC. */
static void
test_displayed_language (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 10, 2, 0, 0, 0);
  g_autofree char *c_month = g_date_time_format (date, "%b");
  g_autofree char *words = ff_format_date_in_words ("2024-10-02", NULL);
  g_autofree char *money = ff_format_money (1250050, NULL);
  g_autofree char *hours = ff_format_hours (1.5, NULL);
  g_autofree char *percent = ff_format_percent (80, NULL);
  g_autofree char *ukrainian = NULL;

  g_assert_cmpstr (setlocale (LC_TIME, NULL), ==, "C.UTF-8");
  g_assert_cmpstr (c_month, ==, "Oct");

  g_assert_cmpstr (ff_language_displayed (), ==, DISPLAYED);
  g_assert_cmpstr (words, ==, "2. okt. 2024");
  g_assert_cmpstr (money, ==, "kr" NB "12" NB "500,50");
  g_assert_cmpstr (hours, ==, "1,5");
  g_assert_cmpstr (percent, ==, "80" NB "%");

  /* A document in Ukrainian on this Bokmål desktop leaves the desktop's language. */
  ukrainian = ff_format_date_in_words ("2024-10-02", "uk");
  g_assert_cmpstr (ukrainian, ==, "2 жовт. 2024");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, DISPLAYED);
  g_assert_cmpstr (ff_language_displayed (), ==, DISPLAYED);
}

/* Another LANGUAGE, in a test program of its own (gettext's language is the process's). */
typedef struct
{
  const char *environment;  /* LANGUAGE */
  const char *displayed;
  const char *words;        /* 2024-10-02 */
  const char *money;        /* 1250050 øre */
} Displayed;

static const Displayed displayed_cases[] = {
  { "uk", "uk", "2 жовт. 2024", "12" NB "500,50" NB "kr" },
  { "nn", "nn", "2. okt. 2024", "kr" NB "12" NB "500,50" },
  { "en", "en", "2 Oct 2024", "NOK" NB "12" NB "500.50" },
  /* No catalogue: English */
  { "de", "en", "2 Oct 2024", "NOK" NB "12" NB "500.50" },
  /* The first language with a catalogue */
  { "de:uk", "uk", "2 жовт. 2024", "12" NB "500,50" NB "kr" },
};

static void
test_displayed_language_follows_language (gconstpointer data)
{
  const Displayed *c = data;

  if (g_test_subprocess ())
    {
      g_autofree char *words = ff_format_date_in_words ("2024-10-02", NULL);
      g_autofree char *money = ff_format_money (1250050, NULL);

      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, c->environment);
      g_assert_cmpstr (ff_language_displayed (), ==, c->displayed);
      g_assert_cmpstr (words, ==, c->words);
      g_assert_cmpstr (money, ==, c->money);
      return;
    }

  /* The child inherits LANGUAGE; this process asks gettext nothing until it is back. */
  g_setenv ("LANGUAGE", c->environment, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", DISPLAYED, TRUE);
  g_test_trap_assert_passed ();
}

/* The birth date shows, the five personal digits never do: worked out by hand. */
static void
test_national_id_masked (void)
{
  static const struct
  {
    const char *stored;
    const char *masked;
  } cases[] = {
    /* a fødselsnummer: born 1 February 1990 */
    { "01029012345", "010290 *****" },
    /* a D-nummer: 4 added to the first digit of the day, 1 January 1985 */
    { "41018512345", "410185 *****" },
    /* as typed with a space, or spaces around it */
    { "010290 12345", "010290 *****" },
    { " 01029012345 ", "010290 *****" },
    /* nothing stays nothing */
    { "", "" },
    { NULL, "" },
    /* what is not 11 digits shows nothing of itself */
    { "0102901234", "*****" },
    { "010290123456", "*****" },
    { "01.02.90-12345", "*****" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = ff_format_national_id_masked (cases[i].stored);

      g_test_message ("national id “%s”", cases[i].stored != NULL ? cases[i].stored : "(null)");
      g_assert_cmpstr (masked, ==, cases[i].masked);
      g_assert_null (strstr (masked, "12345"));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* A Bokmål interface on a machine whose locale is C.UTF-8 (the environment of the
   * tests sets LC_ALL); a child of test_displayed_language_follows_language comes with
   * a LANGUAGE of its own. */
  g_setenv ("LANGUAGE", DISPLAYED, FALSE);
  ff_locale_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/format/date/in-figures-in-every-language", test_date_in_figures);
  g_test_add_func ("/core/format/date/in-words-every-month", test_date_in_words_every_month);
  g_test_add_func ("/core/format/date/month-names", test_month_names);
  g_test_add_func ("/core/format/date/in-words-not-a-date-shown-as-it-is",
                   test_date_in_words_not_a_date);
  g_test_add_func ("/core/format/money/kroner-and-ore-read-back", test_money);
  g_test_add_func ("/core/format/hours/decimals-of-the-language", test_hours);
  g_test_add_func ("/core/format/percent/spaced-except-in-english", test_percent);
  g_test_add_func ("/core/format/decimal-comma", test_decimal_comma);
  g_test_add_func ("/core/format/displayed-language/not-lc-time", test_displayed_language);
  g_test_add_func ("/core/format/national-id/masked-after-birth-date", test_national_id_masked);
  for (guint i = 0; i < G_N_ELEMENTS (displayed_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/format/displayed-language/LANGUAGE=%s",
                                               displayed_cases[i].environment);

      g_strdelimit (path, ":", '-');

      g_test_add_data_func (path, &displayed_cases[i], test_displayed_language_follows_language);
    }

  return g_test_run ();
}
