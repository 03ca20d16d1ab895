/* ff-employer-page.h — one employer of the register, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record-page.h"

G_BEGIN_DECLS

#define FF_TYPE_EMPLOYER_PAGE (ff_employer_page_get_type ())
G_DECLARE_FINAL_TYPE (FfEmployerPage, ff_employer_page, FF, EMPLOYER_PAGE, FfRecordPage)

G_END_DECLS
