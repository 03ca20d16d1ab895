/* ff-enrolment-status.c — where a participant stands in a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-enrolment-status.h"

/* Indexed by FfEnrolmentStatus; the keys are stored in files and never change. */
static const FfChoice statuses[FF_ENROLMENT_N_STATUSES] = {
  /* Translators: the status of someone who has no enrolment in any programme */
  [FF_ENROLMENT_STATUS_NONE] = { "", NULL, N_("Not enrolled") },
  /* Translators: an enrolment status: sent to the programme by NAV or another service */
  [FF_ENROLMENT_STATUS_REFERRED] = { "referred", NULL, N_("Referred") },
  /* Translators: an enrolment status: the intake interview has taken place */
  [FF_ENROLMENT_STATUS_INTERVIEWED] = { "interviewed", NULL, N_("Interviewed") },
  /* Translators: an enrolment status */
  [FF_ENROLMENT_STATUS_WAITING_LIST] = { "waiting-list", NULL, N_("Waiting list") },
  /* Translators: an enrolment status: taking part in the programme now */
  [FF_ENROLMENT_STATUS_ACTIVE] = { "active", NULL, N_("Active") },
  /* Translators: an enrolment status: a pause, e.g. parental or sick leave */
  [FF_ENROLMENT_STATUS_ON_LEAVE] = { "on-leave", NULL, N_("On leave") },
  /* Translators: an enrolment status */
  [FF_ENROLMENT_STATUS_COMPLETED] = { "completed", NULL, N_("Completed") },
  /* Translators: an enrolment status: left the programme before its end */
  [FF_ENROLMENT_STATUS_DROPPED_OUT] = { "dropped-out", NULL, N_("Dropped out") },
  /* Translators: an enrolment status: moved to another municipality */
  [FF_ENROLMENT_STATUS_MOVED] = { "moved", NULL, N_("Moved") },
};

const FfChoiceList ff_enrolment_statuses = {
  statuses, G_N_ELEMENTS (statuses), FF_ENROLMENT_STATUS_NONE, NULL,
};

const char *
ff_enrolment_status_to_key (FfEnrolmentStatus status)
{
  if (status <= FF_ENROLMENT_STATUS_NONE || status >= FF_ENROLMENT_N_STATUSES)
    return "";

  return ff_choice_list_key (&ff_enrolment_statuses, status);
}

FfEnrolmentStatus
ff_enrolment_status_from_key (const char *key)
{
  return ff_choice_list_index (&ff_enrolment_statuses, key);
}

const char *
ff_enrolment_status_to_label (FfEnrolmentStatus status)
{
  if (status < FF_ENROLMENT_STATUS_NONE || status >= FF_ENROLMENT_N_STATUSES)
    status = FF_ENROLMENT_STATUS_NONE;

  return ff_choice_list_label (&ff_enrolment_statuses, status);
}
