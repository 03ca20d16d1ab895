/* ff-new-record-dialog.h — asks for what a new record needs before it is made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-record.h"

G_BEGIN_DECLS

#define FF_TYPE_NEW_RECORD_DIALOG (ff_new_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfNewRecordDialog, ff_new_record_dialog,
                      FF, NEW_RECORD_DIALOG, AdwMessageDialog)

/* A dialog with @heading and @body whose "create" response is enabled once every field
 * asked for holds a valid value (a required one a value at all). */
GtkWidget           *ff_new_record_dialog_new        (GtkWindow          *parent,
                                                      const FfRecordType *type,
                                                      const char         *heading,
                                                      const char         *body);

/* Asks for @field, labelled @title: an entry, or a drop-down of its choices. */
void                 ff_new_record_dialog_add_field  (FfNewRecordDialog  *self,
                                                      guint               field,
                                                      const char         *title);

/* Asks for @field, labelled @title, which names another record by its id: a drop-down
 * of @labels (NULL-terminated), the record of @ids[i] for @labels[i] (a course's
 * programme). */
void                 ff_new_record_dialog_add_reference (FfNewRecordDialog *self,
                                                      guint               field,
                                                      const char         *title,
                                                      const char * const *labels,
                                                      const gint64       *ids);

/* The values given, normalised, one per field of the type (NULL for fields not asked
 * for): what ff_record_insert () takes. */
const char * const  *ff_new_record_dialog_get_values (FfNewRecordDialog  *self);

G_END_DECLS
