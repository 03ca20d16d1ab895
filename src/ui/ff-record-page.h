/* ff-record-page.h — one record on a page of rows that save as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-record.h"
#include "ff-record-list-model.h"

G_BEGIN_DECLS

#define FF_TYPE_RECORD_PAGE (ff_record_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (FfRecordPage, ff_record_page, FF, RECORD_PAGE, AdwPreferencesPage)

/* The page of one kind of record is a subclass with a template of its own, whose rows
 * name the fields they edit (the widget's "name" is the field's key): they are bound
 * to the shown record, and save themselves. The class also says what the section of
 * the window that lists such records calls things (msgids, translated when shown). */
struct _FfRecordPageClass
{
  AdwPreferencesPageClass  parent_class;

  const FfRecordType      *record_type;
  /* Kinds besides its own (1 << FfRecordKind) whose changes make the page read its
   * record again. */
  guint                    follows;

  const char              *title;               /* "Employers" */
  const char              *icon_name;
  const char              *new_title;           /* "New Employer": button and dialog */
  const char              *new_description;     /* what the dialog says */
  const char              *new_accept;          /* its button (NULL: "Create") */
  const char              *search_placeholder;  /* "Search employers" */
  const char              *empty_title;         /* "No Employers" */
  const char              *empty_description;
  const char              *not_found_title;     /* NULL: "Nothing Found" */
  const char              *none_title;          /* "No Employer Selected" */
  const char              *none_description;
  /* The fields the dialog of a new record asks for, required ones among them. */
  const guint             *new_fields;
  guint                    n_new_fields;

  /* Asks in the dialog of a new record (an FfNewRecordDialog) for what new_fields
   * cannot: a field naming another record (ff_new_record_dialog_add_reference ()).
   * NULL: nothing more. */
  void               (*add_new_fields) (FfRecordPage  *self,
                                        GtkWidget     *dialog);

  /* What the section lists, and how; each may be NULL: every record of the kind that
   * the search finds, in rows of title and subtitle, with no filters besides. */
  FfRecordListModel  *(*new_list_model)  (FfStore            *store);
  GtkListItemFactory *(*new_row_factory) (void);
  GtkWidget          *(*new_filters)     (FfRecordListModel  *model);
  /* Loads the record to show (by default ff_record_load ()). */
  FfRecord *(*load)         (FfRecordPage  *self,
                             gint64         id,
                             GError       **error);
  /* Shows what the page says of @record besides its fields (NULL: none shown). */
  void      (*show_record)  (FfRecordPage  *self,
                             FfRecord      *record);
  /* Writes what is pending in what the page shows besides its fields, with binders of
   * their own (a participant's job-seeker log); FALSE when a value stays refused.
   * NULL: nothing besides. */
  gboolean  (*flush)        (FfRecordPage  *self);
  /* Before @record is deleted: whether to ask first, and then what (@heading and @body,
   * newly allocated; the answers are Cancel and Delete). NULL: deleted at once. */
  gboolean  (*delete_question) (FfRecordPage  *self,
                                FfRecord      *record,
                                char         **heading,
                                char         **body);
};

FfStore     *ff_record_page_get_store      (FfRecordPage  *self);
/* Once, before a record is shown. */
void         ff_record_page_set_store      (FfRecordPage  *self,
                                            FfStore       *store);

/* The record shown, 0 for none. Showing another first writes what is pending. */
gint64       ff_record_page_get_record_id  (FfRecordPage  *self);
void         ff_record_page_set_record_id  (FfRecordPage  *self,
                                            gint64         id);
/* As last read from the store, or NULL. Signal "shown": the page shows another record,
 * or the same one read again. */
FfRecord    *ff_record_page_get_record     (FfRecordPage  *self);

/* Reads the record again and shows what changed where no one is typing. */
void         ff_record_page_reload         (FfRecordPage  *self);

/* Writes what is pending; FALSE when a value stays refused. */
gboolean     ff_record_page_flush          (FfRecordPage  *self);

FfAutosave  *ff_record_page_get_autosave   (FfRecordPage  *self);

/* Whether the rows of the record's fields are filled only when
 * ff_record_page_show_fields () is called, rather than whenever another record is
 * shown: for a page that shows them in a part of its own, not always in sight. Until
 * then they still show the record shown before; call it before they come into sight. */
void         ff_record_page_set_fields_later (FfRecordPage *self,
                                              gboolean      later);
/* Fills the rows of the fields with the record shown, when they do not show it yet. */
void         ff_record_page_show_fields    (FfRecordPage  *self);

/* A dialog, transient for the page's window, that asks for the fields a new record
 * of the page's kind needs (FfRecordPageClass's new_fields, by the titles of their
 * rows); its response "create" means ff_new_record_dialog_get_values () holds them. */
GtkWidget   *ff_record_page_new_dialog     (FfRecordPage  *self);

/* The row that edits @field, for tests. */
GtkWidget   *ff_record_page_get_field_widget (FfRecordPage *self,
                                              guint         field);

G_END_DECLS
