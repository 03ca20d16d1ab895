/* ff-participant-list-model-private.h — what the participants list model lets its tests see
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-participant-list-model.h"

G_BEGIN_DECLS

/* How many participants the model has loaded from the store since it was made. */
guint  ff_participant_list_model_get_n_loaded  (FfParticipantListModel *self);

G_END_DECLS
