/* ff-business-feedback-group.h — dated comments on a business plan by its reviewers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_FEEDBACK_GROUP (ff_business_feedback_group_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessFeedbackGroup, ff_business_feedback_group, FF,
                      BUSINESS_FEEDBACK_GROUP, AdwPreferencesGroup)

void         ff_business_feedback_group_set_plan (FfBusinessFeedbackGroup *self,
                                                  FfStore                 *store,
                                                  gint64                   plan_id);
void         ff_business_feedback_group_reload   (FfBusinessFeedbackGroup *self);

/* For tests: the form's fields, and how many comments are shown. */
GtkWidget   *ff_business_feedback_group_get_author_row (FfBusinessFeedbackGroup *self);
GtkWidget   *ff_business_feedback_group_get_text_row   (FfBusinessFeedbackGroup *self);
guint        ff_business_feedback_group_get_n_comments (FfBusinessFeedbackGroup *self);

G_END_DECLS
