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

G_DEFINE_TYPE (FfStatusChange, ff_status_change, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_DATE,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ff_status_change_finalize (GObject *object)
{
  FfStatusChange *self = FF_STATUS_CHANGE (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (ff_status_change_parent_class)->finalize (object);
}

static void
ff_status_change_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FfStatusChange *self = FF_STATUS_CHANGE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, ff_enrolment_status_to_label (self->status));
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_status_change_class_init (FfStatusChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ff_status_change_finalize;
  object_class->get_property = ff_status_change_get_property;

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      FF_ENROLMENT_STATUS_NONE, FF_ENROLMENT_N_STATUSES - 1,
                      FF_ENROLMENT_STATUS_NONE, flags);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, "", flags);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
