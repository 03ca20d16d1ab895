/* ff-mentor-page.h — one mentor, saved as it is typed, with their matches and the
 * meeting log of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record-page.h"

G_BEGIN_DECLS

#define FF_TYPE_MENTOR_PAGE (ff_mentor_page_get_type ())
G_DECLARE_FINAL_TYPE (FfMentorPage, ff_mentor_page, FF, MENTOR_PAGE, FfRecordPage)

/* The field of the employer (chosen from the register) and the list of matches, for
 * tests. */
GtkWidget   *ff_mentor_page_get_employer_row  (FfMentorPage  *self);
GtkWidget   *ff_mentor_page_get_match_list    (FfMentorPage  *self);

G_END_DECLS
