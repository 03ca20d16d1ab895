/* ff-timeline.h — everything that happened to a participant, newest first, in one list
 *
 * The timeline of a participant's page: changes of an enrolment's status, plans begun
 * and signed, placements, follow-up conversations and the actions agreed in them
 * (at their due dates), mentor meetings, job applications and outcomes. One query over
 * the indexes of each kind, newest first, filtered by kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

typedef enum
{
  FF_TIMELINE_STATUS,          /* a change of an enrolment's status */
  FF_TIMELINE_PLAN,            /* a plan begun, or a version signed */
  FF_TIMELINE_PLACEMENT,       /* a placement, at its start */
  FF_TIMELINE_FOLLOW_UP,       /* a follow-up conversation */
  FF_TIMELINE_ACTION,          /* an action agreed in one, at its due date */
  FF_TIMELINE_MEETING,         /* a meeting with a mentor */
  FF_TIMELINE_APPLICATION,     /* a job application */
  FF_TIMELINE_OUTCOME,         /* the outcome of an enrolment */
  FF_TIMELINE_N_KINDS
} FfTimelineKind;

/* A set of kinds, for the filter: FF_TIMELINE_BIT (FF_TIMELINE_PLACEMENT) | …; 0 or
 * FF_TIMELINE_ALL: every kind. */
#define FF_TIMELINE_BIT(kind) (1u << (kind))
#define FF_TIMELINE_ALL ((1u << FF_TIMELINE_N_KINDS) - 1)

/* The name of a kind as the filter shows it, translated: "Status changes",
 * "Plans" … */
const char  *ff_timeline_kind_label  (FfTimelineKind kind);

typedef struct
{
  FfTimelineKind   kind;
  char             date[11];   /* YYYY-MM-DD */
  char            *title;      /* "Work practice", "Plan signed", "Active" … */
  char            *subtitle;   /* "Rema 1000 Vang · 01.09.2025 – 30.11.2025" */
  /* What opening the item opens: the record @id (an enrolment for a status change or
   * an outcome's enrolment, a plan version, a placement, a conversation, a match, a
   * job application) and within it the row @part_id (the status change, the outcome,
   * the action, the meeting; 0 when the item is the record itself). */
  gint64           id;
  gint64           part_id;
} FfTimelineItem;

void         ff_timeline_item_free   (FfTimelineItem *item);

/* The timeline of @participant_id: the kinds in @kinds (0: all), newest first (by
 * date, then the later kind in FfTimelineKind, then the later entered), the first
 * @limit (0: all). FfTimelineItem. A participant with nothing yet has an empty one. */
GPtrArray   *ff_timeline_list        (FfStore        *store,
                                      gint64          participant_id,
                                      guint           kinds,
                                      guint           limit,
                                      GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfTimelineItem, ff_timeline_item_free)

G_END_DECLS
