/* ff-programme-page.h — one programme's details, saved as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record-page.h"

G_BEGIN_DECLS

#define FF_TYPE_PROGRAMME_PAGE (ff_programme_page_get_type ())
G_DECLARE_FINAL_TYPE (FfProgrammePage, ff_programme_page, FF, PROGRAMME_PAGE, FfRecordPage)

G_END_DECLS
