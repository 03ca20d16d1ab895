/* ff-mark-popover.c — what a mark of the attendance grid asks for: the minutes late or
 * gone early, why an absence is excused, a note; and why a mark was refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-course.h"
#include "ff-mark-popover.h"

struct _FfMarkPopover
{
  GtkPopover         parent_instance;

  FfMarkPopoverMode  mode;
  FfMarkKind         kind;

  GtkStack          *stack;
  GtkLabel          *minutes_label;
  GtkSpinButton     *minutes_spin;
  GtkLabel          *minutes_error;
  GtkListBox        *excuse_list;
  GtkEntry          *note_entry;
  GtkLabel          *note_error;
  GtkLabel          *refusal_label;
};

G_DEFINE_FINAL_TYPE (FfMarkPopover, ff_mark_popover, GTK_TYPE_POPOVER)

enum
{
  SIGNAL_ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
answer (FfMarkPopover *self)
{
  g_signal_emit (self, signals[SIGNAL_ANSWERED], 0);
}

static void
minutes_activate_cb (FfMarkPopover *self)
{
  gtk_spin_button_update (self->minutes_spin);
  answer (self);
}

static void
excuse_activated_cb (FfMarkPopover *self,
                     GtkListBoxRow *row)
{
  gtk_list_box_select_row (self->excuse_list, row);
  answer (self);
}

/* A digit chooses a reason at once; any key closes a refusal. */
static gboolean
key_pressed_cb (FfMarkPopover         *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (self->mode == FF_MARK_POPOVER_EXCUSE)
    {
      int digit = -1;

      if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
        digit = keyval - GDK_KEY_1;
      else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
        digit = keyval - GDK_KEY_KP_1;

      if (digit >= 0 && digit < FF_EXCUSE_N_KINDS)
        {
          excuse_activated_cb (self, gtk_list_box_get_row_at_index (self->excuse_list, digit));
          return TRUE;
        }
    }

  return FALSE;
}

static void
ff_mark_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FF_TYPE_MARK_POPOVER);

  G_OBJECT_CLASS (ff_mark_popover_parent_class)->dispose (object);
}

static void
ff_mark_popover_class_init (FfMarkPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_mark_popover_dispose;

  signals[SIGNAL_ANSWERED] =
    g_signal_new ("answered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-mark-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, stack);
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, minutes_label);
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, minutes_error);
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, excuse_list);
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, note_error);
  gtk_widget_class_bind_template_child (widget_class, FfMarkPopover, refusal_label);
}

static void
ff_mark_popover_init (FfMarkPopover *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < FF_EXCUSE_N_KINDS; i++)
    {
      /* Translators: a reason an absence is excused, with the digit that chooses it,
       * "3  Sick child" */
      g_autofree char *text = g_strdup_printf (_("%u  %s"), i + 1,
                                               ff_choice_list_label (&ff_excuses, i));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 8);
      gtk_widget_set_margin_end (label, 8);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (self->excuse_list, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      ff_choice_list_label (&ff_excuses, i), -1);
    }

  /* GtkSpinButton says it is activated only through its text (GTK 4.8). */
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (self->minutes_spin)),
                           "activate", G_CALLBACK (minutes_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->excuse_list, "row-activated",
                           G_CALLBACK (excuse_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "activate", G_CALLBACK (answer), self,
                           G_CONNECT_SWAPPED);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
ff_mark_popover_new (void)
{
  return g_object_new (FF_TYPE_MARK_POPOVER, NULL);
}

static void
ask (FfMarkPopover     *self,
     FfMarkPopoverMode  mode,
     const char        *page,
     GtkWidget         *focus)
{
  self->mode = mode;
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_popover_set_autohide (GTK_POPOVER (self), mode != FF_MARK_POPOVER_REFUSAL);
  gtk_widget_set_can_focus (GTK_WIDGET (self), mode != FF_MARK_POPOVER_REFUSAL);
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->note_error), FALSE);
  gtk_popover_popup (GTK_POPOVER (self));
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

void
ff_mark_popover_ask_minutes (FfMarkPopover *self,
                             FfMarkKind     kind,
                             guint          minutes)
{
  g_return_if_fail (FF_IS_MARK_POPOVER (self));

  self->kind = kind;
  gtk_label_set_text_with_mnemonic (self->minutes_label,
                                    kind == FF_MARK_LATE ? _("_Minutes late")
                                                         : _("_Minutes before the end"));
  gtk_spin_button_set_value (self->minutes_spin, minutes > 0 ? minutes : 10);
  ask (self, FF_MARK_POPOVER_MINUTES, "minutes", GTK_WIDGET (self->minutes_spin));
}

void
ff_mark_popover_ask_excuse (FfMarkPopover *self,
                            FfExcuse       excuse)
{
  GtkListBoxRow *row;

  g_return_if_fail (FF_IS_MARK_POPOVER (self));

  self->kind = FF_MARK_EXCUSED;
  row = gtk_list_box_get_row_at_index (self->excuse_list, excuse < FF_EXCUSE_N_KINDS ? excuse : 0);
  gtk_list_box_select_row (self->excuse_list, row);
  ask (self, FF_MARK_POPOVER_EXCUSE, "excuse", GTK_WIDGET (row));
}

void
ff_mark_popover_ask_note (FfMarkPopover *self,
                          const char    *note)
{
  g_return_if_fail (FF_IS_MARK_POPOVER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note != NULL ? note : "");
  ask (self, FF_MARK_POPOVER_NOTE, "note", GTK_WIDGET (self->note_entry));
}

void
ff_mark_popover_show_error (FfMarkPopover *self,
                            const char    *message)
{
  GtkLabel *label;

  g_return_if_fail (FF_IS_MARK_POPOVER (self));

  label = self->mode == FF_MARK_POPOVER_NOTE ? self->note_error : self->minutes_error;
  if (self->mode == FF_MARK_POPOVER_EXCUSE)
    {
      ff_mark_popover_show_refusal (self, message);
      return;
    }
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mode == FF_MARK_POPOVER_NOTE
                                                  ? GTK_WIDGET (self->note_entry)
                                                  : GTK_WIDGET (self->minutes_spin)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

void
ff_mark_popover_show_refusal (FfMarkPopover *self,
                              const char    *message)
{
  g_return_if_fail (FF_IS_MARK_POPOVER (self));

  gtk_label_set_text (self->refusal_label, message);
  ask (self, FF_MARK_POPOVER_REFUSAL, "refusal", NULL);
}

FfMarkPopoverMode
ff_mark_popover_get_mode (FfMarkPopover *self)
{
  return self->mode;
}

FfMarkKind
ff_mark_popover_get_kind (FfMarkPopover *self)
{
  return self->kind;
}

guint
ff_mark_popover_get_minutes (FfMarkPopover *self)
{
  return gtk_spin_button_get_value_as_int (self->minutes_spin);
}

FfExcuse
ff_mark_popover_get_excuse (FfMarkPopover *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->excuse_list);

  return row != NULL ? (FfExcuse) gtk_list_box_row_get_index (row) : FF_EXCUSE_OTHER;
}

const char *
ff_mark_popover_get_note (FfMarkPopover *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
}

const char *
ff_mark_popover_get_message (FfMarkPopover *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return "";
  switch (self->mode)
    {
    case FF_MARK_POPOVER_REFUSAL:
      return gtk_label_get_text (self->refusal_label);
    case FF_MARK_POPOVER_MINUTES:
      return gtk_widget_get_visible (GTK_WIDGET (self->minutes_error))
             ? gtk_label_get_text (self->minutes_error) : "";
    case FF_MARK_POPOVER_NOTE:
      return gtk_widget_get_visible (GTK_WIDGET (self->note_error))
             ? gtk_label_get_text (self->note_error) : "";
    case FF_MARK_POPOVER_EXCUSE:
    default:
      return "";
    }
}
