/* ff-autosave-private.h — what the binder (ff-autosave.c) shares with the masking of
 * its fields (ff-autosave-mask.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-autosave.h"
#include "ff-edit-journal.h"

G_BEGIN_DECLS

#define BINDING_KEY "ff-autosave-binding"

/* One widget and the field it edits. */
typedef struct
{
  FfAutosave          *self;
  GtkWidget           *widget;        /* weak: NULL once it is finalized */
  GtkEventController  *focus;         /* watches the widget being left */
  const FfRecordType  *type;
  gint64               id;
  gboolean             main;          /* edits the record ff_autosave_set_id() names */
  guint                field;
  char                *stored;        /* the value as the store holds it */
  char                *base_title;    /* the row's title without an error message */
  char                *base_tooltip;  /* its tooltip (a format hint) without one */
  char                *error;         /* the message shown while the value is refused */
  char                *label;         /* what the journal calls the field, once asked */
  gboolean             dirty;         /* the widget holds a value not yet written */
  gint64               journaled;     /* the record whose field the journal holds for
                                       * this widget, or 0 */
  gboolean             masked;        /* the field is FF_FIELD_MASKED */
  gboolean             revealed;      /* its value is shown (ff-autosave-mask.c) */
  GtkWidget           *reveal;        /* the button that shows it, or NULL */
} Binding;

struct _FfAutosave
{
  GObject     parent_instance;

  FfStore    *store;
  /* Keeps what is typed until it is written. */
  FfEditJournal *journal;
  GPtrArray  *bindings;   /* Binding */
  guint       timeout_id;
  /* Set while the binder itself puts values into widgets, so that this is not taken
   * for typing. */
  guint       loading;
  gboolean    editable;
};

/* Puts @value, as stored, into the binding's widget in the form a user reads. */
void          ff_autosave_binding_show     (Binding     *binding,
                                            const char  *value);

/* ff-autosave-mask.c: a field flagged FF_FIELD_MASKED shows its value masked until
 * its row's Show button (a descendant named "reveal") is pressed, which the audit log
 * records; an empty one is typed into as any other. */

/* Sets up @binding of a masked field: finds its Show button. */
void          ff_autosave_mask_attach      (Binding     *binding);

/* Hides the value again (another record is shown). */
void          ff_autosave_mask_reset       (Binding     *binding);

/* What the widget shows of @display, the value as people read it: @display itself,
 * or newly allocated, its masked form. Makes the widget editable only when the
 * value is not hidden. */
char         *ff_autosave_mask_display     (Binding     *binding,
                                            char        *display);

/* The user typed into the field: what it holds is theirs to see. */
void          ff_autosave_mask_edited      (Binding     *binding);

/* Whether the binding's widget can be typed into now, or only read. */
void          ff_autosave_mask_set_editable (Binding    *binding,
                                             gboolean    editable);

G_END_DECLS
