/* ff-record-section.h — a section of the window for one kind of record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-record-page.h"

G_BEGIN_DECLS

#define FF_TYPE_RECORD_SECTION (ff_record_section_get_type ())
G_DECLARE_FINAL_TYPE (FfRecordSection, ff_record_section, FF, RECORD_SECTION, GtkWidget)

/* The list of the records of one kind, searched as one types, with the kind's own
 * filters and, for an archivable kind, archived ones shown when asked; and the open
 * record on a page of type @page_type (an FfRecordPage subclass, whose class says
 * what the section calls things and how it lists them). A new record is asked for
 * in a dialog; the open one can be archived, and deleted with Undo.
 *
 * Properties: "sidebar-folded" (the window's sections are folded away), "archived"
 * (the open record is; setting it archives or restores it). */
GtkWidget     *ff_record_section_new         (GType             page_type);

/* Once. */
void           ff_record_section_set_store   (FfRecordSection  *self,
                                              FfStore          *store);

/* Asks for a new record, and opens it once made. */
void           ff_record_section_new_record  (FfRecordSection  *self);

/* Shows record @id, and selects it in the list, clearing the search and filters if
 * they hide it, and showing archived records if it is one. */
void           ff_record_section_open        (FfRecordSection  *self,
                                              gint64            id);

/* Shows the list, and puts the focus in its search entry. */
void           ff_record_section_focus_search (FfRecordSection *self);

/* Writes what is pending on the open record's page. */
gboolean       ff_record_section_flush       (FfRecordSection  *self);

FfRecordPage  *ff_record_section_get_page    (FfRecordSection  *self);
GtkWidget     *ff_record_section_get_search_entry (FfRecordSection *self);
GListModel    *ff_record_section_get_model   (FfRecordSection  *self);

G_END_DECLS
