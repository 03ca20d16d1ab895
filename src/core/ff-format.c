/* ff-format.c — dates, amounts, hours and percentages as a language writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-format.h"
#include "ff-language.h"

#define NBSP FF_FORMAT_GROUP_SEPARATOR

/* How a language writes numbers, amounts and dates. The words are in the message
 * catalogues; the marks between them are here, one row a language. */
typedef struct
{
  const char *language;
  char        decimal;          /* the decimal separator */
  const char *currency_before;  /* before an amount */
  const char *currency_after;   /* after it */
  const char *percent;          /* after a percentage */
  const char *day_end;          /* after the day of a date in words */
} Convention;

static const Convention conventions[] = {
  /* "kr 12 500,50", "80 %", "2. okt. 2024" (Språkrådet) */
  { "nb", ',', "kr" NBSP, "", NBSP "%", "." },
  { "nn", ',', "kr" NBSP, "", NBSP "%", "." },
  /* "12 500,50 kr", "80 %", "2 жовт. 2024": Ukrainian puts the currency after the
   * amount, as in "12 500 грн" */
  { "uk", ',', "", NBSP "kr", NBSP "%", "" },
  /* "NOK 12 500.50", "80%", "2 Oct 2024" */
  { "en", '.', "NOK" NBSP, "", "%", "" },
};

/* The months, shortened as in a date such as "2 Oct 2024". */
static const char * const months[] = {
  /* Translators: January, shortened as in a date such as "2 Jan 2024" (nb: "jan.") */
  NC_("abbreviated month", "Jan"),
  /* Translators: February, shortened as in a date such as "2 Feb 2024" (nb: "feb.") */
  NC_("abbreviated month", "Feb"),
  /* Translators: March, shortened as in a date such as "2 Mar 2024" (nb: "mar.") */
  NC_("abbreviated month", "Mar"),
  /* Translators: April, shortened as in a date such as "2 Apr 2024" (nb: "apr.") */
  NC_("abbreviated month", "Apr"),
  /* Translators: May, shortened as in a date such as "2 May 2024" (nb: "mai") */
  NC_("abbreviated month", "May"),
  /* Translators: June, shortened as in a date such as "2 Jun 2024" (nb: "jun.") */
  NC_("abbreviated month", "Jun"),
  /* Translators: July, shortened as in a date such as "2 Jul 2024" (nb: "jul.") */
  NC_("abbreviated month", "Jul"),
  /* Translators: August, shortened as in a date such as "2 Aug 2024" (nb: "aug.") */
  NC_("abbreviated month", "Aug"),
  /* Translators: September, shortened as in a date such as "2 Sep 2024" (nb: "sep.") */
  NC_("abbreviated month", "Sep"),
  /* Translators: October, shortened as in a date such as "2 Oct 2024" (nb: "okt.") */
  NC_("abbreviated month", "Oct"),
  /* Translators: November, shortened as in a date such as "2 Nov 2024" (nb: "nov.") */
  NC_("abbreviated month", "Nov"),
  /* Translators: December, shortened as in a date such as "2 Dec 2024" (nb: "des.") */
  NC_("abbreviated month", "Dec"),
};

static const Convention *
convention (const char *language)
{
  if (language == NULL)
    language = ff_language_displayed ();

  for (guint i = 0; i < G_N_ELEMENTS (conventions); i++)
    {
      if (strcmp (language, conventions[i].language) == 0)
        return &conventions[i];
    }

  return &conventions[G_N_ELEMENTS (conventions) - 1];
}

/* Whether @iso is a stored date, exactly "YYYY-MM-DD", of a day that exists. */
static gboolean
parse_date (const char *iso,
            int        *year,
            int        *month,
            int        *day)
{
  char end;

  /* The trailing %c proves nothing follows the day. */
  return strlen (iso) == 10 &&
         g_ascii_isdigit (iso[0]) && iso[4] == '-' && iso[7] == '-' &&
         sscanf (iso, "%4d-%2d-%2d%c", year, month, day, &end) == 3 &&
         g_date_valid_dmy (*day, *month, *year);
}

/* @whole with groups of three digits. */
static void
append_grouped (GString *out,
                guint64  whole)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, FF_FORMAT_GROUP_SEPARATOR);
      g_string_append_c (out, digits[i]);
    }
}

/* @value with its sign, rounded to @n_decimals (1 or 2), without trailing zeros. */
static void
append_decimal (GString          *out,
                const Convention *c,
                double            value,
                guint             n_decimals)
{
  guint scale = n_decimals == 1 ? 10 : 100;
  guint64 scaled = (guint64) (ABS (value) * scale + 0.5);
  guint fraction = (guint) (scaled % scale);

  if (value < 0 && scaled > 0)
    g_string_append (out, FF_FORMAT_MINUS);
  append_grouped (out, scaled / scale);

  if (fraction == 0)
    return;
  g_string_append_c (out, c->decimal);
  if (n_decimals == 1)
    g_string_append_printf (out, "%u", fraction);
  else if (fraction % 10 == 0)
    g_string_append_printf (out, "%u", fraction / 10);
  else
    g_string_append_printf (out, "%02u", fraction);
}

gboolean
ff_format_decimal_comma (const char *language)
{
  return convention (language)->decimal == ',';
}

char *
ff_format_date (const char *iso_date,
                const char *language)
{
  int year, month, day;

  if (iso_date == NULL)
    return g_strdup ("");
  if (!parse_date (iso_date, &year, &month, &day))
    return g_strdup (iso_date);

  return g_strdup_printf ("%02d.%02d.%04d", day, month, year);
}

char *
ff_format_period (const char *start,
                  const char *end,
                  const char *language)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start == NULL || *start == '\0')
    return g_strdup ("");

  from = ff_format_date (start, language);
  to = ff_format_date (end, language);
  /* An en dash between the dates, with a no-break space before it. */
  return g_strconcat (from, " –", *to != '\0' ? " " : "", to, NULL);
}

char *
ff_format_date_in_words (const char *iso_date,
                         const char *language)
{
  const Convention *c = convention (language);
  int year, month, day;

  if (iso_date == NULL)
    return g_strdup ("");
  if (!parse_date (iso_date, &year, &month, &day))
    return g_strdup (iso_date);

  return g_strdup_printf ("%d%s %s %d", day, c->day_end,
                          ff_language_pgettext (language, "abbreviated month",
                                                months[month - 1]),
                          year);
}

char *
ff_format_month (int         month,
                 const char *language)
{
  if (month < 1 || month > 12)
    return g_strdup ("");

  return g_strdup (ff_language_pgettext (language, "abbreviated month", months[month - 1]));
}

char *
ff_format_money (gint64      ore,
                 const char *language)
{
  const Convention *c = convention (language);
  /* unsigned, so that the most negative amount has a magnitude too */
  guint64 magnitude = ore < 0 ? -(guint64) ore : (guint64) ore;
  GString *out = g_string_new (c->currency_before);

  if (ore < 0)
    g_string_append (out, FF_FORMAT_MINUS);
  append_grouped (out, magnitude / 100);
  if (magnitude % 100 != 0)
    g_string_append_printf (out, "%c%02u", c->decimal, (guint) (magnitude % 100));
  g_string_append (out, c->currency_after);

  return g_string_free (out, FALSE);
}

char *
ff_format_hours (double      hours,
                 const char *language)
{
  GString *out = g_string_new (NULL);

  append_decimal (out, convention (language), hours, 2);
  return g_string_free (out, FALSE);
}

char *
ff_format_percent (double      percent,
                   const char *language)
{
  const Convention *c = convention (language);
  GString *out = g_string_new (NULL);

  append_decimal (out, c, percent, 1);
  g_string_append (out, c->percent);
  return g_string_free (out, FALSE);
}

char *
ff_format_national_id_masked (const char *national_id)
{
  GString *digits = g_string_new (NULL);
  gboolean only_digits = TRUE;

  if (national_id == NULL)
    national_id = "";

  for (const char *p = national_id; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ')
        only_digits = FALSE;
    }

  if (digits->len == 0 && only_digits)
    return g_string_free (digits, FALSE);

  /* The birth date stays; the individual number and the check digits, which make the
   * number someone's own, never show. Anything but 11 digits shows nothing of itself. */
  if (only_digits && digits->len == 11)
    {
      g_string_truncate (digits, 6);
      g_string_append (digits, " *****");
      return g_string_free (digits, FALSE);
    }

  g_string_free (digits, TRUE);
  return g_strdup ("*****");
}
