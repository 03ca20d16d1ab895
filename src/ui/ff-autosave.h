/* ff-autosave.h — fields that save themselves as they are typed
 *
 * One binder for every form. A widget is bound to one field of one record (AdwEntryRow,
 * AdwComboRow, GtkSwitch or GtkTextView; a date, hours or an organisation number in
 * an entry row is shown as people write it). What is typed is checked with the record
 * type's own checks and written through ff_record_set_field() half a second after
 * typing pauses, when the field is left, on Enter, and whenever the binder is flushed
 * (before a window closes, the page shows another record, the application quits or a
 * document is printed). A choice or a switch is written as soon as it is made. An
 * invalid value is marked on its widget with the message of the check, and not
 * written; so is a write that fails. Nothing else is needed to save. Until it is
 * written, what is typed is kept in the database's journal of unsaved edits
 * (ff-edit-journal.h), which a killed process leaves for the next start to offer back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-record.h"

G_BEGIN_DECLS

/* Typing pauses this long before what was typed is written. */
#define FF_AUTOSAVE_DELAY_MS 500

#define FF_TYPE_AUTOSAVE (ff_autosave_get_type ())
G_DECLARE_FINAL_TYPE (FfAutosave, ff_autosave, FF, AUTOSAVE, GObject)

FfAutosave  *ff_autosave_new            (FfStore             *store);

/* Binds @widget to @field of record @id of @type. With @id 0 the widget edits the
 * record of @type that ff_autosave_load() or ff_autosave_set_id() names. A combo
 * row gets the field's choices as its model. */
void         ff_autosave_bind           (FfAutosave          *self,
                                         GtkWidget           *widget,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         guint                field);

/* Binds every descendant of @root whose widget name (the "name" property in the .ui)
 * is the key of a field of @type, as ff_autosave_bind() with @id; returns how many. */
guint        ff_autosave_bind_named     (FfAutosave          *self,
                                         GtkWidget           *root,
                                         const FfRecordType  *type,
                                         gint64               id);

/* Writes what is pending in the bindings of record @id of @type, then forgets them
 * (the widgets of a part that goes away). */
void         ff_autosave_unbind         (FfAutosave          *self,
                                         const FfRecordType  *type,
                                         gint64               id);

/* Names the record the id-0 bindings of @type edit (0: none; they write nothing). */
void         ff_autosave_set_id         (FfAutosave          *self,
                                         const FfRecordType  *type,
                                         gint64               id);

/* Shows @record afresh in the bindings of its record, and in the id-0 bindings of
 * @type, which then edit it: every bound field holds its stored value, valid, with
 * nothing pending. NULL empties the id-0 bindings. */
void         ff_autosave_load           (FfAutosave          *self,
                                         const FfRecordType  *type,
                                         FfRecord            *record);

/* Shows @value as the stored value of the field @widget edits, valid, with nothing
 * pending. */
void         ff_autosave_reset          (FfAutosave          *self,
                                         GtkWidget           *widget,
                                         const char          *value);

/* After a change made elsewhere: shows @record's values in the fields of its type that
 * nobody is editing (not pending, not focused). */
void         ff_autosave_refresh        (FfAutosave          *self,
                                         FfRecord            *record);

/* Writes every pending value now. FALSE when one could not be written (it stays
 * marked). */
gboolean     ff_autosave_flush          (FfAutosave          *self);

/* Flushes every binder of the application (before it quits). */
void         ff_autosave_flush_all      (void);

/* A signed plan is read, not edited: its widgets are insensitive and write nothing.
 * A binder of a store opened read-only is never editable. */
void         ff_autosave_set_editable   (FfAutosave          *self,
                                         gboolean             editable);

/* The widget bound to @field of record @id (0: the id-0 binding) of @type, or NULL;
 * and, when asked for, the value the store holds for it, as last read or written
 * ("" when unbound), and the title of its row without any error message (NULL when
 * unbound). */
GtkWidget   *ff_autosave_lookup         (FfAutosave          *self,
                                         const FfRecordType  *type,
                                         gint64               id,
                                         guint                field,
                                         const char         **stored,
                                         const char         **title);

/* Signals:
 *   saved (FfAutosave *, gpointer type, gint64 id, guint field): a value was written. */

G_END_DECLS
