/* ff-plan-print.c — printing an individual plan and exporting it as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-plan-print.h"

/* What the user chose in the print dialog, kept for the next print of the session. */
static GtkPrintSettings *session_settings;
static GtkPageSetup *session_page_setup;

FfPlanReport *
ff_plan_print_report_new (FfPlan  *plan,
                          GError **error)
{
  g_return_val_if_fail (FF_IS_PLAN (plan), NULL);

  return ff_plan_report_new (plan,
                             ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE),
                             ff_plan_get_field (plan, FF_PLAN_FIELD_SECOND_LANGUAGE),
                             error);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                FfPlanReport      *report)
{
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);
  int n_pages;

  /* The report sets the context up for points and for unhinted metrics. */
  n_pages = ff_document_paginate (FF_DOCUMENT (report), pango_context,
                                  gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
  g_object_unref (pango_context);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              FfPlanReport      *report)
{
  ff_document_draw_page (FF_DOCUMENT (report), gtk_print_context_get_cairo_context (context),
                         page);
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
ff_plan_print_operation_new (FfPlanReport *report)
{
  GtkPrintOperation *operation;

  g_return_val_if_fail (FF_IS_PLAN_REPORT (report), NULL);

  if (session_page_setup == NULL)
    session_page_setup = a4_page_setup ();

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, session_page_setup);
  if (session_settings != NULL)
    gtk_print_operation_set_print_settings (operation, session_settings);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_object_set_data_full (G_OBJECT (operation), "ff-plan-report", g_object_ref (report),
                          g_object_unref);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), report, 0);

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
                                     _("The plan could not be printed."));
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
ff_plan_print_async (FfPlan              *plan,
                     GtkWindow           *parent,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (FF_IS_PLAN (plan));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ff_plan_print_async);

  report = ff_plan_print_report_new (plan, &error);
  if (report == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  operation = ff_plan_print_operation_new (report);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* Translators: the name of a print job; %s is the participant's name */
  job_name = g_strdup_printf (_("Individual plan – %s"), ff_plan_get_participant_name (plan));
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
ff_plan_print_finish (GAsyncResult  *result,
                      GError       **error)
{
  gssize value;

  g_return_val_if_fail (g_task_is_valid (result, NULL), GTK_PRINT_OPERATION_RESULT_ERROR);

  value = g_task_propagate_int (G_TASK (result), error);
  if (value < 0)
    return GTK_PRINT_OPERATION_RESULT_ERROR;

  return (GtkPrintOperationResult) value;
}

gboolean
ff_plan_print_export_pdf (FfPlan      *plan,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(FfPlanReport) report = NULL;

  g_return_val_if_fail (FF_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report = ff_plan_print_report_new (plan, error);
  if (report == NULL)
    return FALSE;

  return ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, error);
}

char *
ff_plan_print_suggested_file_name (FfPlan *plan)
{
  const char *name;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (FF_IS_PLAN (plan), NULL);

  name = ff_plan_get_participant_name (plan);
  if (name == NULL || *name == '\0')
    name = ff_plan_get_native_name (plan);

  if (name == NULL || *name == '\0')
    /* Translators: the file name offered for a plan's PDF when the participant has no name */
    return g_strdup (_("individual plan.pdf"));

  /* Translators: the file name offered for a plan's PDF; %s is the participant's name */
  file_name = g_strdup_printf (_("%s – individual plan.pdf"), name);

  /* A name cannot hold a folder separator. */
  return g_strdelimit (g_steal_pointer (&file_name), "/\\", '-');
}
