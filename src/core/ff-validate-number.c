/* ff-validate-number.c — numbers as people type them: hours per week, amounts in
 * kroner, percentages, organisation numbers and postcodes; and periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-validate.h"
#include "ff-validate-private.h"

/* Hours per week as typed ("7,5", "7.5", "7") to minutes; -1 when not valid. */
static int
parse_hours (const char *text)
{
  int whole = 0;
  int tenths = 0;
  int digits = 0;
  const char *p = text;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (++digits > 2)
        return -1;
      whole = whole * 10 + (*p - '0');
    }
  if (digits == 0)
    return -1;

  if (*p == ',' || *p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return -1;
      tenths = *p - '0';
      p++;
    }
  if (*p != '\0')
    return -1;

  if (whole * 10 + tenths > 600)
    return -1;

  return whole * 60 + tenths * 6;
}

char *
ff_hours_from_minutes (gint64 minutes)
{
  if (minutes <= 0)
    return g_strdup ("");
  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                          minutes / 60, (minutes % 60) / 6);
}

gint64
ff_hours_to_minutes (const char *hours)
{
  int minutes = parse_hours (hours != NULL ? hours : "");

  return MAX (minutes, 0);
}

gboolean
ff_validate_hours (const char  *text,
                   char       **normalized,
                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int minutes = parse_hours (trimmed);

  if (minutes < 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR,
                           *trimmed == '\0' ? FF_VALIDATE_ERROR_EMPTY
                                            : FF_VALIDATE_ERROR_FORMAT,
                           /* Translators: keep the decimal comma of your language in
                            * the example */
                           _("Type the hours per week as a number from 0 to 60 with at "
                             "most one decimal, such as 7,5."));
      return FALSE;
    }

  /* No hours is no value: "0" reads as "". */
  if (normalized != NULL)
    *normalized = ff_hours_from_minutes (minutes);
  return TRUE;
}

/* Hours of one occasion as typed ("1,5", "1.5", "0,25", "-1") to hundredths of an
 * hour; G_MININT when it is not a number with at most two decimals. */
static gint64
parse_duration (const char *text)
{
  gint64 whole = 0;
  gint64 fraction = 0;
  int digits = 0;
  gboolean negative = FALSE;
  const char *p = text;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  for (; g_ascii_isdigit (*p); p++)
    {
      if (++digits > 3)
        return G_MININT;
      whole = whole * 10 + (*p - '0');
    }
  if (digits == 0)
    return G_MININT;

  if (*p == ',' || *p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return G_MININT;
      fraction = (*p++ - '0') * 10;
      if (g_ascii_isdigit (*p))
        fraction += *p++ - '0';
    }
  if (*p != '\0')
    return G_MININT;

  return (negative ? -1 : 1) * (whole * 100 + fraction);
}

gboolean
ff_validate_duration (const char  *text,
                      char       **normalized,
                      GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  gint64 hundredths = parse_duration (trimmed);

  if (hundredths == G_MININT)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR,
                           *trimmed == '\0' ? FF_VALIDATE_ERROR_EMPTY
                                            : FF_VALIDATE_ERROR_FORMAT,
                           /* Translators: keep the decimal comma of your language in
                            * the example */
                           _("Type the hours as a number with at most two decimals, "
                             "such as 1,5."));
      return FALSE;
    }
  if (hundredths <= 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The hours must be more than 0."));
      return FALSE;
    }
  if (hundredths > 2400)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("A day has no more than 24 hours."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = ff_duration_from_hundredths (hundredths);
  return TRUE;
}

gint64
ff_duration_to_hundredths (const char *hours)
{
  gint64 hundredths = parse_duration (hours != NULL ? hours : "");

  return MAX (hundredths, 0);
}

char *
ff_duration_from_hundredths (gint64 hundredths)
{
  if (hundredths <= 0)
    return g_strdup ("");
  if (hundredths % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, hundredths / 100);
  if (hundredths % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                            hundredths / 100, (hundredths % 100) / 10);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT,
                          hundredths / 100, hundredths % 100);
}

/* A hundred billion kroner, in øre. */
#define MONEY_MAX G_GINT64_CONSTANT (10000000000000)

static gboolean
set_money_error (GError **error)
{
  g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                       /* Translators: keep the decimal comma and the currency of your
                        * country's way of writing an amount in Norwegian kroner */
                       _("Type an amount in kroner, such as 12 500 or 1 234,50."));
  return FALSE;
}

gboolean
ff_validate_money (const char  *text,
                   char       **normalized,
                   GError     **error)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  const char *decimal = NULL;
  gboolean negative = FALSE;
  gint64 kroner = 0;
  gint64 ore = 0;
  guint n_digits = 0;
  char *p;

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           _("Type an amount in kroner, such as 12 500 or 1 234,50."));
      return FALSE;
    }

  /* Without the currency and the blanks between groups of thousands. */
  for (const char *s = trimmed; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char_validated (s, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return set_money_error (error);
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        continue;
      g_string_append_unichar (clean, c);
    }

  p = clean->str;
  if (g_ascii_strncasecmp (p, "kr", 2) == 0)
    p += 2;
  else if (g_ascii_strncasecmp (p, "nok", 3) == 0)
    p += 3;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  else if (g_str_has_prefix (p, "\xe2\x88\x92"))  /* U+2212 MINUS SIGN */
    {
      negative = TRUE;
      p += 3;
    }

  /* "1 234,-" and "1234 kr" */
  if (g_str_has_suffix (p, ",-"))
    p[strlen (p) - 2] = '\0';
  else if (g_str_has_suffix (p, ".-"))
    p[strlen (p) - 2] = '\0';
  if (strlen (p) >= 2 && g_ascii_strcasecmp (p + strlen (p) - 2, "kr") == 0)
    p[strlen (p) - 2] = '\0';
  else if (strlen (p) >= 3 && g_ascii_strcasecmp (p + strlen (p) - 3, "nok") == 0)
    p[strlen (p) - 3] = '\0';

  /* The decimals: after a comma, or after the last point when one or two digits
   * follow it (a point before three digits separates thousands). */
  decimal = strrchr (p, ',');
  if (decimal == NULL)
    {
      const char *point = strrchr (p, '.');

      if (point != NULL && strlen (point + 1) >= 1 && strlen (point + 1) <= 2)
        decimal = point;
    }

  for (char *s = p; *s != '\0' && s != decimal; s++)
    {
      if (*s == '.')
        continue;
      if (!g_ascii_isdigit (*s))
        return set_money_error (error);
      if (kroner > MONEY_MAX / 100)
        goto too_large;
      kroner = kroner * 10 + (*s - '0');
      n_digits++;
    }

  if (decimal != NULL)
    {
      const char *s = decimal + 1;
      guint n_decimals = 0;

      for (; *s != '\0'; s++)
        {
          if (!g_ascii_isdigit (*s) || ++n_decimals > 2)
            return set_money_error (error);
          ore = ore * 10 + (*s - '0');
        }
      if (n_decimals == 1)
        ore *= 10;
      n_digits += n_decimals;
    }

  if (n_digits == 0)
    return set_money_error (error);

  if (kroner * 100 + ore > MONEY_MAX)
    goto too_large;

  if (normalized != NULL)
    *normalized = g_strdup_printf ("%" G_GINT64_FORMAT,
                                   (negative ? -1 : 1) * (kroner * 100 + ore));
  return TRUE;

too_large:
  g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                       _("The amount is too large. Check the number of digits."));
  return FALSE;
}

/* A hundred million kroner, in øre: more than any plan of a small business holds, so
 * more is a slip of the keyboard. */
#define AMOUNT_MAX G_GINT64_CONSTANT (10000000000)

gboolean
ff_validate_amount (const char  *text,
                    char       **normalized,
                    GError     **error)
{
  g_autofree char *ore_text = NULL;
  gint64 ore;

  if (!ff_validate_money (text, &ore_text, error))
    return FALSE;

  ore = g_ascii_strtoll (ore_text, NULL, 10);
  if (ore < 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The amount cannot be negative."));
      return FALSE;
    }
  if (ore > AMOUNT_MAX)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The amount is over 100 million kr. Check the number of digits."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_steal_pointer (&ore_text);
  return TRUE;
}

gboolean
ff_validate_percentage (const char  *text,
                        char       **normalized,
                        GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int value = 0;
  gsize len;

  if (g_str_has_suffix (trimmed, "%"))
    {
      trimmed[strlen (trimmed) - 1] = '\0';
      g_strstrip (trimmed);
    }
  len = strlen (trimmed);

  if (len == 0 || len > 3 || !ff_validate_parse_digits (trimmed, 1, 3, &value))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR,
                           len == 0 ? FF_VALIDATE_ERROR_EMPTY : FF_VALIDATE_ERROR_FORMAT,
                           _("Type a whole percentage from 0 to 100, such as 50."));
      return FALSE;
    }

  if (value > 100)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("A percentage is at most 100."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strdup_printf ("%d", value);
  return TRUE;
}

gboolean
ff_validate_work_percentage (const char  *text,
                             char       **normalized,
                             GError     **error)
{
  g_autofree char *value = NULL;

  if (!ff_validate_percentage (text, &value, error))
    return FALSE;

  if (g_strcmp0 (value, "0") == 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("A working percentage is from 1 to 100."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_steal_pointer (&value);
  return TRUE;
}

gboolean
ff_validate_id (const char  *text,
                char       **normalized,
                GError     **error)
{
  guint64 id = 0;

  if (!g_ascii_string_to_unsigned (text != NULL ? text : "", 10, 1, G_MAXINT64, &id, NULL))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Choose one from the list."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strdup_printf ("%" G_GUINT64_FORMAT, id);
  return TRUE;
}

gboolean
ff_validate_count (const char  *text,
                   int          min,
                   int          max,
                   char       **normalized,
                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int value = 0;
  gsize len = strlen (trimmed);

  if (len == 0 || len > 4 || !ff_validate_parse_digits (trimmed, 1, 4, &value)
      || value < min || value > max)
    {
      g_set_error (error, FF_VALIDATE_ERROR,
                   len == 0 ? FF_VALIDATE_ERROR_EMPTY
                   : (ff_validate_parse_digits (trimmed, 1, 4, &value)
                      ? FF_VALIDATE_ERROR_IMPLAUSIBLE : FF_VALIDATE_ERROR_FORMAT),
                   /* Translators: the smallest and the largest number allowed, "from 1 to 50" */
                   _("Type a whole number from %d to %d."), min, max);
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strdup_printf ("%d", value);
  return TRUE;
}

/* Weights of the organisation number's check digit (Brønnøysundregistrene,
 * "Organisasjonsnummeret": modulus 11 over the first eight digits). */
static const int org_weights[8] = { 3, 2, 7, 6, 5, 4, 3, 2 };

gboolean
ff_validate_org_number (const char  *text,
                        char       **normalized,
                        GError     **error)
{
  int digits[9];

  if (!ff_validate_read_digits (text, digits, G_N_ELEMENTS (digits),
                                _("Enter the 9 digits of the organisation number."),
                                _("An organisation number has 9 digits, such as "
                                  "974 760 673."), error))
    return FALSE;

  if (ff_validate_check_digit (digits, org_weights, 8) != digits[8])
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_CHECK_DIGIT,
                           _("The check digit does not match: look for a typing error."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = ff_validate_digits_to_string (digits, G_N_ELEMENTS (digits));

  return TRUE;
}

char *
ff_org_number_to_display (const char *digits)
{
  if (digits == NULL)
    return g_strdup ("");

  if (strlen (digits) != 9 || strspn (digits, "0123456789") != 9)
    return g_strdup (digits);

  return g_strdup_printf ("%.3s %.3s %.3s", digits, digits + 3, digits + 6);
}

char *
ff_org_number_make (guint base)
{
  int digits[9];
  int k;

  g_return_val_if_fail (base <= 99999999, NULL);

  for (int i = 7; i >= 0; i--)
    {
      digits[i] = base % 10;
      base /= 10;
    }

  k = ff_validate_check_digit (digits, org_weights, 8);
  if (k < 0)
    return NULL;

  return g_strdup_printf ("%d%d%d%d%d%d%d%d%d", digits[0], digits[1], digits[2],
                          digits[3], digits[4], digits[5], digits[6], digits[7], k);
}

gboolean
ff_validate_postcode (const char  *text,
                      char       **normalized,
                      GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int value;

  if (!ff_validate_parse_digits (trimmed, 4, 4, &value))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR,
                           *trimmed == '\0' ? FF_VALIDATE_ERROR_EMPTY
                                            : FF_VALIDATE_ERROR_FORMAT,
                           _("A Norwegian postcode has 4 digits, such as 9161."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_steal_pointer (&trimmed);
  return TRUE;
}

gboolean
ff_validate_period (const char  *start,
                    const char  *end,
                    const char  *message,
                    GError     **error)
{
  /* ISO dates compare as text. */
  if (start == NULL || end == NULL || *start == '\0' || *end == '\0' ||
      strcmp (start, end) <= 0)
    return TRUE;

  g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE, message);
  return FALSE;
}
