/* ff-record-section.c — a section of the window for one kind of record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-new-record-dialog.h"
#include "ff-record-list-model.h"
#include "ff-record-section.h"

struct _FfRecordSection
{
  GtkWidget            parent_instance;

  GType                page_type;
  FfRecordPageClass   *page_class;
  FfStore             *store;
  FfRecordPage        *page;
  FfRecordListModel   *model;
  GtkSingleSelection  *selection;
  gboolean             sidebar_folded;
  /* Set while the section itself selects a row, so that this is not taken for a
   * choice of the user's. */
  guint                selecting;

  /* template children */
  AdwLeaflet          *leaflet;
  GtkWidget           *list_pane;
  GtkWidget           *detail_pane;
  GtkWidget           *new_button;
  AdwWindowTitle      *list_title;
  GtkSearchEntry      *search_entry;
  GtkCheckButton      *archived_check;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  AdwStatusPage       *empty_page;
  GtkWidget           *back_button;
  AdwWindowTitle      *record_title;
  GtkWidget           *menu_button;
  GtkStack            *detail_stack;
  AdwStatusPage       *none_page;
  AdwBin              *page_bin;
};

G_DEFINE_FINAL_TYPE (FfRecordSection, ff_record_section, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SIDEBAR_FOLDED,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const FfRecordType *
record_type (FfRecordSection *self)
{
  return self->page_class->record_type;
}

static const char *
translated (const char *msgid)
{
  return msgid != NULL ? g_dgettext (GETTEXT_PACKAGE, msgid) : "";
}

static void
show_toast (FfRecordSection *self,
            AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (FfRecordSection *self,
              const char      *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  show_toast (self, adw_toast_new (escaped));
}

/* The list */

static void
update_empty (FfRecordSection *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (ff_record_list_model_get_search (self->model) != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Nothing Found"));
      adw_status_page_set_description (self->empty_page, _("Try another search or filter"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, translated (self->page_class->empty_title));
      adw_status_page_set_description (self->empty_page,
                                       translated (self->page_class->empty_description));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

/* For the rows' template: whether a line has anything to show. */
static gboolean
ff_record_row_has_text (GObject    *item,
                        const char *text)
{
  return text != NULL && *text != '\0';
}

/* Shows record @id on the page (0: none), in front in a narrow window. */
static void
show (FfRecordSection *self,
      gint64           id)
{
  ff_record_page_set_record_id (self->page, id);
  gtk_stack_set_visible_child_name (self->detail_stack, id != 0 ? "page" : "none");
  adw_leaflet_set_visible_child (self->leaflet, id != 0 ? self->detail_pane : self->list_pane);
}

static void
select_id (FfRecordSection *self,
           gint64           id)
{
  guint position = ff_record_list_model_find (self->model, id);

  self->selecting++;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting--;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                position);
}

/* A row chosen in the list. A row that goes away (archived, say) leaves the page as
 * it is: the record stays open until another is chosen. */
static void
selected_cb (FfRecordSection *self)
{
  FfRecord *record;

  if (self->selecting > 0)
    return;

  record = gtk_single_selection_get_selected_item (self->selection);
  if (record != NULL && ff_record_get_id (record) != ff_record_page_get_record_id (self->page))
    show (self, ff_record_get_id (record));
}

static void
row_activated_cb (FfRecordSection *self,
                  guint            position,
                  GtkListView     *list_view)
{
  /* Choosing does it the first time; this brings a narrow window back to it. */
  show (self, ff_record_list_model_get_id (self->model, position));
}

static void
search_changed_cb (FfRecordSection *self,
                   GtkSearchEntry  *entry)
{
  if (self->model != NULL)
    ff_record_list_model_set_search (self->model,
                                     gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
archived_toggled_cb (FfRecordSection *self,
                     GtkCheckButton  *check)
{
  if (self->model != NULL)
    ff_record_list_model_set_include_archived (self->model,
                                               gtk_check_button_get_active (check));
}

/* The open record */

static void
record_changed_cb (FfRecordSection *self)
{
  FfRecord *record = ff_record_page_get_record (self->page);

  adw_window_title_set_title (self->record_title,
                              record != NULL ? ff_record_get_title (record) : "");
  gtk_widget_set_visible (self->menu_button, record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.archived", record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.delete", record != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

static gboolean
get_archived (FfRecordSection *self)
{
  FfRecord *record = ff_record_page_get_record (self->page);

  return record != NULL && ff_record_get_archived (record);
}

static void
set_archived (FfRecordSection *self,
              gboolean         archived)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_record_page_get_record_id (self->page);

  if (id == 0 || get_archived (self) == !!archived)
    return;

  ff_record_page_flush (self->page);
  if (!ff_record_set_archived (self->store, record_type (self), id, archived, &error))
    show_message (self, error->message);
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

  id = ff_record_insert (self->store, record_type (self), 0,
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

  ff_record_page_flush (self->page);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfRecordSection *self = FF_RECORD_SECTION (widget);
  FfRecord *record = ff_record_page_get_record (self->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  gint64 id;

  if (record == NULL)
    return;

  /* An undo brings the record back as it was last typed. */
  ff_record_page_flush (self->page);
  id = ff_record_get_id (record);
  /* Translators: after a record (an employer, a programme …) was deleted; %s is its name */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (record));

  if (!ff_record_set_deleted (self->store, record_type (self), id, TRUE, &error))
    {
      show_message (self, error->message);
      return;
    }

  show (self, 0);

  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "section.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  show_toast (self, toast);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfRecordSection *self = FF_RECORD_SECTION (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (!ff_record_set_deleted (self->store, record_type (self), id, FALSE, &error))
    {
      show_message (self, error->message);
      return;
    }

  ff_record_section_open (self, id);
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
  self->page = g_object_new (self->page_type, NULL);
  adw_bin_set_child (self->page_bin, GTK_WIDGET (self->page));
  g_signal_connect_object (self->page, "shown", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);

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

  record_changed_cb (self);
}

static void
ff_record_section_dispose (GObject *object)
{
  FfRecordSection *self = FF_RECORD_SECTION (object);

  if (self->page != NULL)
    ff_record_page_flush (self->page);

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
      g_value_set_boolean (value, get_archived (self));
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
      set_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_record_section_class_init (FfRecordSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_record_section_dispose;
  object_class->get_property = ff_record_section_get_property;
  object_class->set_property = ff_record_section_set_property;

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
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, archived_check);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, list_view);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, back_button);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, record_title);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, none_page);
  gtk_widget_class_bind_template_child (widget_class, FfRecordSection, page_bin);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);

  gtk_widget_class_install_action (widget_class, "section.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "section.show-list", NULL, show_list_action);
  gtk_widget_class_install_property_action (widget_class, "section.archived", "archived");
  gtk_widget_class_install_action (widget_class, "section.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "section.undo-delete", "x",
                                   undo_delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ff_record_section_init (FfRecordSection *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* A row shows the record's title, what it is, and whether it is archived. */
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "ff_record_row_has_text",
                                          G_CALLBACK (ff_record_row_has_text));
  factory = gtk_builder_list_item_factory_new_from_resource (scope, RESOURCE_PATH
                                                             "/ui/ff-record-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
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
  g_return_if_fail (FF_IS_RECORD_SECTION (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  ff_record_page_set_store (self->page, store);

  self->model = ff_record_list_model_new (store, record_type (self));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_empty), self,
                           G_CONNECT_SWAPPED);
  update_empty (self);
}

void
ff_record_section_new_record (FfRecordSection *self)
{
  GtkWidget *dialog;

  g_return_if_fail (FF_IS_RECORD_SECTION (self));

  ff_record_page_flush (self->page);

  dialog = ff_record_page_new_dialog (self->page);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ff_record_section_open (FfRecordSection *self,
                        gint64           id)
{
  g_return_if_fail (FF_IS_RECORD_SECTION (self));

  show (self, id);

  /* An archived record: show those too, which runs the query again. */
  if (ff_record_list_model_find (self->model, id) == GTK_INVALID_LIST_POSITION &&
      !gtk_check_button_get_active (self->archived_check))
    gtk_check_button_set_active (self->archived_check, TRUE);

  select_id (self, id);
}

gboolean
ff_record_section_flush (FfRecordSection *self)
{
  g_return_val_if_fail (FF_IS_RECORD_SECTION (self), FALSE);

  return ff_record_page_flush (self->page);
}

FfRecordPage *
ff_record_section_get_page (FfRecordSection *self)
{
  g_return_val_if_fail (FF_IS_RECORD_SECTION (self), NULL);

  return self->page;
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
