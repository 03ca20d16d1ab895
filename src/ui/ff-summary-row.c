/* ff-summary-row.c — a row that opens as an AdwExpanderRow does, on a summary of one line
 *
 * Its widgets carry the style classes of an AdwExpanderRow's (row.expander, row.header,
 * box.title, list.nested, image.expander-row-arrow), so that libadwaita's stylesheet
 * draws it as one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-summary-row.h"

typedef struct
{
  gboolean     expanded;

  /* template children */
  GtkWidget   *header_list;
  GtkWidget   *header_row;
  GtkLabel    *title_label;
  GtkLabel    *subtitle_label;
  GtkBox      *suffixes;
  GtkListBox  *nested_list;
} FfSummaryRowPrivate;

static void ff_summary_row_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (FfSummaryRow, ff_summary_row, GTK_TYPE_LIST_BOX_ROW,
                         G_ADD_PRIVATE (FfSummaryRow)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                ff_summary_row_buildable_init))

enum
{
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
header_activated_cb (FfSummaryRow *self)
{
  FfSummaryRowPrivate *priv = ff_summary_row_get_instance_private (self);

  ff_summary_row_set_expanded (self, !priv->expanded);
}

static void
ff_summary_row_buildable_add_child (GtkBuildable *buildable,
                                    GtkBuilder   *builder,
                                    GObject      *child,
                                    const char   *type)
{
  FfSummaryRowPrivate *priv = ff_summary_row_get_instance_private (FF_SUMMARY_ROW (buildable));

  /* As in an AdwExpanderRow, a subclass's <child>ren are rows under it. */
  if (g_strcmp0 (type, "suffix") == 0)
    ff_summary_row_add_suffix (FF_SUMMARY_ROW (buildable), GTK_WIDGET (child));
  else if (type == NULL && GTK_IS_WIDGET (child) && priv->nested_list != NULL)
    ff_summary_row_add_row (FF_SUMMARY_ROW (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
ff_summary_row_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = ff_summary_row_buildable_add_child;
}

static void
ff_summary_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FfSummaryRow *self = FF_SUMMARY_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, ff_summary_row_get_expanded (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_summary_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FfSummaryRow *self = FF_SUMMARY_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      ff_summary_row_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_summary_row_class_init (FfSummaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ff_summary_row_get_property;
  object_class->set_property = ff_summary_row_set_property;

  /* Whether the rows under it are shown. */
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-summary-row.ui");
  gtk_widget_class_bind_template_child_private (widget_class, FfSummaryRow, header_list);
  gtk_widget_class_bind_template_child_private (widget_class, FfSummaryRow, header_row);
  gtk_widget_class_bind_template_child_private (widget_class, FfSummaryRow, title_label);
  gtk_widget_class_bind_template_child_private (widget_class, FfSummaryRow, subtitle_label);
  gtk_widget_class_bind_template_child_private (widget_class, FfSummaryRow, suffixes);
  gtk_widget_class_bind_template_child_private (widget_class, FfSummaryRow, nested_list);
}

static void
ff_summary_row_init (FfSummaryRow *self)
{
  FfSummaryRowPrivate *priv = ff_summary_row_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_state (GTK_ACCESSIBLE (priv->header_row),
                               GTK_ACCESSIBLE_STATE_EXPANDED, FALSE,
                               -1);
  g_signal_connect_object (priv->header_list, "row-activated",
                           G_CALLBACK (header_activated_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_summary_row_new (void)
{
  return g_object_new (FF_TYPE_SUMMARY_ROW, NULL);
}

const char *
ff_summary_row_get_title (FfSummaryRow *self)
{
  FfSummaryRowPrivate *priv;

  g_return_val_if_fail (FF_IS_SUMMARY_ROW (self), NULL);

  priv = ff_summary_row_get_instance_private (self);
  return gtk_label_get_label (priv->title_label);
}

const char *
ff_summary_row_get_subtitle (FfSummaryRow *self)
{
  FfSummaryRowPrivate *priv;

  g_return_val_if_fail (FF_IS_SUMMARY_ROW (self), NULL);

  priv = ff_summary_row_get_instance_private (self);
  return gtk_label_get_label (priv->subtitle_label);
}

void
ff_summary_row_set_summary (FfSummaryRow *self,
                            const char   *title,
                            const char   *subtitle)
{
  FfSummaryRowPrivate *priv;

  g_return_if_fail (FF_IS_SUMMARY_ROW (self));

  priv = ff_summary_row_get_instance_private (self);
  title = title != NULL ? title : "";
  subtitle = subtitle != NULL ? subtitle : "";

  /* A label given its own text again is laid out again. */
  if (g_strcmp0 (gtk_label_get_label (priv->title_label), title) == 0 &&
      g_strcmp0 (gtk_label_get_label (priv->subtitle_label), subtitle) == 0)
    return;

  gtk_label_set_label (priv->title_label, title);
  gtk_label_set_label (priv->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (priv->subtitle_label), *subtitle != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->header_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

gboolean
ff_summary_row_get_expanded (FfSummaryRow *self)
{
  FfSummaryRowPrivate *priv;

  g_return_val_if_fail (FF_IS_SUMMARY_ROW (self), FALSE);

  priv = ff_summary_row_get_instance_private (self);
  return priv->expanded;
}

void
ff_summary_row_set_expanded (FfSummaryRow *self,
                             gboolean      expanded)
{
  FfSummaryRowPrivate *priv;

  g_return_if_fail (FF_IS_SUMMARY_ROW (self));

  priv = ff_summary_row_get_instance_private (self);
  expanded = !!expanded;
  if (expanded == priv->expanded)
    return;

  priv->expanded = expanded;
  /* The arrow turns and takes the accent colour, as an AdwExpanderRow's. */
  if (expanded)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (priv->header_row),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

void
ff_summary_row_add_suffix (FfSummaryRow *self,
                           GtkWidget    *widget)
{
  FfSummaryRowPrivate *priv;

  g_return_if_fail (FF_IS_SUMMARY_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  priv = ff_summary_row_get_instance_private (self);
  gtk_box_append (priv->suffixes, widget);
}

void
ff_summary_row_add_row (FfSummaryRow *self,
                        GtkWidget    *row)
{
  FfSummaryRowPrivate *priv;

  g_return_if_fail (FF_IS_SUMMARY_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (row));

  priv = ff_summary_row_get_instance_private (self);
  gtk_list_box_append (priv->nested_list, row);
}

void
ff_summary_row_remove_row (FfSummaryRow *self,
                           GtkWidget    *row)
{
  FfSummaryRowPrivate *priv;

  g_return_if_fail (FF_IS_SUMMARY_ROW (self));

  priv = ff_summary_row_get_instance_private (self);
  g_return_if_fail (gtk_widget_get_parent (row) == GTK_WIDGET (priv->nested_list));
  gtk_list_box_remove (priv->nested_list, row);
}

GtkWidget *
ff_summary_row_get_header (FfSummaryRow *self)
{
  FfSummaryRowPrivate *priv;

  g_return_val_if_fail (FF_IS_SUMMARY_ROW (self), NULL);

  priv = ff_summary_row_get_instance_private (self);
  return priv->header_row;
}
