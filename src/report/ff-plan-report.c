/* ff-plan-report.c — an individual plan laid out on A4 pages
 *
 * The document is a flow of rows laid out from the top of the first page down:
 * a row is one or more cells (texts side by side) that moves to the next page as
 * a whole when it does not fit, and is cut between lines only when it is taller
 * than a page (or is running text, which may be cut anywhere between lines). Each
 * page keeps what it shows as a list of items (lines of a text, rules, shaded
 * boxes) in points, so drawing a page is only replaying its items.
 *
 * A text is a Pango layout measured once, line by line. Labels are the same in
 * every plan of a language, and much of what is typed recurs from plan to plan,
 * so PDF files are laid out with one Pango context kept from one document to the
 * next, and a text laid out there once is drawn again as it is in the next
 * document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "ff-plan-report.h"
#include "ff-validate.h"
#include "ff-report-language.h"

#define MM (72.0 / 25.4)

/* Content margins, and the bands of the page header and footer inside them. */
#define MARGIN_SIDE   (20.0 * MM)
#define MARGIN_TOP    (20.0 * MM)
#define MARGIN_BOTTOM (20.0 * MM)
#define HEADER_TOP    (11.0 * MM)
#define FOOTER_BOTTOM (11.0 * MM)

#define FONT_FAMILY "Noto Sans,DejaVu Sans"

#define CELL_PAD 3.0
#define COLUMN_GAP 6.0
#define EPSILON 0.01

/* The grey of what is printed around the plan (page header, footer, second
 * language) and of the table's lines and shading. */
#define GREY_TEXT  0.35
#define GREY_RULE  0.6
#define GREY_SHADE 0.92

struct _FfPlanReport
{
  GObject     parent_instance;

  FfPlan     *plan;
  char       *language;
  char       *second_language;   /* NULL when not bilingual */

  /* the last pagination */
  GPtrArray  *texts;             /* Text, every one the pages show */
  GPtrArray  *pages;             /* GArray of Item per page */
  int         unknown_glyphs;
};

G_DEFINE_TYPE (FfPlanReport, ff_plan_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (ff-report-error-quark, ff_report_error)

typedef enum
{
  FONT_BODY,
  FONT_BOLD,
  FONT_SMALL,
  FONT_CELL,
  FONT_CELL_BOLD,
  FONT_HEADING,
  FONT_TITLE,
  N_FONTS
} Font;

/* A line of a text, in points from the top left corner of its layout. */
typedef struct
{
  double           top;
  double           bottom;
  double           baseline;
  double           x;
  PangoLayoutLine *line;
} LineBox;

/* A layout and its lines, measured once; reference counted (g_rc_box), as a
 * text is shared by every document that shows it. */
typedef struct
{
  PangoLayout *layout;
  LineBox     *lines;
  guint        n_lines;
  double       width;            /* the layout's width */
  int          unknown_glyphs;   /* characters drawn as boxes */
} Text;

/* What a text is laid out from: two equal keys give the same layout. */
typedef struct
{
  const char     *content;       /* owned when the key is in a typesetter's texts */
  int             width;         /* Pango units */
  Font            font;
  PangoAlignment  alignment;
  gboolean        auto_dir;
  gboolean        markup;
} TextKey;

/* What laying out needs besides the plan: a Pango context set up for points, the
 * fonts, and the texts laid out in that context so far. */
typedef struct
{
  PangoContext         *context;
  PangoFontDescription *fonts[N_FONTS];
  GHashTable           *texts;   /* TextKey → Text */
  double                footer_height[2];  /* of one line, of two lines; 0 until known */
} Typesetter;

/* Texts kept at most (some 2 KB each): the labels of every language and what a
 * batch of a hundred plans has, with room to spare; when full, it starts again. */
#define MAX_TEXTS 2048

typedef enum
{
  ITEM_TEXT,    /* lines of a text; (x, y) is the top left of the first */
  ITEM_RULE,    /* a line from (x, y) to (x + w, y + h) */
  ITEM_SHADE,   /* a filled rectangle */
} ItemKind;

typedef struct
{
  ItemKind     kind;
  double       x, y, w, h;
  double       grey;
  double       line_width;       /* ITEM_RULE */
  const Text  *text;             /* ITEM_TEXT: owned by the report's texts */
  guint        first_line;
  guint        n_lines;
} Item;

/* A cell of a row: a text, where it stands, and how far it has been placed. */
typedef struct
{
  const Text *text;
  double      x;
  guint       next;              /* the first line not placed yet */
} Cell;

typedef struct
{
  double   pad;                  /* above and below the cells */
  gboolean split;                /* may be cut between lines anywhere (running text) */
  gboolean shade;                /* on a grey ground (a table's header row) */
  gboolean rule;                 /* with a rule under it (a table's rows) */
  double   x, width;             /* of the shading and the rule */
} RowStyle;

#define MAX_COLUMNS 8

typedef struct
{
  guint       n_columns;
  double      x[MAX_COLUMNS];
  double      width[MAX_COLUMNS];
  const Text *header[MAX_COLUMNS];
} Table;

typedef struct
{
  FfPlanReport         *self;
  Typesetter           *typesetter;
  const char           *language;
  const char           *second;

  double                width, height;
  double                left, right;
  double                top, bottom;
  double                y;
  double                fresh_y;     /* where the current page's content begins */
  GArray               *page;
  const Table          *table;       /* whose header begins each new page */

  const Text           *header_left;
  const Text           *header_right;
  double                header_rule_y;
} Flow;

static void flow_row (Flow           *f,
                      Cell           *cells,
                      guint           n_cells,
                      const RowStyle *style);

/* @format (a translation) with its first and second number put in: "%d" in order,
 * or "%1$d" and "%2$d" where a translation turns them round. */
static char *
format_two_numbers (const char *format,
                    int         first,
                    int         second)
{
  GString *out = g_string_new (NULL);
  int next = 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == '%')
        {
          g_string_append_c (out, '%');
          p++;
        }
      else if (p[0] == '%' && p[1] == 'd')
        {
          g_string_append_printf (out, "%d", next++ == 0 ? first : second);
          p++;
        }
      else if (p[0] == '%' && (p[1] == '1' || p[1] == '2') && p[2] == '$' && p[3] == 'd')
        {
          g_string_append_printf (out, "%d", p[1] == '1' ? first : second);
          p += 3;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static PangoFontDescription *
font_new (double   size,
          gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  return font;
}

static void
text_clear (Text *text)
{
  for (guint i = 0; i < text->n_lines; i++)
    pango_layout_line_unref (text->lines[i].line);
  g_free (text->lines);
  g_object_unref (text->layout);
}

static void
text_unref (Text *text)
{
  g_rc_box_release_full (text, (GDestroyNotify) text_clear);
}

/* Lays @layout out and measures its lines (taking @layout). */
static Text *
text_new (PangoLayout *layout)
{
  Text *text = g_rc_box_new0 (Text);
  PangoLayoutIter *iter;
  guint i = 0;

  text->layout = layout;
  text->n_lines = pango_layout_get_line_count (layout);
  text->lines = g_new (LineBox, text->n_lines);
  text->width = (double) pango_layout_get_width (layout) / PANGO_SCALE;
  text->unknown_glyphs = pango_layout_get_unknown_glyphs_count (layout);

  iter = pango_layout_get_iter (layout);
  do
    {
      LineBox *box = &text->lines[i++];
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

static double
text_height (const Text *text)
{
  return text->lines[text->n_lines - 1].bottom - text->lines[0].top;
}

/* Metrics that do not depend on the device, so that the print and the PDF break
 * their lines and pages alike. */
static void
set_up_context (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);
}

static guint
text_key_hash (gconstpointer data)
{
  const TextKey *key = data;

  return g_str_hash (key->content) ^ (guint) key->width * 31 ^ (guint) key->font << 24 ^
         (guint) key->alignment << 20 ^ (guint) key->auto_dir << 18 ^ (guint) key->markup << 17;
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *one = a;
  const TextKey *other = b;

  return one->width == other->width && one->font == other->font &&
         one->alignment == other->alignment && one->auto_dir == other->auto_dir &&
         one->markup == other->markup && strcmp (one->content, other->content) == 0;
}

static void
text_key_free (TextKey *key)
{
  g_free ((char *) key->content);
  g_free (key);
}

static Typesetter *
typesetter_new (PangoContext *context)
{
  Typesetter *ts = g_new0 (Typesetter, 1);

  set_up_context (context);
  ts->context = g_object_ref (context);
  ts->fonts[FONT_BODY] = font_new (10, FALSE);
  ts->fonts[FONT_BOLD] = font_new (10, TRUE);
  ts->fonts[FONT_SMALL] = font_new (8, FALSE);
  ts->fonts[FONT_CELL] = font_new (9, FALSE);
  ts->fonts[FONT_CELL_BOLD] = font_new (8.5, TRUE);
  ts->fonts[FONT_HEADING] = font_new (13, TRUE);
  ts->fonts[FONT_TITLE] = font_new (20, TRUE);
  ts->texts = g_hash_table_new_full (text_key_hash, text_key_equal,
                                      (GDestroyNotify) text_key_free,
                                      (GDestroyNotify) text_unref);

  return ts;
}

static void
typesetter_free (Typesetter *ts)
{
  g_hash_table_unref (ts->texts);
  for (guint i = 0; i < N_FONTS; i++)
    pango_font_description_free (ts->fonts[i]);
  g_object_unref (ts->context);
  g_free (ts);
}

/* The height of a page's footer, from one with large numbers, on two lines when
 * it is in two languages. */
static double
typesetter_footer_height (Typesetter *ts,
                          gboolean    two_lines)
{
  if (ts->footer_height[two_lines] == 0)
    {
      PangoLayout *probe = pango_layout_new (ts->context);
      int height;

      pango_layout_set_font_description (probe, ts->fonts[FONT_SMALL]);
      pango_layout_set_text (probe, two_lines ? "99\n99" : "99", -1);
      pango_layout_get_size (probe, NULL, &height);
      ts->footer_height[two_lines] = (double) height / PANGO_SCALE;
      g_object_unref (probe);
    }

  return ts->footer_height[two_lines];
}

/* A layout of @content (Pango markup when @markup is set) in @font, @width points
 * wide, laid out once per typesetter: labels are the same in every plan of a
 * language, and much of what is typed recurs from plan to plan of a programme
 * (its name, contact people, hours, dates). Returns a new reference. */
static Text *
typeset (Typesetter     *ts,
         const char     *content,
         gboolean        markup,
         Font            font,
         double          width,
         PangoAlignment  alignment,
         gboolean        auto_dir)
{
  TextKey key = {
    content, pango_units_from_double (MAX (width, 1.0)), font, alignment, auto_dir, markup
  };
  PangoLayout *layout;
  TextKey *kept;
  Text *text = g_hash_table_lookup (ts->texts, &key);

  if (text != NULL)
    return g_rc_box_acquire (text);

  layout = pango_layout_new (ts->context);
  pango_layout_set_font_description (layout, ts->fonts[font]);
  pango_layout_set_width (layout, key.width);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_auto_dir (layout, auto_dir);
  if (markup)
    pango_layout_set_markup (layout, content, -1);
  else
    pango_layout_set_text (layout, content, -1);
  text = text_new (layout);

  if (g_hash_table_size (ts->texts) >= MAX_TEXTS)
    g_hash_table_remove_all (ts->texts);
  kept = g_memdup2 (&key, sizeof key);
  kept->content = g_strdup (content);
  g_hash_table_insert (ts->texts, kept, g_rc_box_acquire (text));

  return text;
}

/* As typeset(), for a text the report shows: the report keeps it. */
static const Text *
flow_text (Flow           *f,
           const char     *content,
           gboolean        markup,
           Font            font,
           double          width,
           PangoAlignment  alignment,
           gboolean        auto_dir)
{
  Text *text = typeset (f->typesetter, content, markup, font, width, alignment, auto_dir);

  g_ptr_array_add (f->self->texts, text);
  return text;
}

/* What the user typed, as typed. */
static const Text *
typed_text (Flow       *f,
            const char *text,
            Font        font,
            double      width)
{
  return flow_text (f, text != NULL ? text : "", FALSE, font, width, PANGO_ALIGN_LEFT, TRUE);
}

/* A label in the main language and, for a bilingual print, in the second
 * language on a smaller grey italic line under it (@second_size points; few
 * sizes, as each size of a font costs a font lookup). */
static char *
label_markup (Flow       *f,
              const char *msgid,
              double      second_size)
{
  const char *first = ff_report_gettext (f->language, msgid);
  const char *second;

  if (f->second == NULL)
    return g_markup_escape_text (first, -1);

  second = ff_report_gettext (f->second, msgid);
  if (strcmp (first, second) == 0)
    return g_markup_escape_text (first, -1);

  return g_markup_printf_escaped ("%s\n<span size=\"%d\" style=\"italic\" weight=\"normal\" "
                                  "foreground=\"#595959\">%s</span>",
                                  first,
                                  (int) (second_size * PANGO_SCALE),
                                  second);
}

static const Text *
label_text (Flow       *f,
            const char *msgid,
            Font        font,
            double      width,
            double      second_size)
{
  g_autofree char *markup = label_markup (f, msgid, second_size);

  return flow_text (f, markup, TRUE, font, width, PANGO_ALIGN_LEFT, TRUE);
}

static void
cell_init (Cell       *cell,
           const Text *text,
           double      x)
{
  cell->text = text;
  cell->x = x;
  cell->next = 0;
}

/* The height of the lines of @cell not placed yet. */
static double
cell_rest (const Cell *cell)
{
  const LineBox *lines = cell->text->lines;

  if (cell->next >= cell->text->n_lines)
    return 0;

  return lines[cell->text->n_lines - 1].bottom - lines[cell->next].top;
}

static void
page_add (Flow       *f,
          const Item *item)
{
  g_array_append_vals (f->page, item, 1);
}

static void
add_text (Flow       *f,
          const Text *text,
          double      x,
          double      y,
          guint       first_line,
          guint       n_lines,
          double      grey)
{
  Item item = { ITEM_TEXT, x, y, 0, 0, grey, 0, text, first_line, n_lines };

  page_add (f, &item);
}

/* All lines of @text, with its top left at (@x, @y). */
static void
add_whole_text (Flow       *f,
                const Text *text,
                double      x,
                double      y,
                double      grey)
{
  add_text (f, text, x, y, 0, text->n_lines, grey);
}

static void
add_rule (Flow   *f,
          double  x,
          double  y,
          double  width,
          double  line_width,
          double  grey)
{
  Item item = { ITEM_RULE, x, y, width, 0, grey, line_width, NULL, 0, 0 };

  page_add (f, &item);
}

static void
add_shade (Flow   *f,
           double  x,
           double  y,
           double  width,
           double  height,
           double  grey)
{
  Item item = { ITEM_SHADE, x, y, width, height, grey, 0, NULL, 0, 0 };

  page_add (f, &item);
}

static gboolean
page_is_fresh (Flow *f)
{
  return f->y <= f->fresh_y + EPSILON;
}

static void
table_header_row (Flow        *f,
                  const Table *table)
{
  Cell cells[MAX_COLUMNS];
  RowStyle style = { CELL_PAD, FALSE, TRUE, TRUE, 0, 0 };

  style.x = table->x[0] - CELL_PAD;
  style.width = table->x[table->n_columns - 1] + table->width[table->n_columns - 1] + CELL_PAD
                - style.x;
  for (guint i = 0; i < table->n_columns; i++)
    cell_init (&cells[i], table->header[i], table->x[i]);

  flow_row (f, cells, table->n_columns, &style);
}

static void
new_page (Flow *f)
{
  f->page = g_array_new (FALSE, TRUE, sizeof (Item));
  g_ptr_array_add (f->self->pages, f->page);

  if (f->header_left != NULL)
    add_whole_text (f, f->header_left, f->left, HEADER_TOP, GREY_TEXT);
  if (f->header_right != NULL)
    add_whole_text (f, f->header_right, f->right - f->header_right->width, HEADER_TOP,
                    GREY_TEXT);
  add_rule (f, f->left, f->header_rule_y, f->right - f->left, 0.5, GREY_RULE);

  f->y = f->top;
  f->fresh_y = f->y;
  if (f->table != NULL)
    {
      table_header_row (f, f->table);
      f->fresh_y = f->y;
    }
}

static void
row_decorate (Flow           *f,
              const RowStyle *style,
              double          height)
{
  if (style->shade)
    add_shade (f, style->x, f->y, style->width, height, GREY_SHADE);
  if (style->rule)
    add_rule (f, style->x, f->y + height, style->width, 0.5, GREY_RULE);
}

/* Places what is left of @cells on the pages: the whole row where it fits, on
 * the next page when it does not, cut between lines only when it is running text
 * or taller than a page. */
static void
flow_row (Flow           *f,
          Cell           *cells,
          guint           n_cells,
          const RowStyle *style)
{
  for (;;)
    {
      double rest = 0;
      double avail = f->bottom - f->y - 2 * style->pad;
      double used = 0;
      gboolean placed = FALSE;
      guint first_decoration;

      for (guint i = 0; i < n_cells; i++)
        rest = MAX (rest, cell_rest (&cells[i]));

      if (rest <= avail + EPSILON)
        {
          row_decorate (f, style, rest + 2 * style->pad);
          for (guint i = 0; i < n_cells; i++)
            {
              guint n_lines = cells[i].text->n_lines;

              if (cells[i].next < n_lines)
                add_text (f, cells[i].text, cells[i].x, f->y + style->pad, cells[i].next,
                          n_lines - cells[i].next, 0);
              cells[i].next = n_lines;
            }
          f->y += rest + 2 * style->pad;
          return;
        }

      if (!style->split && !page_is_fresh (f))
        {
          new_page (f);
          continue;
        }

      /* Cut: each cell gives the lines that fit above the page's foot. */
      first_decoration = f->page->len;
      row_decorate (f, style, 0);
      for (guint i = 0; i < n_cells; i++)
        {
          const LineBox *lines = cells[i].text->lines;
          guint n_lines = cells[i].text->n_lines;
          guint end = cells[i].next;

          if (end >= n_lines)
            continue;
          while (end < n_lines &&
                 lines[end].bottom - lines[cells[i].next].top <= avail + EPSILON)
            end++;
          /* a line taller than the page still goes somewhere */
          if (end == cells[i].next && page_is_fresh (f))
            end++;
          if (end == cells[i].next)
            continue;

          add_text (f, cells[i].text, cells[i].x, f->y + style->pad, cells[i].next,
                    end - cells[i].next, 0);
          used = MAX (used, lines[end - 1].bottom - lines[cells[i].next].top);
          cells[i].next = end;
          placed = TRUE;
        }

      if (placed)
        {
          /* the decorations were added before knowing the height */
          for (guint i = first_decoration; i < f->page->len; i++)
            {
              Item *item = &g_array_index (f->page, Item, i);

              if (item->kind == ITEM_SHADE)
                item->h = used + 2 * style->pad;
              else if (item->kind == ITEM_RULE)
                item->y = f->y + used + 2 * style->pad;
              else
                break;
            }
        }
      else
        g_array_set_size (f->page, first_decoration);

      new_page (f);
    }
}

/* One text on its own row at the left margin. */
static void
flow_block (Flow       *f,
            const Text *text,
            gboolean    split)
{
  Cell cell;
  RowStyle style = { 0, split, FALSE, FALSE, 0, 0 };

  cell_init (&cell, text, f->left);
  flow_row (f, &cell, 1, &style);
}

static void
flow_space (Flow   *f,
            double  space)
{
  if (!page_is_fresh (f))
    f->y = MIN (f->y + space, f->bottom);
}

/* A section's heading, on the same page as at least @keep_with points of what
 * follows it. */
static void
flow_heading (Flow       *f,
              const char *msgid,
              double      keep_with)
{
  const Text *text = label_text (f, msgid, FONT_HEADING, f->right - f->left, 10);
  double height = text_height (text);

  flow_space (f, 14);
  if (f->y + height + 4 + keep_with > f->bottom && !page_is_fresh (f))
    new_page (f);
  flow_block (f, text, FALSE);
  f->y += 4;
}

/* A row of a label and a value: the label in the left column, the value (typed
 * text, or a label when @value_msgid is set) to its right. */
static void
flow_field (Flow       *f,
            const char *label_msgid,
            const char *value,
            const char *value_msgid)
{
  const double label_width = 150;
  Cell cells[2];
  RowStyle style = { 2, FALSE, FALSE, FALSE, 0, 0 };
  const Text *label = label_text (f, label_msgid, FONT_BOLD, label_width - COLUMN_GAP, 8);
  const Text *text;
  double x = f->left + label_width;

  /* a name in Arabic script under its Latin form starts where that starts: no
   * direction of its own (auto_dir off) */
  if (value_msgid != NULL)
    {
      g_autofree char *markup = label_markup (f, value_msgid, 8);

      text = flow_text (f, markup, TRUE, FONT_BODY, f->right - x, PANGO_ALIGN_LEFT, FALSE);
    }
  else
    text = flow_text (f, value != NULL && value[0] != '\0' ? value : "—", FALSE, FONT_BODY,
                      f->right - x, PANGO_ALIGN_LEFT, FALSE);

  cell_init (&cells[0], label, f->left);
  cell_init (&cells[1], text, x);
  flow_row (f, cells, 2, &style);
}

static void
table_init (Flow               *f,
            Table              *table,
            guint               n_columns,
            const double       *widths,
            const char * const *header_msgids)
{
  double fixed = 0;
  double x = f->left + CELL_PAD;

  g_assert (n_columns <= MAX_COLUMNS);

  /* a width of 0 takes what the others leave */
  for (guint i = 0; i < n_columns; i++)
    fixed += widths[i];

  table->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      double outer = widths[i] > 0 ? widths[i] : f->right - f->left - fixed;

      table->x[i] = x;
      table->width[i] = outer - 2 * CELL_PAD;
      table->header[i] = label_text (f, header_msgids[i], FONT_CELL_BOLD, table->width[i], 8);
      x += outer;
    }
}

static double
table_header_height (const Table *table)
{
  double height = 0;

  for (guint i = 0; i < table->n_columns; i++)
    height = MAX (height, text_height (table->header[i]));

  return height + 2 * CELL_PAD;
}

/* The table's rows: cells[row * n_columns + column]. */
static void
flow_table (Flow        *f,
            const char  *heading_msgid,
            const Table *table,
            Cell        *cells,
            guint        n_rows)
{
  RowStyle style = { CELL_PAD, FALSE, FALSE, TRUE, 0, 0 };
  double keep_with = table_header_height (table);

  style.x = table->x[0] - CELL_PAD;
  style.width = f->right - f->left;

  if (n_rows > 0)
    {
      double first = 0;

      for (guint i = 0; i < table->n_columns; i++)
        first = MAX (first, cell_rest (&cells[i]));
      keep_with += MIN (first + 2 * CELL_PAD, (f->bottom - f->top) / 3);
    }

  flow_heading (f, heading_msgid, keep_with);
  if (f->y + table_header_height (table) > f->bottom && !page_is_fresh (f))
    new_page (f);
  table_header_row (f, table);

  f->table = table;
  for (guint row = 0; row < n_rows; row++)
    flow_row (f, &cells[row * table->n_columns], table->n_columns, &style);
  f->table = NULL;
}

static void
flow_title (Flow *f)
{
  FfPlan *plan = f->self->plan;
  const Text *title;
  const char *native;
  g_autofree char *name = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *period = NULL;
  g_autofree char *version = NULL;
  g_autofree char *start = ff_date_to_display (ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_START));
  g_autofree char *end = ff_date_to_display (ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_END));

  /* Translators: printed on the individual plan: its title, over the participant's name */
  title = label_text (f, N_("Individual plan"), FONT_TITLE, f->right - f->left, 13);
  flow_block (f, title, FALSE);
  f->y += 12;

  native = ff_plan_get_native_name (plan);
  if (native != NULL && native[0] != '\0')
    name = g_strdup_printf ("%s\n%s", ff_plan_get_participant_name (plan), native);
  else
    name = g_strdup (ff_plan_get_participant_name (plan));
  birth = ff_date_to_display (ff_plan_get_birth_date (plan));

  if (start[0] != '\0' || end[0] != '\0')
    period = g_strdup_printf ("%s – %s", start, end);
  version = g_strdup_printf ("%d", ff_plan_get_version (plan));

  /* Translators: printed on the individual plan, beside the participant's name and
   * over the participant's signature */
  flow_field (f, N_("Participant"), name, NULL);
  /* Translators: printed on the individual plan */
  flow_field (f, N_("Birth date"), birth, NULL);
  /* Translators: printed on the individual plan: who follows the participant up */
  flow_field (f, N_("Contact person"), ff_plan_get_contact_person (plan), NULL);
  /* Translators: printed on the individual plan: the period the plan is agreed for */
  flow_field (f, N_("Agreement period"), period, NULL);
  /* Translators: printed on the individual plan: the plan's version number */
  flow_field (f, N_("Version"), version, NULL);
  if (ff_plan_get_state (plan) == FF_PLAN_STATE_SIGNED)
    {
      g_autofree char *signed_date = ff_date_to_display (ff_plan_get_signed_date (plan));

      /* Translators: printed on the individual plan: the date it was signed */
      flow_field (f, N_("Signed on"), signed_date, NULL);
    }
}

static void
flow_goals (Flow *f)
{
  FfPlan *plan = f->self->plan;
  FfPlanGoal goal = ff_choice_list_index (&ff_plan_goals, ff_plan_get_field (plan, FF_PLAN_FIELD_GOAL));
  const char *text = ff_plan_get_field (plan, FF_PLAN_FIELD_GOAL_TEXT);
  const char *level = ff_plan_get_field (plan, FF_PLAN_FIELD_NORWEGIAN_LEVEL);
  g_autofree char *date = ff_date_to_display (ff_plan_get_field (plan, FF_PLAN_FIELD_NORWEGIAN_DATE));

  /* Translators: printed on the individual plan: a section's heading */
  flow_heading (f, N_("Long-term goal"), 40);
  if (goal != FF_PLAN_GOAL_NONE)
    {
      flow_block (f, label_text (f, ff_choice_list_msgid (&ff_plan_goals, goal), FONT_BOLD, f->right - f->left, 8),
                  FALSE);
      f->y += 3;
    }
  if (text != NULL && text[0] != '\0')
    flow_block (f, typed_text (f, text, FONT_BODY, f->right - f->left), TRUE);
  else if (goal == FF_PLAN_GOAL_NONE)
    flow_block (f, typed_text (f, "—", FONT_BODY, f->right - f->left), FALSE);

  /* Translators: printed on the individual plan: a section's heading */
  flow_heading (f, N_("Norwegian goal"), 40);
  /* Translators: printed on the individual plan: the CEFR level of Norwegian to reach */
  flow_field (f, N_("Level"), level, NULL);
  /* Translators: printed on the individual plan: the date a goal is to be reached by */
  flow_field (f, N_("Target date"), date, NULL);
}

static void
flow_subgoals (Flow *f)
{
  static const double widths[] = { 0, 90 };
  static const char * const headers[] = {
    /* Translators: printed on the individual plan: a column of the sub-goals table */
    N_("Sub-goal"),
    /* Translators: printed on the individual plan: the date a goal is to be reached by */
    N_("Target date"),
  };
  GPtrArray *parts = ff_plan_get_parts (f->self->plan, FF_PLAN_PART_SUBGOAL);
  g_autofree Cell *cells = g_new0 (Cell, parts->len * 2 + 1);
  Table table;

  table_init (f, &table, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      g_autofree char *date = ff_date_to_display (ff_plan_part_get_field (part,
                                                                   FF_PLAN_FIELD_SUBGOAL_DATE));

      cell_init (&cells[i * 2], typed_text (f, ff_plan_part_get_field (part,
                                                                       FF_PLAN_FIELD_SUBGOAL_TEXT),
                                            FONT_CELL, table.width[0]), table.x[0]);
      cell_init (&cells[i * 2 + 1], typed_text (f, date, FONT_CELL, table.width[1]), table.x[1]);
    }

  /* Translators: printed on the individual plan: a section's heading */
  flow_table (f, N_("Sub-goals"), &table, cells, parts->len);
}

static void
flow_activities (Flow *f)
{
  /* The period takes one column, a date on each line, so that the description and
   * who is responsible get room for whole words. */
  static const double widths[] = { 84, 0, 48, 62, 96, 54 };
  static const char * const headers[] = {
    /* Translators: printed on the individual plan: a column of the activities table */
    N_("Activity"),
    /* Translators: printed on the individual plan: a column of the activities table */
    N_("Description"),
    /* Translators: printed on the individual plan: a column of the activities table */
    N_("Hours per week"),
    /* Translators: printed on the individual plan: a column of the activities table,
     * when the activity starts and ends */
    N_("Period"),
    /* Translators: printed on the individual plan: a column of the activities table,
     * who follows the activity up */
    N_("Responsible"),
    /* Translators: printed on the individual plan: a column of the activities table */
    N_("Status"),
  };
  const guint n = G_N_ELEMENTS (widths);
  GPtrArray *parts = ff_plan_get_parts (f->self->plan, FF_PLAN_PART_ACTIVITY);
  g_autofree Cell *cells = g_new0 (Cell, parts->len * n + 1);
  gboolean comma = ff_report_language_decimal_comma (f->language);
  Table table;

  table_init (f, &table, n, widths, headers);
  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      FfActivityKind kind = ff_choice_list_index (&ff_activity_kinds, 
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_KIND));
      FfActivityStatus status = ff_choice_list_index (&ff_activity_statuses, 
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_STATUS));
      g_autofree char *hours = ff_plan_format_hours (
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_HOURS), comma);
      g_autofree char *start = ff_date_to_display (
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_START));
      g_autofree char *end = ff_date_to_display (
        ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_END));
      g_autofree char *period = NULL;
      Cell *row = &cells[i * n];

      if (*start != '\0' || *end != '\0')
        period = g_strconcat (start, *start != '\0' ? " –" : "–",
                              *end != '\0' ? "\n" : "", end, NULL);
      else
        period = g_strdup ("");

      cell_init (&row[0], label_text (f, ff_choice_list_msgid (&ff_activity_kinds, kind), FONT_CELL,
                                      table.width[0], 8), table.x[0]);
      cell_init (&row[1], typed_text (f, ff_plan_part_get_field (
                                        part, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION),
                                      FONT_CELL, table.width[1]), table.x[1]);
      cell_init (&row[2], flow_text (f, hours, FALSE, FONT_CELL, table.width[2],
                                     PANGO_ALIGN_RIGHT, TRUE), table.x[2]);
      cell_init (&row[3], typed_text (f, period, FONT_CELL, table.width[3]), table.x[3]);
      cell_init (&row[4], typed_text (f, ff_plan_part_get_field (
                                        part, FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE),
                                      FONT_CELL, table.width[4]), table.x[4]);
      cell_init (&row[5], label_text (f, ff_choice_list_msgid (&ff_activity_statuses, status), FONT_CELL,
                                      table.width[5], 8), table.x[5]);
    }

  /* Translators: printed on the individual plan: a section's heading */
  flow_table (f, N_("Activities"), &table, cells, parts->len);
}

static void
flow_reviews (Flow *f)
{
  static const double widths[] = { 80, 0, 100 };
  static const char * const headers[] = {
    /* Translators: printed on the individual plan: a column of the review dates table */
    N_("Date"),
    /* Translators: printed on the individual plan: a column of the review dates table */
    N_("Note"),
    /* Translators: printed on the individual plan: a column of the review dates table,
     * whether the review was held */
    N_("Status"),
  };
  const guint n = G_N_ELEMENTS (widths);
  GPtrArray *parts = ff_plan_get_parts (f->self->plan, FF_PLAN_PART_REVIEW);
  g_autofree Cell *cells = g_new0 (Cell, parts->len * n + 1);
  Table table;

  table_init (f, &table, n, widths, headers);
  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      g_autofree char *date = ff_date_to_display (ff_plan_part_get_field (part,
                                                                   FF_PLAN_FIELD_REVIEW_DATE));
      gboolean done = g_strcmp0 (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DONE),
                                 "1") == 0;
      Cell *row = &cells[i * n];
      const char *held = done
                         /* Translators: printed on the individual plan: a review that took
                          * place */
                         ? N_("Held")
                         /* Translators: printed on the individual plan: a review that has
                          * not taken place yet */
                         : N_("Not held");

      cell_init (&row[0], typed_text (f, date, FONT_CELL, table.width[0]), table.x[0]);
      cell_init (&row[1], typed_text (f, ff_plan_part_get_field (part,
                                                                 FF_PLAN_FIELD_REVIEW_NOTE),
                                      FONT_CELL, table.width[1]), table.x[1]);
      cell_init (&row[2], label_text (f, held, FONT_CELL, table.width[2], 8), table.x[2]);
    }

  /* Translators: printed on the individual plan: a section's heading, the dates the
   * plan is to be reviewed on */
  flow_table (f, N_("Review dates"), &table, cells, parts->len);
}

/* The signature lines of both parties, kept together on one page. */
static void
flow_signatures (Flow *f)
{
  const double gap = 28;
  const double column = (f->right - f->left - gap) / 2;
  const double line_space = 30;
  static const char * const parties[] = {
    /* Translators: printed on the individual plan: over the participant's signature */
    N_("Participant"),
    /* Translators: printed on the individual plan: over the contact person's signature */
    N_("Contact person"),
  };
  const char *names[] = {
    ff_plan_get_participant_name (f->self->plan),
    ff_plan_get_contact_person (f->self->plan),
  };
  const Text *heading;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (Item));
  GArray *page;
  double height = 0;
  double y0;

  /* Lay the block out on a page of its own first, to know its height. */
  page = f->page;
  f->page = items;
  y0 = f->y;
  f->y = 0;

  /* Translators: printed on the individual plan: a section's heading */
  heading = label_text (f, N_("Signatures"), FONT_HEADING, f->right - f->left, 10);
  add_whole_text (f, heading, f->left, 0, 0);
  f->y = text_height (heading) + 10;

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      double x = f->left + i * (column + gap);
      double y = f->y;
      const Text *party = label_text (f, parties[i], FONT_BOLD, column, 8);
      const Text *name = typed_text (f, names[i], FONT_BODY, column);
      static const char * const lines[] = {
        /* Translators: printed on the individual plan: under a line to write on */
        N_("Place and date"),
        /* Translators: printed on the individual plan: under the line to sign on */
        N_("Signature"),
      };

      add_whole_text (f, party, x, y, 0);
      y += text_height (party) + 2;
      add_whole_text (f, name, x, y, 0);
      y += text_height (name);

      for (guint j = 0; j < G_N_ELEMENTS (lines); j++)
        {
          const Text *label = label_text (f, lines[j], FONT_SMALL, column, 7);

          y += line_space;
          add_rule (f, x, y, column, 0.75, 0);
          y += 2;
          add_whole_text (f, label, x, y, GREY_TEXT);
          y += text_height (label);
        }
      height = MAX (height, y);
    }

  f->page = page;
  f->y = y0;
  flow_space (f, 24);
  if (f->y + height > f->bottom && !page_is_fresh (f))
    new_page (f);
  for (guint i = 0; i < items->len; i++)
    {
      Item item = g_array_index (items, Item, i);

      item.y += f->y;
      page_add (f, &item);
    }
  f->y += height;
}

/* "Page 1 of 2" at the foot of each page, once the number of pages is known. */
static void
flow_footers (Flow   *f,
              double  footer_height)
{
  guint n_pages = f->self->pages->len;

  for (guint i = 0; i < n_pages; i++)
    {
      /* Translators: printed at the foot of each page of a document, e.g. "Page 1 of 2" */
      const char *msgid = N_("Page %d of %d");
      g_autofree char *first = format_two_numbers (ff_report_gettext (f->language, msgid),
                                                   i + 1, n_pages);
      g_autofree char *markup = NULL;
      const Text *text;

      if (f->second != NULL)
        {
          g_autofree char *second = format_two_numbers (ff_report_gettext (f->second, msgid),
                                                        i + 1, n_pages);

          if (strcmp (first, second) != 0)
            markup = g_markup_printf_escaped ("%s\n<span size=\"%d\" style=\"italic\">%s</span>",
                                              first, 7 * PANGO_SCALE, second);
        }
      if (markup == NULL)
        markup = g_markup_escape_text (first, -1);
      text = flow_text (f, markup, TRUE, FONT_SMALL, f->right - f->left, PANGO_ALIGN_RIGHT,
                        TRUE);

      f->page = g_ptr_array_index (f->self->pages, i);
      add_rule (f, f->left, f->height - FOOTER_BOTTOM - footer_height - 4,
                f->right - f->left, 0.5, GREY_RULE);
      add_whole_text (f, text, f->left, f->height - FOOTER_BOTTOM - text_height (text),
                      GREY_TEXT);
    }
}

static void
ff_plan_report_finalize (GObject *object)
{
  FfPlanReport *self = FF_PLAN_REPORT (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->second_language, g_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_plan_report_parent_class)->finalize (object);
}

static void
ff_plan_report_class_init (FfPlanReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ff_plan_report_finalize;
}

static void
ff_plan_report_init (FfPlanReport *self)
{
  self->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) text_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

FfPlanReport *
ff_plan_report_new (FfPlan      *plan,
                    const char  *language,
                    const char  *second_language,
                    GError     **error)
{
  FfPlanReport *self;

  g_return_val_if_fail (FF_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ff_report_language_is_known (language))
    {
      g_set_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE,
                   /* Translators: %s is a language code such as "de" */
                   _("Documents cannot be printed in the language “%s”. Choose nb, nn, uk "
                     "or en."), language != NULL ? language : "");
      return NULL;
    }
  if (second_language != NULL && second_language[0] != '\0' &&
      !ff_report_language_is_known (second_language))
    {
      g_set_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE,
                   /* Translators: %s is a language code such as "de" */
                   _("Documents cannot be printed in the language “%s”. Choose nb, nn, uk "
                     "or en."), second_language);
      return NULL;
    }

  self = g_object_new (FF_TYPE_PLAN_REPORT, NULL);
  self->plan = g_object_ref (plan);
  self->language = g_strdup (language);
  if (second_language != NULL && second_language[0] != '\0' &&
      strcmp (second_language, language) != 0)
    self->second_language = g_strdup (second_language);

  return self;
}

static void
header_texts (Flow *f)
{
  FfPlan *plan = f->self->plan;
  const char *organisation = ff_plan_get_organisation (plan);
  const char *programme = ff_plan_get_programme_name (plan);
  const char *name = ff_plan_get_participant_name (plan);
  double width = f->right - f->left;
  g_autofree char *left = NULL;
  double height = 0;

  if (organisation[0] != '\0' && programme[0] != '\0')
    left = g_strdup_printf ("%s · %s", organisation, programme);
  else
    left = g_strdup_printf ("%s%s", organisation, programme);

  if (left[0] != '\0')
    {
      f->header_left = typed_text (f, left, FONT_SMALL, width * 0.62);
      height = text_height (f->header_left);
    }
  if (name[0] != '\0')
    {
      f->header_right = flow_text (f, name, FALSE, FONT_SMALL, width * 0.35, PANGO_ALIGN_RIGHT,
                                   TRUE);
      height = MAX (height, text_height (f->header_right));
    }
  if (height == 0)
    height = 8;

  f->header_rule_y = HEADER_TOP + height + 3;
  f->top = MAX (MARGIN_TOP, f->header_rule_y + 12);
}

static int
paginate (FfPlanReport *self,
          Typesetter   *typesetter,
          double        width,
          double        height)
{
  Flow f = { 0 };
  double footer_height;

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->texts, 0);

  f.self = self;
  f.typesetter = typesetter;
  f.language = self->language;
  f.second = self->second_language;
  f.width = width;
  f.height = height;
  f.left = MARGIN_SIDE;
  f.right = width - MARGIN_SIDE;

  header_texts (&f);

  footer_height = typesetter_footer_height (typesetter, f.second != NULL);
  f.bottom = MIN (height - MARGIN_BOTTOM, height - FOOTER_BOTTOM - footer_height - 12);

  new_page (&f);
  flow_title (&f);
  flow_goals (&f);
  flow_subgoals (&f);
  flow_activities (&f);
  flow_reviews (&f);
  flow_signatures (&f);
  flow_footers (&f, footer_height);

  self->unknown_glyphs = 0;
  for (guint i = 0; i < self->texts->len; i++)
    self->unknown_glyphs += ((const Text *) g_ptr_array_index (self->texts, i))->unknown_glyphs;

  return self->pages->len;
}

int
ff_plan_report_paginate (FfPlanReport *self,
                         PangoContext *context,
                         double        width,
                         double        height)
{
  Typesetter *typesetter;
  int n_pages;

  g_return_val_if_fail (FF_IS_PLAN_REPORT (self), 1);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 1);

  typesetter = typesetter_new (context);
  n_pages = paginate (self, typesetter, width, height);
  typesetter_free (typesetter);

  return n_pages;
}

int
ff_plan_report_get_unknown_glyphs (FfPlanReport *self)
{
  g_return_val_if_fail (FF_IS_PLAN_REPORT (self), 0);

  return self->unknown_glyphs;
}

/* PDF files are laid out with one typesetter, kept from one file to the next. */
static Typesetter *pdf_typesetter;

/* The typesetter for a PDF file: the kept one, made anew when Pango's default font
 * map has changed. Labels are fetched on one thread only (ff-report-language.h), so
 * printing is too. */
static Typesetter *
pdf_typesetter_get (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context;

  if (pdf_typesetter != NULL && pango_context_get_font_map (pdf_typesetter->context) == font_map)
    return pdf_typesetter;

  context = pango_font_map_create_context (font_map);
  g_clear_pointer (&pdf_typesetter, typesetter_free);
  pdf_typesetter = typesetter_new (context);
  g_object_unref (context);

  return pdf_typesetter;
}

void
ff_plan_report_release_caches (void)
{
  g_clear_pointer (&pdf_typesetter, typesetter_free);
}

/* Glyphs in one font and one colour, gathered from all the texts of a page and
 * drawn with one call: a PDF surface spends much more on each call than on each
 * glyph. */
typedef struct
{
  cairo_scaled_font_t *font;
  double               red, green, blue;
  GArray              *glyphs;       /* cairo_glyph_t */
  GArray              *clusters;     /* cairo_text_cluster_t */
  GString             *chars;        /* the text the clusters map to the glyphs */
} GlyphBatch;

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

/* Draws the lines of a text item, or gathers their glyphs into @batches. */
static void
draw_text (cairo_t    *cr,
           const Item *item,
           GArray     *batches)
{
  const Text *text = item->text;
  const LineBox *lines = text->lines;
  const char *chars = pango_layout_get_text (text->layout);
  double top = lines[item->first_line].top;

  for (guint i = item->first_line; i < item->first_line + item->n_lines; i++)
    {
      double x, y;

      cairo_move_to (cr, item->x + lines[i].x, item->y + lines[i].baseline - top);
      if (text->unknown_glyphs > 0 || !line_is_plain (lines[i].line))
        {
          cairo_set_source_rgb (cr, item->grey, item->grey, item->grey);
          pango_cairo_show_layout_line (cr, lines[i].line);
          continue;
        }

      /* the line starts where Pango's drawing would start it: at the current point
       * as Cairo keeps it */
      cairo_get_current_point (cr, &x, &y);
      gather_line (batches, lines[i].line, chars, x, y, item->grey);
    }
  cairo_new_path (cr);
}

void
ff_plan_report_draw_page (FfPlanReport *self,
                          cairo_t      *cr,
                          int           page)
{
  g_autoptr(GArray) batches = NULL;
  GArray *items;

  g_return_if_fail (FF_IS_PLAN_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page >= 0 && (guint) page < self->pages->len);

  items = g_ptr_array_index (self->pages, page);
  batches = g_array_new (FALSE, FALSE, sizeof (GlyphBatch));
  g_array_set_clear_func (batches, (GDestroyNotify) glyph_batch_clear);

  cairo_save (cr);

  /* Rules and shading first: text lies on them, never under them. */
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      cairo_set_source_rgb (cr, item->grey, item->grey, item->grey);
      switch (item->kind)
        {
        case ITEM_TEXT:
          break;

        case ITEM_RULE:
          cairo_set_line_width (cr, item->line_width);
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x + item->w, item->y + item->h);
          cairo_stroke (cr);
          break;

        case ITEM_SHADE:
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          cairo_fill (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      if (item->kind == ITEM_TEXT)
        draw_text (cr, item, batches);
    }

  for (guint i = 0; i < batches->len; i++)
    {
      const GlyphBatch *batch = &g_array_index (batches, GlyphBatch, i);

      cairo_set_source_rgb (cr, batch->red, batch->green, batch->blue);
      cairo_set_scaled_font (cr, batch->font);
      cairo_show_text_glyphs (cr, batch->chars->str, batch->chars->len,
                              (const cairo_glyph_t *) (void *) batch->glyphs->data,
                              batch->glyphs->len,
                              (const cairo_text_cluster_t *) (void *) batch->clusters->data,
                              batch->clusters->len, 0);
    }

  cairo_restore (cr);
}

static cairo_status_t
append_to_buffer (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_WRITE,
               /* Translators: the first %s is a file's path, the second why it failed */
               _("Cannot write %s: %s"), display, reason);
  return FALSE;
}

/* Cairo compresses each stream of a PDF file with zlib, which takes some 256 KB
 * for it and frees them when the stream ends: about ten times per plan. glibc
 * gives memory freed at the top of the heap back to the system once more than
 * 128 KB are free there, and the next stream faults it in again page by page,
 * which costs a batch of plans a sixth of its time. Up to 4 MB freed at the top
 * are kept for reuse instead (glibc only; for the whole process, set once). */
static void
keep_freed_memory (void)
{
#ifdef __GLIBC__
  static gsize done;

  if (g_once_init_enter (&done))
    {
      mallopt (M_TRIM_THRESHOLD, 4 * 1024 * 1024);
      g_once_init_leave (&done, 1);
    }
#endif
}

gboolean
ff_plan_report_write_pdf (FfPlanReport  *self,
                          const char    *path,
                          int           *n_pages,
                          GError       **error)
{
  g_autofree char *title = NULL;
  g_autoptr(GByteArray) pdf = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int pages;

  g_return_val_if_fail (FF_IS_PLAN_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  keep_freed_memory ();
  pages = paginate (self, pdf_typesetter_get (), FF_REPORT_A4_WIDTH, FF_REPORT_A4_HEIGHT);

  /* The whole document is made in memory, then written in one go. */
  pdf = g_byte_array_sized_new (64 * 1024);
  surface = cairo_pdf_surface_create_for_stream (append_to_buffer, pdf,
                                                 FF_REPORT_A4_WIDTH, FF_REPORT_A4_HEIGHT);
  title = g_strdup_printf ("%s — %s", ff_report_gettext (self->language, N_("Individual plan")),
                           ff_plan_get_participant_name (self->plan));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Fotfeste");

  cr = cairo_create (surface);
  for (int page = 0; page < pages; page++)
    {
      ff_plan_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    return set_write_error (error, path, cairo_status_to_string (status));

  /* Written beside @path and renamed over it only when complete (flushed to the
   * disk first when it replaces an earlier file), readable by the user only. */
  if (!g_file_set_contents_full (path, (const char *) pdf->data, pdf->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT |
                                 G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                 0600, &local_error))
    return set_write_error (error, path, local_error->message);

  if (n_pages != NULL)
    *n_pages = pages;

  return TRUE;
}
