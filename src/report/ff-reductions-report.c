/* ff-reductions-report.c — a programme's reductions of the introduction benefit as a
 * printed document
 *
 * The reductions are computed when the document is made (ff-course-absence.h), so
 * that laying it out again reads nothing. Only the layout is here (ff-page-flow.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-course-absence.h"
#include "ff-course-report-private.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-programme.h"
#include "ff-reductions-report.h"
#include "ff-report-language.h"
#include "ff-validate.h"

/* A page narrower than this (A4 upright, when a print dialog turns it so) gets
 * narrower columns of figures. */
#define WIDE_TABLE 650.0

struct _FfReductionsReport
{
  FfDocument  parent_instance;

  FfProgramme *programme;     /* the document's source */
  char        *programme_line;
  char        *from;          /* YYYY-MM-DD */
  char        *to;
  GArray      *rows;          /* FfReductionRow */
  guint        n_decisions;
};

G_DEFINE_FINAL_TYPE (FfReductionsReport, ff_reductions_report, FF_TYPE_DOCUMENT)

static char *
format_hours (guint       minutes,
              const char *language)
{
  return ff_format_hours (minutes / 60.0, language);
}

static void
layout_programme (FfReductionsReport *self,
                  FfPageFlow         *flow)
{
  /* Translators: the title of the printed list of a programme's reductions of the
   * introduction benefit (introduksjonsstønad) for unexcused absence */
  ff_page_flow_add_title (flow, N_("Benefit reductions for absence"));
  /* Translators: printed on the list of benefit reductions: the programme's name */
  ff_page_flow_add_field (flow, N_("Programme"), ff_programme_get_name (self->programme));
  /* Translators: printed on the list of benefit reductions: the dates the payment
   * periods listed end between */
  ff_course_report_add_period (flow, N_("Period"), self->from, self->to, NULL);
}

static void
add_row (FfReductionsReport   *self,
         FfPageFlow           *flow,
         const FfReductionRow *row)
{
  const char *language = ff_page_flow_get_language (flow);
  g_autofree char *period = ff_course_report_format_period (row->first_day, row->last_day,
                                                            language);
  g_autofree char *payment = ff_format_money (row->reduction.payment, language);
  g_autofree char *planned = format_hours (row->planned_minutes, language);
  g_autofree char *unexcused = format_hours (row->unexcused_minutes, language);
  g_autofree char *reduction = ff_format_money (row->reduction.reduction, language);
  g_autofree char *paid = ff_format_money (row->reduction.paid, language);
  const char *cells[] = {
    row->name, period, payment, planned, unexcused, reduction, paid,
    /* Translators: printed on the list of benefit reductions beside a reduction that
     * needs an individual decision (enkeltvedtak) */
    row->reduction.individual_decision ? N_("Decision needed") : NULL,
  };

  ff_page_flow_add_row (flow, cells);
}

static void
layout_rows (FfReductionsReport *self,
             FfPageFlow         *flow)
{
  static const FfTableColumn wide[] = {
    /* Translators: printed on the list of benefit reductions: a column */
    { N_("Participant"), 0, FF_CELL_TEXT },
    /* Translators: printed on the list of benefit reductions: a column, the first and
     * last day of a payment period */
    { N_("Payment period"), 112, FF_CELL_TEXT },
    /* Translators: printed on the list of benefit reductions: a column, the benefit of
     * the period before any reduction */
    { N_("Payment"), 74, FF_CELL_NUMBER },
    /* Translators: printed on the list of benefit reductions: a column */
    { N_("Planned hours"), 56, FF_CELL_NUMBER },
    /* Translators: printed on the list of benefit reductions: a column, hours of
     * invalid absence */
    { N_("Unexcused hours"), 62, FF_CELL_NUMBER },
    /* Translators: printed on the list of benefit reductions: a column, what the
     * payment is reduced by */
    { N_("Reduction"), 74, FF_CELL_NUMBER },
    /* Translators: printed on the list of benefit reductions: a column, the payment
     * less the reduction */
    { N_("To be paid"), 74, FF_CELL_NUMBER },
    /* Translators: printed on the list of benefit reductions: a column, whether the
     * reduction needs an individual decision (enkeltvedtak) */
    { N_("Individual decision"), 84, FF_CELL_LABEL },
  };
  static const FfTableColumn narrow[] = {
    { N_("Participant"), 0, FF_CELL_TEXT },
    { N_("Payment period"), 64, FF_CELL_TEXT },
    { N_("Payment"), 56, FF_CELL_NUMBER },
    { N_("Planned hours"), 44, FF_CELL_NUMBER },
    { N_("Unexcused hours"), 48, FF_CELL_NUMBER },
    { N_("Reduction"), 56, FF_CELL_NUMBER },
    { N_("To be paid"), 56, FF_CELL_NUMBER },
    { N_("Individual decision"), 60, FF_CELL_LABEL },
  };
  const char *language = ff_page_flow_get_language (flow);
  gint64 payment = 0, reduction = 0, paid = 0;
  guint planned = 0, unexcused = 0;

  if (self->rows->len == 0)
    {
      /* Translators: printed on the list of benefit reductions: a section's heading */
      ff_page_flow_add_heading (flow, N_("Payment periods"), 20);
      /* Translators: printed on the list of benefit reductions when nobody in the
       * programme is paid a benefit in the period */
      ff_page_flow_add_label (flow, N_("Nobody in the programme is paid a benefit in this "
                                       "period."));
      return;
    }

  if (ff_page_flow_get_width (flow) < WIDE_TABLE)
    ff_page_flow_begin_table (flow, N_("Payment periods"), narrow, G_N_ELEMENTS (narrow));
  else
    ff_page_flow_begin_table (flow, N_("Payment periods"), wide, G_N_ELEMENTS (wide));
  for (guint i = 0; i < self->rows->len; i++)
    {
      const FfReductionRow *row = &g_array_index (self->rows, FfReductionRow, i);

      add_row (self, flow, row);
      payment += row->reduction.payment;
      reduction += row->reduction.reduction;
      paid += row->reduction.paid;
      planned += row->planned_minutes;
      unexcused += row->unexcused_minutes;
    }

  {
    g_autofree char *payment_text = ff_format_money (payment, language);
    g_autofree char *planned_text = format_hours (planned, language);
    g_autofree char *unexcused_text = format_hours (unexcused, language);
    g_autofree char *reduction_text = ff_format_money (reduction, language);
    g_autofree char *paid_text = ff_format_money (paid, language);
    const char *totals[] = {
      NULL, payment_text, planned_text, unexcused_text, reduction_text, paid_text, NULL,
    };

    /* Translators: printed on the list of benefit reductions: the row of sums */
    ff_page_flow_add_total_row (flow, N_("Total"), totals);
  }
  ff_page_flow_end_table (flow);
}

static void
layout_decisions (FfReductionsReport *self,
                  FfPageFlow         *flow)
{
  g_autofree char *decisions = g_strdup_printf ("%u", self->n_decisions);

  ff_page_flow_add_space (flow, 6);
  /* Translators: printed under the list of benefit reductions: how many reductions
   * need an individual decision */
  ff_page_flow_add_field (flow, N_("Individual decisions needed"), decisions);
  ff_page_flow_add_space (flow, 6);
  /* The rule of ff-absence-reduction.h (integreringsloven § 21). */
  ff_course_report_add_note (flow,
                             /* Translators: printed under the list of benefit reductions:
                              * the rule (integreringsloven § 21) */
                             /* xgettext:no-c-format */
                             N_("A payment is reduced in proportion to the unexcused hours "
                                "of the hours planned in its period. A reduction of 50 % or "
                                "more of the payment, and of at least one twelfth of the "
                                "National Insurance basic amount (G) in force on the "
                                "period's last day, needs an individual decision."));
}

static void
ff_reductions_report_layout (FfDocument *document,
                             FfPageFlow *flow)
{
  FfReductionsReport *self = FF_REDUCTIONS_REPORT (document);

  ff_page_flow_set_header (flow, self->programme_line, NULL);
  layout_programme (self, flow);
  layout_rows (self, flow);
  if (self->rows->len > 0)
    layout_decisions (self, flow);
}

static char *
ff_reductions_report_dup_title (FfDocument *document)
{
  FfReductionsReport *self = FF_REDUCTIONS_REPORT (document);

  return g_strdup_printf ("%s — %s",
                          ff_report_gettext (ff_document_get_language (document),
                                             N_("Benefit reductions for absence")),
                          ff_programme_get_name (self->programme));
}

static char *
ff_reductions_report_dup_job_name (FfDocument *document)
{
  FfReductionsReport *self = FF_REDUCTIONS_REPORT (document);

  /* Translators: the name of a print job: the document's name ("Benefit reductions
   * for absence") and the programme's name */
  return g_strdup_printf (C_("print job", "%s – %s"), _("Benefit reductions for absence"),
                          ff_programme_get_name (self->programme));
}

static char *
ff_reductions_report_dup_suggested_file_name (FfDocument *document)
{
  FfReductionsReport *self = FF_REDUCTIONS_REPORT (document);
  g_autofree char *from = ff_format_date (self->from, NULL);
  g_autofree char *to = ff_format_date (self->to, NULL);

  /* Translators: the file name offered for the list of benefit reductions: the
   * programme's name, the document's name and the period, "Introduksjonsprogrammet –
   * Benefit reductions for absence 01.01.2026–31.01.2026.pdf" */
  return g_strdup_printf (C_("file name", "%s – %s %s–%s.pdf"),
                          ff_programme_get_name (self->programme),
                          _("Benefit reductions for absence"), from, to);
}

static void
ff_reductions_report_constructed (GObject *object)
{
  FfReductionsReport *self = FF_REDUCTIONS_REPORT (object);

  G_OBJECT_CLASS (ff_reductions_report_parent_class)->constructed (object);

  self->programme = FF_PROGRAMME (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_reductions_report_finalize (GObject *object)
{
  FfReductionsReport *self = FF_REDUCTIONS_REPORT (object);

  g_free (self->programme_line);
  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (ff_reductions_report_parent_class)->finalize (object);
}

static void
ff_reductions_report_class_init (FfReductionsReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_reductions_report_constructed;
  object_class->finalize = ff_reductions_report_finalize;

  document_class->layout = ff_reductions_report_layout;
  document_class->dup_title = ff_reductions_report_dup_title;
  document_class->dup_job_name = ff_reductions_report_dup_job_name;
  document_class->dup_suggested_file_name = ff_reductions_report_dup_suggested_file_name;
  /* eight columns of figures read best side by side on a page on its side */
  document_class->landscape = TRUE;
}

static void
ff_reductions_report_init (FfReductionsReport *self)
{
}

FfReductionsReport *
ff_reductions_report_new (FfStore     *store,
                          gint64       programme_id,
                          const char  *from,
                          const char  *to,
                          const char  *language,
                          const char  *second_language,
                          GError     **error)
{
  g_autoptr(FfProgramme) programme = NULL;
  g_autoptr(FfReductionsReport) self = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  programme = ff_programme_load (store, programme_id, error);
  if (programme == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_REDUCTIONS_REPORT, NULL, error,
                         "source", programme,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  if (!ff_validate_date (from, FF_DATE_ANY, &self->from, error)
      || !ff_validate_date (to, FF_DATE_ANY, &self->to, error))
    return NULL;
  self->rows = ff_course_reductions (store, programme_id, self->from, self->to, error);
  if (self->rows == NULL)
    return NULL;
  self->programme_line = ff_course_report_programme_line (store, programme_id, NULL, error);
  if (self->programme_line == NULL)
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->rows->len; i++)
    {
      FfReductionRow *row = &g_array_index (self->rows, FfReductionRow, i);

      self->n_decisions += row->reduction.individual_decision ? 1 : 0;
      if (g_hash_table_add (seen, &row->participant_id))
        g_array_append_val (ids, row->participant_id);
    }
  ff_document_set_audit_participants (FF_DOCUMENT (self), store, (const gint64 *) ids->data,
                                      ids->len, FF_AUDIT_ABSENCE_REDUCTIONS);

  return g_steal_pointer (&self);
}

guint
ff_reductions_report_get_n_rows (FfReductionsReport *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_REPORT (self), 0);

  return self->rows->len;
}

guint
ff_reductions_report_get_n_decisions (FfReductionsReport *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_REPORT (self), 0);

  return self->n_decisions;
}
