/* ff-plan-report.h — an individual plan laid out on A4 pages
 *
 * One drawing code for the print dialog and for PDF files: the document is laid
 * out with Pango for pages of a given size in points, and each page is drawn with
 * Cairo in points, with the page's own margins (a print operation uses the full
 * page). Labels are in the chosen language, or in two languages (the second under
 * the first, smaller) for a bilingual print; what the user typed is printed as
 * typed. A4; the organisation and programme in the header; the participant's name
 * and birth date; goals; the activity table, breaking across pages with its header
 * repeated; review dates; signature lines for participant and contact person with
 * place and date; "1 of 2" at the foot of each page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ff-plan.h"

G_BEGIN_DECLS

#define FF_REPORT_ERROR (ff_report_error_quark ())

typedef enum
{
  FF_REPORT_ERROR_LANGUAGE,   /* a language documents cannot be printed in */
  FF_REPORT_ERROR_WRITE,      /* the file cannot be written */
} FfReportError;

GQuark        ff_report_error_quark            (void);

/* A4 in points. */
#define FF_REPORT_A4_WIDTH  595.2756
#define FF_REPORT_A4_HEIGHT 841.8898

#define FF_TYPE_PLAN_REPORT (ff_plan_report_get_type ())
G_DECLARE_FINAL_TYPE (FfPlanReport, ff_plan_report, FF, PLAN_REPORT, GObject)

/* A plan to print in @language ("nb", "nn", "uk", "en"), bilingual with
 * @second_language when it is not NULL or "" (and not @language). Unknown
 * languages fail with FF_REPORT_ERROR_LANGUAGE. Keeps a reference to @plan. */
FfPlanReport *ff_plan_report_new               (FfPlan        *plan,
                                                const char    *language,
                                                const char    *second_language,
                                                GError       **error);

/* Lays the document out for pages of @width × @height points, measuring text with
 * @context (a Pango context for Cairo; its resolution is set to 72 so that one
 * unit is one point, and its font options to metrics without hinting, so that a
 * print and a PDF break alike) and returns the number of pages (at least 1). */
int           ff_plan_report_paginate          (FfPlanReport  *self,
                                                PangoContext  *context,
                                                double         width,
                                                double         height);

/* Characters of the last pagination that no installed font could show (drawn as
 * boxes); 0 when every name and label has its glyphs. */
int           ff_plan_report_get_unknown_glyphs (FfPlanReport *self);

/* Draws page @page (from 0) of the last pagination on @cr, in points from the
 * page's top left corner. */
void          ff_plan_report_draw_page         (FfPlanReport  *self,
                                                cairo_t       *cr,
                                                int            page);

/* Writes the document as an A4 PDF to @path (0600): into a temporary file beside
 * it that is renamed over @path only when complete, so that a failure leaves no
 * half-written file. Call it from the thread that fetches labels. @n_pages, when not NULL, receives the number of pages. */
gboolean      ff_plan_report_write_pdf         (FfPlanReport  *self,
                                                const char    *path,
                                                int           *n_pages,
                                                GError       **error);

/* PDF files are laid out in one Pango context kept from one file to the next,
 * with the texts laid out there (a batch of plans lays each label out once). This
 * lets it go, so that
 * Pango's default font map and fontconfig can be released (before FcFini() under
 * a leak checker, say); the next PDF file sets it up again. */
void          ff_plan_report_release_caches    (void);

G_END_DECLS
