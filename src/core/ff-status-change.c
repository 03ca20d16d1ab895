/* ff-status-change.c — one dated change in an enrolment's status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-status-change.h"

struct _FfStatusChange
{
  GObject            parent_instance;

  FfEnrolmentStatus  status;
  char              *date;
  char              *reason;
};

G_DEFINE_FINAL_TYPE (FfStatusChange, ff_status_change, G_TYPE_OBJECT)

static void
ff_status_change_finalize (GObject *object)
{
  FfStatusChange *self = FF_STATUS_CHANGE (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (ff_status_change_parent_class)->finalize (object);
}

static void
ff_status_change_class_init (FfStatusChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ff_status_change_finalize;
}

static void
ff_status_change_init (FfStatusChange *self)
{
}

FfStatusChange *
ff_status_change_new (FfEnrolmentStatus  status,
                      const char        *date,
                      const char        *reason)
{
  FfStatusChange *self = g_object_new (FF_TYPE_STATUS_CHANGE, NULL);

  self->status = status;
  self->date = g_strdup (date != NULL ? date : "");
  self->reason = g_strdup (reason != NULL ? reason : "");

  return self;
}

FfEnrolmentStatus
ff_status_change_get_status (FfStatusChange *self)
{
  g_return_val_if_fail (FF_IS_STATUS_CHANGE (self), FF_ENROLMENT_STATUS_NONE);

  return self->status;
}

const char *
ff_status_change_get_date (FfStatusChange *self)
{
  g_return_val_if_fail (FF_IS_STATUS_CHANGE (self), "");

  return self->date;
}

const char *
ff_status_change_get_reason (FfStatusChange *self)
{
  g_return_val_if_fail (FF_IS_STATUS_CHANGE (self), "");

  return self->reason;
}
