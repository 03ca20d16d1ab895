/* ff-enrolment-status.c — where a participant stands in a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-enrolment-status.h"

typedef struct
{
  const char *key;
  const char *label;
} StatusInfo;

/* Indexed by FfEnrolmentStatus; the keys are stored in files and never change. */
static const StatusInfo statuses[FF_ENROLMENT_N_STATUSES] = {
  /* Translators: the status of someone who has no enrolment in any programme */
  [FF_ENROLMENT_STATUS_NONE] = { "", N_("Not enrolled") },
  /* Translators: an enrolment status: sent to the programme by NAV or another service */
  [FF_ENROLMENT_STATUS_REFERRED] = { "referred", N_("Referred") },
  /* Translators: an enrolment status: the intake interview has taken place */
  [FF_ENROLMENT_STATUS_INTERVIEWED] = { "interviewed", N_("Interviewed") },
  /* Translators: an enrolment status */
  [FF_ENROLMENT_STATUS_WAITING_LIST] = { "waiting-list", N_("Waiting list") },
  /* Translators: an enrolment status: taking part in the programme now */
  [FF_ENROLMENT_STATUS_ACTIVE] = { "active", N_("Active") },
  /* Translators: an enrolment status: a pause, e.g. parental or sick leave */
  [FF_ENROLMENT_STATUS_ON_LEAVE] = { "on-leave", N_("On leave") },
  /* Translators: an enrolment status */
  [FF_ENROLMENT_STATUS_COMPLETED] = { "completed", N_("Completed") },
  /* Translators: an enrolment status: left the programme before its end */
  [FF_ENROLMENT_STATUS_DROPPED_OUT] = { "dropped-out", N_("Dropped out") },
  /* Translators: an enrolment status: moved to another municipality */
  [FF_ENROLMENT_STATUS_MOVED] = { "moved", N_("Moved") },
};

const char *
ff_enrolment_status_to_key (FfEnrolmentStatus status)
{
  if (status <= FF_ENROLMENT_STATUS_NONE || status >= FF_ENROLMENT_N_STATUSES)
    return "";

  return statuses[status].key;
}

FfEnrolmentStatus
ff_enrolment_status_from_key (const char *key)
{
  if (key == NULL || *key == '\0')
    return FF_ENROLMENT_STATUS_NONE;

  for (guint i = FF_ENROLMENT_STATUS_REFERRED; i < FF_ENROLMENT_N_STATUSES; i++)
    {
      if (strcmp (statuses[i].key, key) == 0)
        return (FfEnrolmentStatus) i;
    }

  return FF_ENROLMENT_STATUS_NONE;
}

const char *
ff_enrolment_status_to_label (FfEnrolmentStatus status)
{
  if (status < FF_ENROLMENT_STATUS_NONE || status >= FF_ENROLMENT_N_STATUSES)
    status = FF_ENROLMENT_STATUS_NONE;

  return _(statuses[status].label);
}
