/* ff-business-plan-window-print.c — a business plan window's Print and Export as PDF
 *
 * What is printed is the plan as stored, once every pending edit is written; in the
 * language of the interface; with the reviewers' feedback and marks only when asked
 * for (the action's parameter). The document records its print or export in the
 * audit log itself (ff-business-plan-report.c), and is refused when it cannot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-plan-report.h"
#include "ff-business-plan-window-private.h"
#include "ff-document-print.h"
#include "ff-language.h"
#include "ff-toast.h"

static void
show_error (FfBusinessPlanWindow *self,
            const char           *heading,
            const char           *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The plan as stored now, every pending edit written first. */
static FfBusinessPlanReport *
report_new (FfBusinessPlanWindow  *self,
            gboolean               with_feedback,
            GError               **error)
{
  ff_business_plan_window_flush (self);

  return ff_business_plan_report_new (ff_business_plan_window_get_store (self),
                                      ff_business_plan_window_get_plan_id (self),
                                      ff_language_displayed (), NULL, with_feedback, error);
}

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FfBusinessPlanWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (ff_document_print_finish (result, &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      !gtk_widget_in_destruction (GTK_WIDGET (self)))
    show_error (self, _("Could Not Print Business Plan"),
                error != NULL ? error->message : "");
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfBusinessPlanWindow *self = FF_BUSINESS_PLAN_WINDOW (widget);
  g_autoptr(FfBusinessPlanReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = report_new (self, g_variant_get_boolean (parameter), &error);
  if (report == NULL)
    {
      show_error (self, _("Could Not Print Business Plan"), error->message);
      return;
    }

  ff_document_print_async (FF_DOCUMENT (report), GTK_WINDOW (self), NULL, print_done_cb,
                           g_object_ref (self));
}

typedef struct
{
  FfBusinessPlanWindow *self;
  FfBusinessPlanReport *report;
  gboolean              with_feedback;
} ExportData;

static void
export_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autofree ExportData *data = user_data;
  g_autoptr(FfBusinessPlanWindow) self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = ff_document_print_choose_pdf_finish (result, &error);
  g_autofree char *path = NULL;

  /* It gave the file name offered; what is written is read again now. */
  g_object_unref (data->report);

  if (file == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  path = g_file_get_path (file);
  if (!ff_business_plan_window_export_to_path (self, path, data->with_feedback, &error))
    show_error (self, _("Could Not Export Business Plan"), error->message);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfBusinessPlanWindow *self = FF_BUSINESS_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  ExportData *data;
  FfBusinessPlanReport *report;

  /* for the file name it offers; what is written is read again once it is chosen */
  report = report_new (self, g_variant_get_boolean (parameter), &error);
  if (report == NULL)
    {
      show_error (self, _("Could Not Export Business Plan"), error->message);
      return;
    }

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->report = report;
  data->with_feedback = g_variant_get_boolean (parameter);
  ff_document_print_choose_pdf_async (FF_DOCUMENT (report), GTK_WINDOW (self),
                                      _("Export Business Plan as PDF"), NULL,
                                      export_chosen_cb, data);
}

gboolean
ff_business_plan_window_export_to_path (FfBusinessPlanWindow  *self,
                                        const char            *path,
                                        gboolean               with_feedback,
                                        GError               **error)
{
  g_autoptr(FfBusinessPlanReport) report = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report = report_new (self, with_feedback, error);
  if (report == NULL ||
      !ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, error))
    return FALSE;

  basename = g_filename_display_basename (path);
  /* Translators: after a business plan was exported; %s is the file's name */
  message = g_strdup_printf (_("Exported to %s"), basename);
  ff_business_plan_window_show_message (self, message);

  return TRUE;
}

void
ff_business_plan_window_class_add_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "business-plan.print", "b", print_action);
  gtk_widget_class_install_action (widget_class, "business-plan.export-pdf", "b",
                                   export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "business-plan.print", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "business-plan.export-pdf", "b", FALSE);
}
