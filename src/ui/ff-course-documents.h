/* ff-course-documents.h — printing and exporting the documents of courses and
 * programmes from the interface: a course's attendance over a period, a session's
 * sign-in sheet, and a programme's reductions of the introduction benefit as PDF or CSV
 *
 * Each call reads the document from the store when it is made, in the language the
 * interface is shown in, and either shows the system print dialog or asks where to
 * export it (a file chooser offering the document's file name), transient for
 * @parent; what cannot be printed or written is said in a dialog on @parent. Every
 * print and export is recorded in the audit log of each participant the document
 * names (ff-document.h), and refused when it cannot be. The write functions are what
 * an export does once the file is chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-store.h"

G_BEGIN_DECLS

typedef enum
{
  FF_COURSE_DOCUMENT_ATTENDANCE,   /* id: a course's; with a period (NULL: no bound) */
  FF_COURSE_DOCUMENT_SIGN_IN,      /* id: a session's; no period */
  FF_COURSE_DOCUMENT_REDUCTIONS,   /* id: a programme's; with a period, both bounds */
} FfCourseDocument;

/* A course's attendance from @from to @to (YYYY-MM-DD or as typed; NULL: no bound). */
void      ff_course_documents_print_attendance     (GtkWindow        *parent,
                                                    FfStore          *store,
                                                    gint64            course_id,
                                                    const char       *from,
                                                    const char       *to);
void      ff_course_documents_export_attendance    (GtkWindow        *parent,
                                                    FfStore          *store,
                                                    gint64            course_id,
                                                    const char       *from,
                                                    const char       *to);

/* A session's sign-in sheet. */
void      ff_course_documents_print_sign_in        (GtkWindow        *parent,
                                                    FfStore          *store,
                                                    gint64            session_id);
void      ff_course_documents_export_sign_in       (GtkWindow        *parent,
                                                    FfStore          *store,
                                                    gint64            session_id);

/* A programme's reductions in the payment periods that end from @from to @to. */
void      ff_course_documents_print_reductions     (GtkWindow        *parent,
                                                    FfStore          *store,
                                                    gint64            programme_id,
                                                    const char       *from,
                                                    const char       *to);
void      ff_course_documents_export_reductions_pdf (GtkWindow       *parent,
                                                    FfStore          *store,
                                                    gint64            programme_id,
                                                    const char       *from,
                                                    const char       *to);
void      ff_course_documents_export_reductions_csv (GtkWindow       *parent,
                                                    FfStore          *store,
                                                    gint64            programme_id,
                                                    const char       *from,
                                                    const char       *to);

/* Writes @document of record @id (and the period, where it has one) to @path as PDF,
 * or the reductions as CSV: what an export does once its file is chosen. */
gboolean  ff_course_documents_write_pdf            (FfStore          *store,
                                                    FfCourseDocument  document,
                                                    gint64            id,
                                                    const char       *from,
                                                    const char       *to,
                                                    const char       *path,
                                                    GError          **error);
gboolean  ff_course_documents_write_reductions_csv (FfStore          *store,
                                                    gint64            programme_id,
                                                    const char       *from,
                                                    const char       *to,
                                                    const char       *path,
                                                    GError          **error);

G_END_DECLS
