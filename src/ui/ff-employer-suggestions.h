/* ff-employer-suggestions.h — employers of the register that match what is typed in a
 * field, offered in a list under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_EMPLOYER_SUGGESTIONS (ff_employer_suggestions_get_type ())
G_DECLARE_FINAL_TYPE (FfEmployerSuggestions, ff_employer_suggestions, FF, EMPLOYER_SUGGESTIONS,
                      GtkPopover)

/* At most this many employers are offered at once. */
#define FF_EMPLOYER_SUGGESTIONS_MAX 8

/* A list under @field (an AdwEntryRow or a GtkEntry) of the register's employers
 * whose name, organisation number, industry or place holds every word typed in it,
 * shown while the field has the focus and something is typed. The focus stays in the
 * field: Down and Up move through the list, Return chooses the employer selected,
 * Escape closes the list; a click chooses too. The popover is @field's child until
 * @field goes. */
GtkWidget   *ff_employer_suggestions_new        (FfStore                *store,
                                                 GtkWidget              *field);

/* The register's employer whose name is @name (case aside), or 0. */
gint64       ff_employer_suggestions_find_exact (FfEmployerSuggestions  *self,
                                                 const char             *name);

/* Closes the list, and keeps it closed until the field's text next changes by typing. */
void         ff_employer_suggestions_dismiss    (FfEmployerSuggestions  *self);

/* The employer selected in the list (0: none), for tests. */
gint64       ff_employer_suggestions_get_selected (FfEmployerSuggestions *self);

/* Signal "chosen" (gint64 id, const char *name): an employer of the register was chosen;
 * the field then shows its name. */

G_END_DECLS
