/* ff-participant-list-model.c — the participants that match a search and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-follow-up.h"
#include "ff-participant-list-model.h"
#include "ff-plan-due.h"

struct _FfParticipantListModel
{
  FfRecordListModel  parent_instance;

  gint64             programme_id;
  FfEnrolmentStatus  status;
  FfParticipantSort  sort;
  gboolean           reviews_due;
  gboolean           flagged;
};

G_DEFINE_FINAL_TYPE (FfParticipantListModel, ff_participant_list_model,
                     FF_TYPE_RECORD_LIST_MODEL)

static GArray *
ff_participant_list_model_query (FfRecordListModel  *model,
                                 GError            **error)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);
  FfParticipantQuery query = {
    .search = ff_record_list_model_get_search (model),
    .programme_id = self->programme_id,
    .status = self->status,
    .sort = self->sort,
    .flags = self->flagged ? FF_FOLLOW_UP_FLAG_ANY : 0,
  };
  g_autofree char *monday = NULL;
  g_autofree char *sunday = NULL;

  /* The week is that of the query: a list kept open into the next week moves on
   * with its next change. */
  if (self->reviews_due)
    {
      ff_plan_due_this_week (&monday, &sunday);
      query.due_from = monday;
      query.due_to = sunday;
    }

  return ff_participant_query_ids (ff_record_list_model_get_store (model), &query, error);
}

static void
ff_participant_list_model_store_changed (FfRecordListModel *model,
                                         FfRecordKind       kind,
                                         gint64             id)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);

  if (kind == FF_RECORD_ENROLMENT)
    /* An enrolment's id is not a participant's: treat it as a change of many. */
    ff_record_list_model_update (model, TRUE);
  else if (kind == FF_RECORD_PLAN && self->reviews_due)
    /* A review or a period may have come into this week or left it. */
    ff_record_list_model_update (model, FALSE);
  else if ((kind == FF_RECORD_PLACEMENT || kind == FF_RECORD_FOLLOW_UP ||
            kind == FF_RECORD_PARTICIPANT) && self->flagged)
    /* A conversation, an action or an evaluation may flag a participant or no longer. */
    ff_record_list_model_update (model, FALSE);
  else
    FF_RECORD_LIST_MODEL_CLASS (ff_participant_list_model_parent_class)->store_changed (model,
                                                                                        kind,
                                                                                        id);
}

static gboolean
ff_participant_list_model_is_filtered (FfRecordListModel *model)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);

  return self->programme_id != 0 || self->status != FF_ENROLMENT_STATUS_ANY ||
         self->reviews_due || self->flagged;
}

static void
ff_participant_list_model_reset_filters (FfRecordListModel *model)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);

  self->programme_id = 0;
  self->status = FF_ENROLMENT_STATUS_ANY;
  self->reviews_due = FALSE;
  self->flagged = FALSE;
}

static gboolean
ff_participant_list_model_describe_empty (FfRecordListModel  *model,
                                          const char        **title,
                                          const char        **description)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);
  gboolean filtered_more;

  if (self->flagged && !self->reviews_due)
    {
      filtered_more = ff_record_list_model_get_search (model) != NULL ||
                      self->programme_id != 0 || self->status != FF_ENROLMENT_STATUS_ANY;
      *title = _("No Flagged Participants");
      *description = filtered_more
                       ? _("Try another search or filter")
                       : _("Everyone in a programme has had a recent conversation, no action is overdue, and every placement that ended was evaluated.");
      return TRUE;
    }

  if (!self->reviews_due)
    return FALSE;

  /* Some other filter may be what leaves no one. */
  filtered_more = ff_record_list_model_get_search (model) != NULL ||
                  self->programme_id != 0 || self->status != FF_ENROLMENT_STATUS_ANY ||
                  self->flagged;
  *title = _("No Reviews Due This Week");
  *description = filtered_more
                   ? _("Try another search or filter")
                   : _("No plan has a review or an agreement period ending this week.");

  return TRUE;
}

static void
ff_participant_list_model_class_init (FfParticipantListModelClass *klass)
{
  FfRecordListModelClass *model_class = FF_RECORD_LIST_MODEL_CLASS (klass);

  model_class->query = ff_participant_list_model_query;
  model_class->store_changed = ff_participant_list_model_store_changed;
  model_class->is_filtered = ff_participant_list_model_is_filtered;
  model_class->reset_filters = ff_participant_list_model_reset_filters;
  model_class->describe_empty = ff_participant_list_model_describe_empty;
}

static void
ff_participant_list_model_init (FfParticipantListModel *self)
{
  self->status = FF_ENROLMENT_STATUS_ANY;
  self->sort = FF_PARTICIPANT_SORT_NAME;
}

FfParticipantListModel *
ff_participant_list_model_new (FfStore *store)
{
  FfParticipantListModel *self = g_object_new (FF_TYPE_PARTICIPANT_LIST_MODEL, NULL);

  ff_record_list_model_set_source (FF_RECORD_LIST_MODEL (self), store, &ff_participant_type);
  return self;
}

gint64
ff_participant_list_model_get_programme_id (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), 0);

  return self->programme_id;
}

void
ff_participant_list_model_set_programme_id (FfParticipantListModel *self,
                                            gint64                  id)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  if (self->programme_id == id)
    return;

  self->programme_id = id;

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
}

FfEnrolmentStatus
ff_participant_list_model_get_status (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FF_ENROLMENT_STATUS_ANY);

  return self->status;
}

void
ff_participant_list_model_set_status (FfParticipantListModel *self,
                                      FfEnrolmentStatus       status)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));
  g_return_if_fail (status >= FF_ENROLMENT_STATUS_ANY && status < FF_ENROLMENT_N_STATUSES);

  if (self->status == status)
    return;

  self->status = status;

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
}

FfParticipantSort
ff_participant_list_model_get_sort (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FF_PARTICIPANT_SORT_NAME);

  return self->sort;
}

void
ff_participant_list_model_set_sort (FfParticipantListModel *self,
                                    FfParticipantSort       sort)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  if (self->sort == sort)
    return;

  self->sort = sort;

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
}

gboolean
ff_participant_list_model_get_reviews_due (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FALSE);

  return self->reviews_due;
}

void
ff_participant_list_model_set_reviews_due (FfParticipantListModel *self,
                                           gboolean                reviews_due)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  reviews_due = !!reviews_due;
  if (self->reviews_due == reviews_due)
    return;

  self->reviews_due = reviews_due;

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
}

gboolean
ff_participant_list_model_get_flagged (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FALSE);

  return self->flagged;
}

void
ff_participant_list_model_set_flagged (FfParticipantListModel *self,
                                       gboolean                flagged)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  flagged = !!flagged;
  if (self->flagged == flagged)
    return;

  self->flagged = flagged;

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
}
