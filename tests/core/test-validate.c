/* test-validate.c — national identity numbers, dates, e-mail addresses and phones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-validate.h"

/* The published rule (Skatteetaten), written again here so that the test does not
 * trust the code it tests: fills @out with DDMMYYIII K1 K2 for any six date
 * digits, existing or not, or returns FALSE when a check digit would be 10. */
static gboolean
compute_number (const char *ddmmyy,
                guint       individual,
                char        out[12])
{
  static const int w1[] = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
  static const int w2[] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
  int sum = 0;
  int k;

  g_snprintf (out, 12, "%s%03u", ddmmyy, individual);
  for (int i = 0; i < 9; i++)
    sum += (out[i] - '0') * w1[i];
  k = (11 - sum % 11) % 11;
  if (k == 10)
    return FALSE;
  out[9] = '0' + k;

  sum = 0;
  for (int i = 0; i < 10; i++)
    sum += (out[i] - '0') * w2[i];
  k = (11 - sum % 11) % 11;
  if (k == 10)
    return FALSE;
  out[10] = '0' + k;
  out[11] = '\0';
  return TRUE;
}

/* The first individual number from @from that gives a valid number. */
static char *
make_first (int      year,
            int      month,
            int      day,
            guint    from,
            gboolean d_number)
{
  for (guint individual = from; individual < from + 50; individual++)
    {
      char *number = ff_national_id_make (year, month, day, individual, d_number);

      if (number != NULL)
        return number;
    }
  g_assert_not_reached ();
}

static void
assert_national_id_error (const char *text,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  g_assert_false (ff_validate_national_id (text, NULL, &normalized, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_null (normalized);
}

static void
test_national_id_accepts_valid (void)
{
  struct {
    int year, month, day;
    guint from;
    gboolean d_number;
  } cases[] = {
    { 1990, 5, 17, 0, FALSE },     /* 000–499: 1900s */
    { 1975, 12, 31, 250, FALSE },
    { 1962, 1, 1, 900, FALSE },    /* 900–999 with YY 40–99: 1900s */
    { 1880, 7, 4, 500, FALSE },    /* 500–749 with YY 54–99: 1800s */
    { 2000, 2, 29, 500, FALSE },   /* 500–999 with YY 00–39: 2000s, leap day */
    { 2008, 10, 3, 950, FALSE },
    { 1985, 3, 21, 100, TRUE },    /* D-nummer */
    { 2001, 11, 30, 600, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *number = make_first (cases[i].year, cases[i].month, cases[i].day,
                                            cases[i].from, cases[i].d_number);
      g_autofree char *normalized = NULL;
      g_autofree char *spaced = NULL;
      g_autofree char *from_spaced = NULL;
      g_autofree char *expected_date = NULL;
      char independent[12];
      FfNationalIdKind kind = -1;
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (strlen (number), ==, 11);
      /* The number agrees with the published rule. */
      {
        g_autofree char *ddmmyy = g_strndup (number, 6);
        guint individual = (guint) g_ascii_strtoull (number + 6, NULL, 10) / 100;

        g_assert_true (compute_number (ddmmyy, individual, independent));
        g_assert_cmpstr (independent, ==, number);
        expected_date = g_strdup_printf ("%02d%02d%02d",
                                         cases[i].day + (cases[i].d_number ? 40 : 0),
                                         cases[i].month, cases[i].year % 100);
        g_assert_cmpstr (ddmmyy, ==, expected_date);
      }

      g_assert_true (ff_validate_national_id (number, &kind, &normalized, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (normalized, ==, number);
      g_assert_cmpint (kind, ==, cases[i].d_number ? FF_NATIONAL_ID_D_NUMMER
                                                  : FF_NATIONAL_ID_FODSELSNUMMER);

      spaced = g_strdup_printf ("  %.6s %.5s ", number, number + 6);
      g_assert_true (ff_validate_national_id (spaced, NULL, &from_spaced, NULL));
      g_assert_cmpstr (from_spaced, ==, number);
    }
}

static void
test_national_id_make_refuses_wrong_century (void)
{
  /* 1990 with an individual number of the 2000s, 2005 with one of the 1900s */
  g_assert_null (ff_national_id_make (1990, 5, 17, 600, FALSE));
  g_assert_null (ff_national_id_make (2005, 5, 17, 100, FALSE));
  g_assert_null (ff_national_id_make (1990, 2, 30, 100, FALSE));
}

static void
test_national_id_rejects_bad_check_digit (void)
{
  g_autofree char *number = make_first (1990, 5, 17, 0, FALSE);

  for (guint pos = 9; pos <= 10; pos++)
    for (char digit = '0'; digit <= '9'; digit++)
      {
        g_autofree char *changed = g_strdup (number);

        if (changed[pos] == digit)
          continue;
        changed[pos] = digit;
        assert_national_id_error (changed, FF_VALIDATE_ERROR_CHECK_DIGIT);
      }
}

static void
test_national_id_rejects_any_single_typo (void)
{
  g_autofree char *number = make_first (1978, 8, 9, 300, FALSE);

  for (guint pos = 0; pos < 11; pos++)
    for (char digit = '0'; digit <= '9'; digit++)
      {
        g_autofree char *changed = g_strdup (number);

        if (changed[pos] == digit)
          continue;
        changed[pos] = digit;
        g_assert_false (ff_validate_national_id (changed, NULL, NULL, NULL));
      }
}

static void
test_national_id_rejects_impossible_date (void)
{
  const char *dates[] = {
    "310290",   /* 31 February */
    "300290",   /* 30 February */
    "290290",   /* 29 February 1990 */
    "290200",   /* 29 February 1900 with a 1900s individual number: not a leap year */
    "011390",   /* month 13 */
    "000190",   /* day 0 */
    "320190",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      char number[12];
      guint individual = 100;

      while (!compute_number (dates[i], individual, number))
        individual++;
      assert_national_id_error (number, FF_VALIDATE_ERROR_NO_SUCH_DATE);
    }
}

static void
test_national_id_rejects_future_birth (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  char number[12];
  guint individual = 500;

  if (g_date_time_get_year (now) >= 2039)
    {
      g_test_skip ("no future year left in the 2000s range");
      return;
    }
  while (!compute_number ("010139", individual, number))
    individual++;
  assert_national_id_error (number, FF_VALIDATE_ERROR_IMPLAUSIBLE);
}

static void
test_national_id_rejects_bad_format (void)
{
  g_autoptr(GError) error = NULL;

  assert_national_id_error ("1705901234", FF_VALIDATE_ERROR_FORMAT);
  assert_national_id_error ("170590123456", FF_VALIDATE_ERROR_FORMAT);
  assert_national_id_error ("1705901234A", FF_VALIDATE_ERROR_FORMAT);
  assert_national_id_error ("17.05.90-12345", FF_VALIDATE_ERROR_FORMAT);
  assert_national_id_error ("", FF_VALIDATE_ERROR_EMPTY);
  assert_national_id_error ("   ", FF_VALIDATE_ERROR_EMPTY);
  assert_national_id_error (NULL, FF_VALIDATE_ERROR_EMPTY);

  ff_validate_national_id ("123", NULL, NULL, &error);
  g_assert_cmpstr (error->message, ==, "A national identity number has 11 digits.");
}

static void
assert_date (const char  *text,
             FfDateRange  range,
             const char  *expected)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_validate_date (text, range, &normalized, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, expected);
}

static void
assert_date_error (const char  *text,
                   FfDateRange  range,
                   int          code)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ff_validate_date (text, range, &normalized, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_null (normalized);
}

static void
test_date_formats (void)
{
  g_autoptr(GError) error = NULL;

  assert_date ("17.05.1990", FF_DATE_BIRTH, "1990-05-17");
  assert_date ("1990-05-17", FF_DATE_BIRTH, "1990-05-17");
  assert_date ("7.5.1990", FF_DATE_ANY, "1990-05-07");
  assert_date ("  1990-5-7 ", FF_DATE_PAST, "1990-05-07");
  assert_date ("29.02.2024", FF_DATE_PAST, "2024-02-29");
  assert_date ("29.02.2000", FF_DATE_PAST, "2000-02-29");

  assert_date_error ("17/05/1990", FF_DATE_ANY, FF_VALIDATE_ERROR_FORMAT);
  assert_date_error ("17.05.90", FF_DATE_ANY, FF_VALIDATE_ERROR_FORMAT);
  assert_date_error ("90-05-17", FF_DATE_ANY, FF_VALIDATE_ERROR_FORMAT);
  assert_date_error ("17. mai 1990", FF_DATE_ANY, FF_VALIDATE_ERROR_FORMAT);
  assert_date_error ("1990-05-17-01", FF_DATE_ANY, FF_VALIDATE_ERROR_FORMAT);
  assert_date_error ("", FF_DATE_ANY, FF_VALIDATE_ERROR_EMPTY);

  ff_validate_date ("tomorrow", FF_DATE_ANY, NULL, &error);
  g_assert_cmpstr (error->message, ==, "Type the date as 17.05.1990 or 1990-05-17.");
}

static void
test_date_rejects_impossible (void)
{
  assert_date_error ("31.02.2020", FF_DATE_ANY, FF_VALIDATE_ERROR_NO_SUCH_DATE);
  assert_date_error ("30.02.2020", FF_DATE_ANY, FF_VALIDATE_ERROR_NO_SUCH_DATE);
  assert_date_error ("29.02.2023", FF_DATE_ANY, FF_VALIDATE_ERROR_NO_SUCH_DATE);
  assert_date_error ("1900-02-29", FF_DATE_ANY, FF_VALIDATE_ERROR_NO_SUCH_DATE);
  assert_date_error ("2020-13-01", FF_DATE_ANY, FF_VALIDATE_ERROR_NO_SUCH_DATE);
  assert_date_error ("00.01.2020", FF_DATE_ANY, FF_VALIDATE_ERROR_NO_SUCH_DATE);
  assert_date_error ("31.04.2020", FF_DATE_ANY, FF_VALIDATE_ERROR_NO_SUCH_DATE);
}

static void
test_date_range (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *today_text = g_date_time_format (now, "%d.%m.%Y");
  g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *tomorrow_text = g_date_time_format (tomorrow, "%d.%m.%Y");
  g_autofree char *tomorrow_iso = g_date_time_format (tomorrow, "%Y-%m-%d");

  assert_date (today_text, FF_DATE_BIRTH, today_iso);
  assert_date_error (tomorrow_text, FF_DATE_BIRTH, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  assert_date_error (tomorrow_text, FF_DATE_PAST, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  /* A planned end date may lie ahead. */
  assert_date (tomorrow_text, FF_DATE_ANY, tomorrow_iso);
  assert_date ("31.12.2100", FF_DATE_ANY, "2100-12-31");
  assert_date ("01.01.1900", FF_DATE_BIRTH, "1900-01-01");

  assert_date_error ("31.12.1899", FF_DATE_BIRTH, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  assert_date_error ("1066-10-14", FF_DATE_ANY, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  assert_date_error ("2101-01-01", FF_DATE_ANY, FF_VALIDATE_ERROR_IMPLAUSIBLE);
}

static void
assert_email (const char *text,
              const char *expected)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_validate_email (text, &normalized, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, expected);
}

static void
test_email (void)
{
  const char *bad[] = {
    "ola", "ola@", "@example.no", "ola@example", "ola nordmann@example.no",
    "ola@@example.no", "ola@example.n", "ola@-example.no", "ola..x@example.no",
    "ola@example..no", ".ola@example.no", "ola@exa mple.no", "ola@example.no.",
    "<ola@example.no>",
  };

  assert_email ("ola.nordmann@example.no", "ola.nordmann@example.no");
  assert_email ("  Kari.Hansen+kurs@Kvanangen.Kommune.NO ",
                "Kari.Hansen+kurs@kvanangen.kommune.no");
  assert_email ("post@blåbær.no", "post@blåbær.no");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ff_validate_email (bad[i], NULL, &error));
      g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, "Enter an e-mail address like name@example.no.");
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ff_validate_email (" ", NULL, &error));
    g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
  }
}

static void
assert_phone (const char *text,
              const char *expected)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_validate_phone (text, &normalized, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, expected);
}

static void
test_phone (void)
{
  const char *bad[] = {
    "1234", "912 34 56", "912345678", "9123456a", "+47 1234", "+47 912 34 5678",
    "0047 0123 4567", "01234567", "+0 123 456 789", "+12 34", "ring meg", "91 23 45 67 ext 2",
    "+47+91234567", "+1234567890123456",
  };

  assert_phone ("+47 912 34 567", "+47 912 34 567");
  assert_phone ("91234567", "+47 912 34 567");
  assert_phone (" 412-34-567 ", "+47 412 34 567");
  assert_phone ("0047 22 33 44 55", "+47 22 33 44 55");
  assert_phone ("22334455", "+47 22 33 44 55");
  assert_phone ("+380 67 123 4567", "+380671234567");
  assert_phone ("00 46 (8) 123 456", "+468123456");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ff_validate_phone (bad[i], NULL, &error));
      g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==,
                       "Enter a Norwegian number of 8 digits, "
                       "or an international number starting with +.");
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ff_validate_phone ("", NULL, &error));
    g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
  }
}

/* What looks like a scheme in a typed link is not kept after the check: every
 * different one kept for the life of the process would add up while someone types,
 * and GLib lets go of its table of kept strings only when it grows (found by
 * tests/fuzz/fuzz-link, as a leak). */
static void
test_link_keeps_nothing_typed (void)
{
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Typed-%u:nothing", i);
      g_autofree char *scheme = g_strdup_printf ("typed-%u", i);
      g_autoptr(GError) error = NULL;

      g_assert_false (ff_validate_link (text, NULL, &error));
      g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT);
      g_assert_cmpuint (g_quark_try_string (scheme), ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/validate/national-id/accepts-valid", test_national_id_accepts_valid);
  g_test_add_func ("/core/validate/national-id/make-refuses-wrong-century",
                   test_national_id_make_refuses_wrong_century);
  g_test_add_func ("/core/validate/national-id/rejects-bad-check-digit",
                   test_national_id_rejects_bad_check_digit);
  g_test_add_func ("/core/validate/national-id/rejects-any-single-typo",
                   test_national_id_rejects_any_single_typo);
  g_test_add_func ("/core/validate/national-id/rejects-impossible-date",
                   test_national_id_rejects_impossible_date);
  g_test_add_func ("/core/validate/national-id/rejects-future-birth",
                   test_national_id_rejects_future_birth);
  g_test_add_func ("/core/validate/national-id/rejects-bad-format",
                   test_national_id_rejects_bad_format);
  g_test_add_func ("/core/validate/date/formats", test_date_formats);
  g_test_add_func ("/core/validate/date/rejects-impossible", test_date_rejects_impossible);
  g_test_add_func ("/core/validate/date/range", test_date_range);
  g_test_add_func ("/core/validate/email", test_email);
  g_test_add_func ("/core/validate/phone", test_phone);
  g_test_add_func ("/core/validate/link/keeps-nothing-typed", test_link_keeps_nothing_typed);

  return g_test_run ();
}
