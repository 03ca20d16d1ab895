/* ff-ui-test.c — what the widget tests share: starting GTK, waiting for effects, pressing
 * keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "ff-accessible.h"
#include "ff-field-error.h"
#include "ff-locale.h"
#include "ff-ui-test.h"

void
ff_ui_test_init (int    *argc,
                 char ***argv)
{
  /* The build's catalogues, as the application finds them: a plan is printed with
   * labels only when its language's translation is there. */
  ff_locale_init ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* What FfApplication installs at startup: the widgets are named as in the app. */
  ff_accessible_init ();
}

gboolean
ff_ui_test_wait_until (FfUiTestCondition condition,
                       gpointer          data,
                       double            seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;

      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (5000);
    }

  return TRUE;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
ff_ui_test_spin (guint milliseconds)
{
  ff_ui_test_wait_until (never, NULL, milliseconds / 1000.0);
}

static void
find_all (GtkWidget  *widget,
          GType       type,
          const char *css_class,
          GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_type_is_a (G_OBJECT_TYPE (child), type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        g_ptr_array_add (found, child);

      find_all (child, type, css_class, found);
    }
}

GPtrArray *
ff_ui_test_find_all (GtkWidget  *widget,
                     GType       type,
                     const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (widget, type, css_class, found);

  return found;
}

GtkWidget *
ff_ui_test_find_message_dialog (const char *heading)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return GTK_WIDGET (window);
    }

  return NULL;
}

/* The keyboard: XTest makes the X server send the key as if it had been pressed, to the
 * window with the focus (or the popover holding the keyboard), through the same input
 * path, shortcuts and key bindings as a person's keys. */
static Display *
x_display (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  int event_base, error_base, major, minor;

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  g_assert_true (XTestQueryExtension (gdk_x11_display_get_xdisplay (display),
                                      &event_base, &error_base, &major, &minor));

  return gdk_x11_display_get_xdisplay (display);
}

static gboolean
nothing_pending (gpointer data)
{
  return !g_main_context_pending (NULL);
}

/* Lets GTK handle every event the X server has sent back, however slowly (under the
 * sanitizers, a key typed may take longer than a fixed pause), then what those set off
 * (a popover mapping, a focus change). */
static void
handle_events (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  gdk_display_sync (display);
  g_assert_true (ff_ui_test_wait_until (nothing_pending, NULL, 10));
  ff_ui_test_spin (40);
  gdk_display_sync (display);
  g_assert_true (ff_ui_test_wait_until (nothing_pending, NULL, 10));
}

/* Presses @keyval with the key @modifier (XK_Alt_L …, or 0) held, and Shift when
 * @shift or when the keyboard gives @keyval only with it. */
static void
press_with (Display *display,
            guint    keyval,
            gboolean shift,
            KeySym   modifier)
{
  g_autofree GdkKeymapKey *keys = NULL;
  KeyCode shift_code = XKeysymToKeycode (display, XK_Shift_L);
  KeyCode modifier_code = modifier != 0 ? XKeysymToKeycode (display, modifier) : 0;
  int n_keys = 0;
  int key = -1;

  /* The key on the first group's keyboard, unshifted if it can be. */
  if (gdk_display_map_keyval (gdk_display_get_default (), keyval, &keys, &n_keys))
    for (int i = 0; i < n_keys; i++)
      if (keys[i].group == 0 && keys[i].level <= 1 &&
          (key < 0 || keys[i].level < keys[key].level))
        key = i;
  if (key < 0)
    g_error ("No key on the keyboard gives %s", gdk_keyval_name (keyval));

  shift = shift || keys[key].level == 1;
  if (modifier_code != 0)
    XTestFakeKeyEvent (display, modifier_code, True, CurrentTime);
  if (shift)
    XTestFakeKeyEvent (display, shift_code, True, CurrentTime);
  XTestFakeKeyEvent (display, keys[key].keycode, True, CurrentTime);
  XTestFakeKeyEvent (display, keys[key].keycode, False, CurrentTime);
  if (shift)
    XTestFakeKeyEvent (display, shift_code, False, CurrentTime);
  if (modifier_code != 0)
    XTestFakeKeyEvent (display, modifier_code, False, CurrentTime);
}

static void
press (Display *display,
       guint    keyval,
       gboolean shift)
{
  press_with (display, keyval, shift, 0);
}

void
ff_ui_test_press_keys (guint first_keyval,
                       ...)
{
  Display *display = x_display ();
  va_list args;

  va_start (args, first_keyval);
  for (guint keyval = first_keyval; keyval != 0; keyval = va_arg (args, guint))
    {
      press (display, keyval, FALSE);
      handle_events ();
    }
  va_end (args);
}

void
ff_ui_test_press_shifted (guint keyval)
{
  press (x_display (), keyval, TRUE);
  handle_events ();
}

void
ff_ui_test_press_with_alt (guint keyval)
{
  press_with (x_display (), keyval, FALSE, XK_Alt_L);
  handle_events ();
}

void
ff_ui_test_type (const char *text)
{
  Display *display = x_display ();

  g_return_if_fail (g_utf8_validate (text, -1, NULL));

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    press (display, gdk_unicode_to_keyval (g_utf8_get_char (c)), FALSE);
  handle_events ();
}

const char *
ff_ui_test_refusal (GtkWidget *field)
{
  FfFieldError *error = ff_field_error_get_for (field);
  GtkWidget *delegate = NULL;
  const char *message;

  if (GTK_IS_EDITABLE (field))
    delegate = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (field)));

  if (!gtk_widget_has_css_class (field, "error"))
    {
      g_assert_null (error);
      g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (field),
                                                     GTK_ACCESSIBLE_STATE_INVALID));
      if (delegate != NULL)
        g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (delegate),
                                                       GTK_ACCESSIBLE_STATE_INVALID));
      return NULL;
    }

  /* Shown whole right under the field, ... */
  g_assert_nonnull (error);
  g_assert_true (gtk_widget_get_next_sibling (field) == GTK_WIDGET (error));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  message = ff_field_error_get_message (error);
  g_assert_cmpuint (strlen (message), >, 5);

  /* ... and told to assistive technology: invalid, and why. (The state's value is not
   * checked: gtk_test_accessible_check_state () fails on any widget in GTK 4.8, and
   * only GTK_ACCESSIBLE_INVALID_TRUE is ever set.) */
  g_assert_true (gtk_test_accessible_has_state (GTK_ACCESSIBLE (field),
                                                GTK_ACCESSIBLE_STATE_INVALID));
  gtk_test_accessible_assert_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  if (delegate != NULL)
    {
      g_assert_true (gtk_test_accessible_has_state (GTK_ACCESSIBLE (delegate),
                                                    GTK_ACCESSIBLE_STATE_INVALID));
      gtk_test_accessible_assert_property (delegate, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           message);
    }

  return message;
}
