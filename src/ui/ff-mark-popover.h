/* ff-mark-popover.h — what a mark of the attendance grid asks for: the minutes late or
 * gone early, why an absence is excused, a note; and why a mark was refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-attendance.h"

G_BEGIN_DECLS

#define FF_TYPE_MARK_POPOVER (ff_mark_popover_get_type ())
G_DECLARE_FINAL_TYPE (FfMarkPopover, ff_mark_popover, FF, MARK_POPOVER, GtkPopover)

typedef enum
{
  FF_MARK_POPOVER_MINUTES,
  FF_MARK_POPOVER_EXCUSE,
  FF_MARK_POPOVER_NOTE,
  FF_MARK_POPOVER_REFUSAL,
} FfMarkPopoverMode;

GtkWidget   *ff_mark_popover_new            (void);

/* Asks, with the keyboard in it, how many minutes late (@kind FF_MARK_LATE) or before
 * the end (FF_MARK_LEFT_EARLY), starting from @minutes (0: a guess). */
void         ff_mark_popover_ask_minutes    (FfMarkPopover  *self,
                                             FfMarkKind      kind,
                                             guint           minutes);
/* Asks why an absence is excused, @excuse chosen first. */
void         ff_mark_popover_ask_excuse     (FfMarkPopover  *self,
                                             FfExcuse        excuse);
/* Asks for the note, @note (may be NULL) in it first. */
void         ff_mark_popover_ask_note       (FfMarkPopover  *self,
                                             const char     *note);
/* Shows why what was asked is refused, and asks again. */
void         ff_mark_popover_show_error     (FfMarkPopover  *self,
                                             const char     *message);
/* Shows why a mark was refused, without taking the keyboard: the next key closes it. */
void         ff_mark_popover_show_refusal   (FfMarkPopover  *self,
                                             const char     *message);

FfMarkPopoverMode ff_mark_popover_get_mode  (FfMarkPopover  *self);
FfMarkKind   ff_mark_popover_get_kind       (FfMarkPopover  *self);
guint        ff_mark_popover_get_minutes    (FfMarkPopover  *self);
FfExcuse     ff_mark_popover_get_excuse     (FfMarkPopover  *self);
const char  *ff_mark_popover_get_note       (FfMarkPopover  *self);
/* The message shown ("" for none). */
const char  *ff_mark_popover_get_message    (FfMarkPopover  *self);

/* Signal "answered": what was asked for is given (read it with the getters). */

G_END_DECLS
