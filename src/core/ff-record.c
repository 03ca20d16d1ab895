/* ff-record.c — a record read from the store, of any kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-record-private.h"
#include "ff-store-private.h"

typedef struct
{
  const FfRecordType  *type;
  gint64               id;
  char                *uuid;
  char                *created_at;
  char                *updated_at;
  gboolean             archived;
  char               **values;     /* n_fields, NULL-terminated */
  char               **extra;      /* n_extra, NULL-terminated */
  char                *title;      /* made when first asked for, by type->title */
  char                *subtitle;   /* made when first asked for */
} FfRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (FfRecord, ff_record, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

FfRecord *
ff_record_new_from_row (const FfRecordType *type,
                        sqlite3_stmt       *stmt)
{
  GType gtype = type->get_gtype != NULL ? type->get_gtype () : FF_TYPE_RECORD;
  FfRecord *self = g_object_new (gtype, NULL);
  FfRecordPrivate *priv = ff_record_get_instance_private (self);
  int column = 5;

  priv->type = type;
  priv->id = sqlite3_column_int64 (stmt, 0);
  priv->uuid = g_strdup (ff_store_column_text (stmt, 1));
  priv->created_at = g_strdup (ff_store_column_text (stmt, 2));
  priv->updated_at = g_strdup (ff_store_column_text (stmt, 3));
  priv->archived = sqlite3_column_int (stmt, 4) != 0;
  priv->values = g_new0 (char *, type->n_fields + 1);
  for (guint i = 0; i < type->n_fields; i++)
    priv->values[i] = ff_record_column_value (stmt, column++, &type->fields[i]);
  priv->extra = g_new0 (char *, type->n_extra + 1);
  for (guint i = 0; i < type->n_extra; i++)
    priv->extra[i] = g_strdup (ff_store_column_text (stmt, column++));

  return self;
}

/* The object */

static void
ff_record_finalize (GObject *object)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (FF_RECORD (object));

  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);
  g_clear_pointer (&priv->values, g_strfreev);
  g_clear_pointer (&priv->extra, g_strfreev);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->subtitle, g_free);

  G_OBJECT_CLASS (ff_record_parent_class)->finalize (object);
}

static void
ff_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FfRecord *self = FF_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, ff_record_get_id (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, ff_record_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, ff_record_get_subtitle (self));
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, ff_record_get_archived (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_record_class_init (FfRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ff_record_finalize;
  object_class->get_property = ff_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "", flags);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ff_record_init (FfRecord *self)
{
}

const FfRecordType *
ff_record_get_record_type (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->type;
}

gint64
ff_record_get_id (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), 0);

  return priv->id;
}

const char *
ff_record_get_uuid (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->uuid;
}

const char *
ff_record_get_created_at (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->created_at;
}

const char *
ff_record_get_updated_at (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->updated_at;
}

gboolean
ff_record_get_archived (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), FALSE);

  return priv->archived;
}

const char *
ff_record_get (FfRecord *self,
               guint     field)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");
  g_return_val_if_fail (priv->values != NULL && field < priv->type->n_fields, "");

  return priv->values[field];
}

const char * const *
ff_record_get_values (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return (const char * const *) priv->values;
}

const char *
ff_record_get_extra (FfRecord *self,
                     guint     index)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");
  g_return_val_if_fail (priv->extra != NULL && index < priv->type->n_extra, "");

  return priv->extra[index];
}

const char *
ff_record_get_title (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");

  if (priv->values == NULL)
    return "";

  if (priv->type->title == NULL)
    return priv->values[priv->type->title_field];

  if (priv->title == NULL)
    priv->title = priv->type->title ((const char * const *) priv->values);

  return priv->title;
}

const char *
ff_record_get_subtitle (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");

  if (priv->subtitle == NULL)
    priv->subtitle = priv->type != NULL && priv->type->describe != NULL
                       ? priv->type->describe ((const char * const *) priv->values)
                       : g_strdup ("");

  return priv->subtitle;
}
