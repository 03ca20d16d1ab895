/* ff-job-log-private.h — what the parts of the job-seeker log share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-job-log.h"

G_BEGIN_DECLS

/* SQL of a participant's display name, as ff_participant_get_display_name() makes it,
 * for the participant whose id is the SQL expression @id. */
#define FF_JOB_PARTICIPANT_NAME_SQL(id) \
  "(SELECT CASE WHEN trim(pn.given_name || ' ' || pn.family_name) <> ''" \
  " THEN trim(pn.given_name || ' ' || pn.family_name) ELSE pn.native_name END" \
  " FROM participant pn WHERE pn.id = " id ")"

/* The statuses of applications still open, in SQL (the follow-up index's condition). */
#define FF_JOB_OPEN_STATUSES_SQL "('not-started', 'sent', 'interview')"

/* SQL: the participant @id (an SQL expression) is not deleted; read from the few that
 * are, so that an index of applications alone answers the rest. */
#define FF_JOB_PARTICIPANT_ALIVE_SQL(id) \
  id " NOT IN (SELECT d.id FROM participant d WHERE d.deleted_at IS NOT NULL)"

/* Inside the caller's transaction: one change of an application's status. */
gboolean     ff_job_application_add_change (FfStore      *store,
                                            gint64        application_id,
                                            const char   *status,
                                            const char   *date,
                                            GError      **error);

G_END_DECLS
