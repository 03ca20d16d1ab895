/* ff-course-absence-csv.c — a programme's reductions of the introduction benefit as a
 * list for a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-audit.h"
#include "ff-course-absence.h"
#include "ff-csv.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-language.h"
#include "ff-programme.h"

/* Whole øre as kroner a spreadsheet reads: "1084666,50", "−" never (amounts here are
 * never negative). */
static char *
kroner (gint64      ore,
        const char *language)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "%s%02d", ore / 100,
                          ff_format_decimal_comma (language) ? "," : ".", (int) (ore % 100));
}

/* Minutes as hours, to two decimals at most, with the language's decimal sign and no
 * separator of thousands. */
static char *
hours (guint       minutes,
       const char *language)
{
  guint hundredths = (minutes * 100 + 30) / 60;
  const char *sign = ff_format_decimal_comma (language) ? "," : ".";

  if (hundredths % 100 == 0)
    return g_strdup_printf ("%u", hundredths / 100);
  if (hundredths % 10 == 0)
    return g_strdup_printf ("%u%s%u", hundredths / 100, sign, (hundredths % 100) / 10);
  return g_strdup_printf ("%u%s%02u", hundredths / 100, sign, hundredths % 100);
}

static gboolean
write_csv (const char  *path,
           gpointer     csv,
           GError     **error)
{
  return ff_csv_write (csv, path, error);
}

gboolean
ff_course_reductions_write_csv (FfStore     *store,
                                gint64       programme_id,
                                const char  *from,
                                const char  *to,
                                const char  *language,
                                const char  *path,
                                GError     **error)
{
  static const char * const headings[] = {
    /* Translators: the columns of the list of benefit reductions as CSV */
    N_("Participant"), N_("First day"), N_("Last day"), N_("Paid"),
    N_("Payment (kr)"), N_("Planned hours"), N_("Unexcused hours"), N_("Reduction (kr)"),
    N_("To be paid (kr)"), N_("G (kr)"), N_("Individual decision"),
  };
  const char *cells[G_N_ELEMENTS (headings)];
  g_autoptr(FfProgramme) programme = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GString) csv = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) seen = NULL;
  gint64 payment = 0, reduction = 0, paid = 0;
  guint planned = 0, unexcused = 0, decisions = 0;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  programme = ff_programme_load (store, programme_id, error);
  if (programme == NULL)
    return FALSE;
  rows = ff_course_reductions (store, programme_id, from, to, error);
  if (rows == NULL)
    return FALSE;

  csv = ff_csv_new ();
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    cells[i] = ff_language_gettext (language, headings[i]);
  ff_csv_append_row (csv, cells, G_N_ELEMENTS (cells));

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < rows->len; i++)
    {
      FfReductionRow *row = &g_array_index (rows, FfReductionRow, i);
      g_autofree char *first = ff_format_date (row->first_day, language);
      g_autofree char *last = ff_format_date (row->last_day, language);
      g_autofree char *payment_text = kroner (row->reduction.payment, language);
      g_autofree char *planned_text = hours (row->planned_minutes, language);
      g_autofree char *unexcused_text = hours (row->unexcused_minutes, language);
      g_autofree char *reduction_text = kroner (row->reduction.reduction, language);
      g_autofree char *paid_text = kroner (row->reduction.paid, language);
      g_autofree char *basic_text = kroner (row->reduction.basic_amount, language);

      cells[0] = row->name;
      cells[1] = first;
      cells[2] = last;
      cells[3] = ff_language_gettext (language,
                                      ff_choice_list_msgid (&ff_payment_periods, row->period));
      cells[4] = payment_text;
      cells[5] = planned_text;
      cells[6] = unexcused_text;
      cells[7] = reduction_text;
      cells[8] = paid_text;
      cells[9] = basic_text;
      cells[10] = row->reduction.individual_decision
                  /* Translators: in the list of benefit reductions: a reduction that
                   * needs an individual decision (enkeltvedtak) */
                  ? ff_language_pgettext (language, "individual decision",
                                          NC_ ("individual decision", "Yes"))
                  /* Translators: in the list of benefit reductions: a reduction that
                   * needs no individual decision */
                  : ff_language_pgettext (language, "individual decision",
                                          NC_ ("individual decision", "No"));
      ff_csv_append_row (csv, cells, G_N_ELEMENTS (cells));

      payment += row->reduction.payment;
      reduction += row->reduction.reduction;
      paid += row->reduction.paid;
      planned += row->planned_minutes;
      unexcused += row->unexcused_minutes;
      decisions += row->reduction.individual_decision ? 1 : 0;
      if (!g_hash_table_contains (seen, &row->participant_id))
        {
          g_hash_table_add (seen, &row->participant_id);
          g_array_append_val (ids, row->participant_id);
        }
    }

  {
    g_autofree char *payment_text = kroner (payment, language);
    g_autofree char *planned_text = hours (planned, language);
    g_autofree char *unexcused_text = hours (unexcused, language);
    g_autofree char *reduction_text = kroner (reduction, language);
    g_autofree char *paid_text = kroner (paid, language);
    g_autofree char *decisions_text = g_strdup_printf ("%u", decisions);
    const char *totals[G_N_ELEMENTS (headings)] = {
      /* Translators: the last row of the list of benefit reductions as CSV: the sums */
      ff_language_gettext (language, N_("Total")), NULL, NULL, NULL, payment_text,
      planned_text, unexcused_text, reduction_text, paid_text, NULL, decisions_text,
    };

    ff_csv_append_row (csv, totals, G_N_ELEMENTS (totals));
  }

  return ff_audit_export_file (store, (const gint64 *) ids->data, ids->len,
                               FF_AUDIT_ABSENCE_REDUCTIONS, path, write_csv, csv, error);
}
