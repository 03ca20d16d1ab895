/* ff-participant-private.h — what other parts of src/core share with participants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-participant.h"

G_BEGIN_DECLS

/* The folded text the participants list searches (participant.search_text): the
 * names in every script, the national id, and the phone's digits with and without
 * the country code. Every writer of participants builds it here. */
char  *ff_participant_make_search_text (const char *given_name,
                                        const char *family_name,
                                        const char *native_name,
                                        const char *national_id,
                                        const char *phone);

G_END_DECLS
