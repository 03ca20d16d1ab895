/* ff-participant-filters.h — the filters of the participants list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-participant-list-model.h"

G_BEGIN_DECLS

#define FF_TYPE_PARTICIPANT_FILTERS (ff_participant_filters_get_type ())
G_DECLARE_FINAL_TYPE (FfParticipantFilters, ff_participant_filters, FF, PARTICIPANT_FILTERS,
                      GtkWidget)

/* Programme, status, sort order and "only reviews due this week" for @model, set back
 * when the model's filters are cleared. */
GtkWidget *ff_participant_filters_new (FfParticipantListModel *model);

G_END_DECLS
