/* ff-outcome-group.c — what became of a participant at the end of each enrolment, on
 * their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-outcome.h"
#include "ff-outcome-group.h"

struct _FfOutcomeGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template children */
  GtkListBox          *outcomes_list;
};

G_DEFINE_FINAL_TYPE (FfOutcomeGroup, ff_outcome_group, ADW_TYPE_PREFERENCES_GROUP)

/* "01.06.2026 · Rema 1000 Vang · Introduction programme" */
static char *
describe (FfRecord *outcome)
{
  g_autofree char *date = ff_format_date (ff_record_get (outcome, FF_OUTCOME_DATE), NULL);
  const char *parts[] = { date, ff_record_get (outcome, FF_OUTCOME_PLACE),
                          ff_record_get_extra (outcome, FF_OUTCOME_PROGRAMME_NAME) };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, C_("separator", " · "));
      g_string_append (text, parts[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
ff_outcome_group_class_init (FfOutcomeGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-outcome-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeGroup, outcomes_list);
}

static void
ff_outcome_group_init (FfOutcomeGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_outcome_group_new (void)
{
  return g_object_new (FF_TYPE_OUTCOME_GROUP, NULL);
}

void
ff_outcome_group_show (FfOutcomeGroup *self,
                       FfStore        *store,
                       GPtrArray      *enrolments)
{
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  GtkListBoxRow *extra;

  g_return_if_fail (FF_IS_OUTCOME_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));

  /* An enrolment has one outcome, seldom more: one query each. */
  for (guint i = 0; enrolments != NULL && i < enrolments->len; i++)
    {
      gint64 enrolment_id = ff_record_get_id (g_ptr_array_index (enrolments, i));
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;

      found = ff_outcome_list (store, enrolment_id, &error);
      if (found == NULL)
        {
          g_warning ("Could not read the outcomes of enrolment %" G_GINT64_FORMAT ": %s",
                     enrolment_id, error->message);
          continue;
        }
      for (guint j = 0; j < found->len; j++)
        g_ptr_array_add (outcomes, g_object_ref (g_ptr_array_index (found, j)));
    }

  for (guint i = 0; i < outcomes->len; i++)
    {
      FfRecord *outcome = g_ptr_array_index (outcomes, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->outcomes_list, i);
      g_autofree char *subtitle = describe (outcome);

      if (row == NULL)
        {
          row = GTK_LIST_BOX_ROW (adw_action_row_new ());
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
          gtk_list_box_append (self->outcomes_list, GTK_WIDGET (row));
        }

      g_object_set_data (G_OBJECT (row), "ff-outcome-id",
                         GSIZE_TO_POINTER ((gsize) ff_record_get_id (outcome)));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ff_record_get_title (outcome));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  while ((extra = gtk_list_box_get_row_at_index (self->outcomes_list, outcomes->len)) != NULL)
    gtk_list_box_remove (self->outcomes_list, GTK_WIDGET (extra));

  gtk_widget_set_visible (GTK_WIDGET (self), outcomes->len > 0);
}

GtkWidget *
ff_outcome_group_get_row (FfOutcomeGroup *self,
                          gint64          id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (FF_IS_OUTCOME_GROUP (self), NULL);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->outcomes_list, i)); i++)
    {
      if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "ff-outcome-id")) == id)
        return GTK_WIDGET (row);
    }

  return NULL;
}

gboolean
ff_outcome_group_open (FfOutcomeGroup *self,
                       gint64          id)
{
  GtkWidget *row = ff_outcome_group_get_row (self, id);

  if (row == NULL)
    return FALSE;

  gtk_widget_grab_focus (row);
  return TRUE;
}
