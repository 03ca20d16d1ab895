/* ff-employer-suggestions.c — employers of the register that match what is typed in a
 * field, offered in a list under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-employer-suggestions.h"

#define EMPLOYER_ID_KEY "ff-employer-id"

struct _FfEmployerSuggestions
{
  GtkPopover   parent_instance;

  FfStore     *store;
  GtkWidget   *field;       /* the parent, while it lasts */
  GPtrArray   *employers;   /* FfRecord, as listed */
  gboolean     dismissed;   /* closed by Escape or a choice until the next typing */
  guint        setting;     /* the list itself is setting the field's text */

  /* template children */
  GtkListBox  *list;
};

G_DEFINE_FINAL_TYPE (FfEmployerSuggestions, ff_employer_suggestions, GTK_TYPE_POPOVER)

enum
{
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
field_has_focus (FfEmployerSuggestions *self)
{
  GtkRoot *root = self->field != NULL ? gtk_widget_get_root (self->field) : NULL;
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == self->field || gtk_widget_is_ancestor (focus, self->field));
}

/* A list cannot be placed by a field scrolled out of its window. */
static gboolean
field_in_sight (FfEmployerSuggestions *self)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (self->field));
  graphene_rect_t bounds;

  return native != NULL && gtk_widget_get_mapped (self->field) &&
         gtk_widget_compute_bounds (self->field, native, &bounds) &&
         bounds.origin.y + bounds.size.height > 0 &&
         bounds.origin.y < gtk_widget_get_height (native);
}

static void
clear_rows (FfEmployerSuggestions *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

/* Lists the employers that match @text; FALSE when none does. */
static gboolean
fill (FfEmployerSuggestions *self,
      const char            *text)
{
  FfRecordQuery query = { .search = text, .include_archived = FALSE };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  g_clear_pointer (&self->employers, g_ptr_array_unref);

  ids = ff_record_query_ids (self->store, &ff_employer_type, &query, &error);
  if (ids == NULL)
    {
      g_warning ("Could not search the employer register: %s", error->message);
      return FALSE;
    }
  if (ids->len == 0)
    return FALSE;

  self->employers = ff_record_load_many (self->store, &ff_employer_type,
                                         (const gint64 *) ids->data,
                                         MIN (ids->len, FF_EMPLOYER_SUGGESTIONS_MAX), &error);
  if (self->employers == NULL)
    {
      g_warning ("Could not read the employer register: %s", error->message);
      return FALSE;
    }

  for (guint i = 0; i < self->employers->len; i++)
    {
      FfRecord *employer = g_ptr_array_index (self->employers, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ff_record_get_title (employer));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ff_record_get_subtitle (employer));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_focusable (row, FALSE);
      g_object_set_data (G_OBJECT (row), EMPLOYER_ID_KEY, employer);
      gtk_list_box_append (self->list, row);
    }

  return self->employers->len > 0;
}

static void
update (FfEmployerSuggestions *self)
{
  g_autofree char *text = NULL;

  if (self->field == NULL || self->dismissed || !field_has_focus (self))
    {
      gtk_popover_popdown (GTK_POPOVER (self));
      return;
    }

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->field))));
  if (*text == '\0' || !field_in_sight (self) || !fill (self, text))
    {
      gtk_popover_popdown (GTK_POPOVER (self));
      return;
    }

  gtk_widget_set_size_request (GTK_WIDGET (self),
                               MAX (gtk_widget_get_width (self->field), 200), -1);
  gtk_popover_popup (GTK_POPOVER (self));
}

static void
choose (FfEmployerSuggestions *self,
        GtkListBoxRow         *row)
{
  FfRecord *employer = g_object_get_data (G_OBJECT (row), EMPLOYER_ID_KEY);
  g_autoptr(FfRecord) chosen = NULL;

  if (employer == NULL || self->field == NULL)
    return;

  chosen = g_object_ref (employer);
  self->dismissed = TRUE;
  gtk_popover_popdown (GTK_POPOVER (self));

  self->setting++;
  gtk_editable_set_text (GTK_EDITABLE (self->field), ff_record_get_title (chosen));
  gtk_editable_set_position (GTK_EDITABLE (self->field), -1);
  self->setting--;

  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, ff_record_get_id (chosen),
                 ff_record_get_title (chosen));
}

static void
select_step (FfEmployerSuggestions *self,
             int                    step)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  int index = selected != NULL ? gtk_list_box_row_get_index (selected) + step
                               : (step > 0 ? 0 : -1);
  GtkListBoxRow *row = index >= 0 ? gtk_list_box_get_row_at_index (self->list, index) : NULL;

  if (row == NULL && index >= 0)
    return;  /* past the last: stays on it */

  gtk_list_box_select_row (self->list, row);
  if (row != NULL)
    {
      GtkAdjustment *adjustment;
      graphene_rect_t bounds;

      /* keep it in sight */
      adjustment = gtk_list_box_get_adjustment (self->list);
      if (adjustment != NULL &&
          gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
        gtk_adjustment_clamp_page (adjustment, bounds.origin.y,
                                   bounds.origin.y + bounds.size.height);
    }
}

static gboolean
key_pressed_cb (FfEmployerSuggestions *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean shown = gtk_widget_get_visible (GTK_WIDGET (self));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!shown)
        {
          self->dismissed = FALSE;
          update (self);
          return gtk_widget_get_visible (GTK_WIDGET (self));
        }
      select_step (self, 1);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!shown)
        return FALSE;
      select_step (self, -1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!shown || gtk_list_box_get_selected_row (self->list) == NULL)
        return FALSE;
      choose (self, gtk_list_box_get_selected_row (self->list));
      return TRUE;

    case GDK_KEY_Escape:
      if (!shown)
        return FALSE;
      ff_employer_suggestions_dismiss (self);
      return TRUE;

    default:
      return FALSE;
    }
}

static void
text_changed_cb (FfEmployerSuggestions *self)
{
  if (self->setting > 0)
    return;

  self->dismissed = FALSE;
  update (self);
}

static void
focus_leave_cb (FfEmployerSuggestions *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
row_activated_cb (FfEmployerSuggestions *self,
                  GtkListBoxRow         *row)
{
  choose (self, row);
}

static void
field_destroy_cb (FfEmployerSuggestions *self)
{
  if (self->field == NULL)
    return;

  self->field = NULL;
  gtk_widget_unparent (GTK_WIDGET (self));
}

static void
ff_employer_suggestions_dispose (GObject *object)
{
  FfEmployerSuggestions *self = FF_EMPLOYER_SUGGESTIONS (object);

  g_clear_pointer (&self->employers, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_employer_suggestions_parent_class)->dispose (object);
}

static void
ff_employer_suggestions_class_init (FfEmployerSuggestionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_employer_suggestions_dispose;

  signals[SIGNAL_CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-employer-suggestions.ui");
  gtk_widget_class_bind_template_child (widget_class, FfEmployerSuggestions, list);
}

static void
ff_employer_suggestions_init (FfEmployerSuggestions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ff_employer_suggestions_new (FfStore   *store,
                             GtkWidget *field)
{
  FfEmployerSuggestions *self;
  GtkEventController *controller;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (GTK_IS_EDITABLE (field), NULL);

  self = g_object_new (FF_TYPE_EMPLOYER_SUGGESTIONS, NULL);
  self->store = g_object_ref (store);
  self->field = field;
  gtk_widget_set_parent (GTK_WIDGET (self), field);

  /* Before the field's own keys: Return chooses rather than moving on. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (field, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (field, controller);

  g_signal_connect_object (field, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (field, "destroy", G_CALLBACK (field_destroy_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

gint64
ff_employer_suggestions_find_exact (FfEmployerSuggestions *self,
                                    const char            *name)
{
  FfRecordQuery query = { 0 };
  g_autofree char *wanted = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) employers = NULL;

  g_return_val_if_fail (FF_IS_EMPLOYER_SUGGESTIONS (self), 0);

  wanted = g_utf8_casefold (g_strstrip (g_strdup (name != NULL ? name : "")), -1);
  if (*wanted == '\0')
    return 0;

  query.search = wanted;
  ids = ff_record_query_ids (self->store, &ff_employer_type, &query, NULL);
  if (ids == NULL || ids->len == 0)
    return 0;

  employers = ff_record_load_many (self->store, &ff_employer_type, (const gint64 *) ids->data,
                                   MIN (ids->len, 50), NULL);
  for (guint i = 0; employers != NULL && i < employers->len; i++)
    {
      FfRecord *employer = g_ptr_array_index (employers, i);
      g_autofree char *folded = g_utf8_casefold (ff_record_get_title (employer), -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return ff_record_get_id (employer);
    }

  return 0;
}

void
ff_employer_suggestions_dismiss (FfEmployerSuggestions *self)
{
  g_return_if_fail (FF_IS_EMPLOYER_SUGGESTIONS (self));

  self->dismissed = TRUE;
  gtk_popover_popdown (GTK_POPOVER (self));
}

gint64
ff_employer_suggestions_get_selected (FfEmployerSuggestions *self)
{
  GtkListBoxRow *row;
  FfRecord *employer;

  g_return_val_if_fail (FF_IS_EMPLOYER_SUGGESTIONS (self), 0);

  row = gtk_list_box_get_selected_row (self->list);
  employer = row != NULL ? g_object_get_data (G_OBJECT (row), EMPLOYER_ID_KEY) : NULL;

  return employer != NULL ? ff_record_get_id (employer) : 0;
}
