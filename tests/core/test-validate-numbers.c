/* test-validate-numbers.c — organisation numbers, amounts, percentages, hours, postcodes
 * and periods as people type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-validate.h"

typedef struct
{
  const char *typed;
  const char *stored;   /* NULL: refused */
  int         code;     /* the error when refused */
} Case;

typedef gboolean (*Validator) (const char  *text,
                               char       **normalized,
                               GError     **error);

static void
check_cases (Validator   validate,
             const Case *cases,
             guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      gboolean ok = validate (cases[i].typed, &normalized, &error);

      g_test_message ("typed “%s”", cases[i].typed);
      if (cases[i].stored != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (normalized, ==, cases[i].stored);
        }
      else
        {
          g_assert_false (ok);
          g_assert_null (normalized);
          g_assert_error (error, FF_VALIDATE_ERROR, cases[i].code);
          g_assert_cmpstr (error->message, !=, "");
        }
    }
}

/* Worked by hand with Brønnøysundregistrene's rule: the weights 3 2 7 6 5 4 3 2 over the
 * first eight digits, the check digit 11 minus the sum modulo 11 (0 for 11; a sum
 * that would give 10 is never given out). */
static void
test_org_number (void)
{
  static const Case cases[] = {
    /* 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 7·2 = 173 = 15·11 + 8 → 11 − 8 = 3 */
    { "974760673", "974760673" },
    { " 974 760 673 ", "974760673" },
    /* 9·3 + 2·2 + 3·7 + 6·6 + 0·5 + 9·4 + 0·3 + 1·2 = 126 = 11·11 + 5 → 6 */
    { "923609016", "923609016" },
    /* 3·3 + 1·2 = 11 = 1·11 + 0 → 11 − 0 = 11, written 0 */
    { "000000310", "000000310" },
    { "974760674", NULL, FF_VALIDATE_ERROR_CHECK_DIGIT },
    { "923609061", NULL, FF_VALIDATE_ERROR_CHECK_DIGIT },
    /* 6·2 = 12 = 1·11 + 1 → 10: no last digit makes this number valid */
    { "000000060", NULL, FF_VALIDATE_ERROR_CHECK_DIGIT },
    { "000000069", NULL, FF_VALIDATE_ERROR_CHECK_DIGIT },
    { "97476067", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "9747606731", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "97476O673", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "974-760-673", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "", NULL, FF_VALIDATE_ERROR_EMPTY },
  };

  check_cases (ff_validate_org_number, cases, G_N_ELEMENTS (cases));
}

static void
test_org_number_shown_and_made (void)
{
  g_autofree char *shown = ff_org_number_to_display ("974760673");
  g_autofree char *other = ff_org_number_to_display ("12345");
  g_autofree char *made = ff_org_number_make (97476067);
  g_autofree char *zero = ff_org_number_make (31);
  g_autofree char *never = ff_org_number_make (6);

  g_assert_cmpstr (shown, ==, "974 760 673");
  g_assert_cmpstr (other, ==, "12345");
  g_assert_cmpstr (made, ==, "974760673");
  g_assert_cmpstr (zero, ==, "000000310");
  g_assert_null (never);

  /* Every number made is one the check accepts. */
  for (guint base = 81000000; base < 81000400; base++)
    {
      g_autofree char *number = ff_org_number_make (base);

      if (number != NULL)
        g_assert_true (ff_validate_org_number (number, NULL, NULL));
    }
}

static void
test_money (void)
{
  static const Case cases[] = {
    { "12 500", "1250000" },
    { "12500", "1250000" },
    { "1 234,50", "123450" },
    { "1\xc2\xa0" "234,50", "123450" },
    { "1234.50", "123450" },
    { "1.234,50", "123450" },
    { "1.234", "123400" },
    { "0,5", "50" },
    { "kr 1 234,-", "123400" },
    { "1 234 kr", "123400" },
    { "NOK 300", "30000" },
    { "-500", "-50000" },
    { "0", "0" },
    { "12,345", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "12,3,4", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "ti tusen", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "kr", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "", NULL, FF_VALIDATE_ERROR_EMPTY },
    { "1 000 000 000 000", NULL, FF_VALIDATE_ERROR_IMPLAUSIBLE },
  };

  check_cases (ff_validate_money, cases, G_N_ELEMENTS (cases));
}

static void
test_percentage (void)
{
  static const Case cases[] = {
    { "50", "50" },
    { " 50 % ", "50" },
    { "100%", "100" },
    { "0", "0" },
    { "007", "7" },
    { "101", NULL, FF_VALIDATE_ERROR_IMPLAUSIBLE },
    { "12,5", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "-1", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "half", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "%", NULL, FF_VALIDATE_ERROR_EMPTY },
  };

  check_cases (ff_validate_percentage, cases, G_N_ELEMENTS (cases));
}

static void
test_hours (void)
{
  static const Case cases[] = {
    { "7,5", "7.5" },
    { "37,5", "37.5" },
    { "60", "60" },
    { "0", "" },
    { "60,1", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "7,25", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "", NULL, FF_VALIDATE_ERROR_EMPTY },
  };

  check_cases (ff_validate_hours, cases, G_N_ELEMENTS (cases));
  g_assert_cmpint (ff_hours_to_minutes ("7.5"), ==, 450);
  g_assert_cmpint (ff_hours_to_minutes (""), ==, 0);
  {
    g_autofree char *hours = ff_hours_from_minutes (450);

    g_assert_cmpstr (hours, ==, "7.5");
  }
}

static void
test_postcode (void)
{
  static const Case cases[] = {
    { "9161", "9161" },
    { " 0150 ", "0150" },
    { "916", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "91 61", NULL, FF_VALIDATE_ERROR_FORMAT },
    { "NO-9161", NULL, FF_VALIDATE_ERROR_FORMAT },
  };

  check_cases (ff_validate_postcode, cases, G_N_ELEMENTS (cases));
}

static void
test_period (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_validate_period ("2024-03-01", "2024-03-01", "m", NULL));
  g_assert_true (ff_validate_period ("2024-03-01", "", "m", NULL));
  g_assert_true (ff_validate_period ("", "2024-02-28", "m", NULL));
  g_assert_true (ff_validate_period ("2023-12-31", "2024-01-01", "m", NULL));
  g_assert_false (ff_validate_period ("2024-03-01", "2024-02-28", "Ends first", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_assert_cmpstr (error->message, ==, "Ends first");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/validate/org-number/by-the-published-rule", test_org_number);
  g_test_add_func ("/core/validate/org-number/shown-in-groups-and-made-valid",
                   test_org_number_shown_and_made);
  g_test_add_func ("/core/validate/money/as-typed-in-norway", test_money);
  g_test_add_func ("/core/validate/percentage/whole-from-0-to-100", test_percentage);
  g_test_add_func ("/core/validate/hours/per-week-with-one-decimal", test_hours);
  g_test_add_func ("/core/validate/postcode/four-digits", test_postcode);
  g_test_add_func ("/core/validate/period/end-not-before-start", test_period);

  return g_test_run ();
}
