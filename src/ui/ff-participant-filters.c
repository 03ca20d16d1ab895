/* ff-participant-filters.c — the filters of the participants list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-participant-filters.h"
#include "ff-programme.h"

struct _FfParticipantFilters
{
  GtkWidget               parent_instance;

  FfParticipantListModel *model;
  GArray                 *programme_ids;  /* gint64 per programme_names item; 0: all */

  /* template children */
  GtkWidget              *box;
  GtkDropDown            *programme_dropdown;
  GtkStringList          *programme_names;
  GtkToggleButton        *reviews_due_button;
  GtkToggleButton        *flagged_button;
  GtkDropDown            *status_dropdown;
  GtkStringList          *status_names;
  GtkDropDown            *sort_dropdown;
};

G_DEFINE_FINAL_TYPE (FfParticipantFilters, ff_participant_filters, GTK_TYPE_WIDGET)

/* The items of the sort drop-down. */
static const FfParticipantSort sorts[] = {
  FF_PARTICIPANT_SORT_NAME,
  FF_PARTICIPANT_SORT_STATUS,
  FF_PARTICIPANT_SORT_ARRIVAL,
};

/* Item 0 of the status drop-down is "All statuses"; the others follow the enumeration
 * from NONE, as ANY comes just before it. */
G_STATIC_ASSERT (FF_ENROLMENT_STATUS_ANY + 1 == FF_ENROLMENT_STATUS_NONE);

/* The drop-down's item of the programme the model filters by; 0 ("All programmes")
 * when it is no longer listed. */
static guint
programme_position (FfParticipantFilters *self)
{
  gint64 id = ff_participant_list_model_get_programme_id (self->model);

  for (guint i = 0; i < self->programme_ids->len; i++)
    {
      if (g_array_index (self->programme_ids, gint64, i) == id)
        return i;
    }

  return 0;
}

/* Shows what the model filters by; setting it back from here changes nothing. */
static void
sync_from_model (FfParticipantFilters *self)
{
  FfParticipantSort sort = ff_participant_list_model_get_sort (self->model);

  gtk_drop_down_set_selected (self->programme_dropdown, programme_position (self));
  gtk_drop_down_set_selected (self->status_dropdown,
                              (guint) (ff_participant_list_model_get_status (self->model) -
                                       FF_ENROLMENT_STATUS_ANY));
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    {
      if (sorts[i] == sort)
        gtk_drop_down_set_selected (self->sort_dropdown, i);
    }
  gtk_toggle_button_set_active (self->reviews_due_button,
                                ff_participant_list_model_get_reviews_due (self->model));
  gtk_toggle_button_set_active (self->flagged_button,
                                ff_participant_list_model_get_flagged (self->model));
}

static void
programme_selected_cb (FfParticipantFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->programme_dropdown);

  if (self->model != NULL && selected < self->programme_ids->len)
    ff_participant_list_model_set_programme_id (self->model,
                                                g_array_index (self->programme_ids, gint64,
                                                               selected));
}

static void
reviews_due_toggled_cb (FfParticipantFilters *self)
{
  gboolean active = gtk_toggle_button_get_active (self->reviews_due_button);

  if (self->model != NULL)
    ff_participant_list_model_set_reviews_due (self->model, active);
}

static void
flagged_toggled_cb (FfParticipantFilters *self)
{
  gboolean active = gtk_toggle_button_get_active (self->flagged_button);

  if (self->model != NULL)
    ff_participant_list_model_set_flagged (self->model, active);
}

static void
status_selected_cb (FfParticipantFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->model != NULL && selected != GTK_INVALID_LIST_POSITION)
    ff_participant_list_model_set_status (self->model,
                                          (FfEnrolmentStatus) selected + FF_ENROLMENT_STATUS_ANY);
}

static void
sort_selected_cb (FfParticipantFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->model != NULL && selected < G_N_ELEMENTS (sorts))
    ff_participant_list_model_set_sort (self->model, sorts[selected]);
}

/* "All programmes", then the programmes that are not archived, keeping the one chosen. */
static void
reload_programmes (FfParticipantFilters *self)
{
  FfStore *store = ff_record_list_model_get_store (FF_RECORD_LIST_MODEL (self->model));
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const gint64 every = 0;

  programmes = ff_programme_list (store, FALSE, &error);
  if (programmes == NULL)
    {
      g_warning ("Cannot list programmes: %s", error->message);
      return;
    }

  g_array_set_size (self->programme_ids, 0);
  g_array_append_val (self->programme_ids, every);
  g_ptr_array_add (names, (gpointer) _("All programmes"));
  for (guint i = 0; i < programmes->len; i++)
    {
      FfProgramme *programme = g_ptr_array_index (programmes, i);
      gint64 id = ff_programme_get_id (programme);

      g_array_append_val (self->programme_ids, id);
      g_ptr_array_add (names, (gpointer) ff_programme_get_name (programme));
    }
  g_ptr_array_add (names, NULL);

  /* Emptied first, the drop-down says nothing is chosen, which changes nothing. */
  g_signal_handlers_block_by_func (self->programme_dropdown, programme_selected_cb, self);
  gtk_string_list_splice (self->programme_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->programme_names)),
                          (const char * const *) names->pdata);
  g_signal_handlers_unblock_by_func (self->programme_dropdown, programme_selected_cb, self);

  /* A programme archived while chosen: all of them again. */
  gtk_drop_down_set_selected (self->programme_dropdown, programme_position (self));
  programme_selected_cb (self);
}

static void
store_changed_cb (FfParticipantFilters *self,
                  FfRecordKind          kind)
{
  if (kind == FF_RECORD_PROGRAMME)
    reload_programmes (self);
}

static void
ff_participant_filters_dispose (GObject *object)
{
  FfParticipantFilters *self = FF_PARTICIPANT_FILTERS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PARTICIPANT_FILTERS);
  g_clear_object (&self->model);
  g_clear_pointer (&self->programme_ids, g_array_unref);

  G_OBJECT_CLASS (ff_participant_filters_parent_class)->dispose (object);
}

static void
ff_participant_filters_class_init (FfParticipantFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_participant_filters_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-participant-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, box);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, programme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, programme_names);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, reviews_due_button);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, flagged_button);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, status_names);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantFilters, sort_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, programme_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, reviews_due_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, flagged_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ff_participant_filters_init (FfParticipantFilters *self)
{
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();

  self->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  g_ptr_array_add (statuses, (gpointer) _("All statuses"));
  for (FfEnrolmentStatus s = FF_ENROLMENT_STATUS_NONE; s < FF_ENROLMENT_N_STATUSES; s++)
    g_ptr_array_add (statuses, (gpointer) ff_enrolment_status_to_label (s));
  g_ptr_array_add (statuses, NULL);
  gtk_string_list_splice (self->status_names, 0, 0, (const char * const *) statuses->pdata);
}

GtkWidget *
ff_participant_filters_new (FfParticipantListModel *model)
{
  FfParticipantFilters *self;

  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (model), NULL);

  self = g_object_new (FF_TYPE_PARTICIPANT_FILTERS, NULL);
  self->model = g_object_ref (model);
  reload_programmes (self);
  sync_from_model (self);

  g_signal_connect_object (model, "filters-cleared", G_CALLBACK (sync_from_model), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (ff_record_list_model_get_store (FF_RECORD_LIST_MODEL (model)),
                           "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
