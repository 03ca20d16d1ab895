/* ff-typesetter.c — texts of printed documents laid out with Pango, measured once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <pango/pangocairo.h>

#include "ff-typesetter.h"

#define FONT_FAMILY "Noto Sans,DejaVu Sans"

/* Texts kept at most (some 2 KB each, some 4 MB in all): the labels of every
 * language and what a batch of a hundred documents has, with room to spare; when
 * full, it starts again. */
#define MAX_TEXTS 2048

static const struct
{
  double   size;
  gboolean bold;
} fonts[FF_N_FONTS] = {
  [FF_FONT_BODY] = { 10, FALSE },
  [FF_FONT_BOLD] = { 10, TRUE },
  [FF_FONT_SMALL] = { 8, FALSE },
  [FF_FONT_CELL] = { 9, FALSE },
  [FF_FONT_CELL_BOLD] = { 8.5, TRUE },
  [FF_FONT_HEADING] = { 13, TRUE },
  [FF_FONT_TITLE] = { 20, TRUE },
};

/* What a text is laid out from: two equal keys give the same layout. */
typedef struct
{
  const char     *content;       /* owned when the key is in a typesetter's texts */
  int             width;         /* Pango units */
  FfFont          font;
  PangoAlignment  alignment;
  FfTextFlags     flags;
} TextKey;

struct _FfTypesetter
{
  GObject               parent_instance;

  PangoContext         *context;
  PangoFontDescription *fonts[FF_N_FONTS];
  GHashTable           *texts;   /* TextKey → FfText */
};

G_DEFINE_FINAL_TYPE (FfTypesetter, ff_typesetter, G_TYPE_OBJECT)

/* PDF files are laid out with one typesetter, kept from one file to the next. */
static FfTypesetter *pdf_typesetter;

static void
text_clear (FfText *text)
{
  for (guint i = 0; i < text->n_lines; i++)
    pango_layout_line_unref (text->lines[i].line);
  g_free (text->lines);
  g_object_unref (text->layout);
}

FfText *
ff_text_ref (FfText *text)
{
  return g_rc_box_acquire (text);
}

void
ff_text_unref (FfText *text)
{
  g_rc_box_release_full (text, (GDestroyNotify) text_clear);
}

double
ff_text_get_height (const FfText *text)
{
  return text->lines[text->n_lines - 1].bottom - text->lines[0].top;
}

/* Lays @layout out and measures its lines (taking @layout). */
static FfText *
text_new (PangoLayout *layout)
{
  FfText *text = g_rc_box_new0 (FfText);
  PangoLayoutIter *iter;
  guint i = 0;

  text->layout = layout;
  text->n_lines = pango_layout_get_line_count (layout);
  text->lines = g_new (FfTextLine, text->n_lines);
  text->width = (double) pango_layout_get_width (layout) / PANGO_SCALE;
  text->unknown_glyphs = pango_layout_get_unknown_glyphs_count (layout);

  iter = pango_layout_get_iter (layout);
  do
    {
      FfTextLine *box = &text->lines[i++];
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box->top = (double) logical.y / PANGO_SCALE;
      box->bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      box->baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      box->x = (double) logical.x / PANGO_SCALE;
      box->line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
    }
  while (i < text->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_assert (i == text->n_lines);

  return text;
}

static guint
text_key_hash (gconstpointer data)
{
  const TextKey *key = data;

  return g_str_hash (key->content) ^ (guint) key->width * 31 ^ (guint) key->font << 24 ^
         (guint) key->alignment << 20 ^ (guint) key->flags << 17;
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *one = a;
  const TextKey *other = b;

  return one->width == other->width && one->font == other->font &&
         one->alignment == other->alignment && one->flags == other->flags &&
         strcmp (one->content, other->content) == 0;
}

static void
text_key_free (TextKey *key)
{
  g_free ((char *) key->content);
  g_free (key);
}

static void
ff_typesetter_finalize (GObject *object)
{
  FfTypesetter *self = FF_TYPESETTER (object);

  g_clear_pointer (&self->texts, g_hash_table_unref);
  for (guint i = 0; i < FF_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ff_typesetter_parent_class)->finalize (object);
}

static void
ff_typesetter_class_init (FfTypesetterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ff_typesetter_finalize;
}

static void
ff_typesetter_init (FfTypesetter *self)
{
  for (guint i = 0; i < FF_N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (self->fonts[i],
                                       (int) (fonts[i].size * PANGO_SCALE + 0.5));
      if (fonts[i].bold)
        pango_font_description_set_weight (self->fonts[i], PANGO_WEIGHT_BOLD);
    }
  self->texts = g_hash_table_new_full (text_key_hash, text_key_equal,
                                       (GDestroyNotify) text_key_free,
                                       (GDestroyNotify) ff_text_unref);
}

FfTypesetter *
ff_typesetter_new (PangoContext *context)
{
  FfTypesetter *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_object_new (FF_TYPE_TYPESETTER, NULL);
  self->context = g_object_ref (context);

  /* Metrics that do not depend on the device, so that the print and the PDF break
   * their lines and pages alike; one unit is one point. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);

  return self;
}

FfTypesetter *
ff_typesetter_get_for_pdf (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context;

  if (pdf_typesetter != NULL && pango_context_get_font_map (pdf_typesetter->context) == font_map)
    return pdf_typesetter;

  context = pango_font_map_create_context (font_map);
  g_clear_object (&pdf_typesetter);
  pdf_typesetter = ff_typesetter_new (context);
  g_object_unref (context);

  return pdf_typesetter;
}

PangoContext *
ff_typesetter_get_context (FfTypesetter *self)
{
  g_return_val_if_fail (FF_IS_TYPESETTER (self), NULL);

  return self->context;
}

FfText *
ff_typesetter_lay_out (FfTypesetter   *self,
                       const char     *content,
                       FfTextFlags     flags,
                       FfFont          font,
                       double          width,
                       PangoAlignment  alignment)
{
  /* found again without formatting a key: the key is the arguments themselves */
  TextKey key = { content, pango_units_from_double (MAX (width, 1.0)), font, alignment, flags };
  PangoLayout *layout;
  TextKey *kept;
  FfText *text = g_hash_table_lookup (self->texts, &key);

  if (text != NULL)
    return ff_text_ref (text);

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->fonts[font]);
  pango_layout_set_width (layout, key.width);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_auto_dir (layout, (flags & FF_TEXT_LEFT_TO_RIGHT) == 0);
  if ((flags & FF_TEXT_MARKUP) != 0)
    pango_layout_set_markup (layout, content, -1);
  else
    pango_layout_set_text (layout, content, -1);
  text = text_new (layout);

  if (g_hash_table_size (self->texts) >= MAX_TEXTS)
    g_hash_table_remove_all (self->texts);
  kept = g_memdup2 (&key, sizeof key);
  kept->content = g_strdup (content);
  g_hash_table_insert (self->texts, kept, ff_text_ref (text));

  return text;
}

/* --- drawing ----------------------------------------------------------------------- */

/* Glyphs in one font and one colour, gathered from all the texts of a page and
 * drawn with one call. */
typedef struct
{
  cairo_scaled_font_t *font;
  double               red, green, blue;
  GArray              *glyphs;       /* cairo_glyph_t */
  GArray              *clusters;     /* cairo_text_cluster_t */
  GString             *chars;        /* the text the clusters map to the glyphs */
} GlyphBatch;

struct _FfTextDrawing
{
  cairo_t *cr;
  GArray  *batches;                  /* GlyphBatch */
};

static void
glyph_batch_clear (GlyphBatch *batch)
{
  g_array_unref (batch->glyphs);
  g_array_unref (batch->clusters);
  g_string_free (batch->chars, TRUE);
}

static GlyphBatch *
glyph_batch_get (GArray              *batches,
                 cairo_scaled_font_t *font,
                 double               red,
                 double               green,
                 double               blue)
{
  GlyphBatch batch = { font, red, green, blue, NULL, NULL, NULL };

  for (guint i = 0; i < batches->len; i++)
    {
      GlyphBatch *other = &g_array_index (batches, GlyphBatch, i);

      if (other->font == font && other->red == red && other->green == green &&
          other->blue == blue)
        return other;
    }

  batch.glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  batch.clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  batch.chars = g_string_new (NULL);
  g_array_append_val (batches, batch);

  return &g_array_index (batches, GlyphBatch, batches->len - 1);
}

/* Whether @line is only glyphs in a colour, left to right, as every label and
 * most typed text is; other lines (right-to-left script, characters no font has)
 * are left to Pango's own drawing. */
static gboolean
line_is_plain (PangoLayoutLine *line)
{
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      const PangoGlyphItem *run = l->data;
      const PangoAnalysis *analysis = &run->item->analysis;
      PangoCairoFont *font = PANGO_CAIRO_FONT (analysis->font);
      cairo_scaled_font_t *scaled_font = pango_cairo_font_get_scaled_font (font);

      if ((analysis->level & 1) != 0 ||
          (analysis->flags & PANGO_ANALYSIS_FLAG_CENTERED_BASELINE) != 0 ||
          scaled_font == NULL ||
          cairo_scaled_font_status (scaled_font) != CAIRO_STATUS_SUCCESS)
        return FALSE;

      for (GSList *a = analysis->extra_attrs; a != NULL; a = a->next)
        {
          const PangoAttribute *attr = a->data;

          if (attr->klass->type != PANGO_ATTR_FOREGROUND)
            return FALSE;
        }

      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          if ((run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0)
            return FALSE;
        }
    }

  return TRUE;
}

/* Adds the glyphs of @line, starting at (@x, @y), to @batches: at the positions
 * and with the text clusters Pango's own drawing gives them. */
static void
gather_line (GArray          *batches,
             PangoLayoutLine *line,
             const char      *chars,
             double           x,
             double           y,
             double           grey)
{
  int x_off = 0;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      const PangoGlyphString *glyphs = run->glyphs;
      const PangoItem *item = run->item;
      int width = pango_glyph_string_get_width (run->glyphs);
      double red = grey, green = grey, blue = grey;
      PangoGlyphItemIter iter;
      GlyphBatch *batch;
      double base_x, base_y;
      int x_position = 0;
      guint n_glyphs;

      for (GSList *a = item->analysis.extra_attrs; a != NULL; a = a->next)
        {
          const PangoColor *color = &((const PangoAttrColor *) a->data)->color;

          red = color->red / 65535.;
          green = color->green / 65535.;
          blue = color->blue / 65535.;
        }
      batch = glyph_batch_get (batches,
                               pango_cairo_font_get_scaled_font (
                                 PANGO_CAIRO_FONT (item->analysis.font)),
                               red, green, blue);

      x_off += run->start_x_offset;
      base_x = x + (double) x_off / PANGO_SCALE;
      base_y = y + (double) (-run->y_offset) / PANGO_SCALE;

      n_glyphs = batch->glyphs->len;
      g_array_set_size (batch->glyphs, n_glyphs + glyphs->num_glyphs);
      for (int i = 0; i < glyphs->num_glyphs; i++)
        {
          const PangoGlyphInfo *info = &glyphs->glyphs[i];

          if (info->glyph != PANGO_GLYPH_EMPTY)
            {
              cairo_glyph_t *glyph = &g_array_index (batch->glyphs, cairo_glyph_t, n_glyphs++);

              glyph->index = info->glyph;
              glyph->x = base_x + (double) (x_position + info->geometry.x_offset) / PANGO_SCALE;
              glyph->y = info->geometry.y_offset == 0
                         ? base_y
                         : base_y + (double) info->geometry.y_offset / PANGO_SCALE;
            }
          x_position += info->geometry.width;
        }
      g_array_set_size (batch->glyphs, n_glyphs);

      if (pango_glyph_item_iter_init_start (&iter, run, chars))
        {
          do
            {
              cairo_text_cluster_t cluster;

              cluster.num_bytes = iter.end_index - iter.start_index;
              cluster.num_glyphs = iter.end_glyph - iter.start_glyph;
              for (int i = iter.start_glyph; i < iter.end_glyph; i++)
                {
                  if (glyphs->glyphs[i].glyph == PANGO_GLYPH_EMPTY)
                    cluster.num_glyphs--;
                }
              if (cluster.num_bytes > 0 || cluster.num_glyphs > 0)
                g_array_append_val (batch->clusters, cluster);
            }
          while (pango_glyph_item_iter_next_cluster (&iter));
        }
      g_string_append_len (batch->chars, chars + item->offset, item->length);

      x_off += width + run->end_x_offset;
    }
}

FfTextDrawing *
ff_text_drawing_new (cairo_t *cr)
{
  FfTextDrawing *drawing;

  g_return_val_if_fail (cr != NULL, NULL);

  drawing = g_new (FfTextDrawing, 1);
  drawing->cr = cr;
  drawing->batches = g_array_new (FALSE, FALSE, sizeof (GlyphBatch));
  g_array_set_clear_func (drawing->batches, (GDestroyNotify) glyph_batch_clear);

  return drawing;
}

void
ff_text_drawing_add (FfTextDrawing *drawing,
                     const FfText  *text,
                     guint          first_line,
                     guint          n_lines,
                     double         x,
                     double         y,
                     double         grey)
{
  cairo_t *cr = drawing->cr;
  const FfTextLine *lines = text->lines;
  const char *chars = pango_layout_get_text (text->layout);
  double top = lines[first_line].top;

  g_return_if_fail (first_line + n_lines <= text->n_lines);

  for (guint i = first_line; i < first_line + n_lines; i++)
    {
      double line_x, line_y;

      cairo_move_to (cr, x + lines[i].x, y + lines[i].baseline - top);
      if (text->unknown_glyphs > 0 || !line_is_plain (lines[i].line))
        {
          cairo_set_source_rgb (cr, grey, grey, grey);
          pango_cairo_show_layout_line (cr, lines[i].line);
          continue;
        }

      /* the line starts where Pango's drawing would start it: at the current point
       * as Cairo keeps it */
      cairo_get_current_point (cr, &line_x, &line_y);
      gather_line (drawing->batches, lines[i].line, chars, line_x, line_y, grey);
    }
  cairo_new_path (cr);
}

void
ff_text_drawing_finish (FfTextDrawing *drawing)
{
  cairo_t *cr = drawing->cr;

  for (guint i = 0; i < drawing->batches->len; i++)
    {
      const GlyphBatch *batch = &g_array_index (drawing->batches, GlyphBatch, i);

      cairo_set_source_rgb (cr, batch->red, batch->green, batch->blue);
      cairo_set_scaled_font (cr, batch->font);
      cairo_show_text_glyphs (cr, batch->chars->str, batch->chars->len,
                              (const cairo_glyph_t *) (void *) batch->glyphs->data,
                              batch->glyphs->len,
                              (const cairo_text_cluster_t *) (void *) batch->clusters->data,
                              batch->clusters->len, 0);
    }

  g_array_unref (drawing->batches);
  g_free (drawing);
}
