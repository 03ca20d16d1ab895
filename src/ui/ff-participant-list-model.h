/* ff-participant-list-model.h — the participants that match a search and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-participant.h"
#include "ff-record-list-model.h"

G_BEGIN_DECLS

#define FF_TYPE_PARTICIPANT_LIST_MODEL (ff_participant_list_model_get_type ())
G_DECLARE_FINAL_TYPE (FfParticipantListModel, ff_participant_list_model,
                      FF, PARTICIPANT_LIST_MODEL, FfRecordListModel)

/* An FfRecordListModel of FfParticipant whose "search" finds names in any script,
 * national ids and phone numbers, with the filters of the participants list:
 * "programme-id", "status" (FfEnrolmentStatus, FF_ENROLMENT_STATUS_ANY for any),
 * "sort" (FfParticipantSort) and "reviews-due" (only participants whose plan has a
 * review due this week or overdue, or an agreement period that ends this week). It
 * follows changes of participants, enrolments, and (for reviews due) plans. */

FfParticipantListModel *ff_participant_list_model_new (FfStore *store);

gint64             ff_participant_list_model_get_programme_id (FfParticipantListModel *self);
void               ff_participant_list_model_set_programme_id (FfParticipantListModel *self,
                                                               gint64                  id);
FfEnrolmentStatus  ff_participant_list_model_get_status       (FfParticipantListModel *self);
void               ff_participant_list_model_set_status       (FfParticipantListModel *self,
                                                               FfEnrolmentStatus       status);
FfParticipantSort  ff_participant_list_model_get_sort         (FfParticipantListModel *self);
void               ff_participant_list_model_set_sort         (FfParticipantListModel *self,
                                                               FfParticipantSort       sort);

/* This week is Monday to Sunday in local time, as it is when the list is queried. */
gboolean           ff_participant_list_model_get_reviews_due  (FfParticipantListModel *self);
void               ff_participant_list_model_set_reviews_due  (FfParticipantListModel *self,
                                                               gboolean                reviews_due);

/* Only participants flagged today (ff-follow-up.h): in a programme with no
 * conversation for more than the days of the preference, with an action overdue, or
 * with a placement that ended without an evaluation. */
gboolean           ff_participant_list_model_get_flagged      (FfParticipantListModel *self);
void               ff_participant_list_model_set_flagged      (FfParticipantListModel *self,
                                                               gboolean                flagged);

G_END_DECLS
