/* ff-mentor-private.h — what mentors and Find a mentor share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-mentor.h"

G_BEGIN_DECLS

/* @terms folded and split into items, one a line, each after a letter that says what
 * it is: "l" a language, "m" the municipality, "i" an interest ("lukrainsk\nmvang\n
 * ifotball"). Stored with each mentor, so that Find a mentor folds only the
 * participant's. */
char        *ff_mentor_match_terms         (const FfMentorTerms *terms);

G_END_DECLS
