/* ff-participant.h — a participant's record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-enrolment-status.h"
#include "ff-record.h"

G_BEGIN_DECLS

/* Every field of a participant that the user edits. Stored as text; dates as
 * YYYY-MM-DD. The order is the order of the page and of the exchange formats. */
typedef enum
{
  /* identity */
  FF_PARTICIPANT_GIVEN_NAME,
  FF_PARTICIPANT_FAMILY_NAME,
  FF_PARTICIPANT_NATIVE_NAME,        /* the name in the participant's own script */
  FF_PARTICIPANT_BIRTH_DATE,
  FF_PARTICIPANT_NATIONAL_ID,        /* sensitive */
  FF_PARTICIPANT_GENDER,             /* key: "female", "male", "other", "" */
  FF_PARTICIPANT_COUNTRY,            /* country of origin, free text */
  FF_PARTICIPANT_ARRIVAL_DATE,
  /* contact */
  FF_PARTICIPANT_PHONE,
  FF_PARTICIPANT_EMAIL,
  FF_PARTICIPANT_ADDRESS,
  FF_PARTICIPANT_POSTCODE,
  FF_PARTICIPANT_MUNICIPALITY,
  /* background and competence */
  FF_PARTICIPANT_EDUCATION,
  FF_PARTICIPANT_PROFESSIONS,
  FF_PARTICIPANT_DRIVING_LICENCE,    /* free text: "B", "B, C1", "" */
  FF_PARTICIPANT_INTERESTS,
  FF_PARTICIPANT_GOALS,
  /* language */
  FF_PARTICIPANT_LANGUAGES,          /* languages spoken, free text */
  FF_PARTICIPANT_NORWEGIAN_ORAL,     /* CEFR key: "A0" … "C2", "" */
  FF_PARTICIPANT_NORWEGIAN_WRITTEN,  /* CEFR key */
  /* family */
  FF_PARTICIPANT_FAMILY_NOTES,
  FF_PARTICIPANT_HEALTH_NOTES,       /* sensitive: health and adaptation needs */
  /* follow-up and consent */
  FF_PARTICIPANT_CONTACT_PERSON,
  FF_PARTICIPANT_REFERRAL_FROM,
  FF_PARTICIPANT_REFERRAL_DATE,
  FF_PARTICIPANT_CONSENT_DATE,
  FF_PARTICIPANT_CONSENT_SCOPE,
  /* notes */
  FF_PARTICIPANT_NOTES,
  FF_PARTICIPANT_N_FIELDS
} FfParticipantField;

typedef enum
{
  FF_PARTICIPANT_SORT_NAME,
  FF_PARTICIPANT_SORT_STATUS,
  FF_PARTICIPANT_SORT_ARRIVAL,       /* newest first; unknown last */
} FfParticipantSort;

/* What the participants list shows: every filter is optional. */
typedef struct
{
  const char        *search;         /* NULL or "": everyone; matches name (Latin and
                                      * own script), national id and phone, folded */
  gint64             programme_id;   /* 0: any programme */
  FfEnrolmentStatus  status;         /* FF_ENROLMENT_STATUS_ANY: any status */
  FfParticipantSort  sort;
  /* NULL: no filter. Otherwise only participants whose current plan (the draft of
   * any of their enrolments) has a review not yet held dated on or before @due_to
   * (an overdue review is still due), or an agreement period that ends between
   * @due_from and @due_to (both YYYY-MM-DD). */
  const char        *due_from;
  const char        *due_to;
  /* 0: no filter. Otherwise only participants with one of these FfFollowUpFlags
   * (ff-follow-up.h) on @flags_today (YYYY-MM-DD; NULL: today), with @follow_up_days
   * days between conversations (0: the preference). */
  guint              flags;
  const char        *flags_today;
  guint              follow_up_days;
} FfParticipantQuery;

/* Genders: "" (not stated), "female", "male", "other". */
extern const FfChoiceList ff_genders;
/* The participant's record: fields by FfParticipantField; the national id and the
 * health and family notes are sensitive. */
extern const FfRecordType ff_participant_type;

#define FF_TYPE_PARTICIPANT (ff_participant_get_type ())
G_DECLARE_FINAL_TYPE (FfParticipant, ff_participant, FF, PARTICIPANT, FfRecord)

/* Creates a participant (given name required) and returns its id, or 0. */
gint64            ff_participant_create           (FfStore            *store,
                                                   const char         *given_name,
                                                   const char         *family_name,
                                                   GError            **error);

/* Loads one participant with every field, or NULL with FF_STORE_ERROR_NOT_FOUND
 * (also for a deleted one). */
FfParticipant    *ff_participant_load             (FfStore            *store,
                                                   gint64              id,
                                                   GError            **error);

/* Loads the participants with these ids in one query, in the order given; ids that
 * are missing or deleted are skipped. Returns FfParticipant objects. */
GPtrArray        *ff_participant_load_many        (FfStore            *store,
                                                   const gint64       *ids,
                                                   guint               n_ids,
                                                   GError            **error);

/* As ff_record_set_field(); the national id must also agree with the birth date. */
gboolean          ff_participant_set_field        (FfStore            *store,
                                                   gint64              id,
                                                   FfParticipantField  field,
                                                   const char         *value,
                                                   GError            **error);

/* Marks deleted (tombstone) / takes the mark away again. */
gboolean          ff_participant_delete           (FfStore            *store,
                                                   gint64              id,
                                                   GError            **error);
gboolean          ff_participant_undelete         (FfStore            *store,
                                                   gint64              id,
                                                   GError            **error);

/* The ids of the participants that match @query, in its order: one query. A NULL
 * @query: everyone, by name. */
GArray           *ff_participant_query_ids        (FfStore                  *store,
                                                   const FfParticipantQuery *query,
                                                   GError                  **error);

/* Number of participants not deleted. */
gint64            ff_participant_count            (FfStore            *store);

gint64            ff_participant_get_id           (FfParticipant      *self);
/* Never NULL: "" for an empty field. */
const char       *ff_participant_get_field        (FfParticipant      *self,
                                                   FfParticipantField  field);
/* "Given Family" (or the native name when both are empty). */
const char       *ff_participant_get_display_name (FfParticipant      *self);
/* Status of the participant's most recently changed enrolment, or NONE. */
FfEnrolmentStatus ff_participant_get_status       (FfParticipant      *self);

G_END_DECLS
