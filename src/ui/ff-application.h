/* ff-application.h — the application: options, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FF_TYPE_APPLICATION (ff_application_get_type ())
G_DECLARE_FINAL_TYPE (FfApplication, ff_application, FF, APPLICATION, AdwApplication)

FfApplication *ff_application_new               (void);
/* The database file the application opens (from --database or the default). */
const char    *ff_application_get_database_path (FfApplication *self);

G_END_DECLS
