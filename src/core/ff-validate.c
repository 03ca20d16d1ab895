/* ff-validate.c — checking what a user typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-validate.h"
#include "ff-validate-private.h"

G_DEFINE_QUARK (ff-validate-error-quark, ff_validate_error)

/* Weights of the two modulus-11 check digits (Skatteetaten). */
static const int k1_weights[9] = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
static const int k2_weights[10] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

int
ff_validate_check_digit (const int *digits,
                         const int *weights,
                         guint      n)
{
  int sum = 0;
  int k;

  for (guint i = 0; i < n; i++)
    sum += digits[i] * weights[i];

  k = 11 - (sum % 11);
  if (k == 11)
    return 0;
  if (k == 10)
    return -1;
  return k;
}

char *
ff_validate_digits_to_string (const int *digits,
                              guint      n)
{
  char *s = g_malloc (n + 1);

  for (guint i = 0; i < n; i++)
    s[i] = '0' + digits[i];
  s[n] = '\0';

  return s;
}

gboolean
ff_validate_read_digits (const char  *text,
                         int         *digits,
                         guint        n,
                         const char  *empty,
                         const char  *wrong,
                         GError     **error)
{
  guint found = 0;

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if (!g_ascii_isdigit (*p) || found == n)
        {
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT, wrong);
          return FALSE;
        }
      digits[found++] = *p - '0';
    }

  if (found == 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY, empty);
      return FALSE;
    }

  if (found != n)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT, wrong);
      return FALSE;
    }

  return TRUE;
}

/* The full birth year of a two-digit year and the individual number, or -1
 * when that individual number is not given out for that year. */
static int
birth_year (int yy,
            int individual)
{
  if (individual <= 499)
    return 1900 + yy;
  if (individual <= 749 && yy >= 54)
    return 1800 + yy;
  if (yy <= 39)
    return 2000 + yy;
  if (individual >= 900 && yy >= 40)
    return 1900 + yy;
  return -1;
}

static int
today_as_int (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now) * 10000
         + g_date_time_get_month (now) * 100
         + g_date_time_get_day_of_month (now);
}

static gboolean
date_exists (int year,
             int month,
             int day)
{
  return year >= 1 && year <= 9999
         && month >= 1 && month <= 12
         && day >= 1 && day <= 31
         && g_date_valid_dmy (day, month, year);
}

char *
ff_validate_trim (const char  *text,
                  GError     **error)
{
  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("The text holds characters that cannot be read. Type it "
                             "again."));
      return NULL;
    }

  return g_strstrip (g_strdup (text));
}

gboolean
ff_validate_national_id (const char        *text,
                         FfNationalIdKind  *kind,
                         char             **normalized,
                         GError           **error)
{
  int digits[11];
  int day, month, year;
  FfNationalIdKind found_kind = FF_NATIONAL_ID_FODSELSNUMMER;

  if (!ff_validate_read_digits (text, digits, G_N_ELEMENTS (digits),
                                _("Enter the 11 digits of the national identity number."),
                                _("A national identity number has 11 digits."), error))
    return FALSE;

  if (ff_validate_check_digit (digits, k1_weights, 9) != digits[9]
      || ff_validate_check_digit (digits, k2_weights, 10) != digits[10])
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_CHECK_DIGIT,
                           _("The check digits do not match: look for a typing error."));
      return FALSE;
    }

  day = digits[0] * 10 + digits[1];
  month = digits[2] * 10 + digits[3];
  /* A D-nummer, given to people who are not registered as living in Norway, has
   * 4 added to the first digit. */
  if (day >= 41 && day <= 71)
    {
      day -= 40;
      found_kind = FF_NATIONAL_ID_D_NUMMER;
    }
  year = birth_year (digits[4] * 10 + digits[5],
                     digits[6] * 100 + digits[7] * 10 + digits[8]);

  if (year < 0 || !date_exists (year, month, day))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_NO_SUCH_DATE,
                           _("The number does not begin with a date that exists: "
                             "look for a typing error."));
      return FALSE;
    }

  if (year * 10000 + month * 100 + day > today_as_int ())
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The birth date in the number is in the future: "
                             "look for a typing error."));
      return FALSE;
    }

  if (kind != NULL)
    *kind = found_kind;
  if (normalized != NULL)
    *normalized = ff_validate_digits_to_string (digits, G_N_ELEMENTS (digits));

  return TRUE;
}

char *
ff_national_id_make (int      year,
                     int      month,
                     int      day,
                     guint    individual,
                     gboolean d_number)
{
  int digits[11];
  int k1, k2;

  if (!date_exists (year, month, day) || individual > 999)
    return NULL;
  if (birth_year (year % 100, individual) != year)
    return NULL;

  digits[0] = day / 10 + (d_number ? 4 : 0);
  digits[1] = day % 10;
  digits[2] = month / 10;
  digits[3] = month % 10;
  digits[4] = (year % 100) / 10;
  digits[5] = year % 10;
  digits[6] = individual / 100;
  digits[7] = (individual / 10) % 10;
  digits[8] = individual % 10;

  k1 = ff_validate_check_digit (digits, k1_weights, 9);
  if (k1 < 0)
    return NULL;
  digits[9] = k1;
  k2 = ff_validate_check_digit (digits, k2_weights, 10);
  if (k2 < 0)
    return NULL;
  digits[10] = k2;

  return g_strdup_printf ("%d%d%d%d%d%d%d%d%d%d%d",
                          digits[0], digits[1], digits[2], digits[3], digits[4],
                          digits[5], digits[6], digits[7], digits[8], digits[9],
                          digits[10]);
}

gboolean
ff_validate_parse_digits (const char *text,
                          guint       min_len,
                          guint       max_len,
                          int        *value)
{
  gsize len = strlen (text);
  int v = 0;

  if (len < min_len || len > max_len)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      v = v * 10 + (*p - '0');
    }
  *value = v;
  return TRUE;
}

static gboolean
parse_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  g_auto(GStrv) parts = NULL;

  if (strchr (text, '-') != NULL)
    {
      parts = g_strsplit (text, "-", -1);
      return g_strv_length (parts) == 3
             && ff_validate_parse_digits (parts[0], 4, 4, year)
             && ff_validate_parse_digits (parts[1], 1, 2, month)
             && ff_validate_parse_digits (parts[2], 1, 2, day);
    }

  if (strchr (text, '.') != NULL)
    {
      parts = g_strsplit (text, ".", -1);
      return g_strv_length (parts) == 3
             && ff_validate_parse_digits (parts[0], 1, 2, day)
             && ff_validate_parse_digits (parts[1], 1, 2, month)
             && ff_validate_parse_digits (parts[2], 4, 4, year);
    }

  return FALSE;
}

gboolean
ff_validate_date (const char   *text,
                  FfDateRange   range,
                  char        **normalized,
                  GError      **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int year = 0, month = 0, day = 0;
  int value;

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           _("Type the date as 17.05.1990 or 1990-05-17."));
      return FALSE;
    }

  if (!parse_date (trimmed, &year, &month, &day))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Type the date as 17.05.1990 or 1990-05-17."));
      return FALSE;
    }

  if (!date_exists (year, month, day))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_NO_SUCH_DATE,
                           _("There is no such date. Check the day and the month."));
      return FALSE;
    }

  value = year * 10000 + month * 100 + day;
  if (value < 19000101)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The date is before 1900. Check the year."));
      return FALSE;
    }

  if (range == FF_DATE_ANY && value > 21001231)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The date is after 2100. Check the year."));
      return FALSE;
    }

  if ((range == FF_DATE_BIRTH || range == FF_DATE_PAST) && value > today_as_int ())
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The date is in the future. Check the year."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  return TRUE;
}

static gboolean
email_local_char_ok (gunichar c)
{
  return !g_unichar_isspace (c)
         && !g_unichar_iscntrl (c)
         && strchr ("()<>,;:\\\"[]@", (int) c) == NULL;
}

static gboolean
email_domain_ok (const char *domain)
{
  g_auto(GStrv) labels = g_strsplit (domain, ".", -1);
  guint n = g_strv_length (labels);

  if (n < 2)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *label = labels[i];
      gboolean is_tld = i == n - 1;
      glong len = g_utf8_strlen (label, -1);

      if (len == 0 || len > 63 || *label == '-' || g_str_has_suffix (label, "-"))
        return FALSE;
      if (is_tld && len < 2)
        return FALSE;

      for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (is_tld ? !g_unichar_isalpha (c) : !(g_unichar_isalnum (c) || c == '-'))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
ff_validate_email (const char  *text,
                   char       **normalized,
                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  const char *at;
  g_autofree char *local = NULL;
  g_autofree char *domain = NULL;
  gboolean ok;

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           _("Enter an e-mail address like name@example.no."));
      return FALSE;
    }

  at = strchr (trimmed, '@');
  ok = g_utf8_validate (trimmed, -1, NULL) && at != NULL && at != trimmed;
  if (ok)
    {
      local = g_strndup (trimmed, at - trimmed);
      domain = g_utf8_strdown (at + 1, -1);

      ok = strlen (local) <= 64
           && *local != '.' && !g_str_has_suffix (local, ".")
           && strstr (local, "..") == NULL
           && email_domain_ok (domain);

      for (const char *p = local; ok && *p != '\0'; p = g_utf8_next_char (p))
        ok = email_local_char_ok (g_utf8_get_char (p));
    }

  if (!ok)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Enter an e-mail address like name@example.no."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strconcat (local, "@", domain, NULL);

  return TRUE;
}

gboolean
ff_validate_link (const char  *text,
                  char       **normalized,
                  GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *full = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *scheme = NULL;
  gboolean ok;

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           _("Enter a web address like https://www.nav.no/."));
      return FALSE;
    }

  /* "www.nav.no/…" is a web address without its scheme; "mailto:…" or "file:…" is
   * something else. Not g_uri_peek_scheme(): it keeps every scheme it is shown for
   * the life of the process. */
  scheme = g_uri_parse_scheme (trimmed);
  if (scheme == NULL && strchr (trimmed, ':') == NULL)
    full = g_strconcat ("https://", trimmed, NULL);
  else
    full = g_strdup (trimmed);

  uri = g_uri_parse (full, G_URI_FLAGS_NONE, NULL);
  ok = uri != NULL
       && (g_strcmp0 (g_uri_get_scheme (uri), "http") == 0
           || g_strcmp0 (g_uri_get_scheme (uri), "https") == 0)
       && g_uri_get_host (uri) != NULL && strchr (g_uri_get_host (uri), '.') != NULL
       && strpbrk (full, " \t\n\r") == NULL && g_utf8_validate (full, -1, NULL);

  if (!ok)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Only web addresses that begin with http:// or https:// can be "
                             "stored, like https://www.nav.no/."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_steal_pointer (&full);
  return TRUE;
}

static char *
format_norwegian_phone (const char *d)
{
  /* Mobile numbers are read 3-2-3, other numbers in pairs. */
  if (d[0] == '4' || d[0] == '9')
    return g_strdup_printf ("+47 %.3s %.2s %.3s", d, d + 3, d + 5);
  return g_strdup_printf ("+47 %.2s %.2s %.2s %.2s", d, d + 2, d + 4, d + 6);
}

static gboolean
is_norwegian_subscriber (const char *d)
{
  return strlen (d) == 8 && d[0] >= '2' && d[0] <= '9';
}

gboolean
ff_validate_phone (const char  *text,
                   char       **normalized,
                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean international = FALSE;
  const char *d;
  char *result = NULL;

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           _("Enter a Norwegian number of 8 digits, "
                             "or an international number starting with +."));
      return FALSE;
    }

  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && p == trimmed)
        international = TRUE;
      else if (!(*p == ' ' || *p == '-' || *p == '(' || *p == ')'))
        goto bad;
    }

  d = digits->str;
  if (!international && g_str_has_prefix (d, "00"))
    {
      international = TRUE;
      d += 2;
    }

  if (international)
    {
      if (g_str_has_prefix (d, "47"))
        {
          if (is_norwegian_subscriber (d + 2))
            result = format_norwegian_phone (d + 2);
        }
      else if (d[0] >= '1' && d[0] <= '9' && strlen (d) >= 7 && strlen (d) <= 15)
        {
          result = g_strconcat ("+", d, NULL);
        }
    }
  else if (is_norwegian_subscriber (d))
    {
      result = format_norwegian_phone (d);
    }

  if (result == NULL)
    goto bad;

  if (normalized != NULL)
    *normalized = result;
  else
    g_free (result);
  return TRUE;

bad:
  g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                       _("Enter a Norwegian number of 8 digits, "
                         "or an international number starting with +."));
  return FALSE;
}

gboolean
ff_validate_time (const char  *text,
                  char       **normalized,
                  GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) parts = NULL;
  int hour = -1, minute = 0;
  gsize len = strlen (trimmed);

  if (strchr (trimmed, ':') != NULL || strchr (trimmed, '.') != NULL)
    {
      parts = g_strsplit_set (trimmed, ":.", -1);
      if (g_strv_length (parts) != 2 || strlen (parts[1]) != 2
          || !ff_validate_parse_digits (parts[0], 1, 2, &hour)
          || !ff_validate_parse_digits (parts[1], 2, 2, &minute))
        hour = -1;
    }
  else if (len == 3 || len == 4)
    {
      /* "930", "0930" */
      int value = 0;

      if (ff_validate_parse_digits (trimmed, len, len, &value))
        {
          hour = value / 100;
          minute = value % 100;
        }
    }
  else if (!ff_validate_parse_digits (trimmed, 1, 2, &hour))
    {
      hour = -1;
    }

  if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR,
                           hour < 0 ? FF_VALIDATE_ERROR_FORMAT : FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("Type a time of day from 00:00 to 23:59, such as 09:30."));
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strdup_printf ("%02d:%02d", hour, minute);
  return TRUE;
}

int
ff_time_to_minutes (const char *time)
{
  if (time == NULL || strlen (time) != 5 || time[2] != ':'
      || !g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1])
      || !g_ascii_isdigit (time[3]) || !g_ascii_isdigit (time[4]))
    return -1;

  return ((time[0] - '0') * 10 + (time[1] - '0')) * 60 + (time[3] - '0') * 10 + (time[4] - '0');
}
