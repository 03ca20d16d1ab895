/* ff-participant-page.c — one participant's record, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-autosave.h"
#include "ff-enrol-dialog.h"
#include "ff-enrolment.h"
#include "ff-enrolment-row.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-participant-page-private.h"
#include "ff-plan-window.h"
#include "ff-status-dialog.h"

struct _FfParticipantPage
{
  AdwBin          parent_instance;

  FfStore        *store;
  gint64          participant_id;
  FfParticipant  *participant;      /* as last read from the store */
  GPtrArray      *enrolments;       /* FfEnrolment, as shown */
  FfAutosave     *autosave;         /* the rows named after the fields they edit */

  /* template widgets */
  GtkStack       *stack;
  GtkLabel       *title_label;
  GtkLabel       *native_label;
  GtkLabel       *status_label;
  GtkListBox     *programmes_list;

  int             fitted_width;     /* the width the history titles were fitted to */
  int             title_width;      /* the width of a history title, when last seen */
  int             heading_width;    /* the width of a programme's title, when last seen */
  guint           fit_idle_id;
};

G_DEFINE_FINAL_TYPE (FfParticipantPage, ff_participant_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PARTICIPANT_ID,
  N_PROPS
};

enum
{
  SIGNAL_DELETED,
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
widget_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus;

  if (root == NULL)
    return FALSE;

  focus = gtk_root_get_focus (root);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
update_header (FfParticipantPage *self)
{
  const char *native = "";
  FfEnrolmentStatus status = FF_ENROLMENT_STATUS_NONE;

  if (self->participant != NULL)
    {
      gtk_label_set_text (self->title_label,
                          ff_participant_get_display_name (self->participant));
      native = ff_participant_get_field (self->participant, FF_PARTICIPANT_NATIVE_NAME);
      status = ff_participant_get_status (self->participant);
    }
  else
    {
      gtk_label_set_text (self->title_label, "");
    }

  /* The display name already is the native name when the Latin one is empty. */
  if (self->participant != NULL &&
      g_strcmp0 (native, ff_participant_get_display_name (self->participant)) == 0)
    native = "";

  gtk_label_set_text (self->native_label, native);
  gtk_widget_set_visible (GTK_WIDGET (self->native_label), *native != '\0');
  gtk_label_set_text (self->status_label, ff_enrolment_status_to_label (status));
}

static void
fit_rows (FfParticipantPage *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->programmes_list, i)); i++)
    ff_enrolment_row_fit (FF_ENROLMENT_ROW (row), &self->title_width, &self->heading_width);
}

static gboolean
fit_idle_cb (gpointer user_data)
{
  FfParticipantPage *self = user_data;

  self->fit_idle_id = 0;
  fit_rows (self);

  return G_SOURCE_REMOVE;
}

static void
update_programmes (FfParticipantPage *self)
{
  g_autoptr(GError) error = NULL;
  guint n_enrolments = 0;
  GtkListBoxRow *extra;

  g_clear_pointer (&self->enrolments, g_ptr_array_unref);

  if (self->participant_id != 0)
    {
      self->enrolments = ff_enrolment_list_for_participant (self->store, self->participant_id,
                                                            &error);
      if (self->enrolments == NULL)
        g_warning ("Could not read the programmes of participant %" G_GINT64_FORMAT ": %s",
                   self->participant_id, error->message);
      else
        n_enrolments = self->enrolments->len;
    }

  for (guint i = 0; i < n_enrolments; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->programmes_list, i));

      if (row == NULL)
        {
          row = ff_enrolment_row_new ();
          gtk_list_box_append (self->programmes_list, row);
        }

      ff_enrolment_row_show (FF_ENROLMENT_ROW (row), self->store,
                             g_ptr_array_index (self->enrolments, i));
      ff_enrolment_row_fit (FF_ENROLMENT_ROW (row), &self->title_width, &self->heading_width);
    }

  while ((extra = gtk_list_box_get_row_at_index (self->programmes_list, n_enrolments)) != NULL)
    gtk_list_box_remove (self->programmes_list, GTK_WIDGET (extra));
}

/* Reads the participant again and shows what changed in the fields nobody is editing.
 * Returns FALSE when the participant is gone. */
static gboolean
reload_participant (FfParticipantPage *self)
{
  g_autoptr(FfParticipant) participant = NULL;

  participant = ff_participant_load (self->store, self->participant_id, NULL);
  if (participant == NULL)
    return FALSE;

  g_set_object (&self->participant, participant);
  ff_autosave_refresh (self->autosave, FF_RECORD (participant));
  update_header (self);

  return TRUE;
}

static void
saved_cb (FfParticipantPage *self)
{
  reload_participant (self);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

static void
store_changed_cb (FfParticipantPage *self,
                  FfRecordKind       kind,
                  gint64             id,
                  FfStore           *store)
{
  if (self->participant_id == 0)
    return;

  if (kind == FF_RECORD_PARTICIPANT && (id == self->participant_id || id == 0))
    {
      /* A deletion elsewhere (or an undo of it) keeps the page as it is until the
       * window chooses what to show. */
      reload_participant (self);
    }
  else if (kind == FF_RECORD_ENROLMENT || kind == FF_RECORD_PROGRAMME)
    {
      update_programmes (self);
      reload_participant (self);
    }
  else if (kind == FF_RECORD_PLAN)
    {
      update_programmes (self);
    }
}

static void
show_error (FfParticipantPage *self,
            const char        *heading,
            const char        *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load (FfParticipantPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *record = gtk_stack_get_child_by_name (self->stack, "record");
  gboolean hide;

  g_clear_object (&self->participant);

  if (self->participant_id != 0)
    {
      self->participant = ff_participant_load (self->store, self->participant_id, &error);
      if (self->participant == NULL)
        {
          g_warning ("Could not show participant %" G_GINT64_FORMAT ": %s",
                     self->participant_id, error->message);
          self->participant_id = 0;
        }
    }

  /* A shown entry row animates its title when its text goes from empty to filled or
   * back, and lays the row out again at every step: the record is filled hidden, so
   * that the next participant appears at once. Not while someone is in it, as
   * hiding would take their focus away. */
  hide = gtk_widget_get_mapped (record) && !widget_has_focus_within (record);
  if (hide)
    gtk_widget_set_visible (record, FALSE);

  ff_autosave_load (self->autosave, &ff_participant_type, FF_RECORD (self->participant));
  update_header (self);
  update_programmes (self);

  if (hide)
    gtk_widget_set_visible (record, TRUE);

  gtk_stack_set_visible_child_name (self->stack,
                                    self->participant != NULL ? "record" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participant.delete",
                                 self->participant != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participant.enrol",
                                 self->participant != NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 id = self->participant_id;

  if (id == 0 || self->participant == NULL)
    return;

  ff_participant_page_flush (self);
  name = g_strdup (ff_participant_get_display_name (self->participant));

  if (!ff_participant_delete (self->store, id, &error))
    {
      show_error (self, _("Could Not Delete Participant"), error->message);
      return;
    }

  /* The page empties first, so that the window may show someone else in reply. */
  ff_participant_page_set_participant_id (self, 0);
  g_signal_emit (self, signals[SIGNAL_DELETED], 0, id, name);
}

static void
dialog_done_cb (FfParticipantPage *self)
{
  update_programmes (self);
  reload_participant (self);
}

static void
enrol_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->participant_id == 0)
    return;

  ff_participant_page_flush (self);

  dialog = ff_enrol_dialog_new (self->store, self->participant_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "enrolled", G_CALLBACK (dialog_done_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
change_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 enrolment_id = g_variant_get_int64 (parameter);
  FfEnrolment *enrolment = NULL;
  GtkWidget *dialog;

  for (guint i = 0; self->enrolments != NULL && i < self->enrolments->len; i++)
    {
      if (ff_enrolment_get_id (g_ptr_array_index (self->enrolments, i)) == enrolment_id)
        enrolment = g_ptr_array_index (self->enrolments, i);
    }

  if (enrolment == NULL)
    return;

  dialog = ff_status_dialog_new (self->store, enrolment_id,
                                 ff_enrolment_get_programme_name (enrolment),
                                 ff_enrolment_get_status (enrolment));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "status-changed", G_CALLBACK (dialog_done_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;

  if (self->participant_id == 0)
    return;

  ff_participant_page_flush (self);

  if (ff_plan_window_open_for_enrolment (self->store, g_variant_get_int64 (parameter),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         &error) == NULL)
    show_error (self, _("Could Not Open Plan"), error->message);
}

static void
ff_participant_page_dispose (GObject *object)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  /* Nothing typed is lost when the window goes away without a flush. */
  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
  g_clear_object (&self->autosave);

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* The bin's child is the template's stack: let the bin drop it first, or the bin
   * would unparent it again after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PARTICIPANT_PAGE);

  g_clear_pointer (&self->enrolments, g_ptr_array_unref);
  g_clear_object (&self->participant);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_participant_page_parent_class)->dispose (object);
}

static void
ff_participant_page_constructed (GObject *object)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  G_OBJECT_CLASS (ff_participant_page_parent_class)->constructed (object);

  g_return_if_fail (FF_IS_STORE (self->store));

  self->autosave = ff_autosave_new (self->store);
  ff_autosave_bind_named (self->autosave, GTK_WIDGET (self), &ff_participant_type, 0);
  g_signal_connect_object (self->autosave, "saved", G_CALLBACK (saved_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self);
}

static void
ff_participant_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_participant_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PARTICIPANT_ID:
      ff_participant_page_set_participant_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A new width may make a status change fit on one line, or no longer fit. */
static void
ff_participant_page_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);

  GTK_WIDGET_CLASS (ff_participant_page_parent_class)->size_allocate (widget, width, height,
                                                                      baseline);

  if (width != self->fitted_width && self->fit_idle_id == 0)
    {
      self->fitted_width = width;
      self->fit_idle_id = g_idle_add (fit_idle_cb, self);
    }
}

static void
ff_participant_page_class_init (FfParticipantPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ff_participant_page_constructed;
  object_class->dispose = ff_participant_page_dispose;
  object_class->get_property = ff_participant_page_get_property;
  object_class->set_property = ff_participant_page_set_property;

  widget_class->size_allocate = ff_participant_page_size_allocate;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-participant-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, native_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, programmes_list);

  gtk_widget_class_install_action (widget_class, "participant.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "participant.enrol", NULL, enrol_action);
  gtk_widget_class_install_action (widget_class, "participant.change-status", "x",
                                   change_status_action);
  gtk_widget_class_install_action (widget_class, "participant.open-plan", "x",
                                   open_plan_action);
}

static void
ff_participant_page_init (FfParticipantPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->programmes_list,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", _("Not enrolled in any programme."),
                                              "margin-top", 12,
                                              "margin-bottom", 12,
                                              "css-classes", (const char *[]) { "dim-label",
                                                                                NULL },
                                              NULL));
}

GtkWidget *
ff_participant_page_new (FfStore *store)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  return g_object_new (FF_TYPE_PARTICIPANT_PAGE, "store", store, NULL);
}

gint64
ff_participant_page_get_participant_id (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), 0);

  return self->participant_id;
}

void
ff_participant_page_set_participant_id (FfParticipantPage *self,
                                        gint64             id)
{
  g_return_if_fail (FF_IS_PARTICIPANT_PAGE (self));

  /* Before construction is complete there is no store yet: constructed loads. */
  if (self->store == NULL)
    {
      self->participant_id = id;
      return;
    }

  ff_participant_page_flush (self);

  if (id == self->participant_id)
    return;

  self->participant_id = id;
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

void
ff_participant_page_flush (FfParticipantPage *self)
{
  g_return_if_fail (FF_IS_PARTICIPANT_PAGE (self));

  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
}

GtkWidget *
ff_participant_page_get_field_widget (FfParticipantPage  *self,
                                      FfParticipantField  field)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);
  g_return_val_if_fail (field < FF_PARTICIPANT_N_FIELDS, NULL);

  return ff_autosave_get_widget (self->autosave, &ff_participant_type, 0, field);
}

GtkWidget *
ff_participant_page_get_title_label (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  return GTK_WIDGET (self->title_label);
}

GtkWidget *
ff_participant_page_get_status_label (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  return GTK_WIDGET (self->status_label);
}

GtkWidget *
ff_participant_page_get_programmes_list (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  return GTK_WIDGET (self->programmes_list);
}
