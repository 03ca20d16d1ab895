/* ff-follow-up-report.c — a participant's follow-up history for a period as a printed
 * document
 *
 * Everything the history shows is read from the store when the document is made, so
 * that laying it out again (a print dialog's page setup) reads nothing. Only the
 * layout is here: pages, tables, labels in one or two languages, header and footer are
 * the page flow's (ff-page-flow.h); printing and PDF files are the document's
 * (ff-document.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-follow-up.h"
#include "ff-follow-up-report.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-report-language.h"
#include "ff-report-participant.h"

struct _FfFollowUpReport
{
  FfDocument     parent_instance;

  FfParticipant *participant;    /* the document's source */
  char          *organisation;   /* of the programme the participant is in, or "" */
  char          *programme;
  char          *from;           /* YYYY-MM-DD, or NULL for no bound */
  char          *to;
  GPtrArray     *conversations;  /* FfRecord of ff_follow_up_type, oldest first */
  GPtrArray     *actions;        /* FfRecord of ff_action_type, by conversation */
  GPtrArray     *action_dates;   /* the date of the conversation of each action */
};

G_DEFINE_FINAL_TYPE (FfFollowUpReport, ff_follow_up_report, FF_TYPE_DOCUMENT)

/* A stored date as the document's language writes it. */
static char *
format_date (FfFollowUpReport *self,
             const char       *iso)
{
  return ff_format_date (iso, ff_document_get_language (FF_DOCUMENT (self)));
}

static void
layout_title (FfFollowUpReport *self,
              FfPageFlow       *flow)
{
  ff_report_add_participant_period (flow, FF_DOCUMENT (self), self->participant,
                                    self->organisation, self->programme,
                                    /* Translators: the title of a participant's printed
                                     * follow-up history: the follow-up conversations
                                     * of a period and the actions agreed in them */
                                    N_("Follow-up history"), self->from, self->to,
                                    /* Translators: printed on the follow-up history as
                                     * its period: every conversation, whatever its
                                     * date */
                                    N_("All conversations"));
}

static void
layout_conversations (FfFollowUpReport *self,
                      FfPageFlow       *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on the follow-up history: a column of the conversations
     * table, the day of the conversation */
    { N_("Date"), 58, FF_CELL_TEXT },
    /* Translators: printed on the follow-up history: a column of the conversations
     * table: weekly conversation, phone, visit at the workplace … */
    { N_("Kind"), 96, FF_CELL_LABEL },
    /* Translators: printed on the follow-up history: a column of the conversations
     * table */
    { N_("Who took part"), 104, FF_CELL_TEXT },
    /* Translators: printed on the follow-up history: a column of the conversations
     * table, what was said */
    { N_("Summary"), 0, FF_CELL_TEXT },
  };
  guint n = self->conversations->len;
  g_autofree char *total = g_strdup_printf ("%u", n);

  if (n == 0)
    {
      /* Translators: printed on the follow-up history: a section's heading */
      ff_page_flow_add_heading (flow, N_("Conversations"), 20);
      if (self->from != NULL || self->to != NULL)
        /* Translators: printed on the follow-up history when it has nothing to list */
        ff_page_flow_add_label (flow, N_("There are no conversations in this period."));
      else
        /* Translators: printed on the follow-up history when it has nothing to list */
        ff_page_flow_add_label (flow, N_("There are no conversations yet."));
      return;
    }

  ff_page_flow_begin_table (flow, N_("Conversations"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n; i++)
    {
      FfRecord *conversation = g_ptr_array_index (self->conversations, i);
      g_autofree char *date = format_date (self, ff_record_get (conversation,
                                                                FF_FOLLOW_UP_DATE));
      int kind = ff_choice_list_find (&ff_follow_up_kinds,
                                      ff_record_get (conversation, FF_FOLLOW_UP_KIND));
      const char *cells[] = {
        date,
        kind >= 0 ? ff_report_choice_msgid (&ff_follow_up_kinds, kind) : NULL,
        ff_record_get (conversation, FF_FOLLOW_UP_PRESENT),
        ff_record_get (conversation, FF_FOLLOW_UP_SUMMARY),
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);

  ff_page_flow_add_space (flow, 6);
  /* Translators: printed under the conversations of the follow-up history, beside
   * their number */
  ff_page_flow_add_field (flow, N_("Conversations in total"), total);
}

static void
layout_actions (FfFollowUpReport *self,
                FfPageFlow       *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on the follow-up history: a column of the actions table,
     * the day of the conversation the action was agreed in */
    { N_("Agreed on"), 58, FF_CELL_TEXT },
    /* Translators: printed on the follow-up history: a column of the actions table,
     * what is to be done */
    { N_("Action"), 0, FF_CELL_TEXT },
    /* Translators: printed on the follow-up history: a column of the actions table,
     * who does it */
    { N_("Who"), 100, FF_CELL_TEXT },
    /* Translators: printed on the follow-up history: a column of the actions table,
     * the day it is to be done by */
    { N_("Due"), 58, FF_CELL_TEXT },
    /* Translators: printed on the follow-up history: a column of the actions table,
     * whether the action is done */
    { N_("Done"), 64, FF_CELL_LABEL },
  };
  /* "Done" and "Not done", as the action's page says them */
  const FfChoiceList *done_choices = ff_action_type.fields[FF_ACTION_DONE].choices;

  if (self->actions->len == 0)
    return;

  /* Translators: printed on the follow-up history: a section's heading, the actions
   * agreed in the conversations */
  ff_page_flow_begin_table (flow, N_("Agreed actions"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->actions->len; i++)
    {
      FfRecord *action = g_ptr_array_index (self->actions, i);
      g_autofree char *agreed = format_date (self, g_ptr_array_index (self->action_dates, i));
      g_autofree char *due = format_date (self, ff_record_get (action, FF_ACTION_DUE));
      int done = ff_choice_list_find (done_choices, ff_record_get (action, FF_ACTION_DONE));
      const char *cells[] = {
        agreed,
        ff_record_get (action, FF_ACTION_WHAT),
        ff_record_get (action, FF_ACTION_WHO),
        due,
        ff_report_choice_msgid (done_choices, MAX (done, 0)),
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
ff_follow_up_report_layout (FfDocument *document,
                            FfPageFlow *flow)
{
  FfFollowUpReport *self = FF_FOLLOW_UP_REPORT (document);

  layout_title (self, flow);
  layout_conversations (self, flow);
  layout_actions (self, flow);
}

static char *
ff_follow_up_report_dup_subject (FfDocument *document)
{
  FfFollowUpReport *self = FF_FOLLOW_UP_REPORT (document);

  return g_strdup (ff_participant_get_display_name (self->participant));
}

static void
ff_follow_up_report_constructed (GObject *object)
{
  FfFollowUpReport *self = FF_FOLLOW_UP_REPORT (object);

  G_OBJECT_CLASS (ff_follow_up_report_parent_class)->constructed (object);

  self->participant = FF_PARTICIPANT (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_follow_up_report_finalize (GObject *object)
{
  FfFollowUpReport *self = FF_FOLLOW_UP_REPORT (object);

  g_free (self->organisation);
  g_free (self->programme);
  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->conversations, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->action_dates, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_follow_up_report_parent_class)->finalize (object);
}

static void
ff_follow_up_report_class_init (FfFollowUpReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_follow_up_report_constructed;
  object_class->finalize = ff_follow_up_report_finalize;

  document_class->layout = ff_follow_up_report_layout;
  document_class->name = N_("Follow-up history");
  document_class->dup_subject = ff_follow_up_report_dup_subject;
}

static void
ff_follow_up_report_init (FfFollowUpReport *self)
{
}

/* Whether @date (YYYY-MM-DD) is in the period. */
static gboolean
in_period (FfFollowUpReport *self,
           const char       *date)
{
  return (self->from == NULL || strcmp (date, self->from) >= 0)
         && (self->to == NULL || strcmp (date, self->to) <= 0);
}

/* The conversations of the period, oldest first, and the actions agreed in each. */
static gboolean
read_conversations (FfFollowUpReport  *self,
                    FfStore           *store,
                    GError           **error)
{
  g_autoptr(GPtrArray) newest_first = NULL;

  newest_first = ff_follow_up_list (store, ff_participant_get_id (self->participant), error);
  if (newest_first == NULL)
    return FALSE;

  self->conversations = g_ptr_array_new_with_free_func (g_object_unref);
  self->actions = g_ptr_array_new_with_free_func (g_object_unref);
  self->action_dates = g_ptr_array_new_with_free_func (g_free);
  for (guint i = newest_first->len; i > 0; i--)
    {
      FfRecord *conversation = g_ptr_array_index (newest_first, i - 1);
      const char *date = ff_record_get (conversation, FF_FOLLOW_UP_DATE);
      g_autoptr(GPtrArray) actions = NULL;

      if (!in_period (self, date))
        continue;

      actions = ff_record_load_owned (store, &ff_action_type,
                                      ff_record_get_id (conversation), error);
      if (actions == NULL)
        return FALSE;

      g_ptr_array_add (self->conversations, g_object_ref (conversation));
      for (guint j = 0; j < actions->len; j++)
        {
          g_ptr_array_add (self->actions, g_object_ref (g_ptr_array_index (actions, j)));
          g_ptr_array_add (self->action_dates, g_strdup (date));
        }
    }

  return TRUE;
}

FfFollowUpReport *
ff_follow_up_report_new (FfStore     *store,
                         gint64       participant_id,
                         const char  *from,
                         const char  *to,
                         const char  *language,
                         const char  *second_language,
                         GError     **error)
{
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfFollowUpReport) self = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  participant = ff_participant_load (store, participant_id, error);
  if (participant == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_FOLLOW_UP_REPORT, NULL, error,
                         "source", participant,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  self->from = from != NULL && from[0] != '\0' ? g_strdup (from) : NULL;
  self->to = to != NULL && to[0] != '\0' ? g_strdup (to) : NULL;

  if (!ff_report_read_programme (store, participant_id, &self->organisation,
                                 &self->programme, error) ||
      !read_conversations (self, store, error))
    return NULL;

  ff_document_set_audit (FF_DOCUMENT (self), store, participant_id, FF_AUDIT_FOLLOW_UPS);

  return g_steal_pointer (&self);
}

guint
ff_follow_up_report_get_n_conversations (FfFollowUpReport *self)
{
  g_return_val_if_fail (FF_IS_FOLLOW_UP_REPORT (self), 0);

  return self->conversations->len;
}

guint
ff_follow_up_report_get_n_actions (FfFollowUpReport *self)
{
  g_return_val_if_fail (FF_IS_FOLLOW_UP_REPORT (self), 0);

  return self->actions->len;
}
