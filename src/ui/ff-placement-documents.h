/* ff-placement-documents.h — printing a placement's agreement and a participant's
 * follow-up history, and exporting them as PDF
 *
 * Each prints or exports what the store holds when it is called, in the language of the
 * interface (Bokmål when documents cannot be printed in it) and, when @bilingual, with
 * a second language under each label: Bokmål, or the participant's own when the first
 * is Norwegian. The system print dialog and the file chooser are transient for
 * @parent; what goes wrong is said in a dialog, and an export says where it went in a
 * toast of @parent. Each print and export is recorded in the participant's audit log,
 * and refused when it cannot be (a file open read-only).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-store.h"

G_BEGIN_DECLS

/* The three-party agreement of placement @placement_id. */
void      ff_placement_documents_print_agreement          (GtkWindow    *parent,
                                                           FfStore      *store,
                                                           gint64        placement_id,
                                                           gboolean      bilingual);
void      ff_placement_documents_export_agreement         (GtkWindow    *parent,
                                                           FfStore      *store,
                                                           gint64        placement_id,
                                                           gboolean      bilingual);
/* What the export writes once its file is chosen: the agreement as PDF at @path. */
gboolean  ff_placement_documents_export_agreement_to_path (GtkWindow    *parent,
                                                           FfStore      *store,
                                                           gint64        placement_id,
                                                           gboolean      bilingual,
                                                           const char   *path,
                                                           GError      **error);

/* The follow-up conversations of participant @participant_id from @from to @to
 * (YYYY-MM-DD, both included; NULL for no bound), with the actions agreed in them. */
void      ff_placement_documents_print_follow_ups          (GtkWindow    *parent,
                                                            FfStore      *store,
                                                            gint64        participant_id,
                                                            const char   *from,
                                                            const char   *to,
                                                            gboolean      bilingual);
void      ff_placement_documents_export_follow_ups         (GtkWindow    *parent,
                                                            FfStore      *store,
                                                            gint64        participant_id,
                                                            const char   *from,
                                                            const char   *to,
                                                            gboolean      bilingual);
gboolean  ff_placement_documents_export_follow_ups_to_path (GtkWindow    *parent,
                                                            FfStore      *store,
                                                            gint64        participant_id,
                                                            const char   *from,
                                                            const char   *to,
                                                            gboolean      bilingual,
                                                            const char   *path,
                                                            GError      **error);

G_END_DECLS
