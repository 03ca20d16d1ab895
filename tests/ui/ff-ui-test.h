/* ff-ui-test.h — what the widget tests share: starting GTK, waiting for effects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-test-store.h"

G_BEGIN_DECLS

typedef gboolean (*FfUiTestCondition) (gpointer data);

/* Initialises GTK and libadwaita for a test program and sets up g_test. */
void      ff_ui_test_init              (int               *argc,
                                        char            ***argv);

/* Runs the main loop until @condition holds or @seconds pass; returns whether it held. */
gboolean  ff_ui_test_wait_until        (FfUiTestCondition  condition,
                                        gpointer           data,
                                        double             seconds);
/* Runs the main loop for @milliseconds. */
void      ff_ui_test_spin              (guint              milliseconds);

/* Every descendant of @widget of @type that has @css_class (NULL: any), in order. */
GPtrArray *ff_ui_test_find_all         (GtkWidget         *widget,
                                        GType              type,
                                        const char        *css_class);

G_END_DECLS
