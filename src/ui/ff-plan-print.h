/* ff-plan-print.h — printing an individual plan and exporting it as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-plan.h"
#include "ff-plan-report.h"

G_BEGIN_DECLS

/* The document of @plan in the languages its fields name (its language, and its
 * second language when it is bilingual). */
FfPlanReport            *ff_plan_print_report_new         (FfPlan               *plan,
                                                           GError              **error);

/* A print operation of @report's pages: A4 at first, then the page setup and
 * settings of the last print of this session; each page laid out for the paper
 * chosen and drawn whole (the report keeps its own margins). */
GtkPrintOperation       *ff_plan_print_operation_new      (FfPlanReport         *report);

/* Shows the system print dialog for @plan, transient for @parent, and prints it.
 * Calls @callback on the main thread when the dialog is closed and printing is
 * handed to the system (or cancelled). */
void                     ff_plan_print_async              (FfPlan               *plan,
                                                           GtkWindow            *parent,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
/* GTK_PRINT_OPERATION_RESULT_APPLY when it was printed, _CANCEL when the user
 * closed the dialog, _ERROR with @error set when printing failed. */
GtkPrintOperationResult  ff_plan_print_finish             (GAsyncResult         *result,
                                                           GError              **error);

/* Writes @plan as an A4 PDF to @path (0600); a failure leaves no file behind. */
gboolean                 ff_plan_print_export_pdf         (FfPlan               *plan,
                                                           const char           *path,
                                                           GError              **error);

/* The file name offered for @plan's PDF: "Olena Kovalenko – individual plan.pdf". */
char                    *ff_plan_print_suggested_file_name (FfPlan              *plan);

G_END_DECLS
