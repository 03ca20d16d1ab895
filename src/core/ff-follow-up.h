/* ff-follow-up.h — follow-up conversations (oppfølgingssamtaler) with the actions agreed
 * in them, and the flags of participants left without either
 *
 * A conversation has a date, a kind (weekly conversation, individual meeting, phone,
 * online, visit at the workplace), who took part and a summary, and holds the actions
 * agreed: what, who does it, by when, and whether it is done. A participant in a
 * programme (an active enrolment) who has had no conversation for more than a number of
 * days (a preference, 14 by default) is flagged, and so is one with an action past its
 * due date and not done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* Kinds, by index into ff_follow_up_kinds. */
typedef enum
{
  FF_FOLLOW_UP_WEEKLY,              /* "weekly": the weekly conversation */
  FF_FOLLOW_UP_INDIVIDUAL,          /* "individual": an individual meeting */
  FF_FOLLOW_UP_PHONE,               /* "phone" */
  FF_FOLLOW_UP_ONLINE,              /* "online" */
  FF_FOLLOW_UP_WORKPLACE_VISIT,     /* "workplace-visit" */
  FF_FOLLOW_UP_N_KINDS
} FfFollowUpKind;

extern const FfChoiceList ff_follow_up_kinds;

typedef enum
{
  FF_FOLLOW_UP_DATE,                /* required */
  FF_FOLLOW_UP_KIND,
  FF_FOLLOW_UP_PRESENT,             /* who took part */
  FF_FOLLOW_UP_SUMMARY,
  FF_FOLLOW_UP_N_FIELDS
} FfFollowUpField;

/* What a conversation shows but no one edits. */
typedef enum
{
  FF_FOLLOW_UP_PARTICIPANT_ID,
  FF_FOLLOW_UP_PARTICIPANT_NAME,
  FF_FOLLOW_UP_OPEN_ACTIONS,        /* how many of its actions are not done */
} FfFollowUpExtra;

/* Conversations are held by their participant (changed::participant), newest first;
 * the title is the kind, the subtitle the date and who took part. */
extern const FfRecordType ff_follow_up_type;

typedef enum
{
  FF_ACTION_WHAT,                   /* required */
  FF_ACTION_WHO,
  FF_ACTION_DUE,
  FF_ACTION_DONE,                   /* "0" or "1" */
  FF_ACTION_N_FIELDS
} FfActionField;

/* Actions are held by their conversation (changed::follow-up), in the order agreed. */
extern const FfRecordType ff_action_type;

/* The number of days a participant may go without a conversation before being flagged:
 * the "follow-up-days" preference, FF_FOLLOW_UP_DEFAULT_DAYS when there is none. */
#define FF_FOLLOW_UP_DEFAULT_DAYS 14
guint        ff_follow_up_days              (void);

/* A conversation with @participant_id on @date (as typed; NULL: today) of @kind.
 * Returns its id, or 0. */
gint64       ff_follow_up_create            (FfStore            *store,
                                             gint64              participant_id,
                                             const char         *date,
                                             FfFollowUpKind      kind,
                                             const char         *summary,
                                             GError            **error);

/* An action agreed in @follow_up_id: @what, done by @who by @due (as typed, may be
 * NULL). Returns its id, or 0. */
gint64       ff_follow_up_add_action        (FfStore            *store,
                                             gint64              follow_up_id,
                                             const char         *what,
                                             const char         *who,
                                             const char         *due,
                                             GError            **error);

/* Ticks an action off, or on again. */
gboolean     ff_follow_up_set_action_done   (FfStore            *store,
                                             gint64              action_id,
                                             gboolean            done,
                                             GError            **error);

/* The conversations of @participant_id, newest first. */
GPtrArray   *ff_follow_up_list              (FfStore            *store,
                                             gint64              participant_id,
                                             GError            **error);

/* Whether a participant is flagged on @today (YYYY-MM-DD; NULL: today), by kind. */
typedef enum
{
  FF_FOLLOW_UP_FLAG_NO_CONVERSATION = 1 << 0,  /* active for more than @days days with no
                                                * conversation in the last @days days */
  FF_FOLLOW_UP_FLAG_OVERDUE_ACTION  = 1 << 1,  /* an action due before @today not done */
  FF_FOLLOW_UP_FLAG_UNEVALUATED     = 1 << 2,  /* a placement ended before @today
                                                * without an evaluation */
} FfFollowUpFlags;

#define FF_FOLLOW_UP_FLAG_ANY (FF_FOLLOW_UP_FLAG_NO_CONVERSATION \
                               | FF_FOLLOW_UP_FLAG_OVERDUE_ACTION \
                               | FF_FOLLOW_UP_FLAG_UNEVALUATED)

/* The flags of @participant_id on @today with @days (0: ff_follow_up_days()). A
 * participant is followed up while an enrolment of theirs is active; one active since
 * @today - @days or later is not yet flagged for want of a conversation. A conversation
 * on @today - @days is recent enough; one the day before is not. An action due on
 * @today is not overdue. */
FfFollowUpFlags ff_follow_up_flags          (FfStore            *store,
                                             gint64              participant_id,
                                             const char         *today,
                                             guint               days,
                                             GError            **error);

/* Actions not done whose due date is on or before @until (YYYY-MM-DD; NULL: today),
 * the earliest first, of participants not deleted: FfRecord objects of ff_action_type
 * with the participant in their extra columns. */
typedef enum
{
  FF_ACTION_PARTICIPANT_ID,
  FF_ACTION_PARTICIPANT_NAME,
  FF_ACTION_FOLLOW_UP_DATE,
} FfActionExtra;

GPtrArray   *ff_follow_up_actions_due       (FfStore            *store,
                                             const char         *until,
                                             GError            **error);

/* The ids of every conversation of participants not deleted, the newest first. */
GArray      *ff_follow_up_query_ids         (FfStore            *store,
                                             GError            **error);

G_END_DECLS
