/* ff-participant-row.c — one participant in the participants list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-format.h"
#include "ff-participant-row.h"

struct _FfParticipantRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *name_label;
  GtkLabel  *native_label;
  GtkLabel  *details_label;

  FfParticipant *participant;  /* shown */
};

G_DEFINE_FINAL_TYPE (FfParticipantRow, ff_participant_row, GTK_TYPE_WIDGET)

static void
ff_participant_row_dispose (GObject *object)
{
  FfParticipantRow *self = FF_PARTICIPANT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PARTICIPANT_ROW);
  g_clear_object (&self->participant);

  G_OBJECT_CLASS (ff_participant_row_parent_class)->dispose (object);
}

/* The list gives every row its width, and the names are ellipsized: measuring the
 * width of each row's text would only lay out text no one sees. */
static void
ff_participant_row_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  FfParticipantRow *self = FF_PARTICIPANT_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  gtk_widget_measure (self->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
ff_participant_row_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  FfParticipantRow *self = FF_PARTICIPANT_ROW (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

/* Rows are reused for other participants: a label that keeps its text keeps its
 * layout. */
static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static void
ff_participant_row_class_init (FfParticipantRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_participant_row_dispose;

  widget_class->measure = ff_participant_row_measure;
  widget_class->size_allocate = ff_participant_row_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-participant-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfParticipantRow, box);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantRow, native_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantRow, details_label);
}

static void
ff_participant_row_init (FfParticipantRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_participant_row_new (void)
{
  return g_object_new (FF_TYPE_PARTICIPANT_ROW, NULL);
}

void
ff_participant_row_set_participant (FfParticipantRow *self,
                                    FfParticipant    *participant)
{
  g_autofree char *arrival = NULL;
  g_autofree char *details = NULL;
  g_autofree char *national_id = NULL;
  const char *native;
  const char *status;

  g_return_if_fail (FF_IS_PARTICIPANT_ROW (self));
  g_return_if_fail (participant == NULL || FF_IS_PARTICIPANT (participant));

  /* Unbinding keeps the texts: the next participant mostly replaces them all, and
   * an unbound row is not shown. */
  if (participant == NULL)
    return;

  /* GTK 4.8 binds a row again when only its selection changes, as it does every row
   * between the one selected before and the one selected now. A record is never
   * changed in place (the list loads a changed one afresh), so the same one shows the
   * same texts. */
  if (participant == self->participant)
    return;
  g_set_object (&self->participant, participant);

  native = ff_participant_get_field (participant, FF_PARTICIPANT_NATIVE_NAME);
  status = ff_enrolment_status_to_label (ff_participant_get_status (participant));
  arrival = ff_format_date (ff_participant_get_field (participant,
                                                      FF_PARTICIPANT_ARRIVAL_DATE), NULL);

  if (*arrival != '\0')
    /* Translators: a participant's status and date of arrival in Norway,
     * e.g. "Active · arrived 03.02.2023" */
    details = g_strdup_printf (_("%s · arrived %s"), status, arrival);
  else
    details = g_strdup (status);

  /* Tells apart two of the same name without showing who they are: masked, as the
   * national id is everywhere on screen until someone asks to see it on their page. */
  national_id = ff_format_national_id_masked (
    ff_participant_get_field (participant, FF_PARTICIPANT_NATIONAL_ID));
  if (*national_id != '\0')
    {
      char *with_id;

      /* Translators: a participant's details in the list (status, arrival) and their
       * masked national identity number, e.g. "Active · arrived 03.02.2023 · 010290 *****" */
      with_id = g_strdup_printf (_("%s · %s"), details, national_id);
      g_free (details);
      details = with_id;
    }

  set_label_text (self->name_label, ff_participant_get_display_name (participant));
  /* Read first by a screen reader, before the details: without a name of its own the
   * row would be read as "FfParticipantRow". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ff_participant_get_display_name (participant), -1);
  set_label_text (self->native_label, native);
  gtk_widget_set_visible (GTK_WIDGET (self->native_label), *native != '\0');
  set_label_text (self->details_label, details);
}

/* A list view in GTK 4.8 keeps up to 200 rows, and makes new ones for a new list. */
#define SPARE_ROWS_MAX 256

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              GPtrArray                *spare_rows)
{
  g_autoptr(GtkWidget) row = NULL;

  if (spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (spare_rows, spare_rows->len - 1);
  else
    row = g_object_ref_sink (ff_participant_row_new ());

  /* GTK 4.8 takes the child away before "teardown": the item keeps the row for it. */
  g_object_set_data_full (G_OBJECT (item), "ff-participant-row", g_object_ref (row),
                          g_object_unref);
  gtk_list_item_set_child (item, row);
}

static void
row_teardown_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 GPtrArray                *spare_rows)
{
  g_autoptr(GtkWidget) row = g_object_steal_data (G_OBJECT (item), "ff-participant-row");

  if (gtk_list_item_get_child (item) != NULL)
    gtk_list_item_set_child (item, NULL);

  if (row == NULL || gtk_widget_get_parent (row) != NULL || spare_rows->len >= SPARE_ROWS_MAX)
    return;

  g_ptr_array_add (spare_rows, g_steal_pointer (&row));
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  ff_participant_row_set_participant (FF_PARTICIPANT_ROW (gtk_list_item_get_child (item)),
                                      gtk_list_item_get_item (item));
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  ff_participant_row_set_participant (FF_PARTICIPANT_ROW (gtk_list_item_get_child (item)),
                                      NULL);
}

GtkListItemFactory *
ff_participant_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GPtrArray *spare_rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* The spare rows go with the factory. */
  g_object_set_data_full (G_OBJECT (factory), "ff-spare-rows", spare_rows,
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), spare_rows);
  g_signal_connect (factory, "teardown", G_CALLBACK (row_teardown_cb), spare_rows);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), NULL);

  return factory;
}
