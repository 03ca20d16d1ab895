/* ff-business-plan-report.c — a participant's business plan as a printed document
 *
 * Everything the plan shows is read from the store when the document is made, so that
 * laying it out again (a print dialog's page setup) reads nothing. Only the layout is
 * here: pages, tables, labels in one or two languages, header and footer are the page
 * flow's (ff-page-flow.h); printing and PDF files are the document's (ff-document.h);
 * the figures of the budget are computed in core (ff-business-budget.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-business-plan-report-private.h"

#define PART(kind) (&ff_business_part_types[FF_BUSINESS_PART_ ## kind])

G_DEFINE_FINAL_TYPE (FfBusinessPlanReport, ff_business_plan_report, FF_TYPE_DOCUMENT)

/* A stored date as the document's language writes it. */
static char *
format_date (FfBusinessPlanReport *self,
             const char           *iso)
{
  return ff_format_date (iso, language_of (self));
}

/* As choice_msgid() for a field, which always says something: the list's fallback
 * for a key it does not hold (a kind of business not chosen is "Other"). */
static const char *
field_msgid (const FfChoiceList *list,
             const char         *key)
{
  return ff_report_choice_msgid (list, ff_choice_list_index (list, key));
}

static const char *
plan_field (FfBusinessPlanReport *self,
            FfBusinessPlanField   field)
{
  return ff_record_get (self->plan, field);
}

static void
layout_title (FfBusinessPlanReport *self,
              FfPageFlow           *flow)
{
  const char *display = ff_participant_get_display_name (self->participant);
  const char *native = ff_participant_get_field (self->participant, FF_PARTICIPANT_NATIVE_NAME);
  const char *legal_form = plan_field (self, FF_BUSINESS_PLAN_LEGAL_FORM);
  const char *reminder = ff_business_legal_form_reminder_msgid (legal_form);
  g_autofree char *name = NULL;
  g_autofree char *national_id = ff_format_national_id_masked (
    ff_participant_get_field (self->participant, FF_PARTICIPANT_NATIONAL_ID));
  g_autofree char *status_date = format_date (self, plan_field (self,
                                                               FF_BUSINESS_PLAN_STATUS_DATE));

  if (native != NULL && native[0] != '\0' && g_strcmp0 (native, display) != 0)
    name = g_strdup_printf ("%s\n%s", display, native);
  else
    name = g_strdup (display);

  ff_page_flow_set_header (flow, plan_field (self, FF_BUSINESS_PLAN_TITLE), display);

  /* Translators: the title of a printed business plan (forretningsplan) */
  ff_page_flow_add_title (flow, N_("Business plan"));
  /* Translators: printed on a business plan: the plan's own title ("Food truck in
   * Burfjord") */
  ff_page_flow_add_field (flow, N_("Title"), plan_field (self, FF_BUSINESS_PLAN_TITLE));
  /* Translators: printed on a business plan, beside the participant's name */
  ff_page_flow_add_field (flow, N_("Participant"), name);
  ff_page_flow_add_field (flow, N_("National identity number"), national_id);
  /* Translators: printed on a business plan: its kind of business (café, food truck …) */
  ff_page_flow_add_choice_field (flow, N_("Kind of business"),
                                 field_msgid (&ff_business_kinds,
                                              plan_field (self, FF_BUSINESS_PLAN_KIND)));
  /* Translators: printed on a business plan: draft, in review or final */
  ff_page_flow_add_choice_field (flow, N_("Status"),
                                 field_msgid (&ff_business_statuses,
                                              plan_field (self, FF_BUSINESS_PLAN_STATUS)));
  /* Translators: printed on a business plan: the day it reached its status */
  ff_page_flow_add_field (flow, N_("Status date"), status_date);
  /* Translators: printed on a business plan: ENK, AS or other */
  ff_page_flow_add_choice_field (flow, N_("Legal form"),
                                 field_msgid (&ff_business_legal_forms, legal_form));
  if (reminder != NULL)
    ff_page_flow_add_label (flow, reminder);
}

/* The market survey: how many were asked, how many would buy, the share, the price. */
static void
layout_survey (FfBusinessPlanReport *self,
               FfPageFlow           *flow)
{
  const char *asked = plan_field (self, FF_BUSINESS_PLAN_SURVEY_ASKED);
  const char *would_buy = plan_field (self, FF_BUSINESS_PLAN_SURVEY_WOULD_BUY);
  g_autofree char *price = format_stored_money (self,
                                                plan_field (self, FF_BUSINESS_PLAN_SURVEY_PRICE));
  g_autofree char *share = NULL;
  double percent;

  if (asked[0] == '\0' && would_buy[0] == '\0' && price == NULL)
    return;

  if (ff_business_survey_share ((guint) g_ascii_strtoull (asked, NULL, 10),
                                (guint) g_ascii_strtoull (would_buy, NULL, 10), &percent))
    share = ff_format_percent (percent, language_of (self));

  ff_page_flow_add_space (flow, 6);
  /* Translators: printed on a business plan: the heading of the market survey, asking
   * people whether they would buy */
  ff_page_flow_add_label (flow, N_("Market survey"));
  /* Translators: printed on a business plan: how many people the survey asked */
  ff_page_flow_add_field (flow, N_("People asked"), asked);
  /* Translators: printed on a business plan: how many of those asked would buy */
  ff_page_flow_add_field (flow, N_("Would buy"), would_buy);
  /* Translators: printed on a business plan: the share of those asked who would buy,
   * in percent */
  ff_page_flow_add_field (flow, N_("Share who would buy"), share);
  /* Translators: printed on a business plan: the price the survey asked about */
  ff_page_flow_add_field (flow, N_("At the price"), price);
}

static void
layout_sections (FfBusinessPlanReport *self,
                 FfPageFlow           *flow)
{
  for (guint i = 0; i < FF_BUSINESS_N_SECTIONS; i++)
    {
      ff_page_flow_add_heading (flow, ff_report_choice_msgid (&ff_business_sections, i), 40);
      ff_page_flow_add_text (flow, plan_field (self, ff_business_section_field (i)));
      if (i == FF_BUSINESS_SECTION_MARKET)
        layout_survey (self, flow);
    }
}

static void
layout_checklist (FfBusinessPlanReport *self,
                  FfPageFlow           *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on a business plan: a column of the checklist of permits and
     * registrations */
    { N_("Permit or registration"), 0, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the checklist, not started,
     * in progress, done or not relevant */
    { N_("State"), 110, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the checklist */
    { N_("Date"), 80, FF_CELL_TEXT },
  };
  GPtrArray *items = self->parts[FF_BUSINESS_PART_CHECKLIST];

  /* Translators: printed on a business plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Permits and registrations"), columns,
                            G_N_ELEMENTS (columns));
  for (guint i = 0; i < items->len; i++)
    {
      FfRecord *item = g_ptr_array_index (items, i);
      g_autofree char *date = format_date (self, ff_record_get (item, FF_BUSINESS_ITEM_DATE));
      const char *cells[] = {
        ff_record_get (item, FF_BUSINESS_ITEM_TITLE),
        choice_msgid (&ff_business_item_states, ff_record_get (item, FF_BUSINESS_ITEM_STATE)),
        date,
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
layout_milestones (FfBusinessPlanReport *self,
                   FfPageFlow           *flow)
{
  static const FfTableColumn columns[] = {
    { N_("Date"), 80, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the milestones */
    { N_("Milestone"), 0, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the milestones, whether each
     * is reached */
    { N_("Reached"), 90, FF_CELL_LABEL },
  };
  const FfChoiceList *done = PART (MILESTONE)->fields[FF_BUSINESS_MILESTONE_DONE].choices;
  GPtrArray *milestones = self->parts[FF_BUSINESS_PART_MILESTONE];

  /* Translators: printed on a business plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Milestones"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < milestones->len; i++)
    {
      FfRecord *milestone = g_ptr_array_index (milestones, i);
      g_autofree char *date = format_date (self, ff_record_get (milestone,
                                                                FF_BUSINESS_MILESTONE_DATE));
      const char *cells[] = {
        date,
        ff_record_get (milestone, FF_BUSINESS_MILESTONE_WHAT),
        choice_msgid (done, ff_record_get (milestone, FF_BUSINESS_MILESTONE_DONE)),
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

/* The section a feedback or a mark is on: "" for the whole plan. */
static const char *
section_msgid (const char *key)
{
  int section = ff_choice_list_find (&ff_business_sections, key);

  if (section < 0)
    /* Translators: printed on a business plan: feedback on the plan as a whole */
    return N_("The whole plan");
  return ff_report_choice_msgid (&ff_business_sections, section);
}

static void
layout_feedback (FfBusinessPlanReport *self,
                 FfPageFlow           *flow)
{
  static const FfTableColumn mark_columns[] = {
    /* Translators: printed on a business plan: a column of the reviewers' marks */
    { N_("Section"), 0, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the reviewers' marks, ok or
     * needs work */
    { N_("Mark"), 160, FF_CELL_LABEL },
  };
  static const FfTableColumn columns[] = {
    { N_("Date"), 62, FF_CELL_TEXT },
    { N_("Section"), 110, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the feedback, who wrote it */
    { N_("From"), 110, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the feedback, mentor,
     * adviser or lecturer */
    { N_("Role"), 70, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the feedback */
    { N_("Comment"), 0, FF_CELL_TEXT },
  };
  GPtrArray *marks = self->parts[FF_BUSINESS_PART_MARK];
  GPtrArray *comments = self->parts[FF_BUSINESS_PART_FEEDBACK];

  if (marks->len > 0)
    {
      /* Translators: printed on a business plan: a section's heading, the reviewers'
       * marks of its sections */
      ff_page_flow_begin_table (flow, N_("Reviewers' marks"), mark_columns,
                                G_N_ELEMENTS (mark_columns));
      for (guint i = 0; i < marks->len; i++)
        {
          FfRecord *mark = g_ptr_array_index (marks, i);
          const char *cells[] = {
            section_msgid (ff_record_get (mark, FF_BUSINESS_MARK_SECTION)),
            choice_msgid (&ff_business_marks, ff_record_get (mark, FF_BUSINESS_MARK_MARK)),
          };

          ff_page_flow_add_row (flow, cells);
        }
      ff_page_flow_end_table (flow);
    }

  if (comments->len == 0)
    {
      /* Translators: printed on a business plan: a section's heading, the comments of
       * mentors, advisers and lecturers */
      ff_page_flow_add_heading (flow, N_("Feedback"), 20);
      /* Translators: printed on a business plan printed with its feedback, when there
       * is none */
      ff_page_flow_add_label (flow, N_("No feedback has been given yet."));
      return;
    }

  ff_page_flow_begin_table (flow, N_("Feedback"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < comments->len; i++)
    {
      FfRecord *comment = g_ptr_array_index (comments, i);
      g_autofree char *date = format_date (self, ff_record_get (comment,
                                                                FF_BUSINESS_FEEDBACK_DATE));
      const char *cells[] = {
        date,
        section_msgid (ff_record_get (comment, FF_BUSINESS_FEEDBACK_SECTION)),
        ff_record_get (comment, FF_BUSINESS_FEEDBACK_AUTHOR),
        choice_msgid (&ff_business_reviewer_roles,
                      ff_record_get (comment, FF_BUSINESS_FEEDBACK_ROLE)),
        ff_record_get (comment, FF_BUSINESS_FEEDBACK_TEXT),
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
ff_business_plan_report_layout (FfDocument *document,
                                FfPageFlow *flow)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (document);

  layout_title (self, flow);
  layout_sections (self, flow);
  layout_checklist (self, flow);
  ff_business_plan_report_layout_figures (self, flow);
  layout_milestones (self, flow);
  if (self->with_feedback)
    layout_feedback (self, flow);
}

static char *
ff_business_plan_report_dup_subject (FfDocument *document)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (document);

  return g_strdup (ff_participant_get_display_name (self->participant));
}

static char *
ff_business_plan_report_dup_suggested_file_name (FfDocument *document)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (document);

  /* Translators: the file name offered for a business plan's PDF: the participant's
   * name and the plan's title, "Olena Kovalenko – Food truck.pdf" */
  return g_strdup_printf (C_("file name", "%s – %s.pdf"),
                          ff_participant_get_display_name (self->participant),
                          ff_record_get (self->plan, FF_BUSINESS_PLAN_TITLE));
}

static void
ff_business_plan_report_constructed (GObject *object)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (object);

  G_OBJECT_CLASS (ff_business_plan_report_parent_class)->constructed (object);

  self->plan = FF_RECORD (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_business_plan_report_finalize (GObject *object)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (object);

  g_clear_object (&self->participant);
  for (guint i = 0; i < FF_BUSINESS_N_PART_KINDS; i++)
    g_clear_pointer (&self->parts[i], g_ptr_array_unref);

  G_OBJECT_CLASS (ff_business_plan_report_parent_class)->finalize (object);
}

static void
ff_business_plan_report_class_init (FfBusinessPlanReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_business_plan_report_constructed;
  object_class->finalize = ff_business_plan_report_finalize;

  document_class->layout = ff_business_plan_report_layout;
  document_class->name = N_("Business plan");
  document_class->dup_subject = ff_business_plan_report_dup_subject;
  document_class->dup_suggested_file_name = ff_business_plan_report_dup_suggested_file_name;
  /* six months of the budget, with the line names, in a table */
  document_class->landscape = TRUE;
}

static void
ff_business_plan_report_init (FfBusinessPlanReport *self)
{
}

/* The plan's parts and the budget computed from them. */
static gboolean
read_parts (FfBusinessPlanReport  *self,
            FfStore               *store,
            GError               **error)
{
  gint64 plan_id = ff_record_get_id (self->plan);

  for (guint i = 0; i < FF_BUSINESS_N_PART_KINDS; i++)
    {
      self->parts[i] = ff_record_load_owned (store, &ff_business_part_types[i], plan_id, error);
      if (self->parts[i] == NULL)
        return FALSE;
    }

  return ff_business_budget_read (store, plan_id, &self->budget, error);
}

FfBusinessPlanReport *
ff_business_plan_report_new (FfStore     *store,
                             gint64       plan_id,
                             const char  *language,
                             const char  *second_language,
                             gboolean     with_feedback,
                             GError     **error)
{
  g_autoptr(FfRecord) plan = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfBusinessPlanReport) self = NULL;
  gint64 participant_id;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = ff_record_load (store, &ff_business_plan_type, plan_id, error);
  if (plan == NULL)
    return NULL;
  participant_id = g_ascii_strtoll (ff_record_get_extra (plan, FF_BUSINESS_PLAN_PARTICIPANT_ID),
                                    NULL, 10);
  participant = ff_participant_load (store, participant_id, error);
  if (participant == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_BUSINESS_PLAN_REPORT, NULL, error,
                         "source", plan,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  self->participant = g_steal_pointer (&participant);
  self->with_feedback = with_feedback;
  if (!read_parts (self, store, error))
    return NULL;

  ff_document_set_audit (FF_DOCUMENT (self), store, participant_id, FF_AUDIT_BUSINESS_PLAN);

  return g_steal_pointer (&self);
}

gint64
ff_business_plan_report_get_participant_id (FfBusinessPlanReport *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_REPORT (self), 0);

  return ff_participant_get_id (self->participant);
}
