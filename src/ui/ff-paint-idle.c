/* ff-paint-idle.c — work left until a window has drawn its next frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-paint-idle.h"

typedef struct
{
  GSource        source;
  GtkWidget     *widget;      /* weak; NULL once the wait is over */
  GdkFrameClock *clock;
  gulong         painted_id;
  gulong         unrealized_id;
} PaintIdle;

/* A frame clock whose window is destroyed has dropped its handlers already. */
static void
stop_waiting (PaintIdle *self)
{
  if (self->clock != NULL && g_signal_handler_is_connected (self->clock, self->painted_id))
    g_signal_handler_disconnect (self->clock, self->painted_id);
  self->painted_id = 0;
  g_clear_object (&self->clock);

  if (self->widget != NULL)
    {
      g_clear_signal_handler (&self->unrealized_id, self->widget);
      g_object_remove_weak_pointer (G_OBJECT (self->widget), (gpointer *) &self->widget);
      self->widget = NULL;
    }
}

static void
wait_over (PaintIdle *self)
{
  stop_waiting (self);
  g_source_set_ready_time (&self->source, 0);
}

static void
painted_cb (GdkFrameClock *clock,
            PaintIdle     *self)
{
  wait_over (self);
}

static void
unrealized_cb (GtkWidget *widget,
               PaintIdle *self)
{
  wait_over (self);
}

static gboolean
paint_idle_dispatch (GSource     *source,
                     GSourceFunc  callback,
                     gpointer     user_data)
{
  if (callback != NULL)
    callback (user_data);

  return G_SOURCE_REMOVE;
}

static void
paint_idle_finalize (GSource *source)
{
  stop_waiting ((PaintIdle *) source);
}

static GSourceFuncs paint_idle_funcs = {
  .dispatch = paint_idle_dispatch,
  .finalize = paint_idle_finalize,
};

guint
ff_paint_idle_add (GtkWidget   *widget,
                   int          priority,
                   GSourceFunc  function,
                   gpointer     data)
{
  GdkFrameClock *clock;
  PaintIdle *self;
  guint id;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);
  g_return_val_if_fail (function != NULL, 0);

  self = (PaintIdle *) g_source_new (&paint_idle_funcs, sizeof (PaintIdle));
  g_source_set_priority (&self->source, priority);
  g_source_set_callback (&self->source, function, data, NULL);
  g_source_set_static_name (&self->source, "[fotfeste] after the next frame");

  clock = gtk_widget_get_realized (widget) ? gtk_widget_get_frame_clock (widget) : NULL;
  if (clock != NULL)
    {
      self->clock = g_object_ref (clock);
      self->painted_id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), self);
      self->widget = widget;
      g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &self->widget);
      self->unrealized_id = g_signal_connect (widget, "unrealize", G_CALLBACK (unrealized_cb),
                                              self);
      g_source_set_ready_time (&self->source, -1);
    }
  else
    g_source_set_ready_time (&self->source, 0);

  id = g_source_attach (&self->source, NULL);
  g_source_unref (&self->source);

  return id;
}
