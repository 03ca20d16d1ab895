/* ff-course-page.c — one course: its details saved as they are typed, its participants,
 * sessions and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-window.h"
#include "ff-course-members-group.h"
#include "ff-course-documents.h"
#include "ff-course-page.h"
#include "ff-course-sessions-group.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-new-record-dialog.h"
#include "ff-programme.h"

/* Marks come by the dozen while attendance is taken: the grid the page adds up is read
 * again once they pause. */
#define GRID_RELOAD_DELAY_MS 300

struct _FfCoursePage
{
  FfRecordPage          parent_instance;

  GArray               *programme_ids;   /* gint64 per programme_names item */
  guint                 loading;
  FfCourseGrid         *grid;
  gint64                grid_course_id;
  guint                 reload_id;

  AdwComboRow          *programme_row;
  GtkStringList        *programme_names;
  AdwActionRow         *warning_row;
  AdwActionRow         *take_row;
  FfCourseMembersGroup *members_group;
  FfCourseSessionsGroup *sessions_group;
};

G_DEFINE_FINAL_TYPE (FfCoursePage, ff_course_page, FF_TYPE_RECORD_PAGE)

static const guint new_fields[] = { FF_COURSE_TITLE, FF_COURSE_KIND };

/* The programmes a course can be part of, archived ones left out but for the one it
 * is part of. Sets @names and @ids (NULL-terminated, the same length). */
static gboolean
list_programmes (FfStore     *store,
                 gint64       keep_id,
                 GPtrArray  **names,
                 GArray     **ids,
                 GError     **error)
{
  g_autoptr(GPtrArray) programmes = ff_programme_list (store, TRUE, error);

  if (programmes == NULL)
    return FALSE;

  *names = g_ptr_array_new_with_free_func (g_free);
  *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < programmes->len; i++)
    {
      FfProgramme *programme = g_ptr_array_index (programmes, i);
      gint64 id = ff_programme_get_id (programme);

      if (ff_programme_get_archived (programme) && id != keep_id)
        continue;
      g_ptr_array_add (*names, g_strdup (ff_programme_get_name (programme)));
      g_array_append_val (*ids, id);
    }
  g_ptr_array_add (*names, NULL);

  return TRUE;
}

static void
ff_course_page_add_new_fields (FfRecordPage *page,
                               GtkWidget    *dialog)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (!list_programmes (ff_record_page_get_store (page), 0, &names, &ids, &error))
    {
      g_warning ("Cannot list programmes: %s", error->message);
      return;
    }

  ff_new_record_dialog_add_reference (FF_NEW_RECORD_DIALOG (dialog), FF_COURSE_PROGRAMME_ID,
                                      _("Programme"),
                                      (const char * const *) names->pdata,
                                      (const gint64 *) (gpointer) ids->data);
}

static void
show_programme (FfCoursePage *self,
                FfRecord     *record)
{
  FfStore *store = ff_record_page_get_store (FF_RECORD_PAGE (self));
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  guint position = GTK_INVALID_LIST_POSITION;

  if (record != NULL)
    id = g_ascii_strtoll (ff_record_get (record, FF_COURSE_PROGRAMME_ID), NULL, 10);

  if (!list_programmes (store, id, &names, &ids, &error))
    {
      g_warning ("Cannot list programmes: %s", error->message);
      return;
    }

  self->loading++;
  g_array_set_size (self->programme_ids, 0);
  g_array_append_vals (self->programme_ids, ids->data, ids->len);
  gtk_string_list_splice (self->programme_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->programme_names)),
                          (const char * const *) names->pdata);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      position = i;
  adw_combo_row_set_selected (self->programme_row, position);
  ff_field_error_show (GTK_WIDGET (self->programme_row), NULL, NULL);
  self->loading--;
}

static void
programme_selected_cb (FfCoursePage *self)
{
  FfRecordPage *page = FF_RECORD_PAGE (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  guint selected = adw_combo_row_get_selected (self->programme_row);
  gint64 course_id = ff_record_page_get_record_id (page);

  if (self->loading > 0 || course_id == 0 || selected >= self->programme_ids->len)
    return;

  value = g_strdup_printf ("%" G_GINT64_FORMAT,
                           g_array_index (self->programme_ids, gint64, selected));
  if (g_strcmp0 (value, ff_record_get (ff_record_page_get_record (page),
                                       FF_COURSE_PROGRAMME_ID)) == 0)
    return;

  if (!ff_record_set_field (ff_record_page_get_store (page), &ff_course_type, course_id,
                            FF_COURSE_PROGRAMME_ID, value, &error))
    ff_field_error_show (GTK_WIDGET (self->programme_row), NULL, error->message);
  else
    ff_field_error_show (GTK_WIDGET (self->programme_row), NULL, NULL);
}

/* The warning: who attends less than the threshold. */
static void
show_warning (FfCoursePage *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *threshold = NULL;
  guint n = 0;

  if (self->grid != NULL)
    {
      for (guint row = 0; row < ff_course_grid_get_n_participants (self->grid); row++)
        {
          if (!ff_course_grid_below_threshold (self->grid, row))
            continue;
          if (n++ > 0)
            g_string_append (names, ", ");
          g_string_append (names, ff_course_grid_get_participant (self->grid, row)->name);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->warning_row), n > 0);
  if (n == 0)
    return;

  threshold = ff_format_percent (ff_course_grid_get_threshold (self->grid) / 10.0, NULL);
  /* Translators: a warning on a course; %s is its attendance threshold, "80 %" */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u participant attends less than %s",
                                        "%u participants attend less than %s", n),
                           n, threshold);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->warning_row), title);
  adw_action_row_set_subtitle (self->warning_row, names->str);
}

static void
load_grid (FfCoursePage *self)
{
  FfRecordPage *page = FF_RECORD_PAGE (self);
  gint64 course_id = ff_record_page_get_record_id (page);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->grid, ff_course_grid_unref);
  self->grid_course_id = course_id;
  ff_course_members_group_set_store (self->members_group, ff_record_page_get_store (page));
  ff_course_sessions_group_set_store (self->sessions_group, ff_record_page_get_store (page));
  if (course_id != 0)
    {
      self->grid = ff_course_grid_load (ff_record_page_get_store (page), course_id, &error);
      if (self->grid == NULL)
        g_warning ("Cannot read the attendance of course %" G_GINT64_FORMAT ": %s",
                   course_id, error->message);
    }

  ff_course_members_group_show (self->members_group, course_id, self->grid);
  ff_course_sessions_group_show (self->sessions_group, course_id, self->grid);
  show_warning (self);
}

static gboolean
reload_grid_cb (gpointer data)
{
  FfCoursePage *self = data;

  self->reload_id = 0;
  load_grid (self);

  return G_SOURCE_REMOVE;
}

static void
ff_course_page_show_record (FfRecordPage *page,
                            FfRecord     *record)
{
  FfCoursePage *self = FF_COURSE_PAGE (page);
  gint64 course_id = ff_record_page_get_record_id (page);

  show_programme (self, record);
  gtk_widget_set_sensitive (GTK_WIDGET (self->take_row), record != NULL);

  /* Another course at once; the same one once its marks pause. */
  if (course_id != self->grid_course_id)
    {
      g_clear_handle_id (&self->reload_id, g_source_remove);
      load_grid (self);
    }
  else if (self->reload_id == 0)
    {
      self->reload_id = g_timeout_add (GRID_RELOAD_DELAY_MS, reload_grid_cb, self);
    }
}

static void
take_attendance_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FfRecordPage *page = FF_RECORD_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 course_id = ff_record_page_get_record_id (page);

  if (course_id == 0)
    return;

  ff_record_page_flush (page);
  ff_attendance_window_open (ff_record_page_get_store (page), course_id,
                             GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

/* The attendance report of the whole course; a period is asked for from the command
 * line (print attendance COURSE --from --to). */
static void
attendance_document_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  FfRecordPage *page = FF_RECORD_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 course_id = ff_record_page_get_record_id (page);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  if (course_id == 0)
    return;

  ff_record_page_flush (page);
  if (g_str_equal (action_name, "course.print-attendance"))
    ff_course_documents_print_attendance (parent, ff_record_page_get_store (page), course_id,
                                          NULL, NULL);
  else
    ff_course_documents_export_attendance (parent, ff_record_page_get_store (page), course_id,
                                           NULL, NULL);
}

static void
ff_course_page_dispose (GObject *object)
{
  FfCoursePage *self = FF_COURSE_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->grid, ff_course_grid_unref);

  G_OBJECT_CLASS (ff_course_page_parent_class)->dispose (object);
}

static void
ff_course_page_finalize (GObject *object)
{
  FfCoursePage *self = FF_COURSE_PAGE (object);

  g_clear_pointer (&self->programme_ids, g_array_unref);

  G_OBJECT_CLASS (ff_course_page_parent_class)->finalize (object);
}

static void
ff_course_page_class_init (FfCoursePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FfRecordPageClass *page_class = FF_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ff_course_page_dispose;
  object_class->finalize = ff_course_page_finalize;

  page_class->record_type = &ff_course_type;
  /* Who can be added, and what they are called. */
  page_class->follows = (1 << FF_RECORD_PROGRAMME) | (1 << FF_RECORD_ENROLMENT)
                        | (1 << FF_RECORD_PARTICIPANT);
  page_class->show_record = ff_course_page_show_record;
  page_class->add_new_fields = ff_course_page_add_new_fields;
  page_class->icon_name = "x-office-presentation-symbolic";
  /* Translators: a section of the window, and its list: courses and their attendance */
  page_class->title = N_("Courses");
  page_class->new_title = N_("New Course");
  page_class->new_description = N_("A course of a programme, with its participants, "
                                   "sessions and attendance. The rest can be filled in "
                                   "on its page.");
  page_class->search_placeholder = N_("Search courses");
  page_class->empty_title = N_("No Courses");
  page_class->empty_description = N_("Add one with the New Course button.");
  page_class->none_title = N_("No Course Selected");
  page_class->none_description = N_("Choose a course in the list, or add a new one.");
  page_class->new_fields = new_fields;
  page_class->n_new_fields = G_N_ELEMENTS (new_fields);

  g_type_ensure (FF_TYPE_COURSE_MEMBERS_GROUP);
  g_type_ensure (FF_TYPE_COURSE_SESSIONS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-course-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfCoursePage, programme_row);
  gtk_widget_class_bind_template_child (widget_class, FfCoursePage, programme_names);
  gtk_widget_class_bind_template_child (widget_class, FfCoursePage, warning_row);
  gtk_widget_class_bind_template_child (widget_class, FfCoursePage, take_row);
  gtk_widget_class_bind_template_child (widget_class, FfCoursePage, members_group);
  gtk_widget_class_bind_template_child (widget_class, FfCoursePage, sessions_group);

  gtk_widget_class_install_action (widget_class, "course.take-attendance", NULL,
                                   take_attendance_action);
  gtk_widget_class_install_action (widget_class, "course.print-attendance", NULL,
                                   attendance_document_action);
  gtk_widget_class_install_action (widget_class, "course.export-attendance", NULL,
                                   attendance_document_action);
  /* Bound only to be found by name: FfRecordSection puts it first in the record's menu. */
  gtk_widget_class_bind_template_child_full (widget_class, "page_menu", FALSE, 0);
}

static void
ff_course_page_init (FfCoursePage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Ctrl+T wherever the keyboard is in the window while a course shows, the list of
   * courses too. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_t,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("course.take-attendance")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  g_signal_connect_object (self->programme_row, "notify::selected",
                           G_CALLBACK (programme_selected_cb), self, G_CONNECT_SWAPPED);
}

FfCourseGrid *
ff_course_page_get_grid (FfCoursePage *self)
{
  g_return_val_if_fail (FF_IS_COURSE_PAGE (self), NULL);

  return self->grid;
}

void
ff_course_page_refresh_grid (FfCoursePage *self)
{
  g_return_if_fail (FF_IS_COURSE_PAGE (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  load_grid (self);
}

GtkWidget *
ff_course_page_get_programme_row (FfCoursePage *self)
{
  g_return_val_if_fail (FF_IS_COURSE_PAGE (self), NULL);

  return GTK_WIDGET (self->programme_row);
}

GtkWidget *
ff_course_page_get_warning_row (FfCoursePage *self)
{
  g_return_val_if_fail (FF_IS_COURSE_PAGE (self), NULL);

  return GTK_WIDGET (self->warning_row);
}

GtkWidget *
ff_course_page_get_members_group (FfCoursePage *self)
{
  g_return_val_if_fail (FF_IS_COURSE_PAGE (self), NULL);

  return GTK_WIDGET (self->members_group);
}

GtkWidget *
ff_course_page_get_sessions_group (FfCoursePage *self)
{
  g_return_val_if_fail (FF_IS_COURSE_PAGE (self), NULL);

  return GTK_WIDGET (self->sessions_group);
}
