/* ff-document-print.c — printing any document, and choosing where to export it as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-document-print.h"

/* What the user chose in the print dialog, kept for the next print of the session. */
static GtkPrintSettings *session_settings;
static GtkPageSetup *session_page_setup;

/* Where the last export of this session went. */
static GFile *last_export_folder;

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                FfDocument        *document)
{
  PangoContext *pango_context;
  GError *error = NULL;
  int n_pages;

  /* Recorded once the print is chosen, before a page leaves: refused, nothing does. */
  if (!ff_document_audit_print (document, &error))
    {
      g_object_set_data_full (G_OBJECT (operation), "ff-audit-error", error,
                              (GDestroyNotify) g_error_free);
      gtk_print_operation_cancel (operation);
      return;
    }

  pango_context = gtk_print_context_create_pango_context (context);

  /* The document sets the context up for points and for unhinted metrics. */
  n_pages = ff_document_paginate (document, pango_context,
                                  gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
  g_object_unref (pango_context);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              FfDocument        *document)
{
  ff_document_draw_page (document, gtk_print_context_get_cairo_context (context), page);
}

static GtkPageSetup *
a4_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_paper_size_free (a4);

  return setup;
}

GtkPrintOperation *
ff_document_print_operation_new (FfDocument *document)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_val_if_fail (FF_IS_DOCUMENT (document), NULL);

  if (session_page_setup == NULL)
    session_page_setup = a4_page_setup ();

  /* The paper and margins chosen last, the way up the document is laid out. */
  setup = gtk_page_setup_copy (session_page_setup);
  gtk_page_setup_set_orientation (setup, ff_document_get_landscape (document)
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                         : GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (session_settings != NULL)
    gtk_print_operation_set_print_settings (operation, session_settings);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_object_set_data_full (G_OBJECT (operation), "ff-document", g_object_ref (document),
                          g_object_unref);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), document, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), document, 0);

  return operation;
}

/* The task is done once, whether GTK says so by "done" or by what run returns. */
static void
print_done (GTask                   *task,
            GtkPrintOperation       *operation,
            GtkPrintOperationResult  result)
{
  g_autoptr(GError) error = NULL;

  if (g_task_get_completed (task) || g_object_get_data (G_OBJECT (task), "ff-done") != NULL)
    return;
  g_object_set_data (G_OBJECT (task), "ff-done", GINT_TO_POINTER (TRUE));

  /* Refused for want of an audit row: an error, not a cancel. */
  if (g_object_get_data (G_OBJECT (operation), "ff-audit-error") != NULL)
    {
      g_task_return_error (task, g_error_copy (g_object_get_data (G_OBJECT (operation),
                                                                  "ff-audit-error")));
      return;
    }

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&session_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&session_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error == NULL)
        error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL,
                                     _("The document could not be printed."));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_int (task, result);
}

static void
operation_done_cb (GtkPrintOperation       *operation,
                   GtkPrintOperationResult  result,
                   GTask                   *task)
{
  print_done (task, operation, result);
}

void
ff_document_print_async (FfDocument          *document,
                         GtkWindow           *parent,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (FF_IS_DOCUMENT (document));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ff_document_print_async);

  operation = ff_document_print_operation_new (document);
  gtk_print_operation_set_allow_async (operation, TRUE);
  job_name = ff_document_dup_job_name (document);
  gtk_print_operation_set_job_name (operation, job_name);

  /* GTK holds the operation while its dialog is open; the operation holds the task. */
  g_object_set_data_full (G_OBJECT (operation), "ff-task", g_object_ref (task),
                          g_object_unref);
  g_signal_connect (operation, "done", G_CALLBACK (operation_done_cb), task);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL &&
      g_object_get_data (G_OBJECT (task), "ff-done") == NULL)
    {
      g_object_set_data (G_OBJECT (task), "ff-done", GINT_TO_POINTER (TRUE));
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      print_done (task, operation, result);
    }
}

GtkPrintOperationResult
ff_document_print_finish (GAsyncResult  *result,
                          GError       **error)
{
  gssize value;

  g_return_val_if_fail (g_task_is_valid (result, NULL), GTK_PRINT_OPERATION_RESULT_ERROR);

  value = g_task_propagate_int (G_TASK (result), error);
  if (value < 0)
    return GTK_PRINT_OPERATION_RESULT_ERROR;

  return (GtkPrintOperationResult) value;
}

/* --- choosing where to export ------------------------------------------------------ */

typedef struct
{
  GtkNativeDialog *chooser;
  GCancellable    *cancellable;
  gulong           cancelled_id;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->chooser);
  g_clear_object (&choice->cancellable);
  g_free (choice);
}

/* Closes the chooser and answers with @file (taken), once; drops the chooser's
 * reference to @task. */
static void
choice_done (GTask *task,
             GFile *file)
{
  Choice *choice = g_task_get_task_data (task);

  g_signal_handlers_disconnect_by_data (choice->chooser, task);
  if (choice->cancelled_id != 0)
    g_clear_signal_handler (&choice->cancelled_id, choice->cancellable);
  /* answered, it has closed itself */
  if (gtk_native_dialog_get_visible (choice->chooser))
    gtk_native_dialog_destroy (choice->chooser);

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, file, g_object_unref);
  else
    g_clear_object (&file);
  g_object_unref (task);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GTask           *task)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  /* a file that is not on this computer cannot be written: as if closed */
  if (path == NULL)
    g_clear_object (&file);
  else
    {
      g_clear_object (&last_export_folder);
      last_export_folder = g_file_get_parent (file);
    }

  choice_done (task, g_steal_pointer (&file));
}

static void
cancelled_cb (GCancellable *cancellable,
              GTask        *task)
{
  choice_done (task, NULL);
}

void
ff_document_print_choose_pdf_async (FfDocument          *document,
                                    GtkWindow           *parent,
                                    const char          *title,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  Choice *choice;

  g_return_if_fail (FF_IS_DOCUMENT (document));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ff_document_print_choose_pdf_async);
  if (g_task_return_error_if_cancelled (task))
    return;

  choice = g_new0 (Choice, 1);
  choice->chooser = GTK_NATIVE_DIALOG (
    gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel")));
  choice->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  g_task_set_task_data (task, choice, (GDestroyNotify) choice_free);
  gtk_native_dialog_set_modal (choice->chooser, TRUE);

  name = ff_document_dup_suggested_file_name (document);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (choice->chooser), name);

  /* The first export of a session starts in Documents rather than wherever the
   * application happened to be started; later ones where the last one went. */
  if (last_export_folder == NULL)
    {
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

      if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
        last_export_folder = g_file_new_for_path (documents);
    }
  if (last_export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (choice->chooser),
                                         last_export_folder, NULL);

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (choice->chooser), filter);

  /* The open chooser holds the task until it is answered or cancelled. */
  g_signal_connect (choice->chooser, "response", G_CALLBACK (chooser_response_cb),
                    g_object_ref (task));
  if (cancellable != NULL)
    choice->cancelled_id = g_signal_connect (cancellable, "cancelled",
                                             G_CALLBACK (cancelled_cb), task);
  gtk_native_dialog_show (choice->chooser);
}

GFile *
ff_document_print_choose_pdf_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
