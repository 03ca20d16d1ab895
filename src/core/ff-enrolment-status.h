/* ff-enrolment-status.h — where a participant stands in a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-choice.h"

G_BEGIN_DECLS

typedef enum
{
  FF_ENROLMENT_STATUS_ANY = -1,  /* only in queries */
  FF_ENROLMENT_STATUS_NONE = 0,  /* not enrolled anywhere */
  FF_ENROLMENT_STATUS_REFERRED,
  FF_ENROLMENT_STATUS_INTERVIEWED,
  FF_ENROLMENT_STATUS_WAITING_LIST,
  FF_ENROLMENT_STATUS_ACTIVE,
  FF_ENROLMENT_STATUS_ON_LEAVE,
  FF_ENROLMENT_STATUS_COMPLETED,
  FF_ENROLMENT_STATUS_DROPPED_OUT,
  FF_ENROLMENT_STATUS_MOVED,
  FF_ENROLMENT_N_STATUSES
} FfEnrolmentStatus;

/* Indexed by FfEnrolmentStatus, from NONE (the key "") on. */
extern const FfChoiceList ff_enrolment_statuses;

/* Stable English key stored in the database: "referred", "waiting-list" … ("" for NONE). */
const char        *ff_enrolment_status_to_key   (FfEnrolmentStatus status);
/* FF_ENROLMENT_STATUS_NONE for an unknown key. */
FfEnrolmentStatus  ff_enrolment_status_from_key (const char       *key);
/* Translated label: "Waiting list", "Active" … ("Not enrolled" for NONE). */
const char        *ff_enrolment_status_to_label (FfEnrolmentStatus status);

G_END_DECLS
