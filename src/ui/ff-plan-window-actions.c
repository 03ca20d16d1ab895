/* ff-plan-window-actions.c — what the plan window's buttons, menus and shortcuts do:
 * adding and removing parts, printing, printing for signature, exporting as PDF, and
 * going to the draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-document-print.h"
#include "ff-plan-report.h"
#include "ff-plan-window-private.h"

/* A review added without a date of its own is this many days away. */
#define REVIEW_DAYS_AHEAD 28

static void
add_part (FfPlanWindow   *self,
          FfPlanPartKind  kind,
          const char     *date)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->plan == NULL || self->read_only)
    return;

  ff_plan_window_flush (self);

  id = ff_plan_add_part (self->store, self->plan_id, kind, date, &error);
  if (id == 0)
    {
      ff_plan_window_show_message (self, error->message);
      return;
    }

  ff_plan_window_reload_parts (self, kind);
  ff_plan_window_focus_part (self, kind, id);
}

static void
add_subgoal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_part (FF_PLAN_WINDOW (widget), FF_PLAN_PART_SUBGOAL, NULL);
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  add_part (FF_PLAN_WINDOW (widget), FF_PLAN_PART_ACTIVITY, NULL);
}

/* A new review's date: four weeks ahead, or the end of the agreement period when
 * that comes sooner; it can be changed at once in the new row. */
static char *
new_review_date (FfPlanWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) ahead = g_date_time_add_days (now, REVIEW_DAYS_AHEAD);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *date = g_date_time_format (ahead, "%Y-%m-%d");
  const char *end;

  ff_autosave_lookup (self->autosave, &ff_plan_type, 0, FF_PLAN_FIELD_PERIOD_END, &end, NULL);
  if (end != NULL && *end != '\0' && g_strcmp0 (end, today) >= 0 && g_strcmp0 (end, date) < 0)
    return g_strdup (end);

  return g_steal_pointer (&date);
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autofree char *date = NULL;

  if (self->plan == NULL)
    return;

  ff_plan_window_flush (self);
  date = new_review_date (self);
  add_part (self, FF_PLAN_PART_REVIEW, date);
}

/* The toast that says a part of @kind was removed, with its undo. */
static void
show_removed (FfPlanWindow   *self,
              FfPlanPartKind  kind,
              GVariant       *part)
{
  const char *message;
  AdwToast *toast;

  switch (kind)
    {
    case FF_PLAN_PART_SUBGOAL:
      message = _("Sub-goal removed");
      break;
    case FF_PLAN_PART_ACTIVITY:
      message = _("Activity removed");
      break;
    default:
      message = _("Review date removed");
      break;
    }

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plan.undo-remove");
  adw_toast_set_action_target_value (toast, part);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* plan.remove-part and plan.undo-remove, of a part's (kind, id). */
static void
remove_part_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  gboolean removing = g_str_equal (action_name, "plan.remove-part");
  g_autoptr(GError) error = NULL;
  gint32 kind;
  gint64 id;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (kind < 0 || kind >= FF_PLAN_N_PART_KINDS)
    return;

  if (removing)
    {
      if (self->plan == NULL || self->read_only)
        return;
      /* An undo brings the part back as it was last typed. */
      ff_plan_window_flush (self);
    }

  if (removing ? !ff_plan_remove_part (self->store, kind, id, &error)
               : !ff_plan_restore_part (self->store, kind, id, &error))
    {
      ff_plan_window_show_message (self, error->message);
      return;
    }

  if (self->plan != NULL)
    ff_plan_window_reload_parts (self, kind);
  if (removing)
    show_removed (self, kind, parameter);
}

static void
open_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 draft_id;

  if (self->plan == NULL)
    return;

  draft_id = ff_plan_find_draft (self->store, ff_plan_get_enrolment_id (self->plan), &error);
  if (draft_id == 0)
    {
      if (error != NULL)
        ff_plan_window_show_message (self, error->message);
      return;
    }

  ff_plan_window_set_plan_id (self, draft_id);
}

static gboolean
sign_version (FfPlanWindow  *self,
              gint64         plan_id,
              GError       **error)
{
  g_autoptr(FfPlan) signed_plan = NULL;
  g_autofree char *message = NULL;
  gint64 draft_id;
  int version;

  draft_id = ff_plan_sign (self->store, plan_id, NULL, error);
  if (draft_id == 0)
    return FALSE;

  ff_plan_window_set_plan_id (self, draft_id);

  signed_plan = ff_plan_load (self->store, plan_id, NULL);
  version = signed_plan != NULL ? ff_plan_get_version (signed_plan)
                                : ff_plan_get_version (self->plan) - 1;
  /* Translators: after a plan was printed for signature; both are version numbers */
  message = g_strdup_printf (_("Version %d signed and frozen. Changes now go to version %d."),
                             version, ff_plan_get_version (self->plan));
  ff_plan_window_show_message (self, message);

  return TRUE;
}

typedef struct
{
  FfPlanWindow *self;
  gint64        plan_id;
  gboolean      for_signature;
} PrintData;

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PrintData *data = user_data;
  g_autoptr(FfPlanWindow) self = data->self;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult outcome;

  outcome = ff_document_print_finish (result, &error);
  self->printing = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      g_free (data);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->toast_overlay), TRUE);
  ff_plan_window_update_actions (self);

  if (outcome == GTK_PRINT_OPERATION_RESULT_ERROR)
    ff_plan_window_show_error (self, _("Could Not Print Plan"), error != NULL ? error->message : "");
  else if (outcome == GTK_PRINT_OPERATION_RESULT_APPLY && data->for_signature &&
           !sign_version (self, data->plan_id, &error))
    ff_plan_window_show_error (self, _("Could Not Sign Plan"), error->message);

  g_free (data);
}

static void
print_plan (FfPlanWindow *self,
            gboolean      for_signature)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  PrintData *data;

  if (self->plan == NULL || self->printing || (for_signature && self->read_only))
    return;

  ff_plan_window_flush (self);

  /* What is printed is the version as stored now, edits included. */
  plan = ff_plan_load (self->store, self->plan_id, &error);
  if (plan != NULL)
    report = ff_plan_report_new_for_plan (plan, &error);
  if (report == NULL)
    {
      ff_plan_window_show_error (self, _("Could Not Print Plan"), error->message);
      return;
    }
  ff_document_set_audit (FF_DOCUMENT (report), self->store,
                         ff_plan_get_participant_id (plan), FF_AUDIT_PLAN);

  self->printing = TRUE;
  ff_plan_window_update_actions (self);
  /* Nothing can change between the print and the signature. */
  if (for_signature)
    gtk_widget_set_sensitive (GTK_WIDGET (self->toast_overlay), FALSE);

  data = g_new0 (PrintData, 1);
  data->self = g_object_ref (self);
  data->plan_id = self->plan_id;
  data->for_signature = for_signature;
  ff_document_print_async (FF_DOCUMENT (report), GTK_WINDOW (self), self->cancellable,
                           print_done_cb, data);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_plan (FF_PLAN_WINDOW (widget), FALSE);
}

static void
print_for_signature_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  print_plan (FF_PLAN_WINDOW (widget), TRUE);
}

static void
export_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FfPlanWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = ff_document_print_choose_pdf_finish (result, &error);
  g_autofree char *path = NULL;

  self->exporting = FALSE;
  if (file == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  path = g_file_get_path (file);
  if (!ff_plan_window_export_to_path (self, path, &error))
    ff_plan_window_show_error (self, _("Could Not Export Plan"), error->message);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autoptr(FfPlanReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL || self->exporting)
    return;

  ff_plan_window_flush (self);

  /* for the file name it offers; what is written is read again once it is chosen */
  report = ff_plan_report_new_for_plan (self->plan, &error);
  if (report == NULL)
    {
      ff_plan_window_show_error (self, _("Could Not Export Plan"), error->message);
      return;
    }

  self->exporting = TRUE;
  ff_document_print_choose_pdf_async (FF_DOCUMENT (report), GTK_WINDOW (self),
                                      _("Export Plan as PDF"), self->cancellable,
                                      export_chosen_cb, g_object_ref (self));
}

gboolean
ff_plan_window_export_to_path (FfPlanWindow  *self,
                               const char    *path,
                               GError       **error)
{
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  ff_plan_window_flush (self);

  plan = ff_plan_load (self->store, self->plan_id, error);
  if (plan == NULL)
    return FALSE;

  report = ff_plan_report_new_for_plan (plan, error);
  if (report == NULL)
    return FALSE;
  ff_document_set_audit (FF_DOCUMENT (report), self->store,
                         ff_plan_get_participant_id (plan), FF_AUDIT_PLAN);
  if (!ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, error))
    return FALSE;

  basename = g_filename_display_basename (path);
  /* Translators: after a plan was exported; %s is the file's name */
  message = g_strdup_printf (_("Exported to %s"), basename);
  ff_plan_window_show_message (self, message);

  return TRUE;
}

gboolean
ff_plan_window_sign_printed (FfPlanWindow  *self,
                             GError       **error)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), FALSE);

  ff_plan_window_flush (self);

  return sign_version (self, self->plan_id, error);
}

void
ff_plan_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plan.print-for-signature", NULL,
                                   print_for_signature_action);
  gtk_widget_class_install_action (widget_class, "plan.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "plan.open-draft", NULL, open_draft_action);
  gtk_widget_class_install_action (widget_class, "plan.add-subgoal", NULL, add_subgoal_action);
  gtk_widget_class_install_action (widget_class, "plan.add-activity", NULL,
                                   add_activity_action);
  gtk_widget_class_install_action (widget_class, "plan.add-review", NULL, add_review_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-part", "(ix)",
                                   remove_part_action);
  gtk_widget_class_install_action (widget_class, "plan.undo-remove", "(ix)",
                                   remove_part_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "plan.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}
