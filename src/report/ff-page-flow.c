/* ff-page-flow.c — a printed document's content flowing down its pages
 *
 * The content is a flow of rows laid out from the top of the first page down: a row
 * is one or more cells (texts side by side) that moves to the next page as a whole
 * when it does not fit, and is cut between lines only when it is taller than a page
 * (or is running text, which may be cut anywhere between lines). Each page keeps what
 * it shows as a list of items (lines of a text, rules, shaded boxes) in points, so
 * drawing a page is only replaying its items. Tables and signature lines are laid out
 * in ff-page-flow-blocks.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-page-flow-private.h"
#include "ff-report-language.h"

/* Content margins, and the bands of the page header and footer inside them. */
#define MARGIN_SIDE   (20.0 * MM)
#define MARGIN_TOP    (20.0 * MM)
#define MARGIN_BOTTOM (20.0 * MM)
#define HEADER_TOP    (11.0 * MM)
#define FOOTER_BOTTOM (11.0 * MM)

#define COLUMN_GAP 6.0
#define FIELD_LABEL_WIDTH 150.0

/* The size of a label's second language under a label in each font: few sizes, as
 * each size of a font costs a font lookup. */
static const double second_sizes[FF_N_FONTS] = {
  [FF_FONT_BODY] = 8,
  [FF_FONT_BOLD] = 8,
  [FF_FONT_SMALL] = 7,
  [FF_FONT_CELL] = 8,
  [FF_FONT_CELL_BOLD] = 8,
  [FF_FONT_HEADING] = 10,
  [FF_FONT_TITLE] = 13,
};

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

const FfText *
ff_page_flow_text (FfPageFlow     *self,
                   const char     *content,
                   FfTextFlags     flags,
                   FfFont          font,
                   double          width,
                   PangoAlignment  alignment)
{
  FfText *text = ff_typesetter_lay_out (self->typesetter, content, flags, font, width,
                                        alignment);

  g_ptr_array_add (self->texts, text);
  return text;
}

const FfText *
ff_page_flow_typed_text (FfPageFlow *self,
                         const char *text,
                         FfFont      font,
                         double      width)
{
  return ff_page_flow_text (self, text != NULL ? text : "", FF_TEXT_PLAIN, font, width,
                            PANGO_ALIGN_LEFT);
}

/* A label in the main language and, in a bilingual document, in the second language
 * on a smaller grey italic line under it. */
static char *
label_markup (FfPageFlow *self,
              const char *msgid,
              FfFont      font)
{
  const char *first = ff_report_gettext (self->language, msgid);
  const char *second;

  if (self->second == NULL)
    return g_markup_escape_text (first, -1);

  second = ff_report_gettext (self->second, msgid);
  if (strcmp (first, second) == 0)
    return g_markup_escape_text (first, -1);

  return g_markup_printf_escaped ("%s\n<span size=\"%d\" style=\"italic\" weight=\"normal\" "
                                  "foreground=\"#595959\">%s</span>",
                                  first,
                                  (int) (second_sizes[font] * PANGO_SCALE),
                                  second);
}

const FfText *
ff_page_flow_label_text (FfPageFlow *self,
                         const char *msgid,
                         FfFont      font,
                         double      width)
{
  g_autofree char *markup = label_markup (self, msgid, font);

  return ff_page_flow_text (self, markup, FF_TEXT_MARKUP, font, width, PANGO_ALIGN_LEFT);
}

const FfText *
ff_page_flow_label_text_right (FfPageFlow *self,
                               const char *msgid,
                               FfFont      font,
                               double      width)
{
  g_autofree char *markup = label_markup (self, msgid, font);

  return ff_page_flow_text (self, markup, FF_TEXT_MARKUP, font, width, PANGO_ALIGN_RIGHT);
}

void
ff_page_flow_add_item (FfPageFlow       *self,
                       const FfFlowItem *item)
{
  g_array_append_vals (self->page, item, 1);
}

static void
add_text (FfPageFlow   *self,
          const FfText *text,
          double        x,
          double        y,
          guint         first_line,
          guint         n_lines,
          double        grey)
{
  FfFlowItem item = { FF_FLOW_ITEM_TEXT, x, y, 0, 0, grey, 0, text, first_line, n_lines };

  ff_page_flow_add_item (self, &item);
}

void
ff_page_flow_add_whole_text (FfPageFlow   *self,
                             const FfText *text,
                             double        x,
                             double        y,
                             double        grey)
{
  add_text (self, text, x, y, 0, text->n_lines, grey);
}

void
ff_page_flow_add_rule (FfPageFlow *self,
                       double      x,
                       double      y,
                       double      width,
                       double      line_width,
                       double      grey)
{
  FfFlowItem item = { FF_FLOW_ITEM_RULE, x, y, width, 0, grey, line_width, NULL, 0, 0 };

  ff_page_flow_add_item (self, &item);
}

static void
add_shade (FfPageFlow *self,
           double      x,
           double      y,
           double      width,
           double      height,
           double      grey)
{
  FfFlowItem item = { FF_FLOW_ITEM_SHADE, x, y, width, height, grey, 0, NULL, 0, 0 };

  ff_page_flow_add_item (self, &item);
}

void
ff_page_flow_new_page (FfPageFlow *self)
{
  self->page = g_array_new (FALSE, TRUE, sizeof (FfFlowItem));
  g_ptr_array_add (self->pages, self->page);

  if (self->header_left != NULL)
    ff_page_flow_add_whole_text (self, self->header_left, self->left, HEADER_TOP, GREY_TEXT);
  if (self->header_right != NULL)
    ff_page_flow_add_whole_text (self, self->header_right,
                                 self->right - self->header_right->width, HEADER_TOP,
                                 GREY_TEXT);
  ff_page_flow_add_rule (self, self->left, self->header_rule_y, self->right - self->left, 0.5,
                         GREY_RULE);

  self->y = self->top;
  self->fresh_y = self->y;
  if (self->repeat != NULL)
    {
      ff_page_flow_table_header_row (self, self->repeat);
      self->fresh_y = self->y;
    }
}

void
ff_page_flow_begin (FfPageFlow *self)
{
  g_assert (self->typesetter != NULL);

  if (self->page == NULL)
    ff_page_flow_new_page (self);
}

static void
row_decorate (FfPageFlow       *self,
              const FfRowStyle *style,
              double            height)
{
  if (style->shade)
    add_shade (self, style->x, self->y, style->width, height, GREY_SHADE);
  if (style->rule)
    ff_page_flow_add_rule (self, style->x, self->y + height, style->width, 0.5, GREY_RULE);
}

void
ff_page_flow_place_row (FfPageFlow       *self,
                        FfFlowCell       *cells,
                        guint             n_cells,
                        const FfRowStyle *style)
{
  for (;;)
    {
      double rest = 0;
      double avail = self->bottom - self->y - 2 * style->pad;
      double used = 0;
      gboolean placed = FALSE;
      guint first_decoration;

      for (guint i = 0; i < n_cells; i++)
        rest = MAX (rest, ff_flow_cell_rest (&cells[i]));

      if (rest <= avail + EPSILON)
        {
          row_decorate (self, style, rest + 2 * style->pad);
          for (guint i = 0; i < n_cells; i++)
            {
              guint n_lines = cells[i].text->n_lines;

              if (cells[i].next < n_lines)
                add_text (self, cells[i].text, cells[i].x, self->y + style->pad, cells[i].next,
                          n_lines - cells[i].next, 0);
              cells[i].next = n_lines;
            }
          self->y += rest + 2 * style->pad;
          return;
        }

      if (!style->split && !ff_page_flow_page_is_fresh (self))
        {
          ff_page_flow_new_page (self);
          continue;
        }

      /* Cut: each cell gives the lines that fit above the page's foot. */
      first_decoration = self->page->len;
      row_decorate (self, style, 0);
      for (guint i = 0; i < n_cells; i++)
        {
          const FfTextLine *lines = cells[i].text->lines;
          guint n_lines = cells[i].text->n_lines;
          guint end = cells[i].next;

          if (end >= n_lines)
            continue;
          while (end < n_lines &&
                 lines[end].bottom - lines[cells[i].next].top <= avail + EPSILON)
            end++;
          /* a line taller than the page still goes somewhere */
          if (end == cells[i].next && ff_page_flow_page_is_fresh (self))
            end++;
          if (end == cells[i].next)
            continue;

          add_text (self, cells[i].text, cells[i].x, self->y + style->pad, cells[i].next,
                    end - cells[i].next, 0);
          used = MAX (used, lines[end - 1].bottom - lines[cells[i].next].top);
          cells[i].next = end;
          placed = TRUE;
        }

      if (placed)
        {
          /* the decorations were added before knowing the height */
          for (guint i = first_decoration; i < self->page->len; i++)
            {
              FfFlowItem *item = &g_array_index (self->page, FfFlowItem, i);

              if (item->kind == FF_FLOW_ITEM_SHADE)
                item->h = used + 2 * style->pad;
              else if (item->kind == FF_FLOW_ITEM_RULE)
                item->y = self->y + used + 2 * style->pad;
              else
                break;
            }
        }
      else
        g_array_set_size (self->page, first_decoration);

      ff_page_flow_new_page (self);
    }
}

/* One text on its own row at the left margin. */
static void
flow_block (FfPageFlow   *self,
            const FfText *text,
            gboolean      split)
{
  FfFlowCell cell;
  FfRowStyle style = { 0, split, FALSE, FALSE, 0, 0 };

  ff_flow_cell_init (&cell, text, self->left);
  ff_page_flow_place_row (self, &cell, 1, &style);
}

FfPageFlow *
ff_page_flow_new (FfTypesetter *typesetter,
                  const char   *language,
                  const char   *second_language,
                  double        width,
                  double        height)
{
  FfPageFlow *self;
  g_autoptr(FfText) probe = NULL;

  g_return_val_if_fail (FF_IS_TYPESETTER (typesetter), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  self = g_new0 (FfPageFlow, 1);
  self->typesetter = g_object_ref (typesetter);
  self->language = g_strdup (language);
  self->second = g_strdup (second_language);
  self->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) ff_text_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  self->width = width;
  self->height = height;
  self->left = MARGIN_SIDE;
  self->right = width - MARGIN_SIDE;

  /* The footer's height, from one with large numbers, on two lines when it is in
   * two languages. */
  probe = ff_typesetter_lay_out (typesetter, second_language != NULL ? "99\n99" : "99",
                                 FF_TEXT_PLAIN, FF_FONT_SMALL, self->right - self->left,
                                 PANGO_ALIGN_LEFT);
  self->footer_height = ff_text_get_height (probe);
  self->bottom = MIN (height - MARGIN_BOTTOM, height - FOOTER_BOTTOM - self->footer_height - 12);

  ff_page_flow_set_header (self, NULL, NULL);

  return self;
}

void
ff_page_flow_free (FfPageFlow *self)
{
  g_clear_object (&self->typesetter);
  g_free (self->language);
  g_free (self->second);
  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->texts);
  g_free (self);
}

const char *
ff_page_flow_get_language (FfPageFlow *self)
{
  return self->language;
}

const char *
ff_page_flow_get_second_language (FfPageFlow *self)
{
  return self->second;
}

double
ff_page_flow_get_width (FfPageFlow *self)
{
  return self->right - self->left;
}

void
ff_page_flow_set_header (FfPageFlow *self,
                         const char *left,
                         const char *right)
{
  double width = self->right - self->left;
  double height = 0;

  g_return_if_fail (self->page == NULL);

  self->header_left = NULL;
  self->header_right = NULL;
  if (left != NULL && left[0] != '\0')
    {
      self->header_left = ff_page_flow_typed_text (self, left, FF_FONT_SMALL, width * 0.62);
      height = ff_text_get_height (self->header_left);
    }
  if (right != NULL && right[0] != '\0')
    {
      self->header_right = ff_page_flow_text (self, right, FF_TEXT_PLAIN, FF_FONT_SMALL,
                                              width * 0.35, PANGO_ALIGN_RIGHT);
      height = MAX (height, ff_text_get_height (self->header_right));
    }
  if (height == 0)
    height = 8;

  self->header_rule_y = HEADER_TOP + height + 3;
  self->top = MAX (MARGIN_TOP, self->header_rule_y + 12);
}

void
ff_page_flow_add_space (FfPageFlow *self,
                        double      space)
{
  ff_page_flow_begin (self);
  if (!ff_page_flow_page_is_fresh (self))
    self->y = MIN (self->y + space, self->bottom);
}

void
ff_page_flow_add_title (FfPageFlow *self,
                        const char *msgid)
{
  ff_page_flow_begin (self);
  flow_block (self, ff_page_flow_label_text (self, msgid, FF_FONT_TITLE, self->right - self->left),
              FALSE);
  self->y += 12;
}

void
ff_page_flow_add_heading (FfPageFlow *self,
                          const char *msgid,
                          double      keep_with)
{
  const FfText *text;
  double height;

  ff_page_flow_begin (self);
  text = ff_page_flow_label_text (self, msgid, FF_FONT_HEADING, self->right - self->left);
  height = ff_text_get_height (text);

  ff_page_flow_add_space (self, 14);
  if (self->y + height + 4 + keep_with > self->bottom && !ff_page_flow_page_is_fresh (self))
    ff_page_flow_new_page (self);
  flow_block (self, text, FALSE);
  self->y += 4;
}

void
ff_page_flow_add_label (FfPageFlow *self,
                        const char *msgid)
{
  ff_page_flow_begin (self);
  flow_block (self, ff_page_flow_label_text (self, msgid, FF_FONT_BOLD, self->right - self->left),
              FALSE);
  self->y += 3;
}

void
ff_page_flow_add_text (FfPageFlow *self,
                       const char *text)
{
  ff_page_flow_begin (self);
  flow_block (self,
              ff_page_flow_typed_text (self, text != NULL && text[0] != '\0' ? text : "—",
                                       FF_FONT_BODY, self->right - self->left),
              TRUE);
}

void
ff_page_flow_add_paragraph (FfPageFlow *self,
                            const char *msgid)
{
  ff_page_flow_begin (self);
  flow_block (self, ff_page_flow_label_text (self, msgid, FF_FONT_BODY,
                                             self->right - self->left),
              TRUE);
  self->y += 4;
}

/* A row of a label and, to its right, @value. */
static void
flow_field (FfPageFlow   *self,
            const char   *label_msgid,
            const FfText *value)
{
  FfFlowCell cells[2];
  FfRowStyle style = { 2, FALSE, FALSE, FALSE, 0, 0 };
  const FfText *label = ff_page_flow_label_text (self, label_msgid, FF_FONT_BOLD,
                                                 FIELD_LABEL_WIDTH - COLUMN_GAP);

  ff_flow_cell_init (&cells[0], label, self->left);
  ff_flow_cell_init (&cells[1], value, self->left + FIELD_LABEL_WIDTH);
  ff_page_flow_place_row (self, cells, 2, &style);
}

void
ff_page_flow_add_field (FfPageFlow *self,
                        const char *label_msgid,
                        const char *value)
{
  ff_page_flow_begin (self);
  flow_field (self, label_msgid,
              ff_page_flow_text (self, value != NULL && value[0] != '\0' ? value : "—",
                                 FF_TEXT_LEFT_TO_RIGHT, FF_FONT_BODY,
                                 self->right - self->left - FIELD_LABEL_WIDTH,
                                 PANGO_ALIGN_LEFT));
}

void
ff_page_flow_add_choice_field (FfPageFlow *self,
                               const char *label_msgid,
                               const char *value_msgid)
{
  g_autofree char *markup = NULL;

  ff_page_flow_begin (self);
  markup = label_markup (self, value_msgid, FF_FONT_BODY);
  flow_field (self, label_msgid,
              ff_page_flow_text (self, markup, FF_TEXT_MARKUP | FF_TEXT_LEFT_TO_RIGHT,
                                 FF_FONT_BODY, self->right - self->left - FIELD_LABEL_WIDTH,
                                 PANGO_ALIGN_LEFT));
}

void
ff_page_flow_finish (FfPageFlow *self)
{
  guint n_pages;

  g_return_if_fail (!self->in_table);

  ff_page_flow_begin (self);
  n_pages = self->pages->len;

  /* "Page 1 of 2" at the foot of each page, now that the number of pages is known. */
  for (guint i = 0; i < n_pages; i++)
    {
      /* Translators: printed at the foot of each page of a document, e.g. "Page 1 of 2" */
      const char *msgid = N_("Page %d of %d");
      g_autofree char *first = format_two_numbers (ff_report_gettext (self->language, msgid),
                                                   i + 1, n_pages);
      g_autofree char *markup = NULL;
      const FfText *text;

      if (self->second != NULL)
        {
          g_autofree char *second = format_two_numbers (ff_report_gettext (self->second, msgid),
                                                        i + 1, n_pages);

          if (strcmp (first, second) != 0)
            markup = g_markup_printf_escaped ("%s\n<span size=\"%d\" style=\"italic\">%s</span>",
                                              first, 7 * PANGO_SCALE, second);
        }
      if (markup == NULL)
        markup = g_markup_escape_text (first, -1);
      text = ff_page_flow_text (self, markup, FF_TEXT_MARKUP, FF_FONT_SMALL,
                                self->right - self->left, PANGO_ALIGN_RIGHT);

      self->page = g_ptr_array_index (self->pages, i);
      ff_page_flow_add_rule (self, self->left,
                             self->height - FOOTER_BOTTOM - self->footer_height - 4,
                             self->right - self->left, 0.5, GREY_RULE);
      ff_page_flow_add_whole_text (self, text, self->left,
                                   self->height - FOOTER_BOTTOM - ff_text_get_height (text),
                                   GREY_TEXT);
    }

  /* what was laid out stays with the texts; the typesetter may go */
  g_clear_object (&self->typesetter);
}

guint
ff_page_flow_get_n_pages (FfPageFlow *self)
{
  return self->pages->len;
}

int
ff_page_flow_get_unknown_glyphs (FfPageFlow *self)
{
  int unknown = 0;

  for (guint i = 0; i < self->texts->len; i++)
    unknown += ((const FfText *) g_ptr_array_index (self->texts, i))->unknown_glyphs;

  return unknown;
}

void
ff_page_flow_draw_page (FfPageFlow *self,
                        cairo_t    *cr,
                        guint       page)
{
  FfTextDrawing *drawing;
  GArray *items;

  g_return_if_fail (page < self->pages->len);

  items = g_ptr_array_index (self->pages, page);

  cairo_save (cr);

  /* Rules and shading first: text lies on them, never under them. */
  for (guint i = 0; i < items->len; i++)
    {
      const FfFlowItem *item = &g_array_index (items, FfFlowItem, i);

      cairo_set_source_rgb (cr, item->grey, item->grey, item->grey);
      switch (item->kind)
        {
        case FF_FLOW_ITEM_TEXT:
          break;

        case FF_FLOW_ITEM_RULE:
          cairo_set_line_width (cr, item->line_width);
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x + item->w, item->y + item->h);
          cairo_stroke (cr);
          break;

        case FF_FLOW_ITEM_SHADE:
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          cairo_fill (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  drawing = ff_text_drawing_new (cr);
  for (guint i = 0; i < items->len; i++)
    {
      const FfFlowItem *item = &g_array_index (items, FfFlowItem, i);

      if (item->kind == FF_FLOW_ITEM_TEXT)
        ff_text_drawing_add (drawing, item->text, item->first_line, item->n_lines, item->x,
                             item->y, item->grey);
    }
  ff_text_drawing_finish (drawing);

  cairo_restore (cr);
}
