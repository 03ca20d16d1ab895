/* ff-status-change.h — one dated change in an enrolment's status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ff-enrolment-status.h"

G_BEGIN_DECLS

#define FF_TYPE_STATUS_CHANGE (ff_status_change_get_type ())
G_DECLARE_FINAL_TYPE (FfStatusChange, ff_status_change, FF, STATUS_CHANGE, GObject)

FfStatusChange    *ff_status_change_new            (FfEnrolmentStatus   status,
                                                    const char         *date,
                                                    const char         *reason);

FfEnrolmentStatus  ff_status_change_get_status     (FfStatusChange     *self);
const char        *ff_status_change_get_date       (FfStatusChange     *self);
const char        *ff_status_change_get_reason     (FfStatusChange     *self);

G_END_DECLS
