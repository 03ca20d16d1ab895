/* ff-document.h — a printed document: laid out on pages, printed, written as PDF
 *
 * One drawing code for the print dialog and for PDF files: a document is laid out
 * with Pango for pages of a given size in points (ff-page-flow.h), and each page is
 * drawn with Cairo in points, with the page's own margins (a print operation uses the
 * full page). Labels are in the document's language, or in two languages (the second
 * under the first, smaller) for a bilingual print; what the user typed is printed as
 * typed.
 *
 * A kind of document derives from FfDocument and gives only its layout (the parts it
 * adds to the page flow, from the top down) and its title; pagination, glyph checks,
 * drawing and PDF files are the same for all. Subclasses are made with
 * g_initable_new(), which refuses a language documents cannot be printed in, and one
 * whose translation cannot be found (ff_report_language_available()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <pango/pango.h>

#include "ff-page-flow.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_REPORT_ERROR (ff_report_error_quark ())

typedef enum
{
  FF_REPORT_ERROR_LANGUAGE,   /* a language documents cannot be printed in */
  FF_REPORT_ERROR_WRITE,      /* the file cannot be written */
  FF_REPORT_ERROR_TRANSLATION, /* a language whose translation cannot be found */
} FfReportError;

GQuark        ff_report_error_quark            (void);

/* A4 in points. */
#define FF_REPORT_A4_WIDTH  595.2756
#define FF_REPORT_A4_HEIGHT 841.8898

#define FF_TYPE_DOCUMENT (ff_document_get_type ())
G_DECLARE_DERIVABLE_TYPE (FfDocument, ff_document, FF, DOCUMENT, GObject)

struct _FfDocumentClass
{
  GObjectClass parent_class;

  /* Adds the document's parts to @flow, from the top of the first page down (its
   * page header first). Required. */
  void   (*layout)                  (FfDocument *self,
                                     FfPageFlow *flow);
  /* The title in the document's language, for the PDF file's properties
   * ("Individual plan — Olena Kovalenko"). By default "name — subject" (below). */
  char * (*dup_title)               (FfDocument *self);
  /* The print job's name in the user's language; by default "name – subject", or the
   * title when the class has no name. */
  char * (*dup_job_name)            (FfDocument *self);
  /* The file name offered for the PDF file, in the user's language; by default
   * "subject – name.pdf", or the title and ".pdf" when the class has no name. */
  char * (*dup_suggested_file_name) (FfDocument *self);

  /* What most documents are called by: the document's name, a msgid marked with N_()
   * ("Job-seeker log"), and who or what it is about, as it is written in any language
   * ("Olena Kovalenko", a course's title). A class that sets both need not give the
   * three above. Set in class_init. */
  const char *name;
  char * (*dup_subject)             (FfDocument *self);

  /* Whether its pages are A4 turned on their side, for a table too wide for an
   * upright page (a job-seeker log); upright when FALSE. Set in class_init. */
  gboolean landscape;

  gpointer padding[5];
};

/* What the document prints (the construct property "source": the plan of a plan). */
GObject      *ff_document_get_source           (FfDocument    *self);

/* The language of the labels ("nb", "nn", "uk", "en"; the construct property
 * "language"), and the second one of a bilingual document ("second-language"): NULL
 * when it is in one language (a second language given as "" or as the first one). */
const char   *ff_document_get_language         (FfDocument    *self);
const char   *ff_document_get_second_language  (FfDocument    *self);

/* Whether the document is laid out for A4 on its side (the class's "landscape"):
 * what a print should offer first, and how its PDF file is written. */
gboolean      ff_document_get_landscape        (FfDocument    *self);

/* Lays the document out for pages of @width × @height points, measuring text with
 * @context (a Pango context for Cairo; its resolution is set to 72 so that one unit
 * is one point, and its font options to metrics without hinting, so that a print and
 * a PDF break alike) and returns the number of pages (at least 1). */
int           ff_document_paginate             (FfDocument    *self,
                                                PangoContext  *context,
                                                double         width,
                                                double         height);

/* The number of pages of the last pagination; 0 before the first. */
int           ff_document_get_n_pages          (FfDocument    *self);

/* Characters of the last pagination that no installed font could show (drawn as
 * boxes); 0 when every name and label has its glyphs. */
int           ff_document_get_unknown_glyphs   (FfDocument    *self);

/* Draws page @page (from 0) of the last pagination on @cr, in points from the page's
 * top left corner. */
void          ff_document_draw_page            (FfDocument    *self,
                                                cairo_t       *cr,
                                                int            page);

/* The document holds participant @participant_id's personal data, and is called @what
 * in the audit log (FF_AUDIT_PLAN …): its every print and export is recorded in
 * @store's audit log, and refused when that cannot be written. A document of personal
 * data is given this as soon as it is made (a job-seeker log's constructor does). */
void          ff_document_set_audit            (FfDocument    *self,
                                                FfStore       *store,
                                                gint64         participant_id,
                                                const char    *what);

/* As ff_document_set_audit() for a document of several participants (a course's
 * attendance): every print and export is recorded for each of the @n_ids
 * @participant_ids, all or none. */
void          ff_document_set_audit_participants (FfDocument   *self,
                                                  FfStore      *store,
                                                  const gint64 *participant_ids,
                                                  guint         n_ids,
                                                  const char   *what);

/* Records that the document is being printed (ff_audit_log_print()); TRUE at once for
 * a document with no ff_document_set_audit(). Print only on TRUE. */
gboolean      ff_document_audit_print          (FfDocument    *self,
                                                GError       **error);

/* Writes the document as an A4 PDF to @path (0600), upright or on its side as the
 * document is (ff_document_get_landscape()): whole or not at all, renamed over
 * @path only when complete, so that a failure leaves no half-written file. Call it
 * from the thread that fetches labels. @n_pages, when not NULL, receives the number
 * of pages. The export is recorded first (ff_document_set_audit(),
 * ff_audit_export_file()): nothing is written that cannot be recorded. */
gboolean      ff_document_write_pdf            (FfDocument    *self,
                                                const char    *path,
                                                int           *n_pages,
                                                GError       **error);

char         *ff_document_dup_title            (FfDocument    *self);
char         *ff_document_dup_job_name         (FfDocument    *self);
/* Never holds a folder separator. */
char         *ff_document_dup_suggested_file_name (FfDocument *self);

G_END_DECLS
