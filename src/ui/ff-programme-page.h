/* ff-programme-page.h — one programme's details, saved as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PROGRAMME_PAGE (ff_programme_page_get_type ())
G_DECLARE_FINAL_TYPE (FfProgrammePage, ff_programme_page, FF, PROGRAMME_PAGE, AdwPreferencesPage)

/* Properties: "store" (set once), "programme-id" (0: none). */

void    ff_programme_page_set_store        (FfProgrammePage *self,
                                            FfStore         *store);
gint64  ff_programme_page_get_programme_id (FfProgrammePage *self);
/* Writes pending edits of the shown programme first, then shows @id (0: none). */
void    ff_programme_page_set_programme_id (FfProgrammePage *self,
                                            gint64           id);
/* Writes every pending, valid edit now. */
void    ff_programme_page_flush            (FfProgrammePage *self);

G_END_DECLS
