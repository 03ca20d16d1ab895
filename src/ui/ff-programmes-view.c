/* ff-programmes-view.c — the programmes section: the list and the open programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ff-new-programme-dialog.h"
#include "ff-programme.h"
#include "ff-programme-page.h"
#include "ff-programmes-view.h"

struct _FfProgrammesView
{
  GtkWidget         parent_instance;

  FfStore          *store;
  GListStore       *programmes;
  gboolean          sidebar_folded;
  gboolean          reloading;

  /* template children */
  AdwLeaflet       *leaflet;
  GtkWidget        *list_pane;
  GtkWidget        *detail_pane;
  GtkCheckButton   *archived_check;
  GtkStack         *list_stack;
  GtkListBox       *programme_list;
  GtkStack         *detail_stack;
  FfProgrammePage  *programme_page;
};

G_DEFINE_FINAL_TYPE (FfProgrammesView, ff_programmes_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_SIDEBAR_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  FfProgramme *programme = FF_PROGRAMME (item);
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  g_object_get (programme, "period", &period, NULL);
  if (period != NULL && *period != '\0')
    /* Translators: a programme's kind and period,
     * e.g. "Mentor scheme · 1 Jan 2025 – 31 Dec 2025" */
    subtitle = g_strdup_printf (_("%s · %s"),
                                ff_choice_list_label (&ff_programme_kinds, ff_programme_get_kind (programme)),
                                period);
  else
    subtitle = g_strdup (ff_choice_list_label (&ff_programme_kinds, ff_programme_get_kind (programme)));

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", ff_programme_get_name (programme),
                      "subtitle", subtitle,
                      "subtitle-lines", 2,
                      NULL);
  g_object_set_data (G_OBJECT (row), "programme-id",
                     GSIZE_TO_POINTER ((gsize) ff_programme_get_id (programme)));

  if (ff_programme_get_archived (programme))
    {
      GtkWidget *label = gtk_label_new (_("Archived"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static gint64
row_get_id (GtkListBoxRow *row)
{
  return row != NULL ? GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "programme-id")) : 0;
}

static GtkListBoxRow *
ff_programmes_view_find_row (FfProgrammesView *self,
                             gint64            id)
{
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->programme_list, i);

      if (row == NULL || row_get_id (row) == id)
        return row;
    }
}

static void
ff_programmes_view_show_programme (FfProgrammesView *self,
                                   gint64            id)
{
  ff_programme_page_set_programme_id (self->programme_page, id);
  gtk_stack_set_visible_child_name (self->detail_stack, id != 0 ? "page" : "none");
  adw_leaflet_set_visible_child (self->leaflet, id != 0 ? self->detail_pane : self->list_pane);
}

static void
ff_programmes_view_reload (FfProgrammesView *self)
{
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ff_programme_page_get_programme_id (self->programme_page);
  gboolean archived = gtk_check_button_get_active (self->archived_check);

  programmes = ff_programme_list (self->store, archived, &error);
  if (programmes == NULL)
    {
      g_warning ("Cannot list programmes: %s", error->message);
      return;
    }

  /* Rebuilding the rows drops the selection; the open programme stays open. */
  self->reloading = TRUE;
  g_list_store_splice (self->programmes, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->programmes)),
                       programmes->pdata, programmes->len);
  if (id != 0)
    gtk_list_box_select_row (self->programme_list, ff_programmes_view_find_row (self, id));
  self->reloading = FALSE;

  gtk_stack_set_visible_child_name (self->list_stack, programmes->len > 0 ? "list" : "empty");
}

static void
row_selected_cb (FfProgrammesView *self,
                 GtkListBoxRow    *row,
                 GtkListBox       *list)
{
  if (self->reloading || row == NULL)
    return;

  ff_programmes_view_show_programme (self, row_get_id (row));
}

static void
row_activated_cb (FfProgrammesView *self,
                  GtkListBoxRow    *row,
                  GtkListBox       *list)
{
  /* Selecting does it the first time; this brings a narrow window back to it. */
  ff_programmes_view_show_programme (self, row_get_id (row));
}

static void
archived_toggled_cb (FfProgrammesView *self,
                     GtkCheckButton   *check)
{
  if (self->store != NULL)
    ff_programmes_view_reload (self);
}

static void
store_changed_cb (FfProgrammesView *self,
                  FfRecordKind      kind,
                  gint64            id,
                  FfStore          *store)
{
  /* Enrolments change the participant counts shown on the page. */
  if (kind == FF_RECORD_PROGRAMME || kind == FF_RECORD_ENROLMENT)
    ff_programmes_view_reload (self);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfProgrammesView *self = FF_PROGRAMMES_VIEW (widget);

  ff_programme_page_flush (self->programme_page);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
new_programme_response_cb (FfProgrammesView     *self,
                           const char           *response,
                           FfNewProgrammeDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  gint64 id;

  if (g_strcmp0 (response, "create") != 0)
    return;

  id = ff_programme_create (self->store,
                            ff_new_programme_dialog_get_name (dialog),
                            ff_new_programme_dialog_get_kind (dialog),
                            &error);
  if (id == 0)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
      return;
    }

  ff_programmes_view_open_programme (self, id);
}

static void
ff_programmes_view_dispose (GObject *object)
{
  FfProgrammesView *self = FF_PROGRAMMES_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PROGRAMMES_VIEW);

  g_clear_object (&self->programmes);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_programmes_view_parent_class)->dispose (object);
}

static void
ff_programmes_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FfProgrammesView *self = FF_PROGRAMMES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SIDEBAR_FOLDED:
      g_value_set_boolean (value, self->sidebar_folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_programmes_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  FfProgrammesView *self = FF_PROGRAMMES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ff_programmes_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_SIDEBAR_FOLDED:
      if (self->sidebar_folded != g_value_get_boolean (value))
        {
          self->sidebar_folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_programmes_view_class_init (FfProgrammesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_programmes_view_dispose;
  object_class->get_property = ff_programmes_view_get_property;
  object_class->set_property = ff_programmes_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIDEBAR_FOLDED] =
    g_param_spec_boolean ("sidebar-folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FF_TYPE_PROGRAMME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-programmes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, archived_check);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, programme_list);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammesView, programme_page);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);

  gtk_widget_class_install_action (widget_class, "programmes.show-list", NULL,
                                   show_list_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ff_programmes_view_init (FfProgrammesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->programmes = g_list_store_new (FF_TYPE_PROGRAMME);
  gtk_list_box_bind_model (self->programme_list, G_LIST_MODEL (self->programmes),
                           create_row_cb, NULL, NULL);
}

void
ff_programmes_view_set_store (FfProgrammesView *self,
                              FfStore          *store)
{
  g_return_if_fail (FF_IS_PROGRAMMES_VIEW (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  ff_programme_page_set_store (self->programme_page, store);

  g_signal_connect_object (store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  ff_programmes_view_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
ff_programmes_view_new_programme (FfProgrammesView *self)
{
  GtkWidget *dialog;

  g_return_if_fail (FF_IS_PROGRAMMES_VIEW (self));

  dialog = ff_new_programme_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (new_programme_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ff_programmes_view_open_programme (FfProgrammesView *self,
                                   gint64            id)
{
  GtkListBoxRow *row;

  g_return_if_fail (FF_IS_PROGRAMMES_VIEW (self));

  ff_programmes_view_show_programme (self, id);

  row = ff_programmes_view_find_row (self, id);
  if (row == NULL && !gtk_check_button_get_active (self->archived_check))
    {
      /* An archived programme: show those too, which reloads the list. */
      gtk_check_button_set_active (self->archived_check, TRUE);
      row = ff_programmes_view_find_row (self, id);
    }

  self->reloading = TRUE;
  gtk_list_box_select_row (self->programme_list, row);
  self->reloading = FALSE;
}

void
ff_programmes_view_flush (FfProgrammesView *self)
{
  g_return_if_fail (FF_IS_PROGRAMMES_VIEW (self));

  ff_programme_page_flush (self->programme_page);
}
