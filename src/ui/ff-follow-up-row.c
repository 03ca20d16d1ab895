/* ff-follow-up-row.c — one follow-up conversation: its summary, and inside it, made when
 * it is first opened, its details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-follow-up-row.h"

struct _FfFollowUpRow
{
  FfSummaryRow     parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gint64           id;
  FfRecord        *follow_up;     /* as last read */
  GtkWidget       *details;       /* NULL until opened */

  /* template children */
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (FfFollowUpRow, ff_follow_up_row, FF_TYPE_SUMMARY_ROW)

static FfFollowUpDetails *
ensure_details (FfFollowUpRow *self)
{
  if (self->details == NULL)
    {
      self->details = ff_follow_up_details_new (self->store, self->autosave, self->follow_up);
      ff_summary_row_add_row (FF_SUMMARY_ROW (self), self->details);
    }

  return FF_FOLLOW_UP_DETAILS (self->details);
}

static void
drop_details (FfFollowUpRow *self)
{
  if (self->details == NULL)
    return;

  ff_autosave_unbind (self->autosave, &ff_follow_up_type, self->id);
  ff_summary_row_remove_row (FF_SUMMARY_ROW (self), self->details);
  self->details = NULL;
}

static void
expanded_cb (FfFollowUpRow *self)
{
  if (ff_summary_row_get_expanded (FF_SUMMARY_ROW (self)) && self->id != 0)
    ensure_details (self);
}

static void
ff_follow_up_row_dispose (GObject *object)
{
  FfFollowUpRow *self = FF_FOLLOW_UP_ROW (object);

  if (self->details != NULL)
    ff_autosave_unbind (self->autosave, &ff_follow_up_type, self->id);
  self->details = NULL;
  g_clear_object (&self->follow_up);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_follow_up_row_parent_class)->dispose (object);
}

static void
ff_follow_up_row_class_init (FfFollowUpRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_follow_up_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-follow-up-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpRow, delete_button);
}

static void
ff_follow_up_row_init (FfFollowUpRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

GtkWidget *
ff_follow_up_row_new (FfStore    *store,
                      FfAutosave *autosave,
                      FfRecord   *follow_up)
{
  FfFollowUpRow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);

  self = g_object_new (FF_TYPE_FOLLOW_UP_ROW, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  ff_follow_up_row_update (self, follow_up);

  return GTK_WIDGET (self);
}

gint64
ff_follow_up_row_get_id (FfFollowUpRow *self)
{
  g_return_val_if_fail (FF_IS_FOLLOW_UP_ROW (self), 0);

  return self->id;
}

void
ff_follow_up_row_update (FfFollowUpRow *self,
                         FfRecord      *follow_up)
{
  const char *subtitle;
  g_autofree char *described = NULL;
  gint64 open;

  g_return_if_fail (FF_IS_FOLLOW_UP_ROW (self));
  g_return_if_fail (FF_IS_RECORD (follow_up));

  if (ff_record_get_id (follow_up) != self->id)
    {
      ff_summary_row_set_expanded (FF_SUMMARY_ROW (self), FALSE);
      drop_details (self);
      self->id = ff_record_get_id (follow_up);
      /* The target first: the action takes one. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", self->id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button),
                                      "follow-ups.delete");
    }

  g_set_object (&self->follow_up, follow_up);

  subtitle = ff_record_get_subtitle (follow_up);
  open = g_ascii_strtoll (ff_record_get_extra (follow_up, FF_FOLLOW_UP_OPEN_ACTIONS), NULL, 10);
  if (open > 0)
    {
      g_autofree char *actions =
        /* Translators: how many actions agreed in a follow-up conversation are not done
         * yet */
        g_strdup_printf (ngettext ("%d open action", "%d open actions", (gulong) open),
                         (int) open);

      described = *subtitle != '\0'
                    ? g_strconcat (subtitle, C_("separator", " · "), actions, NULL)
                    : g_steal_pointer (&actions);
      subtitle = described;
    }

  ff_summary_row_set_summary (FF_SUMMARY_ROW (self), ff_record_get_title (follow_up), subtitle);
  if (self->details != NULL)
    ff_follow_up_details_update (FF_FOLLOW_UP_DETAILS (self->details), follow_up);
}

FfFollowUpDetails *
ff_follow_up_row_get_details (FfFollowUpRow *self)
{
  g_return_val_if_fail (FF_IS_FOLLOW_UP_ROW (self), NULL);

  return ensure_details (self);
}
