/* ff-participant-list-model.h — the participants that match a search, loaded lazily
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ff-participant.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PARTICIPANT_LIST_MODEL (ff_participant_list_model_get_type ())
G_DECLARE_FINAL_TYPE (FfParticipantListModel, ff_participant_list_model,
                      FF, PARTICIPANT_LIST_MODEL, GObject)

/* A GListModel of FfParticipant. Holds only the ids of the current query; the
 * participants themselves are loaded a page at a time when they are shown.
 * Properties: "store" (construct-only), "search", "programme-id", "status"
 * (FfEnrolmentStatus, FF_ENROLMENT_STATUS_ANY for any), "sort" (FfParticipantSort),
 * "reviews-due" (only participants whose plan has a review due this week or
 * overdue, or an agreement period that ends this week). */

FfParticipantListModel *ff_participant_list_model_new (FfStore *store);

FfStore           *ff_participant_list_model_get_store        (FfParticipantListModel *self);
const char        *ff_participant_list_model_get_search       (FfParticipantListModel *self);
void               ff_participant_list_model_set_search       (FfParticipantListModel *self,
                                                               const char             *search);
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

/* Clears search, programme, status and reviews due at once (one query). */
void               ff_participant_list_model_clear_filters    (FfParticipantListModel *self);

/* Runs the query again, e.g. after changes the store did not announce. */
void               ff_participant_list_model_reload           (FfParticipantListModel *self);

/* The position of participant @id, or GTK_INVALID_LIST_POSITION (G_MAXUINT). */
guint              ff_participant_list_model_find             (FfParticipantListModel *self,
                                                               gint64                  id);

/* The id at @position without loading the participant, or 0. */
gint64             ff_participant_list_model_get_id           (FfParticipantListModel *self,
                                                               guint                   position);

/* TRUE during the first of the two "items-changed" that replace a big part of the
 * list (rows removed, then rows added): the list is not yet what it will be. */
gboolean           ff_participant_list_model_is_replacing     (FfParticipantListModel *self);

/* At most @limit rows (G_MAXUINT: all, the default) are in the list: positions
 * from find () and get_id () may lie beyond it. Setting it says the difference. */
guint              ff_participant_list_model_get_limit        (FfParticipantListModel *self);
void               ff_participant_list_model_set_limit        (FfParticipantListModel *self,
                                                               guint                   limit);

/* The next query that changes which rows the list holds (a search, a filter) sets
 * the limit to @limit, as one change; a query that changes nothing leaves it.
 * 0: no longer. */
void               ff_participant_list_model_limit_next_change (FfParticipantListModel *self,
                                                                guint                   limit);

G_END_DECLS
