/* ff-sample-page.h — what the window shows while it adds sample data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FF_TYPE_SAMPLE_PAGE (ff_sample_page_get_type ())
G_DECLARE_FINAL_TYPE (FfSamplePage, ff_sample_page, FF, SAMPLE_PAGE, AdwBin)

/* Progress, and a button for the window's win.cancel-sample-data. */
GtkWidget *ff_sample_page_new          (void);

/* @fraction: how much is done, from 0 to 1. */
void       ff_sample_page_set_fraction (FfSamplePage *self,
                                        double        fraction);

G_END_DECLS
