/* ff-plan-report.c — an individual plan as a printed document
 *
 * Only the plan's layout: what goes on its pages, from the top down. Pages, tables,
 * labels in one or two languages, signatures, header and footer are the page flow's
 * (ff-page-flow.h); printing and PDF files are the document's (ff-document.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-plan-report.h"
#include "ff-format.h"
#include "ff-report-language.h"

struct _FfPlanReport
{
  FfDocument  parent_instance;

  FfPlan     *plan;  /* the document's source */
};

G_DEFINE_FINAL_TYPE (FfPlanReport, ff_plan_report, FF_TYPE_DOCUMENT)

/* A stored date as the document's language writes it. */
static char *
format_date (FfPlanReport *self,
             const char   *iso)
{
  return ff_format_date (iso, ff_document_get_language (FF_DOCUMENT (self)));
}

static void
layout_header (FfPlanReport *self,
               FfPageFlow   *flow)
{
  const char *organisation = ff_plan_get_organisation (self->plan);
  const char *programme = ff_plan_get_programme_name (self->plan);
  g_autofree char *left = NULL;

  if (organisation[0] != '\0' && programme[0] != '\0')
    left = g_strdup_printf ("%s · %s", organisation, programme);
  else
    left = g_strdup_printf ("%s%s", organisation, programme);

  ff_page_flow_set_header (flow, left, ff_plan_get_participant_name (self->plan));
}

static void
layout_title (FfPlanReport *self,
              FfPageFlow   *flow)
{
  FfPlan *plan = self->plan;
  const char *native = ff_plan_get_native_name (plan);
  g_autofree char *name = NULL;
  g_autofree char *birth = format_date (self, ff_plan_get_birth_date (plan));
  g_autofree char *period = NULL;
  g_autofree char *version = g_strdup_printf ("%d", ff_plan_get_version (plan));
  g_autofree char *start = format_date (self, ff_plan_get_field (plan,
                                                                 FF_PLAN_FIELD_PERIOD_START));
  g_autofree char *end = format_date (self, ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_END));

  /* Its title, "Integration plan", over the participant's name */
  ff_page_flow_add_title (flow, ff_plan_get_name (plan, FALSE));

  if (native != NULL && native[0] != '\0')
    name = g_strdup_printf ("%s\n%s", ff_plan_get_participant_name (plan), native);
  else
    name = g_strdup (ff_plan_get_participant_name (plan));
  if (start[0] != '\0' || end[0] != '\0')
    period = g_strdup_printf ("%s – %s", start, end);

  /* Translators: printed on the individual plan, beside the participant's name and
   * over the participant's signature */
  ff_page_flow_add_field (flow, N_("Participant"), name);
  /* Translators: printed on the individual plan */
  ff_page_flow_add_field (flow, N_("Birth date"), birth);
  /* Translators: printed on the individual plan: who follows the participant up */
  ff_page_flow_add_field (flow, N_("Contact person"), ff_plan_get_contact_person (plan));
  /* Translators: printed on the individual plan: the period the plan is agreed for */
  ff_page_flow_add_field (flow, N_("Agreement period"), period);
  /* Translators: printed on the individual plan: the plan's version number */
  ff_page_flow_add_field (flow, N_("Version"), version);
  if (ff_plan_get_state (plan) == FF_PLAN_STATE_SIGNED)
    {
      g_autofree char *signed_date = format_date (self, ff_plan_get_signed_date (plan));

      /* Translators: printed on the individual plan: the date it was signed */
      ff_page_flow_add_field (flow, N_("Signed on"), signed_date);
    }
}

static void
layout_goals (FfPlanReport *self,
              FfPageFlow   *flow)
{
  FfPlan *plan = self->plan;
  FfPlanGoal goal = ff_choice_list_index (&ff_plan_goals, ff_plan_get_field (plan, FF_PLAN_FIELD_GOAL));
  const char *text = ff_plan_get_field (plan, FF_PLAN_FIELD_GOAL_TEXT);
  g_autofree char *date = format_date (self, ff_plan_get_field (plan,
                                                                FF_PLAN_FIELD_NORWEGIAN_DATE));

  /* Translators: printed on the individual plan: a section's heading */
  ff_page_flow_add_heading (flow, N_("Long-term goal"), 40);
  if (goal != FF_PLAN_GOAL_NONE)
    ff_page_flow_add_label (flow, ff_choice_list_msgid (&ff_plan_goals, goal));
  if ((text != NULL && text[0] != '\0') || goal == FF_PLAN_GOAL_NONE)
    ff_page_flow_add_text (flow, text);

  /* Translators: printed on the individual plan: a section's heading */
  ff_page_flow_add_heading (flow, N_("Norwegian goal"), 40);
  /* Translators: printed on the individual plan: the CEFR level of Norwegian to reach */
  ff_page_flow_add_field (flow, N_("Level"),
                          ff_plan_get_field (plan, FF_PLAN_FIELD_NORWEGIAN_LEVEL));
  /* Translators: printed on the individual plan: the date a goal is to be reached by */
  ff_page_flow_add_field (flow, N_("Target date"), date);
}

static void
layout_subgoals (FfPlanReport *self,
                 FfPageFlow   *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on the individual plan: a column of the sub-goals table */
    { N_("Sub-goal"), 0, FF_CELL_TEXT },
    /* Translators: printed on the individual plan: the date a goal is to be reached by */
    { N_("Target date"), 90, FF_CELL_TEXT },
  };
  GPtrArray *parts = ff_plan_get_parts (self->plan, FF_PLAN_PART_SUBGOAL);

  /* Translators: printed on the individual plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Sub-goals"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      g_autofree char *date = format_date (self,
        ff_plan_part_get_field (part, FF_PLAN_FIELD_SUBGOAL_DATE));
      const char *cells[] = {
        ff_plan_part_get_field (part, FF_PLAN_FIELD_SUBGOAL_TEXT),
        date,
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
layout_activities (FfPlanReport *self,
                   FfPageFlow   *flow)
{
  /* The period takes one column, a date on each line, so that the description and
   * who is responsible get room for whole words. */
  static const FfTableColumn columns[] = {
    /* Translators: printed on the individual plan: a column of the activities table */
    { N_("Activity"), 84, FF_CELL_LABEL },
    /* Translators: printed on the individual plan: a column of the activities table */
    { N_("Description"), 0, FF_CELL_TEXT },
    /* Translators: printed on the individual plan: a column of the activities table */
    { N_("Hours per week"), 48, FF_CELL_NUMBER },
    /* Translators: printed on the individual plan: a column of the activities table,
     * when the activity starts and ends */
    { N_("Period"), 62, FF_CELL_TEXT },
    /* Translators: printed on the individual plan: a column of the activities table,
     * who follows the activity up */
    { N_("Responsible"), 96, FF_CELL_TEXT },
    /* Translators: printed on the individual plan: a column of the activities table */
    { N_("Status"), 54, FF_CELL_LABEL },
  };
  GPtrArray *parts = ff_plan_get_parts (self->plan, FF_PLAN_PART_ACTIVITY);
  const char *language = ff_document_get_language (FF_DOCUMENT (self));

  /* Translators: printed on the individual plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Activities"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      FfActivityKind kind = ff_choice_list_index (&ff_activity_kinds, 
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_KIND));
      FfActivityStatus status = ff_choice_list_index (&ff_activity_statuses, 
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_STATUS));
      g_autofree char *hours = ff_plan_format_hours (
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_HOURS), language);
      g_autofree char *start = format_date (self,
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_START));
      g_autofree char *end = format_date (self,
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_END));
      g_autofree char *period = NULL;
      const char *cells[G_N_ELEMENTS (columns)];

      if (*start != '\0' || *end != '\0')
        period = g_strconcat (start, *start != '\0' ? " –" : "–",
                              *end != '\0' ? "\n" : "", end, NULL);

      cells[0] = ff_choice_list_msgid (&ff_activity_kinds, kind);
      cells[1] = ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION);
      cells[2] = hours;
      cells[3] = period;
      cells[4] = ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE);
      cells[5] = ff_choice_list_msgid (&ff_activity_statuses, status);
      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
layout_reviews (FfPlanReport *self,
                FfPageFlow   *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on the individual plan: a column of the review dates table */
    { N_("Date"), 80, FF_CELL_TEXT },
    /* Translators: printed on the individual plan: a column of the review dates table */
    { N_("Note"), 0, FF_CELL_TEXT },
    /* Translators: printed on the individual plan: a column of the review dates table,
     * whether the review was held */
    { N_("Status"), 100, FF_CELL_LABEL },
  };
  GPtrArray *parts = ff_plan_get_parts (self->plan, FF_PLAN_PART_REVIEW);

  /* Translators: printed on the individual plan: a section's heading, the dates the
   * plan is to be reviewed on */
  ff_page_flow_begin_table (flow, N_("Review dates"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      g_autofree char *date = format_date (self,
        ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DATE));
      gboolean done = g_strcmp0 (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DONE),
                                 "1") == 0;
      const char *cells[] = {
        date,
        ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_NOTE),
        done
        /* Translators: printed on the individual plan: a review that took place */
        ? N_("Held")
        /* Translators: printed on the individual plan: a review that has not taken
         * place yet */
        : N_("Not held"),
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
ff_plan_report_layout (FfDocument *document,
                       FfPageFlow *flow)
{
  FfPlanReport *self = FF_PLAN_REPORT (document);
  const FfSignatureParty parties[] = {
    /* Translators: printed on the individual plan: over the participant's signature */
    { N_("Participant"), ff_plan_get_participant_name (self->plan) },
    /* Translators: printed on the individual plan: over the contact person's signature */
    { N_("Contact person"), ff_plan_get_contact_person (self->plan) },
  };

  layout_header (self, flow);
  layout_title (self, flow);
  layout_goals (self, flow);
  layout_subgoals (self, flow);
  layout_activities (self, flow);
  layout_reviews (self, flow);
  ff_page_flow_add_signatures (flow, parties, G_N_ELEMENTS (parties));
}

static char *
ff_plan_report_dup_title (FfDocument *document)
{
  FfPlanReport *self = FF_PLAN_REPORT (document);

  return g_strdup_printf ("%s — %s",
                          ff_report_gettext (ff_document_get_language (document),
                                             ff_plan_get_name (self->plan, FALSE)),
                          ff_plan_get_participant_name (self->plan));
}

static char *
ff_plan_report_dup_job_name (FfDocument *document)
{
  FfPlanReport *self = FF_PLAN_REPORT (document);

  /* Translators: the name of a print job: the plan's name ("Integration plan") and
   * the participant's name */
  return g_strdup_printf (C_("print job", "%s – %s"), _(ff_plan_get_name (self->plan, FALSE)),
                          ff_plan_get_participant_name (self->plan));
}

static char *
ff_plan_report_dup_suggested_file_name (FfDocument *document)
{
  FfPlanReport *self = FF_PLAN_REPORT (document);
  const char *name = ff_plan_get_participant_name (self->plan);

  if (name == NULL || *name == '\0')
    name = ff_plan_get_native_name (self->plan);

  if (name == NULL || *name == '\0')
    /* Translators: the file name offered for a plan's PDF when the participant has no
     * name: the plan's name ("Integration plan") */
    return g_strdup_printf (C_("file name", "%s.pdf"), _(ff_plan_get_name (self->plan, FALSE)));

  /* Translators: the file name offered for a plan's PDF: the participant's name and the
   * plan's name, "Olena Kovalenko – Integration plan.pdf" */
  return g_strdup_printf (C_("file name", "%s – %s.pdf"), name,
                          _(ff_plan_get_name (self->plan, FALSE)));
}

static void
ff_plan_report_constructed (GObject *object)
{
  FfPlanReport *self = FF_PLAN_REPORT (object);

  G_OBJECT_CLASS (ff_plan_report_parent_class)->constructed (object);

  self->plan = FF_PLAN (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_plan_report_class_init (FfPlanReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_plan_report_constructed;

  document_class->layout = ff_plan_report_layout;
  document_class->dup_title = ff_plan_report_dup_title;
  document_class->dup_job_name = ff_plan_report_dup_job_name;
  document_class->dup_suggested_file_name = ff_plan_report_dup_suggested_file_name;
}

static void
ff_plan_report_init (FfPlanReport *self)
{
}

FfPlanReport *
ff_plan_report_new (FfPlan      *plan,
                    const char  *language,
                    const char  *second_language,
                    GError     **error)
{
  g_return_val_if_fail (FF_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (FF_TYPE_PLAN_REPORT, NULL, error,
                         "source", plan,
                         "language", language,
                         "second-language", second_language,
                         NULL);
}

FfPlanReport *
ff_plan_report_new_for_plan (FfPlan  *plan,
                             GError **error)
{
  g_return_val_if_fail (FF_IS_PLAN (plan), NULL);

  return ff_plan_report_new (plan,
                             ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE),
                             ff_plan_get_field (plan, FF_PLAN_FIELD_SECOND_LANGUAGE),
                             error);
}
