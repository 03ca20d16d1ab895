/* ff-record-section.c — a section of the window for one kind of record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-new-record-dialog.h"
#include "ff-paint-idle.h"
#include "ff-record-section-private.h"
#include "ff-toast.h"

/* Rows the list holds until the window is first drawn, and right after a search:
 * more than a screen shows (see first_rows ()). */
#define FIRST_ROWS 40

G_DEFINE_FINAL_TYPE (FfRecordSection, ff_record_section, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SIDEBAR_FOLDED,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
translated (const char *msgid)
{
  return msgid != NULL ? g_dgettext (GETTEXT_PACKAGE, msgid) : "";
}

static void
show_message (FfRecordSection *self,
              const char      *message)
{
  ff_toast_show_message (GTK_WIDGET (self), message);
}

static void record_changed_cb (FfRecordSection *self);

/* The page is made when it is first needed: until then the window starts without it. */
static FfRecordPage *
ensure_page (FfRecordSection *self)
{
  GObject *menu;

  if (self->page != NULL)
    return self->page;

  self->page = g_object_new (self->page_type, NULL);
  if (self->store != NULL)
    ff_record_page_set_store (self->page, self->store);
  adw_bin_set_child (self->page_bin, GTK_WIDGET (self->page));
  g_signal_connect_object (self->page, "shown", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* What a kind of record can do besides (a participant's data exported), from the
   * menu "page_menu" of the page's template, goes first in the record's menu. */
  menu = gtk_widget_get_template_child (GTK_WIDGET (self->page), self->page_type, "page_menu");
  if (G_IS_MENU_MODEL (menu))
    g_menu_prepend_section (self->record_menu, NULL, G_MENU_MODEL (menu));

  return self->page;
}

static gboolean
flush_page (FfRecordSection *self)
{
  return self->page == NULL || ff_record_page_flush (self->page);
}

/* The list */

static void
update_empty (FfRecordSection *self)
{
  FfRecordPageClass *klass = self->page_class;
  const char *title = NULL;
  const char *description = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (ff_record_list_model_describe_empty (self->model, &title, &description))
    ;
  else if (ff_record_list_model_is_filtered (self->model))
    {
      title = klass->not_found_title != NULL ? translated (klass->not_found_title)
                                             : _("Nothing Found");
      description = _("Try another search or filter");
    }
  else
    {
      title = translated (klass->empty_title);
      description = translated (klass->empty_description);
    }

  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

/* For the rows' template: whether a line has anything to show. */
static gboolean
ff_record_row_has_text (GObject    *item,
                        const char *text)
{
  return text != NULL && *text != '\0';
}

void
ff_record_section_show_id (FfRecordSection *self,
                           gint64           id)
{
  if (id != 0)
    ensure_page (self);

  if (ff_record_section_open_id (self) != id)
    ff_record_page_set_record_id (self->page, id);

  gtk_stack_set_visible_child_name (self->detail_stack, id != 0 ? "page" : "none");
  /* Side by side, the list keeps the focus, so that the arrow keys go on walking
   * through it; a leaflet that changes its visible child would move the focus. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, id != 0 ? self->detail_pane : self->list_pane);
}

/* A list view in GTK 4.8 makes rows for up to 200 records at once, while a window
 * shows about a dozen: the first frame is drawn with the first few, and the list
 * takes the others right after it. */
static void
show_all_rows (FfRecordSection *self)
{
  g_clear_handle_id (&self->all_rows_id, g_source_remove);

  /* model_changed_cb selects the open record if it lay beyond the first rows. */
  if (self->model != NULL && ff_record_list_model_get_limit (self->model) != G_MAXUINT)
    ff_record_list_model_set_limit (self->model, G_MAXUINT);
}

static gboolean
show_all_rows_cb (gpointer user_data)
{
  FfRecordSection *self = user_data;

  self->all_rows_id = 0;
  show_all_rows (self);

  return G_SOURCE_REMOVE;
}

/* Before the frame after that one. */
static void
wait_for_paint (FfRecordSection *self)
{
  if (self->all_rows_id == 0)
    self->all_rows_id = ff_paint_idle_add (GTK_WIDGET (self), G_PRIORITY_DEFAULT,
                                           show_all_rows_cb, self);
}

/* How many rows to show first: more than the list has room for. */
static guint
first_rows (FfRecordSection *self)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
  int row_height = row != NULL ? gtk_widget_get_height (row) : 0;
  int list_height = gtk_widget_get_height (GTK_WIDGET (self->list_view));

  if (row_height <= 0)
    return FIRST_ROWS;

  return MAX (FIRST_ROWS, 2 * (guint) (list_height / row_height + 1));
}

/* Selects the row at @position of the model. */
static void
set_selected (FfRecordSection *self,
              guint            position)
{
  if (position != GTK_INVALID_LIST_POSITION &&
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    show_all_rows (self);

  gtk_single_selection_set_selected (self->selection, position);
}

static void
selection_changed_cb (FfRecordSection *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (self->reloading || position == GTK_INVALID_LIST_POSITION)
    return;

  ff_record_section_show_id (self, ff_record_list_model_get_id (self->model, position));
}

static void
model_changing_cb (FfRecordSection *self)
{
  self->reloading = TRUE;
}

static void
model_changed_cb (FfRecordSection *self)
{
  guint found = GTK_INVALID_LIST_POSITION;

  /* Half-way through a replaced list: the second change follows at once. */
  if (ff_record_list_model_is_replacing (self->model))
    return;

  /* Keep the open record selected wherever the reload put it; beyond the first rows
   * of a new result, it is selected when the others follow. */
  if (ff_record_section_open_id (self) != 0)
    found = ff_record_list_model_find (self->model, ff_record_section_open_id (self));
  if (found != GTK_INVALID_LIST_POSITION &&
      found >= g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    found = GTK_INVALID_LIST_POSITION;
  if (found != gtk_single_selection_get_selected (self->selection))
    set_selected (self, found);

  self->reloading = FALSE;
  update_empty (self);
}

static void
list_activate_cb (FfRecordSection *self,
                  guint            position,
                  GtkListView     *list_view)
{
  /* Choosing does it the first time; this brings a narrow window back to it. */
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  else
    ff_record_section_show_id (self, ff_record_list_model_get_id (self->model, position));
}

static void
search_changed_cb (FfRecordSection *self,
                   GtkSearchEntry  *entry)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  if (self->model == NULL)
    return;

  /* As at start-up, a new result is drawn first with the rows at its top, and the
   * list view makes the rows for the rest of it (up to 200 in GTK 4.8) right after
   * that frame. Only when the list is scrolled to its top, where the new result
   * shows, or is not shown ("Nothing Found"): the frame after the keystroke shows
   * the right rows either way. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)) ||
       gtk_adjustment_get_value (vadjustment) <= 0))
    ff_record_list_model_limit_next_change (self->model, first_rows (self));

  ff_record_list_model_set_search (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (ff_record_list_model_get_limit (self->model) != G_MAXUINT)
    wait_for_paint (self);
  else
    ff_record_list_model_limit_next_change (self->model, 0);
}

static void
stop_search_cb (FfRecordSection *self,
                GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
archived_toggled_cb (FfRecordSection *self,
                     GtkCheckButton  *check)
{
  if (self->model != NULL)
    ff_record_list_model_set_include_archived (self->model,
                                               gtk_check_button_get_active (check));
}

static void
leaflet_folded_cb (FfRecordSection *self)
{
  gint64 id = ff_record_section_open_id (self);

  /* Narrowed: the open record stays in sight, as it was being read. Side by side
   * again: the open record is the selected one. */
  if (adw_leaflet_get_folded (self->leaflet))
    ff_record_section_show_id (self, id);
  else if (self->model != NULL && id != 0)
    {
      self->reloading = TRUE;
      set_selected (self, ff_record_list_model_find (self->model, id));
      self->reloading = FALSE;
    }
}

static void
leaflet_visible_child_cb (FfRecordSection *self)
{
  /* Back on the list of a narrow window: nothing is selected, so that choosing the
   * same record again opens it. */
  if (self->selection != NULL && adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) == self->list_pane)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* The open record */

static void
record_changed_cb (FfRecordSection *self)
{
  FfRecord *record = ff_record_section_open_record (self);

  adw_window_title_set_title (self->record_title,
                              record != NULL ? ff_record_get_title (record) : "");
  gtk_widget_set_visible (self->menu_button, record != NULL);
  /* The open record was erased: none is open now. */
  if (ff_record_section_open_id (self) == 0 && self->detail_stack != NULL)
    gtk_stack_set_visible_child_name (self->detail_stack, "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.archived",
                                 record != NULL && ff_record_section_archivable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.delete", record != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

static void
new_response_cb (FfRecordSection   *self,
                 const char        *response,
                 FfNewRecordDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (g_strcmp0 (response, "create") != 0)
    return;

  id = ff_record_insert (self->store, ff_record_section_record_type (self), 0,
                         ff_new_record_dialog_get_values (dialog), &error);
  if (id == 0)
    {
      show_message (self, error->message);
      return;
    }

  ff_record_section_open (self, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ff_record_section_new_record (FF_RECORD_SECTION (widget));
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfRecordSection *self = FF_RECORD_SECTION (widget);

  flush_page (self);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

/* The object */

/* Shows records on pages of type @page_type, and says what its class calls things. */
static void
ff_record_section_set_page_type (FfRecordSection *self,
                                 GType            page_type)
{
  FfRecordPageClass *klass;
  g_autofree char *back = NULL;

  self->page_type = page_type;
  self->page_class = g_type_class_ref (self->page_type);
  klass = self->page_class;

  adw_window_title_set_title (self->list_title, translated (klass->title));
  gtk_widget_set_tooltip_text (self->new_button, translated (klass->new_title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, translated (klass->new_title),
                                  -1);
  g_object_set (self->search_entry, "placeholder-text",
                translated (klass->search_placeholder), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  translated (klass->search_placeholder),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, translated (klass->title),
                                  -1);
  adw_status_page_set_icon_name (self->empty_page, klass->icon_name);
  adw_status_page_set_icon_name (self->none_page, klass->icon_name);
  adw_status_page_set_title (self->none_page, translated (klass->none_title));
  adw_status_page_set_description (self->none_page, translated (klass->none_description));

  /* Translators: the button that goes back from a record to the list of its section;
   * %s is the section, such as "Employers" */
  back = g_strdup_printf (_("Back to %s"), translated (klass->title));
  gtk_widget_set_tooltip_text (self->back_button, back);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, back,
                                  -1);

  gtk_widget_set_visible (GTK_WIDGET (self->archived_check), ff_record_section_archivable (self));
  if (klass->new_row_factory != NULL)
    {
      g_autoptr(GtkListItemFactory) factory = klass->new_row_factory ();

      gtk_list_view_set_factory (self->list_view, factory);
    }
  else
    {
      /* A row shows the record's title, what it is, and whether it is archived. */
      g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
      g_autoptr(GtkListItemFactory) factory = NULL;

      gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope),
                                              "ff_record_row_has_text",
                                              G_CALLBACK (ff_record_row_has_text));
      factory = gtk_builder_list_item_factory_new_from_resource (scope, RESOURCE_PATH
                                                                 "/ui/ff-record-row.ui");
      gtk_list_view_set_factory (self->list_view, factory);
    }

  record_changed_cb (self);
}

static void
ff_record_section_realize (GtkWidget *widget)
{
  FfRecordSection *self = FF_RECORD_SECTION (widget);

  GTK_WIDGET_CLASS (ff_record_section_parent_class)->realize (widget);

  if (self->model != NULL && ff_record_list_model_get_limit (self->model) != G_MAXUINT)
    wait_for_paint (self);
}

static void
ff_record_section_dispose (GObject *object)
{
  FfRecordSection *self = FF_RECORD_SECTION (object);

  g_clear_handle_id (&self->all_rows_id, g_source_remove);
  flush_page (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_RECORD_SECTION);
  self->page = NULL;

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_pointer (&self->page_class, g_type_class_unref);

  G_OBJECT_CLASS (ff_record_section_parent_class)->dispose (object);
}

static void
ff_record_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FfRecordSection *self = FF_RECORD_SECTION (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_FOLDED:
      g_value_set_boolean (value, self->sidebar_folded);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, ff_record_section_get_archived (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_record_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FfRecordSection *self = FF_RECORD_SECTION (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_FOLDED:
      if (self->sidebar_folded != g_value_get_boolean (value))
        {
          self->sidebar_folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_ARCHIVED:
      ff_record_section_set_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* An item of the page's own menu (see ensure_page ()): the menu is not inside the page,
 * so its items name the page's action, which is activated on the page. */
static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfRecordSection *self = FF_RECORD_SECTION (widget);

  if (self->page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->page),
                                g_variant_get_string (parameter, NULL), NULL);
}

static void
ff_record_section_class_init (FfRecordSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_record_section_dispose;
  object_class->get_property = ff_record_section_get_property;
  object_class->set_property = ff_record_section_set_property;

  widget_class->realize = ff_record_section_realize;

  properties[PROP_SIDEBAR_FOLDED] =
    g_param_spec_boolean ("sidebar-folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-record-section.ui");
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, list_pane);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, new_button);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, list_title);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, filters_bin);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, archived_check);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, list_view);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, back_button);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, record_title);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, record_menu);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, none_page);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, page_bin);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);

  gtk_widget_class_install_action (widget_class, "section.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "section.show-list", NULL, show_list_action);
  ff_record_section_class_add_record_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "section.page-action", "s",
                                   page_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ff_record_section_init (FfRecordSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (leaflet_folded_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (leaflet_visible_child_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_record_section_new (GType page_type)
{
  FfRecordSection *self;

  g_return_val_if_fail (g_type_is_a (page_type, FF_TYPE_RECORD_PAGE), NULL);

  self = g_object_new (FF_TYPE_RECORD_SECTION, NULL);
  ff_record_section_set_page_type (self, page_type);

  return GTK_WIDGET (self);
}

void
ff_record_section_set_store (FfRecordSection *self,
                             FfStore         *store)
{
  FfRecordPageClass *klass;

  g_return_if_fail (FF_IS_RECORD_SECTION (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  klass = self->page_class;
  self->store = g_object_ref (store);
  if (self->page != NULL)
    ff_record_page_set_store (self->page, store);

  self->model = klass->new_list_model != NULL
                  ? klass->new_list_model (store)
                  : ff_record_list_model_new (store, ff_record_section_record_type (self));
  if (!gtk_widget_get_realized (GTK_WIDGET (self)))
    ff_record_list_model_set_limit (self->model, FIRST_ROWS);
  /* Connected before the selection's own handler, and after it: see the callbacks. */
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (model_changing_cb), self, G_CONNECT_SWAPPED);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  if (klass->new_filters != NULL)
    adw_bin_set_child (self->filters_bin, klass->new_filters (self->model));
  gtk_widget_set_visible (GTK_WIDGET (self->filters_bin), klass->new_filters != NULL);

  update_empty (self);
}

void
ff_record_section_new_record (FfRecordSection *self)
{
  GtkWidget *dialog;

  g_return_if_fail (FF_IS_RECORD_SECTION (self));

  /* The dialog asks by the titles of the page's rows. */
  ensure_page (self);
  flush_page (self);

  dialog = ff_record_page_new_dialog (self->page);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ff_record_section_open (FfRecordSection *self,
                        gint64           id)
{
  guint position;

  g_return_if_fail (FF_IS_RECORD_SECTION (self));

  /* The search or a filter hides it: show every record instead. */
  position = ff_record_list_model_find (self->model, id);
  if (position == GTK_INVALID_LIST_POSITION && ff_record_list_model_is_filtered (self->model))
    {
      ff_record_list_model_clear_filters (self->model);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      position = ff_record_list_model_find (self->model, id);
    }

  /* An archived record: show those too, which runs the query again. */
  if (position == GTK_INVALID_LIST_POSITION && ff_record_section_archivable (self) &&
      !gtk_check_button_get_active (self->archived_check))
    {
      gtk_check_button_set_active (self->archived_check, TRUE);
      position = ff_record_list_model_find (self->model, id);
    }

  ff_record_section_show_id (self, id);
  set_selected (self, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                position);
}

void
ff_record_section_focus_search (FfRecordSection *self)
{
  g_return_if_fail (FF_IS_RECORD_SECTION (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
ff_record_section_flush (FfRecordSection *self)
{
  g_return_val_if_fail (FF_IS_RECORD_SECTION (self), FALSE);

  return flush_page (self);
}

FfRecordPage *
ff_record_section_get_page (FfRecordSection *self)
{
  g_return_val_if_fail (FF_IS_RECORD_SECTION (self), NULL);

  return ensure_page (self);
}

GtkWidget *
ff_record_section_get_search_entry (FfRecordSection *self)
{
  g_return_val_if_fail (FF_IS_RECORD_SECTION (self), NULL);

  return GTK_WIDGET (self->search_entry);
}

GListModel *
ff_record_section_get_model (FfRecordSection *self)
{
  g_return_val_if_fail (FF_IS_RECORD_SECTION (self), NULL);

  return G_LIST_MODEL (self->model);
}
