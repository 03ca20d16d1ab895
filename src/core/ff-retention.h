/* ff-retention.h — participants kept longer than the organisation keeps them: those
 * whose last programme ended years ago, to be reviewed and erased (GDPR article 5(1)(e),
 * storage limitation)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

/* How many years after their last programme ended a participant is kept, by default,
 * and the range a user may choose ("retention-years" in the settings). */
#define FF_RETENTION_DEFAULT_YEARS 5
#define FF_RETENTION_MIN_YEARS 1
#define FF_RETENTION_MAX_YEARS 30

/* The "retention-years" setting where the application's settings are installed (the
 * command line shares it), or FF_RETENTION_DEFAULT_YEARS. */
guint       ff_retention_years      (void);

/* One participant due for review. */
typedef struct
{
  gint64  participant_id;
  char   *name;           /* as lists show it: "Olena Kovalenko" */
  char   *programme;      /* the name of their last programme */
  char   *end_date;       /* when it ended, ISO 8601 */
} FfRetentionEntry;

void        ff_retention_entry_free (FfRetentionEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfRetentionEntry, ff_retention_entry_free)

/* The participants (FfRetentionEntry) whose last enrolment ended (completed, dropped
 * out or moved) more than @years years before @now (NULL: today, in local time), and
 * who are in no programme now (referred, on a waiting list, active, on leave …):
 * those who ended longest ago first. A participant never enrolled is not among them. */
GPtrArray  *ff_retention_list       (FfStore          *store,
                                     guint             years,
                                     GDateTime        *now,
                                     GError          **error);

/* The day before which a programme must have ended for ff_retention_list(): @years
 * years before @now, the 28th of February for the 29th in a year without one
 * (newly allocated, ISO 8601). */
char       *ff_retention_cutoff     (guint             years,
                                     GDateTime        *now);

G_END_DECLS
