/* ff-accessible.c — what a screen reader says for each widget, set right in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 gives a control with a mnemonic its label as the accessible name with the
 * underscore in it ("_Add", which a screen reader spells out), and names a widget that
 * nothing names after its type ("AdwLeaflet", "GtkImage"); later GTK versions do
 * neither. Rather than mend every widget of every dialog, one emission hook on
 * GtkWidget::map looks at each widget once, the first time it or an ancestor is shown,
 * with everything below it: the accessibility tree holds hidden parts too (stack pages
 * not shown, closed menus).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ff-accessible.h"

#define SEEN_KEY "ff-accessible-seen"

/* "_Add" → "Add", "C_reate" → "Create", "__" → "_": the text a person reads. */
static char *
strip_mnemonic (const char *text)
{
  GString *clean = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && *++p == '\0')
        break;
      g_string_append_c (clean, *p);
    }

  return g_string_free (clean, FALSE);
}

/* The text with its mnemonic underline that @object shows as its name, or NULL when
 * it has none. */
static const char *
mnemonic_text (GObject *object)
{
  if (GTK_IS_BUTTON (object))
    return gtk_button_get_use_underline (GTK_BUTTON (object))
             ? gtk_button_get_label (GTK_BUTTON (object)) : NULL;
  if (GTK_IS_CHECK_BUTTON (object))
    return gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (object))
             ? gtk_check_button_get_label (GTK_CHECK_BUTTON (object)) : NULL;
  if (GTK_IS_MENU_BUTTON (object))
    return gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (object))
             ? gtk_menu_button_get_label (GTK_MENU_BUTTON (object)) : NULL;
  if (ADW_IS_PREFERENCES_ROW (object))
    return adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (object))
             ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (object)) : NULL;
  /* A stack switcher shows a page's title with its mnemonic whatever the page's
   * use-underline says (GtkShortcutsSection's pages are "_1", "_2" …). */
  if (GTK_IS_STACK_PAGE (object))
    return gtk_stack_page_get_title (GTK_STACK_PAGE (object));

  return NULL;
}

/* Names @object by its text without the mnemonic's underscore. Called when it is
 * first seen and again after each change of its text, once GTK has set its own name.
 * A button is labelled by its label as well, which already reads without the
 * underscore ("_Add Add"): it loses the text with the underscore. */
static void
name_without_mnemonic (GObject *object)
{
  const char *text = mnemonic_text (object);
  g_autofree char *clean = NULL;

  if (text == NULL || strchr (text, '_') == NULL)
    return;

  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (object),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  clean = strip_mnemonic (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (object),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clean,
                                  -1);
}

static void
text_changed_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  name_without_mnemonic (object);
}

static void
follow_mnemonic (GObject *object)
{
  const char *property = ADW_IS_PREFERENCES_ROW (object) || GTK_IS_STACK_PAGE (object)
                         ? "title" : "label";
  g_autofree char *text_signal = g_strconcat ("notify::", property, NULL);

  g_signal_connect (object, text_signal, G_CALLBACK (text_changed_cb), NULL);
  g_signal_connect (object, "notify::use-underline", G_CALLBACK (text_changed_cb), NULL);
  name_without_mnemonic (object);
}

static gboolean
is_named (GtkAccessible *accessible)
{
  return gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* What GTK 4.8 names by its type when nothing names it: all but plain containers. */
static gboolean
named_by_type (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_FORM:
    case GTK_ACCESSIBLE_ROLE_GROUP:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_LANDMARK:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_REGION:
    case GTK_ACCESSIBLE_ROLE_SEARCH:
    case GTK_ACCESSIBLE_ROLE_SEPARATOR:
    case GTK_ACCESSIBLE_ROLE_PRESENTATION:
    case GTK_ACCESSIBLE_ROLE_NONE:
      return FALSE;

    default:
      return TRUE;
    }
}

/* What lays out or decorates, and so is better unnamed than named by its type. */
static gboolean
only_shows (GtkWidget         *widget,
            GtkAccessibleRole  role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_WIDGET:
    case GTK_ACCESSIBLE_ROLE_SCROLLBAR:
      return TRUE;

    /* A button's icon names the button when nothing else does: "" would leave the
     * button unnamed, and a trailing space after the name it has. */
    case GTK_ACCESSIBLE_ROLE_IMG:
      return !GTK_IS_BUTTON (gtk_widget_get_parent (widget));

    case GTK_ACCESSIBLE_ROLE_LABEL:
      return GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) == '\0';

    /* A text that cannot be edited is read as it is, like a label. */
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return GTK_IS_TEXT_VIEW (widget) && !gtk_text_view_get_editable (GTK_TEXT_VIEW (widget));

    default:
      return FALSE;
    }
}

static void
unname (GtkAccessible *accessible)
{
  gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
}

/* What a standard icon means on a button that says nothing else. */
static const char *
icon_meaning (const char *icon_name)
{
  static const struct
  {
    const char *icon_name;
    const char *meaning;
  } icons[] = {
    /* Translators: the name a screen reader says for a button that shows only
     * this icon; the same goes for the messages below */
    { "edit-find-symbolic", NC_("icon button", "Search") },
    { "go-previous-symbolic", NC_("icon button", "Back") },
    { "go-next-symbolic", NC_("icon button", "Forward") },
    { "window-close-symbolic", NC_("icon button", "Close") },
    { "list-add-symbolic", NC_("icon button", "Add") },
    { "user-trash-symbolic", NC_("icon button", "Delete") },
    { "open-menu-symbolic", NC_("icon button", "Main Menu") },
    { "view-more-symbolic", NC_("icon button", "More Actions") },
  };

  for (guint i = 0; icon_name != NULL && i < G_N_ELEMENTS (icons); i++)
    if (g_str_equal (icons[i].icon_name, icon_name))
      return g_dpgettext2 (GETTEXT_PACKAGE, "icon button", icons[i].meaning);

  return NULL;
}

/* A button that nothing names: one with an icon only is named by its tooltip or what
 * its icon means (GTK 4.8 would say "GtkImage"), one with a label of its own by the
 * label, and a menu button showing neither is at least a menu. No tooltip is made up:
 * a button of ours without one is a mistake for tests/e2e/test-accessibility.py to
 * find. Returns whether it now has a name. */
static gboolean
name_button (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  const char *icon_name = NULL;
  const char *name = NULL;
  GtkWidget *child;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;

  if (GTK_IS_MENU_BUTTON (widget))
    {
      if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
          gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
        return TRUE;
      icon_name = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
      name = gtk_widget_get_tooltip_text (widget);
      if (name == NULL)
        name = icon_meaning (icon_name);
      if (name == NULL && icon_name == NULL)
        /* Translators: the name a screen reader says for a menu button that shows
         * neither text nor icon */
        name = C_("icon button", "Menu");
    }
  else
    {
      icon_name = gtk_button_get_icon_name (GTK_BUTTON (widget));
      child = gtk_button_get_child (GTK_BUTTON (widget));
      if (icon_name == NULL && GTK_IS_LABEL (child) &&
          !gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        {
          gtk_accessible_update_relation (accessible,
                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY, child, NULL,
                                          -1);
          return TRUE;
        }
      if (icon_name == NULL)
        return FALSE;
      name = gtk_widget_get_tooltip_text (widget);
      if (name == NULL)
        name = icon_meaning (icon_name);
    }

  if (name == NULL)
    return FALSE;

  gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return TRUE;
}

/* What belongs to a preferences group or row takes its title. */
static void
title_changed_cb (GObject    *owner,
                  GParamSpec *pspec,
                  GtkWidget  *list)
{
  const char *title = ADW_IS_PREFERENCES_GROUP (owner)
                      ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (owner))
                      : adw_preferences_row_get_title (ADW_PREFERENCES_ROW (owner));
  g_autofree char *plain = NULL;

  if (ADW_IS_PREFERENCES_ROW (owner) &&
      adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (owner)))
    pango_parse_markup (title, -1, 0, NULL, &plain, NULL, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  plain != NULL ? plain : title != NULL ? title : "",
                                  -1);
}

/* The widget @widget belongs to, for a name: its drop-down, combo row, menu button,
 * expander row or preferences group, whichever is nearest; NULL when it is inside some
 * other row. */
static GtkWidget *
owner_of (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_DROP_DOWN (w) || GTK_IS_MENU_BUTTON (w) || ADW_IS_COMBO_ROW (w) ||
          ADW_IS_EXPANDER_ROW (w) || ADW_IS_PREFERENCES_GROUP (w))
        return w;
      if (GTK_IS_LIST_BOX_ROW (w))
        return NULL;
    }

  return NULL;
}

static void
name_unnamed (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (accessible);
  GtkWidget *owner;

  if (!named_by_type (role))
    return;
  if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) && name_button (widget))
    return;

  owner = owner_of (widget);

  /* libadwaita names a preferences group's list by the group's title; an untitled
   * group's list takes the group's own name, when it has one. */
  if (role == GTK_ACCESSIBLE_ROLE_LIST && ADW_IS_PREFERENCES_GROUP (owner))
    {
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (owner));

      if ((title == NULL || *title == '\0') &&
          gtk_test_accessible_has_property (GTK_ACCESSIBLE (owner),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          gtk_accessible_update_relation (accessible,
                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY, owner, NULL,
                                          -1);
          return;
        }
    }

  if (is_named (accessible))
    return;

  /* A search entry says what it searches in its placeholder text. */
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL && *placeholder != '\0')
        {
          gtk_accessible_update_property (accessible,
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder,
                                          -1);
          return;
        }
    }

  if (only_shows (widget, role))
    {
      unname (accessible);
      return;
    }

  /* What belongs to a drop-down or a menu button (its button, popup, list) is named by
   * it; what belongs to a row, and a group's list, by the title. */
  if (GTK_IS_DROP_DOWN (owner) || GTK_IS_MENU_BUTTON (owner))
    gtk_accessible_update_relation (accessible,
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, owner, NULL,
                                    -1);
  else if (ADW_IS_PREFERENCES_ROW (owner) ||
           (ADW_IS_PREFERENCES_GROUP (owner) && role == GTK_ACCESSIBLE_ROLE_LIST))
    {
      g_signal_connect_object (owner, "notify::title", G_CALLBACK (title_changed_cb),
                               widget, 0);
      title_changed_cb (G_OBJECT (owner), NULL, widget);
    }
}

/* A page of a stack that shows no switcher has no title: it only lays out. */
static void
name_stack_page (GtkWidget *child)
{
  GtkStackPage *page = gtk_stack_get_page (GTK_STACK (gtk_widget_get_parent (child)), child);

  if (page == NULL || g_object_get_data (G_OBJECT (page), SEEN_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (page), SEEN_KEY, GINT_TO_POINTER (TRUE));
  follow_mnemonic (G_OBJECT (page));
  if (gtk_stack_page_get_title (page) == NULL && !is_named (GTK_ACCESSIBLE (page)))
    unname (GTK_ACCESSIBLE (page));
}

static void
look_at (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (g_object_get_data (G_OBJECT (widget), SEEN_KEY) == NULL)
    {
      g_object_set_data (G_OBJECT (widget), SEEN_KEY, GINT_TO_POINTER (TRUE));

      if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
          GTK_IS_MENU_BUTTON (widget) || ADW_IS_PREFERENCES_ROW (widget))
        follow_mnemonic (G_OBJECT (widget));
      name_unnamed (widget);
    }

  if (GTK_IS_STACK (parent))
    name_stack_page (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    look_at (child);
}

static gboolean
mapped_cb (GSignalInvocationHint *hint,
           guint                  n_values,
           const GValue          *values,
           gpointer               user_data)
{
  look_at (GTK_WIDGET (g_value_get_object (&values[0])));

  return TRUE;
}

void
ff_accessible_init (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The class holds the signal, and g_signal_lookup () needs it made; the hook
       * and the class stay for the rest of the process. */
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                                  mapped_cb, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
