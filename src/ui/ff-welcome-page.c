/* ff-welcome-page.c — what the window shows for a store with nothing in it yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-welcome-page.h"

struct _FfWelcomePage
{
  AdwBin         parent_instance;

  /* template children */
  GtkMenuButton *menu_button;
};

G_DEFINE_FINAL_TYPE (FfWelcomePage, ff_welcome_page, ADW_TYPE_BIN)

static void
ff_welcome_page_class_init (FfWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfWelcomePage, menu_button);
}

static void
ff_welcome_page_init (FfWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_welcome_page_new (GMenuModel *menu)
{
  FfWelcomePage *self;

  g_return_val_if_fail (menu == NULL || G_IS_MENU_MODEL (menu), NULL);

  self = g_object_new (FF_TYPE_WELCOME_PAGE, NULL);
  gtk_menu_button_set_menu_model (self->menu_button, menu);

  return GTK_WIDGET (self);
}
