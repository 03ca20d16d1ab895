/* ff-mentor.h — mentors, their matches with participants, and the meeting log of
 * each match
 *
 * A mentor is a volunteer friend (bulystven), a professional mentor, a workplace mentor
 * (at an employer of the register) or a lecturer, with the languages they speak, their
 * skills and interests, where they live and when they can meet. A match links a mentor
 * and a participant for a period, with goals and a status: proposed, active, paused or
 * ended (with a reason). Each match has a log of meetings: a date, the hours spent
 * (typed "1,5" or "1.5"; the volunteer hours reported to the ministry), what was done
 * and notes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* Kinds of mentor, by index into ff_mentor_kinds. */
typedef enum
{
  FF_MENTOR_VOLUNTEER_FRIEND,    /* "volunteer-friend": bulystven, fadder */
  FF_MENTOR_PROFESSIONAL,        /* "professional" */
  FF_MENTOR_WORKPLACE,           /* "workplace": at an employer */
  FF_MENTOR_LECTURER,            /* "lecturer" */
  FF_MENTOR_N_KINDS
} FfMentorKind;

extern const FfChoiceList ff_mentor_kinds;

typedef enum
{
  FF_MENTOR_NAME,                /* required */
  FF_MENTOR_KIND,                /* a key of ff_mentor_kinds */
  FF_MENTOR_PHONE,
  FF_MENTOR_EMAIL,
  FF_MENTOR_LANGUAGES,           /* "norsk, ukrainsk": a list, by commas */
  FF_MENTOR_INTERESTS,           /* skills and interests, a list by commas */
  FF_MENTOR_MUNICIPALITY,
  FF_MENTOR_EMPLOYER_ID,         /* the employer of a workplace mentor, or "" */
  FF_MENTOR_AVAILABILITY,        /* when they can meet, as typed */
  FF_MENTOR_NOTES,
  FF_MENTOR_N_FIELDS
} FfMentorField;

/* Mentors are FfRecord objects of this type: archivable, sorted by name, searched by
 * name, languages, interests and municipality. Their subtitle is the kind and the
 * municipality: "Volunteer friend · Vang". */
extern const FfRecordType ff_mentor_type;

/* Statuses of a match, by index into ff_match_statuses. */
typedef enum
{
  FF_MATCH_PROPOSED,             /* "proposed" */
  FF_MATCH_ACTIVE,               /* "active" */
  FF_MATCH_PAUSED,               /* "paused" */
  FF_MATCH_ENDED,                /* "ended" */
  FF_MATCH_N_STATUSES
} FfMatchStatus;

extern const FfChoiceList ff_match_statuses;

typedef enum
{
  FF_MATCH_PARTICIPANT_ID,       /* required */
  FF_MATCH_START,
  FF_MATCH_END,                  /* not before the start */
  FF_MATCH_GOALS,
  FF_MATCH_STATUS,               /* a key of ff_match_statuses */
  FF_MATCH_REASON,               /* why it was paused or ended */
  FF_MATCH_N_FIELDS
} FfMatchField;

/* What a match shows but no one edits, by ff_record_get_extra(). */
typedef enum
{
  FF_MATCH_MENTOR_ID,
  FF_MATCH_MENTOR_NAME,
  FF_MATCH_PARTICIPANT_NAME,
  FF_MATCH_HOURS,                /* the hours of its meetings, in hundredths ("1250") */
} FfMatchExtra;

/* Matches are held by their mentor (changed::mentor); the newest first. Their title is
 * the participant's name, their subtitle the status and period. */
extern const FfRecordType ff_match_type;

typedef enum
{
  FF_MEETING_DATE,               /* required */
  FF_MEETING_HOURS,              /* over 0 and at most 24, "1.5" */
  FF_MEETING_WHAT,
  FF_MEETING_NOTES,
  FF_MEETING_N_FIELDS
} FfMeetingField;

/* Meetings are held by their match (changed::match), the newest first. */
extern const FfRecordType ff_meeting_type;

/* Creates a mentor named @name of @kind; returns the id, or 0. */
gint64       ff_mentor_create              (FfStore            *store,
                                            const char         *name,
                                            FfMentorKind        kind,
                                            GError            **error);

/* How many matches of @mentor_id are active now (what to ask before deleting a
 * mentor), or -1 with @error set. */
gint64       ff_mentor_count_active_matches (FfStore           *store,
                                             gint64             mentor_id,
                                             GError           **error);

/* Matches @mentor_id with @participant_id from @start (YYYY-MM-DD or as typed; NULL:
 * no date yet) as @status. Returns the match's id, or 0. */
gint64       ff_match_create               (FfStore            *store,
                                            gint64              mentor_id,
                                            gint64              participant_id,
                                            const char         *start,
                                            FfMatchStatus       status,
                                            GError            **error);

/* The matches of @participant_id, newest first, as FfRecord objects of ff_match_type. */
GPtrArray   *ff_match_list_for_participant (FfStore            *store,
                                            gint64              participant_id,
                                            GError            **error);

/* Logs a meeting of match @match_id on @date with @hours as typed ("1,5"). Returns
 * the meeting's id, or 0 (hours over 24 or not over 0 are refused). */
gint64       ff_meeting_create             (FfStore            *store,
                                            gint64              match_id,
                                            const char         *date,
                                            const char         *hours,
                                            const char         *what,
                                            GError            **error);

/* The hours of the meetings of @mentor_id's matches from @from to @to (YYYY-MM-DD,
 * NULL for no bound), in hundredths of an hour: the volunteer hours of a period. */
gint64       ff_mentor_hundredths          (FfStore            *store,
                                            gint64              mentor_id,
                                            const char         *from,
                                            const char         *to,
                                            GError            **error);

/* "Find a mentor" */

/* What a mentor and a participant may share: their languages, their municipality
 * and their interests, each a list of words by commas. */
typedef struct
{
  const char *languages;
  const char *municipality;
  const char *interests;
} FfMentorTerms;

/* How much @mentor shares with @participant: one for each language both name, one for
 * the same municipality, one for each interest both name; items compare folded (case
 * and accents) and whole ("fotball" is not "fotballtrener"). */
guint        ff_mentor_shared              (const FfMentorTerms *participant,
                                            const FfMentorTerms *mentor);

/* What @mentor shares with @participant, as the mentor's own words: the languages,
 * then the municipality, then the interests that ff_mentor_shared() counts, each once
 * ("ukrainsk, Vang, fotball"); NULL-terminated, empty when nothing is shared. */
GStrv        ff_mentor_shared_items        (const FfMentorTerms *participant,
                                            const FfMentorTerms *mentor);

typedef struct
{
  gint64   mentor_id;
  char    *name;
  char    *kind;            /* a key of ff_mentor_kinds */
  guint    shared;          /* ff_mentor_shared() */
  guint    active_matches;
  GStrv    shared_items;    /* ff_mentor_shared_items() */
} FfMentorSuggestion;

void         ff_mentor_suggestion_free     (FfMentorSuggestion  *suggestion);

/* The order of suggestions: more shared first; of those that share as much, fewest
 * active matches first; then by name. A GCompareFunc of FfMentorSuggestion pointers'
 * addresses (for g_ptr_array_sort). */
int          ff_mentor_suggestion_compare  (gconstpointer        a,
                                            gconstpointer        b);

/* Mentors for @participant_id: those not archived who share something with them and
 * have no active, paused or proposed match with them already, in the order of
 * ff_mentor_suggestion_compare(), the first @limit (0: all). FfMentorSuggestion. */
GPtrArray   *ff_mentor_suggest             (FfStore            *store,
                                            gint64              participant_id,
                                            guint               limit,
                                            GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfMentorSuggestion, ff_mentor_suggestion_free)

G_END_DECLS
