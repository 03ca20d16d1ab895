/* ff-document-print.h — printing any document, and choosing where to export it as PDF
 *
 * One path for every printed document (FfDocument): the system print dialog, A4 at
 * first and then the page setup and settings of the last print of the session; and
 * "Export as PDF…", a file chooser that offers the document's file name and starts
 * in Documents the first time in a session, then in the folder of the last export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-document.h"

G_BEGIN_DECLS

/* A print operation of @document's pages: A4 at first, then the page setup and
 * settings of the last print of this session; each page laid out for the paper
 * chosen and drawn whole (the document keeps its own margins). */
GtkPrintOperation       *ff_document_print_operation_new   (FfDocument           *document);

/* Shows the system print dialog for @document, transient for @parent, and prints
 * it. Calls @callback on the main thread when the dialog is closed and printing is
 * handed to the system (or cancelled). */
void                     ff_document_print_async           (FfDocument           *document,
                                                            GtkWindow            *parent,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
/* GTK_PRINT_OPERATION_RESULT_APPLY when it was printed, _CANCEL when the user
 * closed the dialog, _ERROR with @error set when printing failed. */
GtkPrintOperationResult  ff_document_print_finish          (GAsyncResult         *result,
                                                            GError              **error);

/* Asks where to export @document as PDF: a modal file chooser titled @title,
 * transient for @parent, for PDF files, offering the document's suggested file name.
 * Calls @callback on the main thread when the chooser is closed; cancelling
 * @cancellable closes it. */
void                     ff_document_print_choose_pdf_async  (FfDocument         *document,
                                                              GtkWindow          *parent,
                                                              const char         *title,
                                                              GCancellable       *cancellable,
                                                              GAsyncReadyCallback callback,
                                                              gpointer            user_data);
/* The file chosen, to write with ff_document_write_pdf(); NULL without an error when
 * the user closed the chooser, NULL with G_IO_ERROR_CANCELLED when @cancellable was
 * cancelled. */
GFile                   *ff_document_print_choose_pdf_finish (GAsyncResult       *result,
                                                              GError            **error);

G_END_DECLS
