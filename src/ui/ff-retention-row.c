/* ff-retention-row.c — one participant due for a retention review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-format.h"
#include "ff-retention-row.h"

struct _FfRetentionRow
{
  AdwActionRow  parent_instance;

  gint64        participant_id;
  char         *name;

  /* template widgets */
  GtkWidget    *open_button;
  GtkWidget    *erase_button;
};

G_DEFINE_FINAL_TYPE (FfRetentionRow, ff_retention_row, ADW_TYPE_ACTION_ROW)

static void
ff_retention_row_finalize (GObject *object)
{
  FfRetentionRow *self = FF_RETENTION_ROW (object);

  g_free (self->name);

  G_OBJECT_CLASS (ff_retention_row_parent_class)->finalize (object);
}

static void
ff_retention_row_class_init (FfRetentionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ff_retention_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-retention-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfRetentionRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, FfRetentionRow, erase_button);
}

static void
ff_retention_row_init (FfRetentionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_retention_row_new (const FfRetentionEntry *entry)
{
  FfRetentionRow *self;
  g_autofree char *ended = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *open_label = NULL;
  g_autofree char *erase_label = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (FF_TYPE_RETENTION_ROW, NULL);
  self->participant_id = entry->participant_id;
  self->name = g_strdup (entry->name);

  ended = ff_format_date (entry->end_date, NULL);
  /* Translators: under a participant's name in the retention review: %s is their last
   * programme, %s the day it ended */
  subtitle = g_strdup_printf (_("%s, ended %s"), entry->programme, ended);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), entry->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "x",
                                    entry->participant_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->erase_button), "x",
                                    entry->participant_id);

  /* The buttons show only icons: a screen reader says whom they are for. */
  /* Translators: what a screen reader says of a button; %s is a participant's name */
  open_label = g_strdup_printf (_("Open %s"), entry->name);
  /* Translators: what a screen reader says of a button; %s is a participant's name */
  erase_label = g_strdup_printf (_("Erase %s"), entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->erase_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, erase_label, -1);

  return GTK_WIDGET (self);
}

gint64
ff_retention_row_get_participant (FfRetentionRow *self)
{
  g_return_val_if_fail (FF_IS_RETENTION_ROW (self), 0);

  return self->participant_id;
}

const char *
ff_retention_row_get_name (FfRetentionRow *self)
{
  g_return_val_if_fail (FF_IS_RETENTION_ROW (self), NULL);

  return self->name;
}
