/* ff-summary-row.h — a row that opens as an AdwExpanderRow does, on a summary of one line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FF_TYPE_SUMMARY_ROW (ff_summary_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (FfSummaryRow, ff_summary_row, FF, SUMMARY_ROW, GtkListBoxRow)

struct _FfSummaryRowClass
{
  GtkListBoxRowClass parent_class;
};

/* A row of a boxed list with the looks and the keys of an AdwExpanderRow: a title and a
 * subtitle, widgets after them (<child type="suffix"> in a subclass's .ui), and rows
 * shown under it while it is open (<child> there) (property "expanded"; activating it, by click, Return or Space, opens
 * or closes it). Its title and subtitle keep to one line each, ending in "…": it costs a
 * sixth of an AdwExpanderRow to lay out, whose wrapping labels are measured again at
 * every width. For lists shown whole on a page, such as a job-seeker log. */
GtkWidget   *ff_summary_row_new            (void);

const char  *ff_summary_row_get_title      (FfSummaryRow *self);
const char  *ff_summary_row_get_subtitle   (FfSummaryRow *self);
/* Sets both at once; the subtitle is hidden when empty. Screen readers read them as the
 * name and the description of the row. */
void         ff_summary_row_set_summary    (FfSummaryRow *self,
                                            const char   *title,
                                            const char   *subtitle);

gboolean     ff_summary_row_get_expanded   (FfSummaryRow *self);
void         ff_summary_row_set_expanded   (FfSummaryRow *self,
                                            gboolean      expanded);

void         ff_summary_row_add_suffix     (FfSummaryRow *self,
                                            GtkWidget    *widget);
/* Rows shown while open, in a nested list. */
void         ff_summary_row_add_row        (FfSummaryRow *self,
                                            GtkWidget    *row);
void         ff_summary_row_remove_row     (FfSummaryRow *self,
                                            GtkWidget    *row);

/* The part that opens and closes it and takes the focus, for tests. */
GtkWidget   *ff_summary_row_get_header     (FfSummaryRow *self);

G_END_DECLS
