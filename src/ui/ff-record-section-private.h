/* ff-record-section-private.h — what a section of the window (ff-record-section.c)
 * shares with its actions on the open record (ff-record-section-actions.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record-section.h"

G_BEGIN_DECLS

struct _FfRecordSection
{
  GtkWidget            parent_instance;

  GType                page_type;
  FfRecordPageClass   *page_class;
  FfStore             *store;
  FfRecordPage        *page;          /* made when first needed */
  FfRecordListModel   *model;
  GtkSingleSelection  *selection;
  guint                all_rows_id;   /* the rows beyond the first, after a frame */
  gboolean             sidebar_folded;
  /* While the list reloads, the selection comes and goes: the open record stays. */
  gboolean             reloading;

  /* template children */
  AdwLeaflet          *leaflet;
  GtkWidget           *list_pane;
  GtkWidget           *detail_pane;
  GtkWidget           *new_button;
  AdwWindowTitle      *list_title;
  GtkSearchEntry      *search_entry;
  AdwBin              *filters_bin;
  GtkCheckButton      *archived_check;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  AdwStatusPage       *empty_page;
  GtkWidget           *back_button;
  AdwWindowTitle      *record_title;
  GtkWidget           *menu_button;
  GMenu               *record_menu;
  GtkStack            *detail_stack;
  AdwStatusPage       *none_page;
  AdwBin              *page_bin;
};

static inline const FfRecordType *
ff_record_section_record_type (FfRecordSection *self)
{
  return self->page_class->record_type;
}

static inline gboolean
ff_record_section_archivable (FfRecordSection *self)
{
  return (ff_record_section_record_type (self)->flags & FF_RECORD_ARCHIVABLE) != 0;
}

/* The record open on the right, or 0. */
static inline gint64
ff_record_section_open_id (FfRecordSection *self)
{
  return self->page != NULL ? ff_record_page_get_record_id (self->page) : 0;
}

static inline FfRecord *
ff_record_section_open_record (FfRecordSection *self)
{
  return self->page != NULL ? ff_record_page_get_record (self->page) : NULL;
}

/* Shows record @id (0: none) on the right, and on a narrow window goes there. */
void      ff_record_section_show_id      (FfRecordSection *self,
                                          gint64           id);

/* ff-record-section-actions.c: whether the open record is archived ("archived"), and
 * the actions section.archived, section.delete and section.undo-delete. */
gboolean  ff_record_section_get_archived (FfRecordSection *self);
void      ff_record_section_set_archived (FfRecordSection *self,
                                          gboolean         archived);
void      ff_record_section_class_add_record_actions (GtkWidgetClass *widget_class);

G_END_DECLS
