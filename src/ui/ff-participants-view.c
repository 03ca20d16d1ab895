/* ff-participants-view.c — the participants section: the list and the open record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ff-new-record-dialog.h"
#include "ff-participant-list-model.h"
#include "ff-participant-page.h"
#include "ff-participant-row.h"
#include "ff-participants-view.h"
#include "ff-programme.h"

/* Rows the list holds until the window is first drawn, and right after a search:
 * more than a screen shows (see ff_participants_view_first_rows). */
#define FIRST_ROWS 40

struct _FfParticipantsView
{
  GtkWidget               parent_instance;

  FfStore                *store;
  FfParticipantListModel *model;
  GtkSingleSelection     *selection;
  GdkFrameClock          *frame_clock;
  gulong                  after_paint_id;
  GtkWidget              *page;
  GArray                 *programme_ids;  /* gint64 per programme_names item; 0: all */
  gboolean                sidebar_folded;
  gboolean                reloading;

  /* template children */
  AdwLeaflet             *leaflet;
  GtkWidget              *list_pane;
  GtkWidget              *detail_pane;
  GtkSearchEntry         *search_entry;
  GtkToggleButton        *reviews_due_button;
  GtkDropDown            *programme_dropdown;
  GtkStringList          *programme_names;
  GtkDropDown            *status_dropdown;
  GtkStringList          *status_names;
  GtkDropDown            *sort_dropdown;
  GtkStack               *list_stack;
  AdwStatusPage          *empty_page;
  GtkListView            *list_view;
  GtkStack               *detail_stack;
};

G_DEFINE_FINAL_TYPE (FfParticipantsView, ff_participants_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SIDEBAR_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The list's model, for what every list of records can do. */
static FfRecordListModel *
list_model (FfParticipantsView *self)
{
  return FF_RECORD_LIST_MODEL (self->model);
}

static AdwToastOverlay *
ff_participants_view_get_toast_overlay (FfParticipantsView *self)
{
  return ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (self),
                                                     ADW_TYPE_TOAST_OVERLAY));
}

static void
ff_participants_view_show_error (FfParticipantsView *self,
                                 const char         *message)
{
  AdwToastOverlay *overlay = ff_participants_view_get_toast_overlay (self);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, adw_toast_new (escaped));
}

static void
ff_participants_view_update_empty (FfParticipantsView *self)
{
  gboolean filtered;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  filtered = ff_record_list_model_get_search (list_model (self)) != NULL ||
             ff_participant_list_model_get_programme_id (self->model) != 0 ||
             ff_participant_list_model_get_status (self->model) != FF_ENROLMENT_STATUS_ANY;

  if (ff_participant_list_model_get_reviews_due (self->model))
    {
      adw_status_page_set_title (self->empty_page, _("No Reviews Due This Week"));
      adw_status_page_set_description (self->empty_page,
                                       filtered
                                         ? _("Try another search or filter")
                                         : _("No plan has a review or an agreement period "
                                             "ending this week."));
    }
  else if (filtered)
    {
      adw_status_page_set_title (self->empty_page, _("No Participants Found"));
      adw_status_page_set_description (self->empty_page, _("Try another search or filter"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Participants Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add one with the New Participant button."));
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void page_deleted_cb (FfParticipantsView *self,
                             gint64              id,
                             const char         *display_name,
                             FfParticipantPage  *page);

/* The participant open on the right, or 0. */
static gint64
ff_participants_view_get_open_id (FfParticipantsView *self)
{
  if (self->page == NULL)
    return 0;

  return ff_participant_page_get_participant_id (FF_PARTICIPANT_PAGE (self->page));
}

/* The page is made when it is first needed: until then the window starts without it. */
static void
ff_participants_view_ensure_page (FfParticipantsView *self)
{
  if (self->page != NULL)
    return;

  self->page = ff_participant_page_new (self->store);
  gtk_stack_add_named (self->detail_stack, self->page, "page");
  g_signal_connect_object (self->page, "deleted",
                           G_CALLBACK (page_deleted_cb), self, G_CONNECT_SWAPPED);
}

/* Shows participant @id (0: none) on the right, and on a narrow window goes there. */
static void
ff_participants_view_show_participant (FfParticipantsView *self,
                                       gint64              id)
{
  if (id != 0)
    ff_participants_view_ensure_page (self);

  if (ff_participants_view_get_open_id (self) != id)
    ff_participant_page_set_participant_id (FF_PARTICIPANT_PAGE (self->page), id);

  gtk_stack_set_visible_child_name (self->detail_stack, id != 0 ? "page" : "none");
  /* Side by side, the list keeps the focus, so that the arrow keys go on walking
   * through it; a leaflet that changes its visible child would move the focus. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet,
                                   id != 0 ? self->detail_pane : self->list_pane);
}

/* A list view in GTK 4.8 makes rows for up to 200 participants at once, while a
 * window shows about a dozen: the first frame is drawn with the first few, and the
 * list takes the others right after it. */
static void
ff_participants_view_stop_waiting_for_paint (FfParticipantsView *self)
{
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
}

static void
ff_participants_view_show_all_rows (FfParticipantsView *self)
{
  ff_participants_view_stop_waiting_for_paint (self);

  /* model_changed_cb selects the open participant if it lay beyond the first rows. */
  if (self->model != NULL && ff_record_list_model_get_limit (list_model (self)) != G_MAXUINT)
    ff_record_list_model_set_limit (list_model (self), G_MAXUINT);
}

static void
after_paint_cb (FfParticipantsView *self,
                GdkFrameClock      *clock)
{
  ff_participants_view_show_all_rows (self);
}

static void
ff_participants_view_wait_for_paint (FfParticipantsView *self)
{
  if (self->frame_clock != NULL)
    return;

  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->after_paint_id = g_signal_connect_swapped (self->frame_clock, "after-paint",
                                                   G_CALLBACK (after_paint_cb), self);
}

/* How many rows to show first: more than the list has room for. */
static guint
ff_participants_view_first_rows (FfParticipantsView *self)
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
ff_participants_view_set_selected (FfParticipantsView *self,
                                   guint               position)
{
  if (position != GTK_INVALID_LIST_POSITION &&
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    ff_participants_view_show_all_rows (self);

  gtk_single_selection_set_selected (self->selection, position);
}

static void
ff_participants_view_select_position (FfParticipantsView *self,
                                      guint               position)
{
  ff_participants_view_set_selected (self, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                                "u", position);
}

static void
selection_changed_cb (FfParticipantsView *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  guint position = gtk_single_selection_get_selected (selection);

  /* While the list reloads, the selection comes and goes: the open record stays. */
  if (self->reloading || position == GTK_INVALID_LIST_POSITION)
    return;

  ff_participants_view_show_participant (self,
                                         ff_record_list_model_get_id (list_model (self),
                                                                           position));
}

static void
model_changing_cb (FfParticipantsView *self,
                   guint               position,
                   guint               removed,
                   guint               added,
                   GListModel         *model)
{
  self->reloading = TRUE;
}

static void
model_changed_cb (FfParticipantsView *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *model)
{
  gint64 id;
  guint found = GTK_INVALID_LIST_POSITION;

  /* Half-way through a replaced list: the second change follows at once. */
  if (ff_record_list_model_is_replacing (list_model (self)))
    return;

  id = ff_participants_view_get_open_id (self);

  /* Keep the open participant selected wherever the reload put it. */
  if (id != 0)
    found = ff_record_list_model_find (list_model (self), id);
  /* Beyond the first rows of a new result, it is selected when the others follow. */
  if (found != GTK_INVALID_LIST_POSITION &&
      found >= g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    found = GTK_INVALID_LIST_POSITION;
  if (found != gtk_single_selection_get_selected (self->selection))
    ff_participants_view_set_selected (self, found);

  self->reloading = FALSE;
  ff_participants_view_update_empty (self);
}

static void
list_activate_cb (FfParticipantsView *self,
                  guint               position,
                  GtkListView        *list_view)
{
  gint64 id = ff_record_list_model_get_id (list_model (self), position);

  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  else
    ff_participants_view_show_participant (self, id);
}

static void
search_changed_cb (FfParticipantsView *self,
                   GtkSearchEntry     *entry)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  /* As at start-up, a new result is drawn first with the rows at its top, and the
   * list view makes the rows for the rest of it (up to 200 in GTK 4.8) right after
   * that frame. Only when the list is scrolled to its top, where the new result
   * shows, or is not shown (e.g. "No Participants Found"): the frame after the
   * keystroke shows the right rows either way. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)) ||
       gtk_adjustment_get_value (vadjustment) <= 0))
    ff_record_list_model_limit_next_change (list_model (self),
                                                 ff_participants_view_first_rows (self));

  ff_record_list_model_set_search (list_model (self),
                                        gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (ff_record_list_model_get_limit (list_model (self)) != G_MAXUINT)
    ff_participants_view_wait_for_paint (self);
  else
    ff_record_list_model_limit_next_change (list_model (self), 0);
}

static void
stop_search_cb (FfParticipantsView *self,
                GtkSearchEntry     *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
programme_selected_cb (FfParticipantsView *self,
                       GParamSpec         *pspec,
                       GtkDropDown        *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->model == NULL || selected >= self->programme_ids->len)
    return;

  ff_participant_list_model_set_programme_id (self->model,
                                              g_array_index (self->programme_ids, gint64,
                                                             selected));
}

static void
reviews_due_toggled_cb (FfParticipantsView *self,
                        GtkToggleButton    *button)
{
  if (self->model == NULL)
    return;

  ff_participant_list_model_set_reviews_due (self->model, gtk_toggle_button_get_active (button));
}

static void
status_selected_cb (FfParticipantsView *self,
                    GParamSpec         *pspec,
                    GtkDropDown        *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->model == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  /* Item 0 is "All statuses"; the others follow the enumeration from NONE. */
  ff_participant_list_model_set_status (self->model,
                                        (FfEnrolmentStatus) selected - 1);
}

static void
sort_selected_cb (FfParticipantsView *self,
                  GParamSpec         *pspec,
                  GtkDropDown        *dropdown)
{
  static const FfParticipantSort sorts[] = {
    FF_PARTICIPANT_SORT_NAME,
    FF_PARTICIPANT_SORT_STATUS,
    FF_PARTICIPANT_SORT_ARRIVAL,
  };
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->model == NULL || selected >= G_N_ELEMENTS (sorts))
    return;

  ff_participant_list_model_set_sort (self->model, sorts[selected]);
}

static void
ff_participants_view_reload_programmes (FfParticipantsView *self)
{
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (self->programme_dropdown);
  gint64 selected_id = 0;
  const gint64 every = 0;
  guint position = 0;

  if (selected < self->programme_ids->len)
    selected_id = g_array_index (self->programme_ids, gint64, selected);

  programmes = ff_programme_list (self->store, FALSE, &error);
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
      if (id == selected_id)
        position = i + 1;
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->programme_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->programme_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->programme_dropdown, position);
}

static void
store_changed_cb (FfParticipantsView *self,
                  FfRecordKind        kind,
                  gint64              id,
                  FfStore            *store)
{
  if (kind == FF_RECORD_PROGRAMME)
    ff_participants_view_reload_programmes (self);
}

static void
undo_delete_cb (FfParticipantsView *self,
                AdwToast           *toast)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "participant-id"));
  g_autoptr(GError) error = NULL;

  if (!ff_participant_undelete (self->store, id, &error))
    {
      ff_participants_view_show_error (self, error->message);
      return;
    }

  ff_participants_view_open_participant (self, id);
}

static void
page_deleted_cb (FfParticipantsView *self,
                 gint64              id,
                 const char         *display_name,
                 FfParticipantPage  *page)
{
  AdwToastOverlay *overlay = ff_participants_view_get_toast_overlay (self);
  g_autofree char *title = NULL;
  AdwToast *toast;

  ff_participants_view_show_participant (self, 0);

  if (overlay == NULL)
    return;

  /* Translators: shown after a participant was deleted; %s is the name */
  title = g_markup_printf_escaped (_("“%s” deleted"), display_name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "participant-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void
leaflet_folded_cb (FfParticipantsView *self,
                   GParamSpec         *pspec,
                   AdwLeaflet         *leaflet)
{
  gint64 id = ff_participants_view_get_open_id (self);

  /* Side by side again: the open participant is the selected one. */
  if (!adw_leaflet_get_folded (leaflet) && id != 0)
    {
      self->reloading = TRUE;
      ff_participants_view_set_selected (self,
                                         ff_record_list_model_find (list_model (self), id));
      self->reloading = FALSE;
    }
}

static void
leaflet_visible_child_cb (FfParticipantsView *self,
                          GParamSpec         *pspec,
                          AdwLeaflet         *leaflet)
{
  /* Back on the list of a narrow window: nothing is selected, so tapping the same
   * participant again opens it. */
  if (adw_leaflet_get_folded (leaflet) &&
      adw_leaflet_get_visible_child (leaflet) == self->list_pane)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfParticipantsView *self = FF_PARTICIPANTS_VIEW (widget);

  if (self->page != NULL)
    ff_participant_page_flush (FF_PARTICIPANT_PAGE (self->page));
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
new_participant_response_cb (FfParticipantsView *self,
                             const char         *response,
                             FfNewRecordDialog  *dialog)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (g_strcmp0 (response, "create") != 0)
    return;

  id = ff_record_insert (self->store, &ff_participant_type, 0,
                         ff_new_record_dialog_get_values (dialog), &error);
  if (id == 0)
    {
      ff_participants_view_show_error (self, error->message);
      return;
    }

  ff_participants_view_open_participant (self, id);
}

static void
ff_participants_view_realize (GtkWidget *widget)
{
  FfParticipantsView *self = FF_PARTICIPANTS_VIEW (widget);

  GTK_WIDGET_CLASS (ff_participants_view_parent_class)->realize (widget);

  if (self->model == NULL || ff_record_list_model_get_limit (list_model (self)) == G_MAXUINT)
    return;

  ff_participants_view_wait_for_paint (self);
}

static void
ff_participants_view_unrealize (GtkWidget *widget)
{
  FfParticipantsView *self = FF_PARTICIPANTS_VIEW (widget);

  /* Without a frame clock nothing would bring the other rows. */
  ff_participants_view_show_all_rows (self);

  GTK_WIDGET_CLASS (ff_participants_view_parent_class)->unrealize (widget);
}

static void
ff_participants_view_dispose (GObject *object)
{
  FfParticipantsView *self = FF_PARTICIPANTS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PARTICIPANTS_VIEW);

  self->page = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_participants_view_parent_class)->dispose (object);
}

static void
ff_participants_view_finalize (GObject *object)
{
  FfParticipantsView *self = FF_PARTICIPANTS_VIEW (object);

  g_clear_pointer (&self->programme_ids, g_array_unref);

  G_OBJECT_CLASS (ff_participants_view_parent_class)->finalize (object);
}

static void
ff_participants_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FfParticipantsView *self = FF_PARTICIPANTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_FOLDED:
      g_value_set_boolean (value, self->sidebar_folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_participants_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FfParticipantsView *self = FF_PARTICIPANTS_VIEW (object);

  switch (prop_id)
    {
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
ff_participants_view_class_init (FfParticipantsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_participants_view_dispose;
  object_class->finalize = ff_participants_view_finalize;
  object_class->get_property = ff_participants_view_get_property;
  object_class->set_property = ff_participants_view_set_property;

  widget_class->realize = ff_participants_view_realize;
  widget_class->unrealize = ff_participants_view_unrealize;

  properties[PROP_SIDEBAR_FOLDED] =
    g_param_spec_boolean ("sidebar-folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-participants-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, reviews_due_button);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, programme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, programme_names);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, status_names);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantsView, detail_stack);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, programme_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, reviews_due_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "participants.show-list", NULL,
                                   show_list_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ff_participants_view_init (FfParticipantsView *self)
{
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;

  self->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = ff_participant_row_factory_new ();
  gtk_list_view_set_factory (self->list_view, factory);

  g_ptr_array_add (statuses, (gpointer) _("All statuses"));
  for (FfEnrolmentStatus s = FF_ENROLMENT_STATUS_NONE; s < FF_ENROLMENT_N_STATUSES; s++)
    g_ptr_array_add (statuses, (gpointer) ff_enrolment_status_to_label (s));
  g_ptr_array_add (statuses, NULL);
  gtk_string_list_splice (self->status_names, 0, 0, (const char * const *) statuses->pdata);
  gtk_drop_down_set_selected (self->status_dropdown, 0);

  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (leaflet_folded_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (leaflet_visible_child_cb), self, G_CONNECT_SWAPPED);
}

FfStore *
ff_participants_view_get_store (FfParticipantsView *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANTS_VIEW (self), NULL);

  return self->store;
}

void
ff_participants_view_set_store (FfParticipantsView *self,
                                FfStore            *store)
{
  g_return_if_fail (FF_IS_PARTICIPANTS_VIEW (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);

  self->model = ff_participant_list_model_new (store);
  if (!gtk_widget_get_realized (GTK_WIDGET (self)))
    ff_record_list_model_set_limit (list_model (self), FIRST_ROWS);
  /* Connected before the selection's own handler, and after it: see the callbacks. */
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (model_changing_cb), self, G_CONNECT_SWAPPED);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  ff_participants_view_reload_programmes (self);
  ff_participants_view_update_empty (self);
}

void
ff_participants_view_new_participant (FfParticipantsView *self)
{
  GtkWidget *dialog;

  g_return_if_fail (FF_IS_PARTICIPANTS_VIEW (self));

  /* The dialog asks by the titles of the page's rows. */
  ff_participants_view_ensure_page (self);
  ff_participant_page_flush (FF_PARTICIPANT_PAGE (self->page));

  dialog = ff_record_page_new_dialog (FF_RECORD_PAGE (self->page));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (new_participant_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ff_participants_view_open_participant (FfParticipantsView *self,
                                       gint64              id)
{
  guint position;

  g_return_if_fail (FF_IS_PARTICIPANTS_VIEW (self));

  position = ff_record_list_model_find (list_model (self), id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* The search or a filter hides it: show everyone instead. */
      ff_participant_list_model_clear_filters (self->model);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->programme_dropdown, 0);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_toggle_button_set_active (self->reviews_due_button, FALSE);
      position = ff_record_list_model_find (list_model (self), id);
    }

  ff_participants_view_show_participant (self, id);
  ff_participants_view_select_position (self, position);
}

void
ff_participants_view_focus_search (FfParticipantsView *self)
{
  g_return_if_fail (FF_IS_PARTICIPANTS_VIEW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
ff_participants_view_flush (FfParticipantsView *self)
{
  g_return_if_fail (FF_IS_PARTICIPANTS_VIEW (self));

  if (self->page != NULL)
    ff_participant_page_flush (FF_PARTICIPANT_PAGE (self->page));
}
