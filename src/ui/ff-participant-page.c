/* ff-participant-page.c — one participant's record, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-group.h"
#include "ff-audit-window.h"
#include "ff-benefit-dialog.h"
#include "ff-business-plan-group.h"
#include "ff-enrolment.h"
#include "ff-enrolment-row.h"
#include "ff-erase-dialog.h"
#include "ff-follow-up-group.h"
#include "ff-job-log-group.h"
#include "ff-job-log-group-private.h"
#include "ff-outcome-group.h"
#include "ff-job-target-group.h"
#include "ff-match-list.h"
#include "ff-mentor-group.h"
#include "ff-paint-idle.h"
#include "ff-participant.h"
#include "ff-participant-filters.h"
#include "ff-participant-page.h"
#include "ff-participant-page-private.h"
#include "ff-participant-row.h"
#include "ff-placement-group.h"
#include "ff-plan-window.h"
#include "ff-status-dialog.h"
#include "ff-timeline-group.h"
#include "ff-toast.h"

/* The views of the page, in the order of their switcher. Only the view in sight is filled
 * when another participant is opened; the others right after the frame that shows it,
 * or at once when something needs them (ensure_view ()). */
typedef enum
{
  VIEW_OVERVIEW,
  VIEW_DETAILS,
  VIEW_WORK,
  VIEW_FOLLOW_UP,
  N_VIEWS
} View;

struct _FfParticipantPage
{
  FfRecordPage    parent_instance;

  GPtrArray      *enrolments;       /* FfEnrolment, as shown */

  /* template widgets */
  GtkLabel       *title_label;
  GtkLabel       *native_label;
  GtkLabel       *status_label;
  GtkListBox     *programmes_list;
  FfJobTargetGroup *job_target_group;
  FfJobLogGroup  *job_log_group;
  FfBusinessPlanGroup *business_plan_group;
  FfAttendanceGroup *attendance_group;
  FfPlacementGroup *placement_group;
  FfFollowUpGroup *follow_up_group;
  FfOutcomeGroup *outcome_group;
  FfTimelineGroup *timeline_group;
  FfMentorGroup  *mentor_group;
  AdwViewStack   *view_stack;
  GtkWidget      *views[N_VIEWS];

  guint           stale;            /* a bit for each view whose groups show someone else */
  guint           fill_idle_id;     /* filling the others once the view in sight is drawn */

  int             fitted_width;     /* the width the history titles were fitted to */
  int             title_width;      /* the width of a history title, when last seen */
  guint           fit_idle_id;
};

G_DEFINE_FINAL_TYPE (FfParticipantPage, ff_participant_page, FF_TYPE_RECORD_PAGE)

static const guint new_fields[] = { FF_PARTICIPANT_GIVEN_NAME, FF_PARTICIPANT_FAMILY_NAME };

static FfStore *
store (FfParticipantPage *self)
{
  return ff_record_page_get_store (FF_RECORD_PAGE (self));
}

static FfParticipant *
shown_participant (FfParticipantPage *self)
{
  return FF_PARTICIPANT (ff_record_page_get_record (FF_RECORD_PAGE (self)));
}

static void
update_header (FfParticipantPage *self)
{
  FfParticipant *participant = shown_participant (self);
  const char *name = "";
  const char *native = "";
  FfEnrolmentStatus status = FF_ENROLMENT_STATUS_NONE;

  if (participant != NULL)
    {
      name = ff_participant_get_display_name (participant);
      native = ff_participant_get_field (participant, FF_PARTICIPANT_NATIVE_NAME);
      status = ff_participant_get_status (participant);
    }

  /* The display name already is the native name when the Latin one is empty. */
  if (g_strcmp0 (native, name) == 0)
    native = "";

  gtk_label_set_text (self->title_label, name);
  gtk_label_set_text (self->native_label, native);
  gtk_widget_set_visible (GTK_WIDGET (self->native_label), *native != '\0');
  gtk_label_set_text (self->status_label, ff_enrolment_status_to_label (status));
}

static void
fit_rows (FfParticipantPage *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->programmes_list, i)); i++)
    ff_enrolment_row_fit (FF_ENROLMENT_ROW (row), &self->title_width);
}

static gboolean
fit_idle_cb (gpointer user_data)
{
  FfParticipantPage *self = user_data;

  self->fit_idle_id = 0;
  fit_rows (self);

  return G_SOURCE_REMOVE;
}

/* The enrolments, which outcomes, attendance and the actions on a programme need
 * whichever view is in sight. */
static void
read_enrolments (FfParticipantPage *self,
                 gint64             participant_id)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->enrolments, g_ptr_array_unref);

  if (participant_id == 0)
    return;

  self->enrolments = ff_enrolment_list_for_participant (store (self), participant_id, &error);
  if (self->enrolments == NULL)
    g_warning ("Could not read the programmes of participant %" G_GINT64_FORMAT ": %s",
               participant_id, error->message);
}

static void
show_programmes (FfParticipantPage *self)
{
  guint n_enrolments = self->enrolments != NULL ? self->enrolments->len : 0;
  GtkListBoxRow *extra;

  for (guint i = 0; i < n_enrolments; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->programmes_list, i));

      if (row == NULL)
        {
          row = ff_enrolment_row_new ();
          gtk_list_box_append (self->programmes_list, row);
        }

      ff_enrolment_row_show (FF_ENROLMENT_ROW (row), store (self),
                             g_ptr_array_index (self->enrolments, i));
      ff_enrolment_row_fit (FF_ENROLMENT_ROW (row), &self->title_width);
    }

  while ((extra = gtk_list_box_get_row_at_index (self->programmes_list, n_enrolments)) != NULL)
    gtk_list_box_remove (self->programmes_list, GTK_WIDGET (extra));
}

/* The groups of @view, given the participant shown. The personal details are the
 * record's own fields, which FfRecordPage fills when asked. */
static void
fill_view (FfParticipantPage *self,
           View               view)
{
  gint64 id = ff_participant_page_get_participant_id (self);

  self->stale &= ~(1u << view);

  switch (view)
    {
    case VIEW_OVERVIEW:
      show_programmes (self);
      ff_outcome_group_show (self->outcome_group, store (self), self->enrolments);
      ff_timeline_group_show (self->timeline_group, store (self), id);
      break;

    case VIEW_WORK:
      ff_job_target_group_show (self->job_target_group, store (self), id);
      ff_job_log_group_show (self->job_log_group, store (self), id);
      ff_placement_group_show (self->placement_group, store (self), id);
      ff_business_plan_group_show (self->business_plan_group, store (self), id);
      break;

    case VIEW_FOLLOW_UP:
      ff_follow_up_group_show (self->follow_up_group, store (self), id);
      ff_mentor_group_show (self->mentor_group, store (self), id);
      ff_attendance_group_show (self->attendance_group, store (self), id, self->enrolments);
      break;

    case VIEW_DETAILS:
      ff_record_page_show_fields (FF_RECORD_PAGE (self));
      break;

    case N_VIEWS:
    default:
      break;
    }
}

static void
ensure_view (FfParticipantPage *self,
             View               view)
{
  if (self->stale & (1u << view))
    fill_view (self, view);
}

static View
view_in_sight (FfParticipantPage *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  for (View view = 0; view < N_VIEWS; view++)
    {
      if (self->views[view] == child)
        return view;
    }

  return VIEW_OVERVIEW;
}

static gboolean
fill_idle_cb (gpointer user_data)
{
  FfParticipantPage *self = user_data;

  self->fill_idle_id = 0;
  for (View view = 0; view < N_VIEWS; view++)
    ensure_view (self, view);

  return G_SOURCE_REMOVE;
}

/* The others are filled once the frame that shows the view in sight is drawn, when
 * the main loop is idle again, so that they do not hold it back. */
static void
fill_others_later (FfParticipantPage *self)
{
  if (self->fill_idle_id == 0)
    self->fill_idle_id = ff_paint_idle_add (GTK_WIDGET (self), G_PRIORITY_LOW, fill_idle_cb,
                                            self);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
view_changed_cb (FfParticipantPage *self)
{
  ensure_view (self, view_in_sight (self));
}

/* Shows the view that holds @widget, filled. */
static void
reveal (FfParticipantPage *self,
        GtkWidget         *widget)
{
  for (View view = 0; view < N_VIEWS; view++)
    {
      if (widget == self->views[view] || gtk_widget_is_ancestor (widget, self->views[view]))
        {
          ensure_view (self, view);
          adw_view_stack_set_visible_child (self->view_stack, self->views[view]);
        }
    }
}

/* Shown afresh whenever the participant, or their enrolments, programmes or plans,
 * change. */
static void
ff_participant_page_show_record (FfRecordPage *page,
                                 FfRecord     *record)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (page);

  update_header (self);
  read_enrolments (self, record != NULL ? ff_record_get_id (record) : 0);

  self->stale = (1u << N_VIEWS) - 1;
  fill_view (self, view_in_sight (self));
  fill_others_later (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participant.enrol", record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participant.erase", record != NULL);
}

/* The job-seeker log, the weekly targets and the mentors save through binders of their
 * own. */
static gboolean
ff_participant_page_flush_parts (FfRecordPage *page)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (page);
  gboolean targets = ff_job_target_group_flush (self->job_target_group);
  gboolean log = ff_job_log_group_flush (self->job_log_group);
  gboolean placements = ff_placement_group_flush (self->placement_group);
  gboolean follow_ups = ff_follow_up_group_flush (self->follow_up_group);
  gboolean mentors = ff_mentor_group_flush (self->mentor_group);

  return targets && log && placements && follow_ups && mentors;
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
enrol_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 id = ff_participant_page_get_participant_id (self);
  GtkWidget *dialog;

  if (id == 0)
    return;

  ff_participant_page_flush (self);

  /* The page shows the new enrolment when the store says it changed. */
  dialog = ff_status_dialog_new_enrolment (store (self), id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
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
      if (ff_record_get_id (FF_RECORD (g_ptr_array_index (self->enrolments, i))) == enrolment_id)
        enrolment = g_ptr_array_index (self->enrolments, i);
    }

  if (enrolment == NULL)
    return;

  dialog = ff_status_dialog_new (store (self), enrolment_id,
                                 ff_enrolment_get_programme_name (enrolment),
                                 ff_enrolment_get_status (enrolment));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_benefit_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 enrolment_id = g_variant_get_int64 (parameter);
  GtkWidget *dialog;

  for (guint i = 0; self->enrolments != NULL && i < self->enrolments->len; i++)
    {
      FfEnrolment *enrolment = g_ptr_array_index (self->enrolments, i);

      if (ff_record_get_id (FF_RECORD (enrolment)) != enrolment_id)
        continue;

      /* The page shows the new benefit when the store says the enrolment changed. */
      dialog = ff_benefit_dialog_new (store (self), enrolment);
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
}

static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;

  if (ff_participant_page_get_participant_id (self) == 0)
    return;

  ff_participant_page_flush (self);

  if (ff_plan_window_open_for_enrolment (store (self), g_variant_get_int64 (parameter),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         &error) == NULL)
    show_error (self, _("Could Not Open Plan"), error->message);
}

static void
audit_log_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  if (ff_participant_page_get_participant_id (self) == 0)
    return;

  ff_participant_page_flush (self);

  window = ff_audit_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                store (self), ff_participant_page_get_participant_id (self),
                                &error);
  if (window == NULL)
    {
      show_error (self, _("Could Not Open Audit Log"), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
erased_cb (FfParticipantPage *self,
           FfEraseDialog     *dialog)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "ff-erased-name");
  g_autofree char *message = NULL;

  /* Translators: after a participant was erased for good; %s is their name */
  message = g_strdup_printf (_("“%s” erased"), name);
  ff_toast_show_message (GTK_WIDGET (self), message);
}

/* The page leaves the erased participant by itself: the store says they changed, and
 * they are gone for good (FfRecordPage). */
static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  FfParticipant *participant = shown_participant (self);
  const char *name;
  GtkWidget *dialog;

  if (participant == NULL)
    return;

  /* What was typed is written first, so that no unsaved edit of theirs is left over. */
  ff_participant_page_flush (self);

  name = ff_participant_get_display_name (participant);
  dialog = ff_erase_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store (self),
                                ff_record_get_id (FF_RECORD (participant)), name);
  g_object_set_data_full (G_OBJECT (dialog), "ff-erased-name", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "erased", G_CALLBACK (erased_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening a summary row and moving the focus to it scrolls it into sight. */
static void
open_summary_row (GtkWidget *row)
{
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  gtk_widget_grab_focus (ff_summary_row_get_header (FF_SUMMARY_ROW (row)));
}

/* An item of the timeline opens what it is about, where it is shown. */
static void
timeline_open_cb (FfParticipantPage *self,
                  FfTimelineKind     kind,
                  gint64             id,
                  gint64             part_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkListBoxRow *row;
  GtkWidget *widget;

  switch (kind)
    {
    case FF_TIMELINE_STATUS:
      reveal (self, GTK_WIDGET (self->programmes_list));
      for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->programmes_list, i)); i++)
        {
          if (self->enrolments != NULL && i < self->enrolments->len &&
              ff_record_get_id (g_ptr_array_index (self->enrolments, i)) == id)
            open_summary_row (GTK_WIDGET (row));
        }
      break;

    case FF_TIMELINE_OUTCOME:
      reveal (self, GTK_WIDGET (self->outcome_group));
      ff_outcome_group_open (self->outcome_group, part_id != 0 ? part_id : id);
      break;

    case FF_TIMELINE_PLAN:
      ff_participant_page_flush (self);
      widget = ff_plan_window_new (store (self), id);
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (GTK_WINDOW (widget), GTK_WINDOW (root));
      gtk_window_present (GTK_WINDOW (widget));
      break;

    case FF_TIMELINE_PLACEMENT:
      reveal (self, GTK_WIDGET (self->placement_group));
      ff_placement_group_open (self->placement_group, id);
      break;

    case FF_TIMELINE_FOLLOW_UP:
    case FF_TIMELINE_ACTION:
      reveal (self, GTK_WIDGET (self->follow_up_group));
      ff_follow_up_group_open (self->follow_up_group, id);
      break;

    case FF_TIMELINE_APPLICATION:
      reveal (self, GTK_WIDGET (self->job_log_group));
      widget = GTK_WIDGET (ff_job_log_group_get_row (self->job_log_group, id));
      if (widget != NULL)
        open_summary_row (widget);
      break;

    case FF_TIMELINE_MEETING:
      reveal (self, GTK_WIDGET (self->mentor_group));
      ff_match_list_open (FF_MATCH_LIST (ff_mentor_group_get_match_list (self->mentor_group)),
                          id);
      break;

    case FF_TIMELINE_N_KINDS:
    default:
      break;
    }
}

static void
ff_participant_page_dispose (GObject *object)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  g_clear_handle_id (&self->fill_idle_id, g_source_remove);
  g_clear_pointer (&self->enrolments, g_ptr_array_unref);
  ff_participant_page_cancel_export (self);

  G_OBJECT_CLASS (ff_participant_page_parent_class)->dispose (object);
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

static FfRecordListModel *
new_list_model (FfStore *store)
{
  return FF_RECORD_LIST_MODEL (ff_participant_list_model_new (store));
}

static GtkWidget *
new_filters (FfRecordListModel *model)
{
  return ff_participant_filters_new (FF_PARTICIPANT_LIST_MODEL (model));
}

static void
ff_participant_page_class_init (FfParticipantPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FfRecordPageClass *page_class = FF_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ff_participant_page_dispose;

  widget_class->size_allocate = ff_participant_page_size_allocate;

  page_class->record_type = &ff_participant_type;
  /* A participant's status comes from their enrolments; their programmes and plans
   * are shown with them. */
  page_class->follows = (1u << FF_RECORD_ENROLMENT) | (1u << FF_RECORD_PROGRAMME) |
                        (1u << FF_RECORD_PLAN);
  page_class->show_record = ff_participant_page_show_record;
  page_class->flush = ff_participant_page_flush_parts;
  page_class->title = N_("Participants");
  page_class->icon_name = "system-users-symbolic";
  page_class->new_title = N_("New Participant");
  page_class->new_description = N_("The rest of the record can be filled in afterwards.");
  page_class->new_accept = N_("_Add");
  page_class->search_placeholder = N_("Search participants");
  page_class->empty_title = N_("No Participants Yet");
  page_class->empty_description = N_("Add one with the New Participant button.");
  page_class->not_found_title = N_("No Participants Found");
  page_class->none_title = N_("No Participant Selected");
  page_class->none_description = N_("Choose a participant in the list, or add a new one.");
  page_class->new_fields = new_fields;
  page_class->n_new_fields = G_N_ELEMENTS (new_fields);
  page_class->new_list_model = new_list_model;
  page_class->new_row_factory = ff_participant_row_factory_new;
  page_class->new_filters = new_filters;

  g_type_ensure (FF_TYPE_JOB_TARGET_GROUP);
  g_type_ensure (FF_TYPE_JOB_LOG_GROUP);
  g_type_ensure (FF_TYPE_BUSINESS_PLAN_GROUP);
  g_type_ensure (FF_TYPE_ATTENDANCE_GROUP);
  g_type_ensure (FF_TYPE_PLACEMENT_GROUP);
  g_type_ensure (FF_TYPE_FOLLOW_UP_GROUP);
  g_type_ensure (FF_TYPE_OUTCOME_GROUP);
  g_type_ensure (FF_TYPE_TIMELINE_GROUP);
  g_type_ensure (FF_TYPE_MENTOR_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-participant-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, native_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, programmes_list);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, job_target_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, job_log_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, business_plan_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, placement_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, follow_up_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, outcome_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, timeline_group);
  gtk_widget_class_bind_template_callback (widget_class, timeline_open_cb);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, mentor_group);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, view_stack);
  gtk_widget_class_bind_template_child_full (widget_class, "overview_view", FALSE,
                                             G_STRUCT_OFFSET (FfParticipantPage,
                                                              views[VIEW_OVERVIEW]));
  gtk_widget_class_bind_template_child_full (widget_class, "details_view", FALSE,
                                             G_STRUCT_OFFSET (FfParticipantPage,
                                                              views[VIEW_DETAILS]));
  gtk_widget_class_bind_template_child_full (widget_class, "work_view", FALSE,
                                             G_STRUCT_OFFSET (FfParticipantPage,
                                                              views[VIEW_WORK]));
  gtk_widget_class_bind_template_child_full (widget_class, "follow_up_view", FALSE,
                                             G_STRUCT_OFFSET (FfParticipantPage,
                                                              views[VIEW_FOLLOW_UP]));
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  /* Bound only to be found by name: FfRecordSection puts it first in the record's menu. */
  gtk_widget_class_bind_template_child_full (widget_class, "page_menu", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "participant.enrol", NULL, enrol_action);
  gtk_widget_class_install_action (widget_class, "participant.change-status", "x",
                                   change_status_action);
  gtk_widget_class_install_action (widget_class, "participant.edit-benefit", "x",
                                   edit_benefit_action);
  gtk_widget_class_install_action (widget_class, "participant.open-plan", "x",
                                   open_plan_action);
  gtk_widget_class_install_action (widget_class, "participant.audit-log", NULL,
                                   audit_log_action);
  gtk_widget_class_install_action (widget_class, "participant.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "participant.show-view", "s",
                                   show_view_action);
  ff_participant_page_class_add_export_action (widget_class);
}

static void
ff_participant_page_init (FfParticipantPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The personal details are a view of their own: filled with the others, after the
   * view in sight, or when they come into sight (fill_view ()). */
  ff_record_page_set_fields_later (FF_RECORD_PAGE (self), TRUE);
}

GtkWidget *
ff_participant_page_new (FfStore *store)
{
  GtkWidget *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_PARTICIPANT_PAGE, NULL);
  ff_record_page_set_store (FF_RECORD_PAGE (self), store);

  return self;
}

gint64
ff_participant_page_get_participant_id (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), 0);

  return ff_record_page_get_record_id (FF_RECORD_PAGE (self));
}

void
ff_participant_page_set_participant_id (FfParticipantPage *self,
                                        gint64             id)
{
  g_return_if_fail (FF_IS_PARTICIPANT_PAGE (self));

  ff_record_page_set_record_id (FF_RECORD_PAGE (self), id);
}

void
ff_participant_page_set_view (FfParticipantPage *self,
                              const char        *name)
{
  g_return_if_fail (FF_IS_PARTICIPANT_PAGE (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
ff_participant_page_get_view (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
ff_participant_page_flush (FfParticipantPage *self)
{
  g_return_if_fail (FF_IS_PARTICIPANT_PAGE (self));

  ff_record_page_flush (FF_RECORD_PAGE (self));
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
ff_participant_page_get_attendance_group (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  ensure_view (self, VIEW_FOLLOW_UP);

  return GTK_WIDGET (self->attendance_group);
}

GtkWidget *
ff_participant_page_get_programmes_list (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  ensure_view (self, VIEW_OVERVIEW);

  return GTK_WIDGET (self->programmes_list);
}
