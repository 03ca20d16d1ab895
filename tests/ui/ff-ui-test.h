/* ff-ui-test.h — what the widget tests share: starting GTK, waiting for effects, pressing
 * keys
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

/* The message shown for the refused value of @field, or NULL when it holds none.
 * Asserts that a refusal is marked in every way (red, the message whole in an
 * FfFieldError right under the field, the invalid state and the message as the
 * description of the field and of its text), and that a field not refused has none
 * of them. */
const char *ff_ui_test_refusal         (GtkWidget         *field);

/* The AdwMessageDialog shown with @heading, or NULL. */
GtkWidget *ff_ui_test_find_message_dialog (const char     *heading);

/* Presses and releases each key (GDK_KEY_Tab …; 0 ends the list) as a person would, to
 * whatever holds the keyboard, and lets GTK handle it before the next. */
void      ff_ui_test_press_keys        (guint              first_keyval,
                                        ...);
/* The same with Shift held (Shift+Tab). */
void      ff_ui_test_press_shifted     (guint              keyval);
/* The same with Alt held (Alt+1). */
void      ff_ui_test_press_with_alt    (guint              keyval);
/* Types @text key by key (only characters the keyboard has, with Shift where needed). */
void      ff_ui_test_type              (const char        *text);

G_END_DECLS
