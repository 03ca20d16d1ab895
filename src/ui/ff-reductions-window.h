/* ff-reductions-window.h — the reductions of the introduction benefit for all the
 * participants of a programme, per payment period, for whoever pays the benefit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_REDUCTIONS_WINDOW (ff_reductions_window_get_type ())
G_DECLARE_FINAL_TYPE (FfReductionsWindow, ff_reductions_window, FF, REDUCTIONS_WINDOW,
                      AdwWindow)

/* The reductions of programme @programme_id (named @programme_name), from the first to
 * the last day of last month at first; another period is typed in its From and To
 * fields (a day not valid, or To before From, is refused on its field). Each payment
 * period of each participant paid a benefit is a line: its payment, hours planned,
 * unexcused hours, reduction and whether it needs an individual decision, with the
 * totals under them (ff_course_reductions()). Read again when courses, marks, G or
 * enrolments change. */
GtkWidget  *ff_reductions_window_new          (GtkWindow          *parent,
                                               FfStore            *store,
                                               gint64              programme_id,
                                               const char         *programme_name);

/* The window's menu prints the list shown, or exports it as PDF or CSV
 * (ff-course-documents.h): "reductions.print", "reductions.export-pdf" and
 * "reductions.export-csv". */

/* For tests: the From and To fields (GtkEntry), the list (a GtkColumnView whose model
 * holds one item per line), and the totals' label. The text of cell @column (0–6) of
 * line @line as shown, and the list's first and last day (YYYY-MM-DD). */
GtkWidget  *ff_reductions_window_get_from_entry (FfReductionsWindow *self);
GtkWidget  *ff_reductions_window_get_to_entry   (FfReductionsWindow *self);
GtkWidget  *ff_reductions_window_get_totals_label (FfReductionsWindow *self);
guint       ff_reductions_window_get_n_lines    (FfReductionsWindow *self);
char       *ff_reductions_window_dup_cell       (FfReductionsWindow *self,
                                                 guint               line,
                                                 guint               column);
const char *ff_reductions_window_get_from       (FfReductionsWindow *self);
const char *ff_reductions_window_get_to         (FfReductionsWindow *self);

G_END_DECLS
