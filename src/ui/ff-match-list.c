/* ff-match-list.c — matches of mentors and participants, each opened on its fields and
 * meeting log: on a mentor's page and on a participant's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-match-list.h"
#include "ff-mentor.h"
#include "ff-toast.h"

struct _FfMatchList
{
  GtkWidget        parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gboolean         shows_mentor;
  GPtrArray       *rows;          /* FfMatchRow, in the order shown */
  GtkLabel        *placeholder;

  /* template children */
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (FfMatchList, ff_match_list, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SHOWS_MENTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_message (FfMatchList *self,
              const char  *message)
{
  ff_toast_show_message (GTK_WIDGET (self), message);
}

/* Deletes record @id of @type, with Undo through @undo_action; @what names it. */
static void
delete_record (FfMatchList        *self,
               const FfRecordType *type,
               gint64              id,
               const char         *undo_action)
{
  g_autoptr(FfRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *title;

  if (self->store == NULL)
    return;

  /* An undo brings it back as it was last typed. */
  ff_autosave_flush (self->autosave);
  record = ff_record_load (self->store, type, id, &error);
  if (record == NULL || !ff_record_set_deleted (self->store, type, id, TRUE, &error))
    {
      show_message (self, error->message);
      return;
    }

  title = type == &ff_match_type
          ? ff_record_get_extra (record, self->shows_mentor ? FF_MATCH_MENTOR_NAME
                                                            : FF_MATCH_PARTICIPANT_NAME)
          : ff_record_get_title (record);
  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), title);
  ff_toast_show_undo (GTK_WIDGET (self), message, undo_action, id);
}

static void
undelete_record (FfMatchList        *self,
                 const FfRecordType *type,
                 gint64              id)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !ff_record_set_deleted (self->store, type, id, FALSE, &error))
    show_message (self, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  delete_record (FF_MATCH_LIST (widget), &ff_match_type, g_variant_get_int64 (parameter),
                 "match-list.undo-delete");
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undelete_record (FF_MATCH_LIST (widget), &ff_match_type, g_variant_get_int64 (parameter));
}

static void
delete_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  delete_record (FF_MATCH_LIST (widget), &ff_meeting_type, g_variant_get_int64 (parameter),
                 "match-list.undo-delete-meeting");
}

static void
undo_delete_meeting_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  undelete_record (FF_MATCH_LIST (widget), &ff_meeting_type, g_variant_get_int64 (parameter));
}

/* The rows in the order of self->rows. */
static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  FfMatchList *self = user_data;
  guint position_a = G_MAXUINT;
  guint position_b = G_MAXUINT;

  g_ptr_array_find (self->rows, a, &position_a);
  g_ptr_array_find (self->rows, b, &position_b);

  return position_a < position_b ? -1 : position_a > position_b;
}

static void
ff_match_list_dispose (GObject *object)
{
  FfMatchList *self = FF_MATCH_LIST (object);

  /* What is typed is written before the rows go away. */
  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_MATCH_LIST);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_match_list_parent_class)->dispose (object);
}

static void
ff_match_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FfMatchList *self = FF_MATCH_LIST (object);

  switch (prop_id)
    {
    case PROP_SHOWS_MENTOR:
      g_value_set_boolean (value, self->shows_mentor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_match_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FfMatchList *self = FF_MATCH_LIST (object);

  switch (prop_id)
    {
    case PROP_SHOWS_MENTOR:
      self->shows_mentor = g_value_get_boolean (value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      self->shows_mentor ? _("Mentors") : _("Matches"),
                                      -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_match_list_class_init (FfMatchListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_match_list_dispose;
  object_class->get_property = ff_match_list_get_property;
  object_class->set_property = ff_match_list_set_property;

  /* Whether a row is titled with the mentor (TRUE) or the participant. */
  properties[PROP_SHOWS_MENTOR] =
    g_param_spec_boolean ("shows-mentor", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-match-list.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMatchList, list);

  gtk_widget_class_install_action (widget_class, "match-list.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "match-list.undo-delete", "x",
                                   undo_delete_action);
  gtk_widget_class_install_action (widget_class, "match-list.delete-meeting", "x",
                                   delete_meeting_action);
  gtk_widget_class_install_action (widget_class, "match-list.undo-delete-meeting", "x",
                                   undo_delete_meeting_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ff_match_list_init (FfMatchList *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->placeholder = g_object_new (GTK_TYPE_LABEL,
                                    "label", _("No matches yet."),
                                    "margin-top", 12,
                                    "margin-bottom", 12,
                                    "css-classes", (const char *[]) { "dim-label", NULL },
                                    NULL);
  gtk_list_box_set_placeholder (self->list, GTK_WIDGET (self->placeholder));
  gtk_list_box_set_sort_func (self->list, sort_rows, self, NULL);
}

GtkWidget *
ff_match_list_new (gboolean shows_mentor)
{
  return g_object_new (FF_TYPE_MATCH_LIST, "shows-mentor", shows_mentor, NULL);
}

void
ff_match_list_show (FfMatchList *self,
                    FfStore     *store,
                    GPtrArray   *matches)
{
  g_autoptr(GPtrArray) old = NULL;
  guint n;

  g_return_if_fail (FF_IS_MATCH_LIST (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == NULL)
    {
      self->store = g_object_ref (store);
      self->autosave = ff_autosave_new (store);
    }

  /* A match shown before keeps its row, open or not, wherever it is now; a row no
   * longer needed shows another match, or goes. */
  n = matches != NULL ? matches->len : 0;
  old = g_steal_pointer (&self->rows);
  self->rows = g_ptr_array_new ();
  g_ptr_array_set_size (self->rows, n);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = ff_record_get_id (g_ptr_array_index (matches, i));

      for (guint j = 0; j < old->len && self->rows->pdata[i] == NULL; j++)
        {
          if (old->pdata[j] != NULL && ff_match_row_get_id (old->pdata[j]) == id)
            {
              self->rows->pdata[i] = old->pdata[j];
              old->pdata[j] = NULL;
            }
        }
    }

  for (guint i = 0, j = 0; i < n; i++)
    {
      FfRecord *match = g_ptr_array_index (matches, i);

      while (self->rows->pdata[i] == NULL && j < old->len)
        self->rows->pdata[i] = old->pdata[j++];

      if (self->rows->pdata[i] != NULL)
        ff_match_row_update (self->rows->pdata[i], match);
      else
        {
          self->rows->pdata[i] = ff_match_row_new (store, self->autosave, self->shows_mentor,
                                                   match);
          gtk_list_box_append (self->list, self->rows->pdata[i]);
        }
    }

  for (guint j = 0; j < old->len; j++)
    {
      if (old->pdata[j] != NULL && !g_ptr_array_find (self->rows, old->pdata[j], NULL))
        gtk_list_box_remove (self->list, old->pdata[j]);
    }

  gtk_list_box_invalidate_sort (self->list);
}

void
ff_match_list_open (FfMatchList *self,
                    gint64       id)
{
  FfMatchRow *row;

  g_return_if_fail (FF_IS_MATCH_LIST (self));

  row = ff_match_list_get_row (self, id);
  if (row == NULL)
    return;

  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  gtk_widget_grab_focus (ff_match_details_get_date_entry (ff_match_row_get_details (row)));
}

gboolean
ff_match_list_flush (FfMatchList *self)
{
  g_return_val_if_fail (FF_IS_MATCH_LIST (self), FALSE);

  return self->autosave == NULL || ff_autosave_flush (self->autosave);
}

FfMatchRow *
ff_match_list_get_row (FfMatchList *self,
                       gint64       id)
{
  g_return_val_if_fail (FF_IS_MATCH_LIST (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      if (ff_match_row_get_id (g_ptr_array_index (self->rows, i)) == id)
        return g_ptr_array_index (self->rows, i);
    }

  return NULL;
}

void
ff_match_list_set_placeholder (FfMatchList *self,
                               const char  *text)
{
  g_return_if_fail (FF_IS_MATCH_LIST (self));

  gtk_label_set_text (self->placeholder, text);
}
