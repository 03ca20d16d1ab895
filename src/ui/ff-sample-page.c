/* ff-sample-page.c — what the window shows while it adds sample data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-sample-page.h"

struct _FfSamplePage
{
  AdwBin          parent_instance;

  /* template children */
  GtkProgressBar *progress;
};

G_DEFINE_FINAL_TYPE (FfSamplePage, ff_sample_page, ADW_TYPE_BIN)

static void
ff_sample_page_class_init (FfSamplePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-sample-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfSamplePage, progress);
}

static void
ff_sample_page_init (FfSamplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_sample_page_new (void)
{
  return g_object_new (FF_TYPE_SAMPLE_PAGE, NULL);
}

void
ff_sample_page_set_fraction (FfSamplePage *self,
                             double        fraction)
{
  g_return_if_fail (FF_IS_SAMPLE_PAGE (self));

  gtk_progress_bar_set_fraction (self->progress, fraction);
}
