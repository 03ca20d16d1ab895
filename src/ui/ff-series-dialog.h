/* ff-series-dialog.h — the sessions of a course made from a weekly pattern: weekdays,
 * times, a period, and the dates to skip, the public holidays of its years offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-session-series.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_SERIES_DIALOG (ff_series_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfSeriesDialog, ff_series_dialog, FF, SERIES_DIALOG, AdwWindow)

/* A dialog that adds a series of sessions to course @course_id; it says how many it
 * will make, refuses in place, and closes once they are added. Signal "saved"
 * (guint how many). */
GtkWidget   *ff_series_dialog_new          (GtkWindow       *parent,
                                            FfStore         *store,
                                            gint64          course_id);

/* How many sessions the series as filled in makes, or -1 while it is refused; what
 * it says of it. */
int          ff_series_dialog_get_count    (FfSeriesDialog  *self);
const char  *ff_series_dialog_get_message  (FfSeriesDialog  *self);

/* For tests: the rows (from, to, start, end), the check button of a weekday
 * (G_DATE_MONDAY …), and of the skipped dates the ticked ones (YYYY-MM-DD). */
GtkWidget   *ff_series_dialog_get_from_row (FfSeriesDialog  *self);
GtkWidget   *ff_series_dialog_get_to_row   (FfSeriesDialog  *self);
GtkWidget   *ff_series_dialog_get_start_row (FfSeriesDialog *self);
GtkWidget   *ff_series_dialog_get_end_row  (FfSeriesDialog  *self);
GtkWidget   *ff_series_dialog_get_weekday  (FfSeriesDialog  *self,
                                            GDateWeekday     weekday);
GtkWidget   *ff_series_dialog_get_skip     (FfSeriesDialog  *self,
                                            const char      *date);

G_END_DECLS
