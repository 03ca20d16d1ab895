/* ff-test-placement.h — a placement with its agreement approved in part, and a
 * quarter of follow-up conversations around it, for the tests of what is printed of
 * them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

/* Olena Kovalenko (ff_test_add_olena_plan (), in Drammen kommune, with a national id
 * born 12.04.1988) in language practice at Rema 1000 Bragernes (org number, address,
 * contact person Per Hansen) from 05.01.2026 to 27.03.2026, 3 days a week at 60 %,
 * with the workplace mentor Ingrid Berg, the goal "Language", tasks, and the contact
 * person Kari Nordmann. Olena approved the agreement on 02.01.2026 and the employer on
 * 03.01.2026; Kari has not.
 *
 * Her conversations, in the first quarter of 2026 and around it:
 *   15.12.2025  weekly           "Samtale før perioden"           (before the quarter)
 *   12.01.2026  workplace visit  "Godt i gang med kassen"          actions "Øve på
 *               kassesystemet" (Olena, by 26.01.2026, done) and "Sende timeliste"
 *               (Ingrid Berg, by 30.01.2026)
 *   09.02.2026  phone            "Trives på lageret"
 *   31.03.2026  weekly           "Evaluering planlagt"           action "Avtale
 *               evalueringsmøte" (Kari Nordmann, by 07.04.2026)
 *   01.04.2026  individual       "Samtale etter perioden"        action "Handling
 *               etter perioden" (after the quarter) */
typedef struct
{
  gint64  olena;
  gint64  employer;
  gint64  mentor;
  gint64  placement;
  char   *national_id;
} FfTestPlacement;

void     ff_test_add_placement_story (FfStore          *store,
                                      FfTestPlacement  *story);
void     ff_test_placement_clear     (FfTestPlacement  *story);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FfTestPlacement, ff_test_placement_clear)

G_END_DECLS
