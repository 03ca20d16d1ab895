/* ff-course-documents.c — printing and exporting the documents of courses and
 * programmes from the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "ff-attendance-report.h"
#include "ff-course-absence.h"
#include "ff-course-documents.h"
#include "ff-document-print.h"
#include "ff-language.h"
#include "ff-reductions-report.h"
#include "ff-report-language.h"
#include "ff-sign-in-report.h"

/* What is printed or exported, kept while a dialog is open. */
typedef struct
{
  GtkWindow        *parent;     /* weak */
  FfStore          *store;
  FfCourseDocument  document;
  gint64            id;
  char             *from;
  char             *to;
} Job;

static void
job_free (Job *job)
{
  g_clear_weak_pointer (&job->parent);
  g_clear_object (&job->store);
  g_free (job->from);
  g_free (job->to);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static Job *
job_new (GtkWindow        *parent,
         FfStore          *store,
         FfCourseDocument  document,
         gint64            id,
         const char       *from,
         const char       *to)
{
  Job *job = g_new0 (Job, 1);

  g_set_weak_pointer (&job->parent, parent);
  job->store = g_object_ref (store);
  job->document = document;
  job->id = id;
  job->from = g_strdup (from);
  job->to = g_strdup (to);
  return job;
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The language of the interface, when documents are printed in it; else Bokmål. */
static const char *
document_language (void)
{
  const char *displayed = ff_language_displayed ();

  return ff_report_language_available (displayed, NULL) ? displayed : "nb";
}

static FfDocument *
new_document (FfStore           *store,
              FfCourseDocument   document,
              gint64             id,
              const char        *from,
              const char        *to,
              GError           **error)
{
  const char *language = document_language ();

  switch (document)
    {
    case FF_COURSE_DOCUMENT_ATTENDANCE:
      return FF_DOCUMENT (ff_attendance_report_new (store, id, from, to, language, NULL,
                                                    error));
    case FF_COURSE_DOCUMENT_SIGN_IN:
      return FF_DOCUMENT (ff_sign_in_report_new (store, id, language, NULL, error));
    case FF_COURSE_DOCUMENT_REDUCTIONS:
      return FF_DOCUMENT (ff_reductions_report_new (store, id, from, to, language, NULL,
                                                    error));
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
print_error_heading (FfCourseDocument document)
{
  switch (document)
    {
    case FF_COURSE_DOCUMENT_ATTENDANCE:
      return _("Could Not Print Attendance Report");
    case FF_COURSE_DOCUMENT_SIGN_IN:
      return _("Could Not Print Sign-in Sheet");
    default:
      return _("Could Not Print Benefit Reductions");
    }
}

static const char *
export_error_heading (FfCourseDocument document)
{
  switch (document)
    {
    case FF_COURSE_DOCUMENT_ATTENDANCE:
      return _("Could Not Export Attendance Report");
    case FF_COURSE_DOCUMENT_SIGN_IN:
      return _("Could Not Export Sign-in Sheet");
    default:
      return _("Could Not Export Benefit Reductions");
    }
}

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;

  if (ff_document_print_finish (result, &error) == GTK_PRINT_OPERATION_RESULT_ERROR
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (job->parent, print_error_heading (job->document),
                error != NULL ? error->message : "");
}

static void
print_document (Job *job)
{
  g_autoptr(FfDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = new_document (job->store, job->document, job->id, job->from, job->to, &error);
  if (document == NULL)
    {
      show_error (job->parent, print_error_heading (job->document), error->message);
      job_free (job);
      return;
    }

  ff_document_print_async (document, job->parent, NULL, print_done_cb, job);
}

static void
pdf_chosen_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = ff_document_print_choose_pdf_finish (result, &error);
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  /* What is written is read again now: marks may have changed meanwhile. */
  path = g_file_get_path (file);
  if (!ff_course_documents_write_pdf (job->store, job->document, job->id, job->from, job->to,
                                      path, &error))
    show_error (job->parent, export_error_heading (job->document), error->message);
}

static void
export_document (Job *job)
{
  g_autoptr(FfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;

  /* for the file name it offers */
  document = new_document (job->store, job->document, job->id, job->from, job->to, &error);
  if (document == NULL)
    {
      show_error (job->parent, export_error_heading (job->document), error->message);
      job_free (job);
      return;
    }

  switch (job->document)
    {
    case FF_COURSE_DOCUMENT_ATTENDANCE:
      title = _("Export Attendance Report as PDF");
      break;
    case FF_COURSE_DOCUMENT_SIGN_IN:
      title = _("Export Sign-in Sheet as PDF");
      break;
    default:
      title = _("Export Benefit Reductions as PDF");
      break;
    }
  ff_document_print_choose_pdf_async (document, job->parent, title, NULL, pdf_chosen_cb, job);
}

void
ff_course_documents_print_attendance (GtkWindow  *parent,
                                      FfStore    *store,
                                      gint64      course_id,
                                      const char *from,
                                      const char *to)
{
  g_return_if_fail (FF_IS_STORE (store));

  print_document (job_new (parent, store, FF_COURSE_DOCUMENT_ATTENDANCE, course_id, from, to));
}

void
ff_course_documents_export_attendance (GtkWindow  *parent,
                                       FfStore    *store,
                                       gint64      course_id,
                                       const char *from,
                                       const char *to)
{
  g_return_if_fail (FF_IS_STORE (store));

  export_document (job_new (parent, store, FF_COURSE_DOCUMENT_ATTENDANCE, course_id, from,
                            to));
}

void
ff_course_documents_print_sign_in (GtkWindow *parent,
                                   FfStore   *store,
                                   gint64     session_id)
{
  g_return_if_fail (FF_IS_STORE (store));

  print_document (job_new (parent, store, FF_COURSE_DOCUMENT_SIGN_IN, session_id, NULL, NULL));
}

void
ff_course_documents_export_sign_in (GtkWindow *parent,
                                    FfStore   *store,
                                    gint64     session_id)
{
  g_return_if_fail (FF_IS_STORE (store));

  export_document (job_new (parent, store, FF_COURSE_DOCUMENT_SIGN_IN, session_id, NULL,
                            NULL));
}

void
ff_course_documents_print_reductions (GtkWindow  *parent,
                                      FfStore    *store,
                                      gint64      programme_id,
                                      const char *from,
                                      const char *to)
{
  g_return_if_fail (FF_IS_STORE (store));

  print_document (job_new (parent, store, FF_COURSE_DOCUMENT_REDUCTIONS, programme_id, from,
                           to));
}

void
ff_course_documents_export_reductions_pdf (GtkWindow  *parent,
                                           FfStore    *store,
                                           gint64      programme_id,
                                           const char *from,
                                           const char *to)
{
  g_return_if_fail (FF_IS_STORE (store));

  export_document (job_new (parent, store, FF_COURSE_DOCUMENT_REDUCTIONS, programme_id, from,
                            to));
}

/* Let go of a chooser once it has answered (and so closed itself): not while it is
 * still saying so. */
static gboolean
release_chooser (gpointer chooser)
{
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  return G_SOURCE_REMOVE;
}

static void
csv_response_cb (GtkNativeDialog *chooser,
                 int              response,
                 gpointer         user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  /* answered once: the chooser closes itself */
  g_signal_handlers_disconnect_by_func (chooser, csv_response_cb, user_data);
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  g_idle_add (release_chooser, chooser);

  if (path != NULL
      && !ff_course_documents_write_reductions_csv (job->store, job->id, job->from, job->to,
                                                    path, &error))
    show_error (job->parent, export_error_heading (job->document), error->message);
}

void
ff_course_documents_export_reductions_csv (GtkWindow  *parent,
                                           FfStore    *store,
                                           gint64      programme_id,
                                           const char *from,
                                           const char *to)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(FfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  const char *documents;

  g_return_if_fail (FF_IS_STORE (store));

  /* refused as the PDF is: a programme that is gone, a period that is not one */
  document = new_document (store, FF_COURSE_DOCUMENT_REDUCTIONS, programme_id, from, to,
                           &error);
  if (document == NULL)
    {
      show_error (parent, export_error_heading (FF_COURSE_DOCUMENT_REDUCTIONS),
                  error->message);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export Benefit Reductions as CSV"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* the PDF's file name, ending in .csv */
  name = ff_document_dup_suggested_file_name (document);
  if (g_str_has_suffix (name, ".pdf"))
    strcpy (name + strlen (name) - 4, ".csv");
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

  g_signal_connect (chooser, "response", G_CALLBACK (csv_response_cb),
                    job_new (parent, store, FF_COURSE_DOCUMENT_REDUCTIONS, programme_id, from,
                             to));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
ff_course_documents_write_pdf (FfStore           *store,
                               FfCourseDocument   document,
                               gint64             id,
                               const char        *from,
                               const char        *to,
                               const char        *path,
                               GError           **error)
{
  g_autoptr(FfDocument) made = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  made = new_document (store, document, id, from, to, error);
  return made != NULL && ff_document_write_pdf (made, path, NULL, error);
}

gboolean
ff_course_documents_write_reductions_csv (FfStore     *store,
                                          gint64       programme_id,
                                          const char  *from,
                                          const char  *to,
                                          const char  *path,
                                          GError     **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return ff_course_reductions_write_csv (store, programme_id, from, to, NULL, path, error);
}
