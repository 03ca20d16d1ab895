/* ff-match-list.h — matches of mentors and participants, each opened on its fields and
 * meeting log: on a mentor's page and on a participant's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-match-row.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_MATCH_LIST (ff_match_list_get_type ())
G_DECLARE_FINAL_TYPE (FfMatchList, ff_match_list, FF, MATCH_LIST, GtkWidget)

/* A boxed list of FfMatchRow, titled with the mentor (property "shows-mentor", on a
 * participant's page) or the participant. Its actions delete a match or a meeting, with
 * Undo. */
GtkWidget   *ff_match_list_new       (gboolean      shows_mentor);

/* Shows @matches (FfRecord of ff_match_type, in their order) in the rows there are: a
 * row keeps its match and what is typed in it when its match is shown again. */
void         ff_match_list_show      (FfMatchList  *self,
                                      FfStore      *store,
                                      GPtrArray    *matches);

/* Opens the row of match @id and puts the focus on the date of a meeting to log. */
void         ff_match_list_open      (FfMatchList  *self,
                                      gint64        id);

/* Writes what is pending; FALSE when a value stays refused. */
gboolean     ff_match_list_flush     (FfMatchList  *self);

/* The row of match @id, or NULL; the text shown when there are none. */
FfMatchRow  *ff_match_list_get_row   (FfMatchList  *self,
                                      gint64        id);
void         ff_match_list_set_placeholder (FfMatchList *self,
                                            const char  *text);

G_END_DECLS
