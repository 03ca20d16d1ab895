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

/* What the window's menu offers to do with the list shown, as actions of the window:
 * "reductions.print", "reductions.export-pdf" and "reductions.export-csv". Each is
 * enabled, and the menu shown, once a function is set for it; printed documents and
 * files are made elsewhere (src/report, src/core/ff-csv.h). */
typedef enum
{
  FF_REDUCTIONS_PRINT,
  FF_REDUCTIONS_EXPORT_PDF,
  FF_REDUCTIONS_EXPORT_CSV,
  FF_REDUCTIONS_N_OUTPUTS
} FfReductionsOutput;

#define FF_REDUCTIONS_ACTION_PRINT      "reductions.print"
#define FF_REDUCTIONS_ACTION_EXPORT_PDF "reductions.export-pdf"
#define FF_REDUCTIONS_ACTION_EXPORT_CSV "reductions.export-csv"

/* Called with the window (to be transient for) and the programme and days of the list
 * shown (YYYY-MM-DD). */
typedef void (*FfReductionsOutputFunc) (GtkWindow   *window,
                                        FfStore     *store,
                                        gint64       programme_id,
                                        const char  *from,
                                        const char  *to);

/* Sets what @output does in every reductions window opened afterwards (NULL: nothing,
 * the action disabled). */
void        ff_reductions_window_set_output   (FfReductionsOutput      output,
                                               FfReductionsOutputFunc  func);

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
