/* ff-job-log-group-export.c — printing a participant's job-seeker log, and exporting it
 * as PDF or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-document-print.h"
#include "ff-job-log.h"
#include "ff-job-log-group-private.h"
#include "ff-job-log-report.h"
#include "ff-language.h"
#include "ff-participant.h"

/* Set on the group while a print or an export is under way: its cancellable. */
#define BUSY_KEY "ff-job-log-busy"
/* The open CSV file chooser, while it is open. */
#define CHOOSER_KEY "ff-job-log-chooser"

static GtkWindow *
parent_window (FfJobLogGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The whole log as the store holds it now, edits included, in the language the
 * interface is shown in. */
static FfJobLogReport *
new_report (FfJobLogGroup  *self,
            GError        **error)
{
  ff_job_log_group_flush (self);

  return ff_job_log_report_new (ff_job_log_group_get_store (self),
                                ff_job_log_group_get_participant_id (self), NULL, NULL,
                                ff_language_displayed (), NULL, error);
}

/* A cancellable for the work that begins, or NULL when one is under way already. */
static GCancellable *
begin (FfJobLogGroup *self)
{
  GCancellable *cancellable;

  if (ff_job_log_group_get_participant_id (self) == 0 ||
      g_object_get_data (G_OBJECT (self), BUSY_KEY) != NULL)
    return NULL;

  cancellable = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (self), BUSY_KEY, cancellable, g_object_unref);

  return cancellable;
}

static void
end (FfJobLogGroup *self)
{
  g_object_set_data (G_OBJECT (self), BUSY_KEY, NULL);
}

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FfJobLogGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult outcome;

  outcome = ff_document_print_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  end (self);
  if (outcome == GTK_PRINT_OPERATION_RESULT_ERROR)
    ff_job_log_group_show_error (self, _("Could Not Print Log"),
                                 error != NULL ? error->message : "");
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  g_autoptr(FfJobLogReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = begin (self);

  if (cancellable == NULL)
    return;

  report = new_report (self, &error);
  if (report == NULL)
    {
      end (self);
      ff_job_log_group_show_error (self, _("Could Not Print Log"), error->message);
      return;
    }

  ff_document_print_async (FF_DOCUMENT (report), parent_window (self), cancellable,
                           print_done_cb, g_object_ref (self));
}

static void
pdf_chosen_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FfJobLogGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = ff_document_print_choose_pdf_finish (result, &error);
  g_autoptr(FfJobLogReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  end (self);
  if (file == NULL)
    return;

  /* What is written is read again now: the log may have changed meanwhile. */
  path = g_file_get_path (file);
  report = new_report (self, &error);
  if (report == NULL || !ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, &error))
    {
      ff_job_log_group_show_error (self, _("Could Not Export Log"), error->message);
      return;
    }

  basename = g_filename_display_basename (path);
  /* Translators: after a job-seeker log was exported; %s is the file's name */
  message = g_strdup_printf (_("Exported to %s"), basename);
  ff_job_log_group_show_message (self, message);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  g_autoptr(FfJobLogReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = begin (self);

  if (cancellable == NULL)
    return;

  /* for the file name it offers */
  report = new_report (self, &error);
  if (report == NULL)
    {
      end (self);
      ff_job_log_group_show_error (self, _("Could Not Export Log"), error->message);
      return;
    }

  ff_document_print_choose_pdf_async (FF_DOCUMENT (report), parent_window (self),
                                      _("Export Log as PDF"), cancellable, pdf_chosen_cb,
                                      g_object_ref (self));
}

static void
csv_response_cb (GtkNativeDialog *chooser,
                 int              response,
                 FfJobLogGroup   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;

  g_object_set_data (G_OBJECT (self), CHOOSER_KEY, NULL);
  end (self);
  if (path == NULL)
    return;

  ff_job_log_group_flush (self);
  if (!ff_job_log_write_csv (ff_job_log_group_get_store (self),
                             ff_job_log_group_get_participant_id (self), NULL, NULL, path,
                             &error))
    {
      ff_job_log_group_show_error (self, _("Could Not Export Log"), error->message);
      return;
    }

  basename = g_filename_display_basename (path);
  /* Translators: after a job-seeker log was exported; %s is the file's name */
  message = g_strdup_printf (_("Exported to %s"), basename);
  ff_job_log_group_show_message (self, message);
}

static void
destroy_chooser (gpointer data)
{
  GtkNativeDialog *chooser = data;

  g_signal_handlers_disconnect_matched (chooser, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        csv_response_cb, NULL);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  const char *documents;

  if (begin (self) == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Log as CSV"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  participant = ff_participant_load (ff_job_log_group_get_store (self),
                                     ff_job_log_group_get_participant_id (self), NULL);
  /* Translators: the file name offered for a job-seeker log's CSV export: the
   * participant's name and the document's name, "Olena Kovalenko – Job-seeker log.csv" */
  name = g_strdup_printf (C_("file name", "%s – %s.csv"),
                          participant != NULL ? ff_participant_get_display_name (participant)
                                              : "",
                          _("Job-seeker log"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect (chooser, "response", G_CALLBACK (csv_response_cb), self);
  g_object_set_data_full (G_OBJECT (self), CHOOSER_KEY, chooser, destroy_chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
ff_job_log_group_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "job-log.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "job-log.export-pdf", NULL,
                                   export_pdf_action);
  gtk_widget_class_install_action (widget_class, "job-log.export-csv", NULL,
                                   export_csv_action);
}

void
ff_job_log_group_cancel_export (FfJobLogGroup *self)
{
  GCancellable *cancellable = g_object_get_data (G_OBJECT (self), BUSY_KEY);

  g_object_set_data (G_OBJECT (self), CHOOSER_KEY, NULL);
  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  end (self);
}
