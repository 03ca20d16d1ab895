/* ff-outcome-dialog.h — what became of a participant at the end of an enrolment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-outcome.h"

G_BEGIN_DECLS

#define FF_TYPE_OUTCOME_DIALOG (ff_outcome_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfOutcomeDialog, ff_outcome_dialog, FF, OUTCOME_DIALOG, AdwWindow)

/* Asks for the outcome of enrolment @enrolment_id in @programme_name: its kind (@kind
 * chosen at first), the working percentage of a part-time job, its date (@date,
 * YYYY-MM-DD, at first; NULL: today), the employer or school where one fits (chosen
 * from the register or typed) and a note. A value refused (a date before the
 * enrolment began, a percentage outside 1–100) is marked on its field and nothing is
 * written. */
GtkWidget  *ff_outcome_dialog_new   (FfStore       *store,
                                     gint64         enrolment_id,
                                     const char    *programme_name,
                                     FfOutcomeKind  kind,
                                     const char    *date);

/* For tests: the fields. */
GtkWidget  *ff_outcome_dialog_get_kind_row      (FfOutcomeDialog *self);
GtkWidget  *ff_outcome_dialog_get_percent_entry (FfOutcomeDialog *self);
GtkWidget  *ff_outcome_dialog_get_date_entry    (FfOutcomeDialog *self);
GtkWidget  *ff_outcome_dialog_get_place_entry   (FfOutcomeDialog *self);
GtkWidget  *ff_outcome_dialog_get_note_entry    (FfOutcomeDialog *self);

/* Signal "saved" (gint64 outcome_id): the outcome was recorded; the dialog then
 * closes. Action "outcome.save" saves. */

G_END_DECLS
