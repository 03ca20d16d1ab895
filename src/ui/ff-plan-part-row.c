/* ff-plan-part-row.c — one sub-goal, activity or review date of a plan, in its window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-plan-part-row.h"

struct _FfPlanPartRow
{
  AdwExpanderRow   parent_instance;

  FfAutosave      *autosave;
  FfPlanPartKind   kind;
  gint64           part_id;

  /* template children */
  GtkWidget       *remove_button;
};

G_DEFINE_FINAL_TYPE (FfPlanPartRow, ff_plan_part_row, ADW_TYPE_EXPANDER_ROW)

/* The stored value of @field of this part, or "". */
static const char *
value (FfPlanPartRow *self,
       FfPlanField    field)
{
  guint index;
  const FfRecordType *type = ff_plan_field_record_type (field, &index);
  const char *stored;

  ff_autosave_lookup (self->autosave, type, self->part_id, index, &stored, NULL);
  return stored;
}

/* @field of this part as people read it: a date as DD.MM.YYYY, hours with the
 * displayed language's decimals, a choice by its label. */
static char *
display (FfPlanPartRow *self,
         FfPlanField    field)
{
  guint index;
  const FfRecordType *type = ff_plan_field_record_type (field, &index);

  return ff_record_display (type, index, value (self, field), NULL);
}

/* "01.02.2026–30.06.2026", "from 01.02.2026", "until 30.06.2026" or "". */
static char *
format_period (const char *from,
               const char *until)
{
  if (*from != '\0' && *until != '\0')
    /* Translators: a period from one date to another */
    return g_strdup_printf (C_("period", "%s–%s"), from, until);
  if (*from != '\0')
    /* Translators: a period with a start only */
    return g_strdup_printf (C_("period", "from %s"), from);
  if (*until != '\0')
    /* Translators: a period with an end only */
    return g_strdup_printf (C_("period", "until %s"), until);

  return g_strdup ("");
}

void
ff_plan_part_row_update (FfPlanPartRow *self)
{
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (FF_IS_PLAN_PART_ROW (self));

  if (self->kind == FF_PLAN_PART_SUBGOAL)
    {
      const char *text = value (self, FF_PLAN_FIELD_SUBGOAL_TEXT);
      g_autofree char *date = display (self, FF_PLAN_FIELD_SUBGOAL_DATE);

      title = g_strdup (*text != '\0' ? text : _("New sub-goal"));
      if (*date != '\0')
        /* Translators: when a sub-goal is to be reached, "by 31.03.2026" */
        g_ptr_array_add (details, g_strdup_printf (_("by %s"), date));
    }
  else if (self->kind == FF_PLAN_PART_ACTIVITY)
    {
      g_autofree char *kind = display (self, FF_PLAN_FIELD_ACTIVITY_KIND);
      const char *description = value (self, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION);
      g_autofree char *hours = display (self, FF_PLAN_FIELD_ACTIVITY_HOURS);
      g_autofree char *start = display (self, FF_PLAN_FIELD_ACTIVITY_START);
      g_autofree char *end = display (self, FF_PLAN_FIELD_ACTIVITY_END);
      g_autofree char *period = format_period (start, end);

      if (*description != '\0')
        /* Translators: an activity's title: its kind and its description */
        title = g_strdup_printf (C_("activity", "%s — %s"), kind, description);
      else
        title = g_steal_pointer (&kind);

      if (*hours != '\0')
        /* Translators: hours per week of an activity, "7,5 h/week" */
        g_ptr_array_add (details, g_strdup_printf (_("%s h/week"), hours));
      if (*period != '\0')
        g_ptr_array_add (details, g_steal_pointer (&period));
      g_ptr_array_add (details, display (self, FF_PLAN_FIELD_ACTIVITY_STATUS));
    }
  else
    {
      g_autofree char *date = display (self, FF_PLAN_FIELD_REVIEW_DATE);
      const char *note = value (self, FF_PLAN_FIELD_REVIEW_NOTE);

      /* Translators: the title of a review without a valid date yet */
      title = *date != '\0' ? g_steal_pointer (&date) : g_strdup (_("Review"));
      if (*note != '\0')
        g_ptr_array_add (details, g_strdup (note));
      /* "Held" or "Not held yet" */
      g_ptr_array_add (details, display (self, FF_PLAN_FIELD_REVIEW_DONE));
    }

  g_ptr_array_add (details, NULL);
  /* Translators: the separator between the details of a plan's part */
  subtitle = g_strjoinv (C_("part details", " · "), (char **) details->pdata);

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (self)), subtitle) != 0)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

/* Whether @widget, or one inside it, is named after a field of @type. */
static gboolean
holds_field_of (GtkWidget          *widget,
                const FfRecordType *type)
{
  if (ff_record_type_find_field (type, gtk_widget_get_name (widget)) >= 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (holds_field_of (child, type))
        return TRUE;
    }

  return FALSE;
}

/* The template holds the rows of every kind: only those of this part's kind show (the
 * expander's own header, which edits no field, stays). */
static void
show_rows_of (GtkWidget          *widget,
              const FfRecordType *type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean field_row = FALSE;

      for (FfPlanPartKind kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
        field_row |= holds_field_of (child, &ff_plan_part_types[kind]);

      if (ADW_IS_PREFERENCES_ROW (child) && field_row)
        gtk_widget_set_visible (child, holds_field_of (child, type));
      else
        show_rows_of (child, type);
    }
}

static void
ff_plan_part_row_dispose (GObject *object)
{
  FfPlanPartRow *self = FF_PLAN_PART_ROW (object);

  g_clear_object (&self->autosave);

  G_OBJECT_CLASS (ff_plan_part_row_parent_class)->dispose (object);
}

static void
ff_plan_part_row_class_init (FfPlanPartRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_plan_part_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-plan-part-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfPlanPartRow, remove_button);
}

static void
ff_plan_part_row_init (FfPlanPartRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_plan_part_row_new (FfAutosave *autosave,
                      FfPlanPart *part)
{
  FfPlanPartRow *self;
  const FfRecordType *type;
  const char *remove_label;

  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_PLAN_PART (part), NULL);

  self = g_object_new (FF_TYPE_PLAN_PART_ROW, NULL);
  self->autosave = g_object_ref (autosave);
  self->kind = ff_plan_part_get_kind (part);
  self->part_id = ff_plan_part_get_id (part);
  type = &ff_plan_part_types[self->kind];

  switch (self->kind)
    {
    case FF_PLAN_PART_SUBGOAL:
      remove_label = _("Remove Sub-goal");
      break;
    case FF_PLAN_PART_ACTIVITY:
      remove_label = _("Remove Activity");
      break;
    case FF_PLAN_PART_REVIEW:
    default:
      remove_label = _("Remove Review Date");
      break;
    }
  gtk_widget_set_tooltip_text (self->remove_button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  /* The target first: the action takes one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "(ix)",
                                    (gint32) self->kind, self->part_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "plan.remove-part");

  show_rows_of (GTK_WIDGET (self), type);
  ff_autosave_bind_named (autosave, GTK_WIDGET (self), type, self->part_id);
  ff_autosave_load (autosave, type, FF_RECORD (part));
  ff_plan_part_row_update (self);

  return GTK_WIDGET (self);
}

FfPlanPartKind
ff_plan_part_row_get_kind (FfPlanPartRow *self)
{
  g_return_val_if_fail (FF_IS_PLAN_PART_ROW (self), FF_PLAN_PART_SUBGOAL);

  return self->kind;
}

gint64
ff_plan_part_row_get_part_id (FfPlanPartRow *self)
{
  g_return_val_if_fail (FF_IS_PLAN_PART_ROW (self), 0);

  return self->part_id;
}

GtkWidget *
ff_plan_part_row_get_first_field (FfPlanPartRow *self)
{
  const FfRecordType *type;

  g_return_val_if_fail (FF_IS_PLAN_PART_ROW (self), NULL);

  type = &ff_plan_part_types[self->kind];
  for (guint i = 0; i < type->n_fields; i++)
    {
      GtkWidget *widget = ff_autosave_lookup (self->autosave, type, self->part_id, i,
                                              NULL, NULL);

      /* A choice is made with the mouse or the arrow keys: begin with something to
       * type. */
      if (widget != NULL && !ADW_IS_COMBO_ROW (widget))
        return widget;
    }

  return NULL;
}
