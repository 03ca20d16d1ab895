/* ff-session-dialog.c — one session of a course, added or changed: its date, times,
 * note, and whether it is cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-course.h"
#include "ff-field-error.h"
#include "ff-form-keys.h"
#include "ff-session-dialog.h"
#include "ff-validate.h"

#define SESSION_TYPE (&ff_course_part_types[FF_COURSE_PART_SESSION])

/* The fields the dialog asks for, by FfSessionField. */
static const guint fields[] = { FF_SESSION_DATE, FF_SESSION_START, FF_SESSION_END,
                                FF_SESSION_NOTE };

struct _FfSessionDialog
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           course_id;
  gint64           session_id;
  GtkWidget       *rows[FF_SESSION_N_FIELDS];
  char            *hints[FF_SESSION_N_FIELDS];
  char            *values[FF_SESSION_N_FIELDS];   /* normalised, while valid */
  gboolean         was_cancelled;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkButton       *save_button;
  GtkWidget       *form;
  GtkWidget       *date_row;
  GtkWidget       *start_row;
  GtkWidget       *end_row;
  GtkWidget       *note_row;
  GtkWidget       *cancelled_row;
  GtkSwitch       *cancelled_switch;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (FfSessionDialog, ff_session_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (FfSessionDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Checks each field with the session's own checks, and that it ends after it starts;
 * marks what is refused (an empty required field is unfinished, not wrong). */
static gboolean
check_all (FfSessionDialog *self)
{
  const char *messages[FF_SESSION_N_FIELDS] = { NULL };
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  gboolean valid = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      guint field = fields[i];
      GError *error = NULL;
      g_autofree char *normalized = NULL;

      g_clear_pointer (&self->values[field], g_free);
      if (ff_record_validate (SESSION_TYPE, field,
                              gtk_editable_get_text (GTK_EDITABLE (self->rows[field])),
                              &normalized, &error))
        {
          self->values[field] = g_steal_pointer (&normalized);
          continue;
        }

      valid = FALSE;
      g_ptr_array_add (errors, error);
      if (!g_error_matches (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY))
        messages[field] = error->message;
    }

  if (valid && ff_course_session_minutes (self->values[FF_SESSION_DATE],
                                          self->values[FF_SESSION_START],
                                          self->values[FF_SESSION_END]) == 0)
    {
      valid = FALSE;
      messages[FF_SESSION_END] = _("A session must end after it starts.");
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    ff_field_error_show (self->rows[fields[i]], self->hints[fields[i]], messages[fields[i]]);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session-dialog.save", valid);

  return valid;
}

static gboolean
save (FfSessionDialog  *self,
      GError          **error)
{
  gboolean cancelled = gtk_switch_get_active (self->cancelled_switch);

  if (self->session_id == 0)
    {
      self->session_id = ff_course_add_session (self->store, self->course_id,
                                                self->values[FF_SESSION_DATE],
                                                self->values[FF_SESSION_START],
                                                self->values[FF_SESSION_END],
                                                self->values[FF_SESSION_NOTE], error);
      return self->session_id != 0;
    }

  if (!ff_course_move_session (self->store, self->session_id, self->values[FF_SESSION_DATE],
                               self->values[FF_SESSION_START], self->values[FF_SESSION_END],
                               error))
    return FALSE;
  if (!ff_record_set_field (self->store, SESSION_TYPE, self->session_id, FF_SESSION_NOTE,
                            self->values[FF_SESSION_NOTE], error))
    return FALSE;
  if (cancelled != self->was_cancelled &&
      !ff_course_cancel_session (self->store, self->session_id, cancelled, error))
    return FALSE;

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfSessionDialog *self = FF_SESSION_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!check_all (self))
    return;

  if (!save (self, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->session_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_session_dialog_dispose (GObject *object)
{
  FfSessionDialog *self = FF_SESSION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_SESSION_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_session_dialog_parent_class)->dispose (object);
}

static void
ff_session_dialog_finalize (GObject *object)
{
  FfSessionDialog *self = FF_SESSION_DIALOG (object);

  for (guint i = 0; i < FF_SESSION_N_FIELDS; i++)
    {
      g_free (self->hints[i]);
      g_free (self->values[i]);
    }

  G_OBJECT_CLASS (ff_session_dialog_parent_class)->finalize (object);
}

static void
ff_session_dialog_class_init (FfSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_session_dialog_dispose;
  object_class->finalize = ff_session_dialog_finalize;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, cancelled_row);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, cancelled_switch);
  gtk_widget_class_bind_template_child (widget_class, FfSessionDialog, error_label);

  gtk_widget_class_install_action (widget_class, "session-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_session_dialog_init (FfSessionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ff_form_keys_attach (GTK_WINDOW (self), self->form);

  self->rows[FF_SESSION_DATE] = self->date_row;
  self->rows[FF_SESSION_START] = self->start_row;
  self->rows[FF_SESSION_END] = self->end_row;
  self->rows[FF_SESSION_NOTE] = self->note_row;
}

GtkWidget *
ff_session_dialog_new (GtkWindow *parent,
                       FfStore   *store,
                       gint64     course_id,
                       gint64     session_id)
{
  FfSessionDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_SESSION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->course_id = course_id;
  self->session_id = session_id;

  if (session_id != 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FfRecord) session = ff_record_load (store, SESSION_TYPE, session_id, &error);

      for (guint i = 0; session != NULL && i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *shown = ff_record_display (SESSION_TYPE, fields[i],
                                                      ff_record_get (session, fields[i]),
                                                      NULL);

          gtk_editable_set_text (GTK_EDITABLE (self->rows[fields[i]]), shown);
        }
      if (session != NULL)
        self->was_cancelled = g_str_equal (ff_record_get (session, FF_SESSION_CANCELLED), "1");
      else
        show_error (self, error->message);
      gtk_switch_set_active (self->cancelled_switch, self->was_cancelled);
      adw_window_title_set_title (self->window_title, _("Change Session"));
      gtk_window_set_title (GTK_WINDOW (self), _("Change Session"));
      gtk_button_set_label (self->save_button, _("_Save"));
    }
  else
    {
      gtk_widget_set_visible (self->cancelled_row, FALSE);
      adw_window_title_set_title (self->window_title, _("Add Session"));
      gtk_window_set_title (GTK_WINDOW (self), _("Add Session"));
      gtk_button_set_label (self->save_button, _("_Add"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      self->hints[fields[i]] = g_strdup (gtk_widget_get_tooltip_text (self->rows[fields[i]]));
      g_signal_connect_object (self->rows[fields[i]], "changed", G_CALLBACK (check_all), self,
                               G_CONNECT_SWAPPED);
    }
  check_all (self);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_session_dialog_get_row (FfSessionDialog *self,
                           guint            field)
{
  g_return_val_if_fail (FF_IS_SESSION_DIALOG (self), NULL);
  g_return_val_if_fail (field < FF_SESSION_N_FIELDS, NULL);

  return self->rows[field];
}

GtkWidget *
ff_session_dialog_get_cancelled_switch (FfSessionDialog *self)
{
  g_return_val_if_fail (FF_IS_SESSION_DIALOG (self), NULL);

  return GTK_WIDGET (self->cancelled_switch);
}

const char *
ff_session_dialog_get_error (FfSessionDialog *self)
{
  g_return_val_if_fail (FF_IS_SESSION_DIALOG (self), NULL);

  return gtk_label_get_text (self->error_label);
}
