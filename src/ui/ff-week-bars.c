/* ff-week-bars.c — a participant's applications in the last weeks, one bar a week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-week-bars.h"

/* The room the bars themselves take, besides the lines of text over and under them. */
#define BARS_HEIGHT 56
#define MIN_SLOT_WIDTH 16
#define NATURAL_SLOT_WIDTH 40
#define MAX_BAR_WIDTH 28
#define DASH 4
#define DASH_GAP 3

struct _FfWeekBars
{
  GtkWidget  parent_instance;

  GArray    *weeks;   /* FfJobWeek, oldest first */
};

G_DEFINE_FINAL_TYPE (FfWeekBars, ff_week_bars, GTK_TYPE_WIDGET)

static PangoLayout *
small_layout (GtkWidget  *widget,
              const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static int
text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = small_layout (widget, "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static const FfJobWeek *
week_at (FfWeekBars *self,
         guint       index)
{
  return &g_array_index (self->weeks, FfJobWeek, index);
}

static void
update_description (FfWeekBars *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->weeks->len; i++)
    g_ptr_array_add (parts, ff_week_bars_describe_week (self, i));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between weeks read out in a row, "Week 46: 3 of 3, Week
   * 47: 1 of 3" */
  description = g_strjoinv (C_("weeks", ", "), (char **) parts->pdata);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           float          center_x,
           float          y,
           const GdkRGBA *color)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (center_x - width / 2.0f, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The target across a week's slot, dashed so that it reads as a line apart from the
 * bars, whatever the colours. */
static void
draw_target (GtkSnapshot   *snapshot,
             float          x,
             float          width,
             float          y,
             const GdkRGBA *color)
{
  for (float dx = 0; dx < width; dx += DASH + DASH_GAP)
    gtk_snapshot_append_color (snapshot, color,
                               &GRAPHENE_RECT_INIT (x + dx, y - 1, MIN (DASH, width - dx), 2));
}

static void
ff_week_bars_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  FfWeekBars *self = FF_WEEK_BARS (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int line = text_height (widget);
  float top = line + 2;
  float bottom = height - line - 4;
  float chart = bottom - top;
  float slot;
  float bar_width;
  guint max = 1;
  GdkRGBA fg, accent, dim, faint;

  if (self->weeks->len == 0 || chart <= 0)
    return;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    accent = fg;
  dim = fg;
  dim.alpha *= 0.7f;
  faint = fg;
  faint.alpha *= 0.15f;

  for (guint i = 0; i < self->weeks->len; i++)
    max = MAX (max, MAX (week_at (self, i)->count, week_at (self, i)->target));

  slot = (float) width / self->weeks->len;
  bar_width = MIN (slot * 0.6f, MAX_BAR_WIDTH);

  /* The baseline the bars stand on. */
  gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (0, bottom, width, 1));

  for (guint i = 0; i < self->weeks->len; i++)
    {
      const FfJobWeek *week = week_at (self, i);
      gboolean under = week->target > 0 && week->count < week->target;
      float center = slot * i + slot / 2;
      float bar_height = chart * week->count / max;
      g_autofree char *count = g_strdup_printf ("%u", week->count);
      g_autofree char *number = g_strdup_printf ("%d", week->iso_week);
      g_autoptr(PangoLayout) count_layout = small_layout (widget, count);
      g_autoptr(PangoLayout) number_layout = small_layout (widget, number);

      if (under)
        {
          /* Hollow: an outline, at least a stub for a week with none. */
          GskRoundedRect outline;
          float outline_height = MAX (bar_height, 4);
          const float widths[4] = { 2, 2, 2, 2 };
          const GdkRGBA colors[4] = { fg, fg, fg, fg };

          gsk_rounded_rect_init_from_rect (&outline,
                                           &GRAPHENE_RECT_INIT (center - bar_width / 2,
                                                                bottom - outline_height,
                                                                bar_width, outline_height),
                                           0);
          gtk_snapshot_append_color (snapshot, &faint, &outline.bounds);
          gtk_snapshot_append_border (snapshot, &outline, widths, colors);
          bar_height = outline_height;
        }
      else if (bar_height > 0)
        {
          gtk_snapshot_append_color (snapshot, &accent,
                                     &GRAPHENE_RECT_INIT (center - bar_width / 2,
                                                          bottom - bar_height,
                                                          bar_width, bar_height));
        }

      if (week->target > 0)
        draw_target (snapshot, slot * i + 2, slot - 4, bottom - chart * week->target / max,
                     &fg);

      draw_text (snapshot, count_layout, center, bottom - bar_height - line - 1, &fg);
      draw_text (snapshot, number_layout, center, bottom + 3, &dim);
    }
}

static void
ff_week_bars_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  FfWeekBars *self = FF_WEEK_BARS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_SLOT_WIDTH * MAX (self->weeks->len, 1);
      *natural = NATURAL_SLOT_WIDTH * MAX (self->weeks->len, 1);
    }
  else
    {
      *minimum = *natural = BARS_HEIGHT + 2 * text_height (widget) + 6;
    }
}

static gboolean
ff_week_bars_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard_tooltip,
                            GtkTooltip *tooltip)
{
  FfWeekBars *self = FF_WEEK_BARS (widget);
  int width = gtk_widget_get_width (widget);
  g_autofree char *text = NULL;
  guint index;

  if (keyboard_tooltip || self->weeks->len == 0 || width <= 0 || x < 0)
    return FALSE;

  index = MIN ((guint) (x * (int) self->weeks->len / width), self->weeks->len - 1);
  text = ff_week_bars_describe_week (self, index);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
ff_week_bars_finalize (GObject *object)
{
  FfWeekBars *self = FF_WEEK_BARS (object);

  g_clear_pointer (&self->weeks, g_array_unref);

  G_OBJECT_CLASS (ff_week_bars_parent_class)->finalize (object);
}

static void
ff_week_bars_class_init (FfWeekBarsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ff_week_bars_finalize;

  widget_class->snapshot = ff_week_bars_snapshot;
  widget_class->measure = ff_week_bars_measure;
  widget_class->query_tooltip = ff_week_bars_query_tooltip;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-week-bars.ui");
  gtk_widget_class_set_css_name (widget_class, "weekbars");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ff_week_bars_init (FfWeekBars *self)
{
  self->weeks = g_array_new (FALSE, FALSE, sizeof (FfJobWeek));

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_week_bars_new (void)
{
  return g_object_new (FF_TYPE_WEEK_BARS, NULL);
}

void
ff_week_bars_set_weeks (FfWeekBars *self,
                        GArray     *weeks)
{
  guint n = weeks != NULL ? weeks->len : 0;

  g_return_if_fail (FF_IS_WEEK_BARS (self));

  if (n == self->weeks->len &&
      (n == 0 || memcmp (weeks->data, self->weeks->data, n * sizeof (FfJobWeek)) == 0))
    return;

  g_array_set_size (self->weeks, 0);
  if (n > 0)
    g_array_append_vals (self->weeks, weeks->data, n);

  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
ff_week_bars_get_n_weeks (FfWeekBars *self)
{
  g_return_val_if_fail (FF_IS_WEEK_BARS (self), 0);

  return self->weeks->len;
}

char *
ff_week_bars_describe_week (FfWeekBars *self,
                            guint       index)
{
  const FfJobWeek *week;

  g_return_val_if_fail (FF_IS_WEEK_BARS (self), NULL);
  g_return_val_if_fail (index < self->weeks->len, NULL);

  week = week_at (self, index);
  if (week->target > 0)
    /* Translators: one week's applications against its target: the ISO week number,
     * how many were made and how many the target asks for, "Week 47: 2 of 3" */
    return g_strdup_printf (_("Week %d: %u of %u"), week->iso_week, week->count,
                            week->target);

  /* Translators: one week's applications, with no target: the ISO week number and how
   * many were made, "Week 47: 2" */
  return g_strdup_printf (_("Week %d: %u"), week->iso_week, week->count);
}
