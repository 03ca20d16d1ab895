/* ff-autosave.c — fields that save themselves as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The domain of the line each save writes for G_MESSAGES_DEBUG=Fotfeste: what the crash
 * bench (bench/run-crash-bench) counts on as saved. */
#define G_LOG_DOMAIN "Fotfeste"

#include "config.h"

#include <string.h>

#include "ff-autosave-private.h"
#include "ff-choice-model.h"
#include "ff-edit-journal.h"
#include "ff-field-error.h"

G_DEFINE_FINAL_TYPE (FfAutosave, ff_autosave, G_TYPE_OBJECT)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every binder alive, to flush them all before the application quits. */
static GList *binders;

static void commit_all (FfAutosave *self);

/* Widgets */

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  if (widget == NULL || (root = gtk_widget_get_root (widget)) == NULL)
    return FALSE;

  focus = gtk_root_get_focus (root);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static const FfChoiceList *
binding_choices (Binding *binding)
{
  return binding->type->fields[binding->field].choices;
}

/* What the widget holds now, as the user would type it. */
static char *
binding_get_text (Binding *binding)
{
  GtkWidget *widget = binding->widget;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  if (GTK_IS_SWITCH (widget))
    return g_strdup (gtk_switch_get_active (GTK_SWITCH (widget)) ? "1" : "0");

  if (ADW_IS_COMBO_ROW (widget))
    return g_strdup (ff_choice_list_key (binding_choices (binding),
                                         adw_combo_row_get_selected (ADW_COMBO_ROW (widget))));

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

void
ff_autosave_binding_show (Binding    *binding,
                          const char *value)
{
  FfAutosave *self = binding->self;
  GtkWidget *widget = binding->widget;

  if (widget == NULL)
    return;
  if (value == NULL)
    value = "";

  self->loading++;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      g_autofree char *shown = binding_get_text (binding);

      if (g_strcmp0 (shown, value) != 0)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), value, -1);
    }
  else if (GTK_IS_SWITCH (widget))
    {
      gtk_switch_set_active (GTK_SWITCH (widget), g_strcmp0 (value, "1") == 0);
    }
  else if (ADW_IS_COMBO_ROW (widget))
    {
      guint index = ff_choice_list_index (binding_choices (binding), value);

      /* Choosing the chosen again still reads the item and tells everyone. */
      if (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)) != index)
        adw_combo_row_set_selected (ADW_COMBO_ROW (widget), index);
    }
  else
    {
      g_autofree char *display = ff_record_display (binding->type, binding->field, value,
                                                    NULL);
      const char *shown = gtk_editable_get_text (GTK_EDITABLE (widget));

      if (binding->masked)
        {
          char *masked = ff_autosave_mask_display (binding, display);

          if (masked != display)
            {
              g_free (display);
              display = masked;
            }
        }

      /* Setting the same text would move the cursor of someone typing. */
      if (g_strcmp0 (shown, display) != 0)
        {
          /* A shown entry row animates its title when its text goes from empty to
           * filled or back, and lays itself out again at every step: one not in use is
           * hidden while its text is set, so that the new value is there at once. */
          gboolean hide = ADW_IS_ENTRY_ROW (widget) && gtk_widget_get_mapped (widget) &&
                          (*shown == '\0') != (*display == '\0') &&
                          !has_focus_within (widget);

          if (hide)
            gtk_widget_set_visible (widget, FALSE);
          gtk_editable_set_text (GTK_EDITABLE (widget), display);
          if (hide)
            gtk_widget_set_visible (widget, TRUE);
        }
    }

  self->loading--;
}

static void
binding_set_error (Binding    *binding,
                   const char *message)
{
  if (g_strcmp0 (binding->error, message) == 0 || binding->widget == NULL)
    return;

  g_free (binding->error);
  binding->error = g_strdup (message);

  ff_field_error_show (binding->widget, binding->base_tooltip, message);
}

/* The field as a person would name it: its row's title, or its group's. */
static const char *
binding_label (Binding *binding)
{
  if (binding->label != NULL)
    return binding->label;

  if (binding->base_title != NULL && *binding->base_title != '\0')
    binding->label = g_strdup (binding->base_title);

  for (GtkWidget *w = binding->widget; binding->label == NULL && w != NULL;
       w = gtk_widget_get_parent (w))
    {
      const char *title;

      if (!ADW_IS_PREFERENCES_GROUP (w))
        continue;
      title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w));
      if (title != NULL && *title != '\0')
        binding->label = g_strdup (title);
    }

  if (binding->label == NULL)
    binding->label = g_strdup (binding->type->fields[binding->field].key);

  return binding->label;
}

/* Keeps what the widget holds in the journal until it is written: a process killed
 * before the pause in typing ends loses none of it (ff-edit-journal.h). */
static void
binding_journal (Binding *binding)
{
  FfAutosave *self = binding->self;
  g_autofree char *text = NULL;

  if (self->journal == NULL || binding->widget == NULL)
    return;

  if (binding->journaled != 0 && binding->journaled != binding->id)
    ff_edit_journal_remove (self->journal, binding->type, binding->journaled, binding->field);
  binding->journaled = 0;

  if (binding->id == 0)
    return;

  text = binding_get_text (binding);
  ff_edit_journal_set (self->journal, binding->type, binding->id, binding->field,
                       binding_label (binding), text);
  binding->journaled = binding->id;
}

/* What the widget held is saved, or given up. */
static void
binding_unjournal (Binding *binding)
{
  FfAutosave *self = binding->self;

  if (binding->journaled != 0 && self->journal != NULL)
    ff_edit_journal_remove (self->journal, binding->type, binding->journaled, binding->field);
  binding->journaled = 0;
}

static void
binding_reset (Binding    *binding,
               const char *value)
{
  binding_unjournal (binding);
  g_free (binding->stored);
  binding->stored = g_strdup (value != NULL ? value : "");
  binding->dirty = FALSE;
  binding_set_error (binding, NULL);
  if (binding->masked)
    ff_autosave_mask_reset (binding);
  ff_autosave_binding_show (binding, binding->stored);
}

/* Writes the binding's value if it was edited and is valid; marks it when it is not,
 * or when the write fails. @tidy: the user has finished with the field, so its text
 * may become the normalised form. Returns FALSE when something stays unwritten. */
static gboolean
commit (Binding  *binding,
        gboolean  tidy)
{
  FfAutosave *self = binding->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *normalized = NULL;
  gboolean written = FALSE;
  FfCheck check;

  if (!binding->dirty || binding->widget == NULL)
    return TRUE;
  if (binding->id == 0 || !self->editable)
    return FALSE;

  text = binding_get_text (binding);
  check = binding->type->fields[binding->field].check;

  /* An amount is written as typed: its normal form, whole øre, would be read again as
   * kroner. */
  if (!ff_record_validate (binding->type, binding->field, text, &normalized, &error) ||
      (g_strcmp0 (normalized, binding->stored) != 0 &&
       !(written = ff_record_set_field (self->store, binding->type, binding->id,
                                        binding->field,
                                        check == FF_CHECK_MONEY || check == FF_CHECK_AMOUNT
                                        ? text : normalized,
                                        &error))))
    {
      binding_set_error (binding, error->message);
      return FALSE;
    }

  if (written)
    {
      g_free (binding->stored);
      binding->stored = g_strdup (normalized);
      g_debug ("Saved %s of %s %" G_GINT64_FORMAT ": %" G_GSIZE_FORMAT " bytes",
               binding->type->fields[binding->field].key, binding->type->table, binding->id,
               strlen (normalized));
    }

  binding->dirty = FALSE;
  binding_unjournal (binding);
  binding_set_error (binding, NULL);

  if (tidy)
    ff_autosave_binding_show (binding, normalized);

  if (written)
    g_signal_emit (self, signals[SIGNAL_SAVED], 0, binding->type, binding->id, binding->field);

  return TRUE;
}

static gboolean
commit_all_checked (FfAutosave *self)
{
  gboolean ok = TRUE;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  /* A write may announce a change that makes the page show its record again, and
   * the page may drop bindings: go by index, and look again each time. */
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->dirty)
        ok &= commit (binding, !has_focus_within (binding->widget));
    }

  return ok;
}

static void
commit_all (FfAutosave *self)
{
  commit_all_checked (self);
}

static gboolean
timeout_cb (gpointer user_data)
{
  FfAutosave *self = user_data;

  self->timeout_id = 0;
  commit_all (self);

  return G_SOURCE_REMOVE;
}

static void
edited (Binding *binding)
{
  FfAutosave *self = binding->self;

  if (self->loading > 0 || !self->editable)
    return;

  binding->dirty = TRUE;
  if (binding->masked)
    ff_autosave_mask_edited (binding);
  binding_journal (binding);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (FF_AUTOSAVE_DELAY_MS, timeout_cb, self);
}

static void
changed_cb (gpointer  instance,
            Binding  *binding)
{
  edited (binding);
}

static void
done_cb (gpointer  instance,
         Binding  *binding)
{
  commit (binding, TRUE);
}

/* A choice is complete as soon as it is made. */
static void
chosen_cb (GObject    *widget,
           GParamSpec *pspec,
           Binding    *binding)
{
  if (binding->self->loading > 0 || !binding->self->editable)
    return;

  binding->dirty = TRUE;
  commit (binding, TRUE);
}

/* A masked field stays sensitive, so that its value can still be shown. */
static void
binding_set_editable (Binding  *binding,
                      gboolean  editable)
{
  if (binding->masked)
    ff_autosave_mask_set_editable (binding, editable);
  else
    gtk_widget_set_sensitive (binding->widget, editable);
}

static void
widget_gone (gpointer  data,
             GObject  *where_the_widget_was)
{
  Binding *binding = data;

  binding->widget = NULL;
  binding->focus = NULL;
}

static void
binding_free (Binding *binding)
{
  /* A value refused when the form went away is given up, as the form shows it no
   * more. */
  binding_unjournal (binding);

  if (binding->widget != NULL)
    {
      GtkWidget *widget = binding->widget;

      g_object_weak_unref (G_OBJECT (widget), widget_gone, binding);
      g_object_set_data (G_OBJECT (widget), BINDING_KEY, NULL);
      g_signal_handlers_disconnect_by_data (widget, binding);
      if (GTK_IS_TEXT_VIEW (widget))
        g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                                              binding);
      if (binding->focus != NULL)
        gtk_widget_remove_controller (widget, binding->focus);
    }
  if (binding->reveal != NULL)
    {
      g_signal_handlers_disconnect_by_data (binding->reveal, binding);
      g_object_remove_weak_pointer (G_OBJECT (binding->reveal), (gpointer *) &binding->reveal);
    }

  g_free (binding->stored);
  g_free (binding->base_title);
  g_free (binding->base_tooltip);
  g_free (binding->error);
  g_free (binding->label);
  g_free (binding);
}

/* The object */

static void
ff_autosave_dispose (GObject *object)
{
  FfAutosave *self = FF_AUTOSAVE (object);

  /* Nothing typed is lost when the form goes away without a flush. */
  if (self->store != NULL)
    commit_all (self);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->bindings != NULL)
    g_ptr_array_set_size (self->bindings, 0);
  g_clear_object (&self->journal);
  g_clear_object (&self->store);
  binders = g_list_remove (binders, self);

  G_OBJECT_CLASS (ff_autosave_parent_class)->dispose (object);
}

static void
ff_autosave_finalize (GObject *object)
{
  FfAutosave *self = FF_AUTOSAVE (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_autosave_parent_class)->finalize (object);
}

static void
ff_autosave_class_init (FfAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ff_autosave_dispose;
  object_class->finalize = ff_autosave_finalize;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_POINTER, G_TYPE_INT64, G_TYPE_UINT);
}

static void
ff_autosave_init (FfAutosave *self)
{
  self->bindings = g_ptr_array_new_with_free_func ((GDestroyNotify) binding_free);
  self->editable = TRUE;
  binders = g_list_prepend (binders, self);
}

FfAutosave *
ff_autosave_new (FfStore *store)
{
  FfAutosave *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_AUTOSAVE, NULL);
  self->store = g_object_ref (store);
  self->journal = ff_edit_journal_get (store);
  /* A file someone else is changing is only read here. */
  self->editable = !ff_store_is_read_only (store);

  return self;
}

void
ff_autosave_bind (FfAutosave          *self,
                  GtkWidget           *widget,
                  const FfRecordType  *type,
                  gint64               id,
                  guint                field)
{
  Binding *binding;

  g_return_if_fail (FF_IS_AUTOSAVE (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (type != NULL && field < type->n_fields);
  g_return_if_fail (g_object_get_data (G_OBJECT (widget), BINDING_KEY) == NULL);

  binding = g_new0 (Binding, 1);
  binding->self = self;
  binding->widget = widget;
  binding->type = type;
  binding->id = id;
  binding->main = id == 0;
  binding->field = field;
  binding->stored = g_strdup ("");
  binding->base_tooltip = g_strdup (gtk_widget_get_tooltip_text (widget));
  g_object_weak_ref (G_OBJECT (widget), widget_gone, binding);
  g_object_set_data (G_OBJECT (widget), BINDING_KEY, binding);
  g_ptr_array_add (self->bindings, binding);
  binding->masked = (type->fields[field].flags & FF_FIELD_MASKED) != 0;
  if (binding->masked)
    ff_autosave_mask_attach (binding);
  if (!self->editable)
    binding_set_editable (binding, FALSE);

  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      binding->base_title =
        g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      /* Error messages, and what people type, are plain text. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
    }

  if (ADW_IS_COMBO_ROW (widget))
    {
      g_autoptr(GListModel) model = ff_choice_model_new (binding_choices (binding));

      self->loading++;
      adw_combo_row_set_model (ADW_COMBO_ROW (widget), model);
      self->loading--;
      g_signal_connect (widget, "notify::selected", G_CALLBACK (chosen_cb), binding);
      return;
    }

  if (GTK_IS_SWITCH (widget))
    {
      g_signal_connect (widget, "notify::active", G_CALLBACK (chosen_cb), binding);
      return;
    }

  if (GTK_IS_TEXT_VIEW (widget))
    {
      g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                        G_CALLBACK (changed_cb), binding);
    }
  else
    {
      g_return_if_fail (GTK_IS_EDITABLE (widget));

      g_signal_connect (widget, "changed", G_CALLBACK (changed_cb), binding);
      if (ADW_IS_ENTRY_ROW (widget))
        g_signal_connect (widget, "entry-activated", G_CALLBACK (done_cb), binding);
      else if (GTK_IS_ENTRY (widget))
        g_signal_connect (widget, "activate", G_CALLBACK (done_cb), binding);
    }

  binding->focus = gtk_event_controller_focus_new ();
  g_signal_connect (binding->focus, "leave", G_CALLBACK (done_cb), binding);
  gtk_widget_add_controller (widget, binding->focus);
}

static guint
bind_named (FfAutosave          *self,
            GtkWidget           *widget,
            const FfRecordType  *type,
            gint64               id)
{
  guint n = 0;
  int field;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      field = ff_record_type_find_field (type, gtk_widget_get_name (child));
      if (field >= 0)
        {
          ff_autosave_bind (self, child, type, id, field);
          n++;
          continue;
        }

      n += bind_named (self, child, type, id);
    }

  return n;
}

guint
ff_autosave_bind_named (FfAutosave          *self,
                        GtkWidget           *root,
                        const FfRecordType  *type,
                        gint64               id)
{
  g_return_val_if_fail (FF_IS_AUTOSAVE (self), 0);
  g_return_val_if_fail (GTK_IS_WIDGET (root), 0);

  return bind_named (self, root, type, id);
}

void
ff_autosave_unbind (FfAutosave          *self,
                    const FfRecordType  *type,
                    gint64               id)
{
  g_return_if_fail (FF_IS_AUTOSAVE (self));

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->type == type && binding->id == id)
        commit (binding, FALSE);
    }

  for (guint i = self->bindings->len; i > 0; i--)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i - 1);

      if (binding->type == type && binding->id == id)
        g_ptr_array_remove_index (self->bindings, i - 1);
    }
}

void
ff_autosave_set_id (FfAutosave          *self,
                    const FfRecordType  *type,
                    gint64               id)
{
  g_return_if_fail (FF_IS_AUTOSAVE (self));

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->main && binding->type == type)
        binding->id = id;
    }
}

void
ff_autosave_load (FfAutosave          *self,
                  const FfRecordType  *type,
                  FfRecord            *record)
{
  g_return_if_fail (FF_IS_AUTOSAVE (self));
  g_return_if_fail (record == NULL || ff_record_get_record_type (record) == type);

  ff_autosave_set_id (self, type, record != NULL ? ff_record_get_id (record) : 0);

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->type != type)
        continue;
      if (binding->main)
        binding_reset (binding, record != NULL ? ff_record_get (record, binding->field) : "");
      else if (record != NULL && binding->id == ff_record_get_id (record))
        binding_reset (binding, ff_record_get (record, binding->field));
    }
}

void
ff_autosave_reset (FfAutosave *self,
                   GtkWidget  *widget,
                   const char *value)
{
  Binding *binding;

  g_return_if_fail (FF_IS_AUTOSAVE (self));

  binding = g_object_get_data (G_OBJECT (widget), BINDING_KEY);
  g_return_if_fail (binding != NULL && binding->self == self);

  binding_reset (binding, value);
}

void
ff_autosave_refresh (FfAutosave *self,
                     FfRecord   *record)
{
  const FfRecordType *type;
  gint64 id;

  g_return_if_fail (FF_IS_AUTOSAVE (self));
  g_return_if_fail (FF_IS_RECORD (record));

  type = ff_record_get_record_type (record);
  id = ff_record_get_id (record);

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->type != type || binding->id != id || binding->dirty ||
          has_focus_within (binding->widget))
        continue;

      g_free (binding->stored);
      binding->stored = g_strdup (ff_record_get (record, binding->field));
      ff_autosave_binding_show (binding, binding->stored);
    }
}

gboolean
ff_autosave_flush (FfAutosave *self)
{
  g_return_val_if_fail (FF_IS_AUTOSAVE (self), FALSE);

  return commit_all_checked (self);
}

void
ff_autosave_flush_all (void)
{
  for (GList *l = binders; l != NULL; l = l->next)
    ff_autosave_flush (l->data);
}

void
ff_autosave_set_editable (FfAutosave *self,
                          gboolean    editable)
{
  g_return_if_fail (FF_IS_AUTOSAVE (self));

  self->editable = editable && !ff_store_is_read_only (self->store);

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->widget != NULL)
        binding_set_editable (binding, self->editable);
    }
}

static Binding *
find_binding (FfAutosave          *self,
              const FfRecordType  *type,
              gint64               id,
              guint                field)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->type == type && binding->field == field &&
          (id == 0 ? binding->main : binding->id == id))
        return binding;
    }

  return NULL;
}

GtkWidget *
ff_autosave_lookup (FfAutosave          *self,
                    const FfRecordType  *type,
                    gint64               id,
                    guint                field,
                    const char         **stored,
                    const char         **title)
{
  Binding *binding;

  g_return_val_if_fail (FF_IS_AUTOSAVE (self), NULL);

  binding = find_binding (self, type, id, field);
  if (stored != NULL)
    *stored = binding != NULL ? binding->stored : "";
  if (title != NULL)
    *title = binding != NULL ? binding->base_title : NULL;

  return binding != NULL ? binding->widget : NULL;
}
