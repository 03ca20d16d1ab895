/* ff-audit-entry.c — one entry of the audit log as a reader sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-audit-entry.h"

struct _FfAuditEntry
{
  GObject  parent_instance;

  char    *time;
  char    *user;
  char    *description;
};

G_DEFINE_FINAL_TYPE (FfAuditEntry, ff_audit_entry, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOCAL_TIME,
  PROP_USER,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ff_audit_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FfAuditEntry *self = FF_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_LOCAL_TIME:
      g_value_take_string (value, ff_audit_entry_dup_local_time (self));
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_audit_entry_finalize (GObject *object)
{
  FfAuditEntry *self = FF_AUDIT_ENTRY (object);

  g_free (self->time);
  g_free (self->user);
  g_free (self->description);

  G_OBJECT_CLASS (ff_audit_entry_parent_class)->finalize (object);
}

static void
ff_audit_entry_class_init (FfAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ff_audit_entry_finalize;
  object_class->get_property = ff_audit_entry_get_property;

  properties[PROP_LOCAL_TIME] = g_param_spec_string ("local-time", NULL, NULL, NULL, flags);
  properties[PROP_USER] = g_param_spec_string ("user", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ff_audit_entry_init (FfAuditEntry *self)
{
}

FfAuditEntry *
ff_audit_entry_new (const char *time,
                    const char *user,
                    const char *description)
{
  FfAuditEntry *self = g_object_new (FF_TYPE_AUDIT_ENTRY, NULL);

  self->time = g_strdup (time != NULL ? time : "");
  self->user = g_strdup (user != NULL ? user : "");
  self->description = g_strdup (description != NULL ? description : "");

  return self;
}

const char *
ff_audit_entry_get_time (FfAuditEntry *self)
{
  g_return_val_if_fail (FF_IS_AUDIT_ENTRY (self), NULL);

  return self->time;
}

const char *
ff_audit_entry_get_user (FfAuditEntry *self)
{
  g_return_val_if_fail (FF_IS_AUDIT_ENTRY (self), NULL);

  return self->user;
}

const char *
ff_audit_entry_get_description (FfAuditEntry *self)
{
  g_return_val_if_fail (FF_IS_AUDIT_ENTRY (self), NULL);

  return self->description;
}

char *
ff_audit_entry_dup_local_time (FfAuditEntry *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (FF_IS_AUDIT_ENTRY (self), NULL);

  utc = g_date_time_new_from_iso8601 (self->time, NULL);
  if (utc == NULL)
    return g_strdup (self->time);

  /* Digits only, the same in every language the interface speaks. */
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%d.%m.%Y %H:%M");
}
