/* ff-page-flow-blocks.c — tables and signature lines on a page flow
 *
 * A table is a heading, a header row on a grey ground and rows with a rule under
 * each; the header row begins every page the table continues on. Signature lines are
 * laid out apart first, to know their height, and placed whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-page-flow-private.h"

void
ff_page_flow_table_header_row (FfPageFlow        *self,
                               const FfFlowTable *table)
{
  FfFlowCell cells[FF_TABLE_MAX_COLUMNS];
  FfRowStyle style = { CELL_PAD, FALSE, TRUE, TRUE, 0, 0 };

  style.x = table->x[0] - CELL_PAD;
  style.width = table->x[table->n_columns - 1] + table->width[table->n_columns - 1] + CELL_PAD
                - style.x;
  for (guint i = 0; i < table->n_columns; i++)
    ff_flow_cell_init (&cells[i], table->header[i], table->x[i]);

  ff_page_flow_place_row (self, cells, table->n_columns, &style);
}

void
ff_page_flow_begin_table (FfPageFlow          *self,
                          const char          *heading_msgid,
                          const FfTableColumn *columns,
                          guint                n_columns)
{
  FfFlowTable *table = &self->table;
  double fixed = 0;
  guint n_shares = 0;
  double x = self->left + CELL_PAD;

  g_return_if_fail (!self->in_table);
  g_return_if_fail (n_columns > 0 && n_columns <= FF_TABLE_MAX_COLUMNS);

  ff_page_flow_begin (self);
  for (guint i = 0; i < n_columns; i++)
    {
      fixed += columns[i].width;
      n_shares += columns[i].width > 0 ? 0 : 1;
    }

  memset (table, 0, sizeof *table);
  table->heading_msgid = heading_msgid;
  table->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      double outer = columns[i].width > 0
                     ? columns[i].width
                     : (self->right - self->left - fixed) / n_shares;

      table->kind[i] = columns[i].kind;
      table->x[i] = x;
      table->width[i] = outer - 2 * CELL_PAD;
      /* a column of numbers is headed over their right edge, one of codes over their
       * middle, by typed text */
      if (columns[i].kind == FF_CELL_NUMBER)
        table->header[i] = ff_page_flow_label_text_right (self, columns[i].header_msgid,
                                                          FF_FONT_CELL_BOLD, table->width[i]);
      else if (columns[i].kind == FF_CELL_CODE)
        table->header[i] = ff_page_flow_text (self, columns[i].header_msgid, FF_TEXT_PLAIN,
                                              FF_FONT_CELL_BOLD, table->width[i],
                                              PANGO_ALIGN_CENTER);
      else
        table->header[i] = ff_page_flow_label_text (self, columns[i].header_msgid,
                                                    FF_FONT_CELL_BOLD, table->width[i]);
      x += outer;
    }
  self->in_table = TRUE;
}

static double
table_header_height (const FfFlowTable *table)
{
  double height = 0;

  for (guint i = 0; i < table->n_columns; i++)
    height = MAX (height, ff_text_get_height (table->header[i]));

  return height + 2 * CELL_PAD;
}

/* The heading and the header row, kept with @first_row (NULL for none). */
static void
table_start (FfPageFlow       *self,
             const FfFlowCell *first_row)
{
  const FfFlowTable *table = &self->table;
  double keep_with = table_header_height (table);

  if (first_row != NULL)
    {
      double first = 0;

      for (guint i = 0; i < table->n_columns; i++)
        first = MAX (first, ff_flow_cell_rest (&first_row[i]));
      keep_with += MIN (first + 2 * CELL_PAD, (self->bottom - self->top) / 3);
    }

  if (table->heading_msgid != NULL)
    ff_page_flow_add_heading (self, table->heading_msgid, keep_with);
  if (self->y + table_header_height (table) > self->bottom &&
      !ff_page_flow_page_is_fresh (self))
    ff_page_flow_new_page (self);
  ff_page_flow_table_header_row (self, table);
  self->repeat = table;
}

/* Places a row whose cells are @cells, in @font, the first one a label when
 * @first_is_label. */
static void
table_row (FfPageFlow         *self,
           const char * const *cells,
           FfFont              font,
           gboolean            first_is_label)
{
  FfFlowTable *table = &self->table;
  FfFlowCell row[FF_TABLE_MAX_COLUMNS];
  FfRowStyle style = { CELL_PAD, FALSE, FALSE, TRUE, 0, 0 };

  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *content = cells[i] != NULL ? cells[i] : "";
      FfCellKind kind = i == 0 && first_is_label ? FF_CELL_LABEL : table->kind[i];
      const FfText *text;

      switch (kind)
        {
        case FF_CELL_TEXT:
          text = ff_page_flow_typed_text (self, content, font, table->width[i]);
          break;

        case FF_CELL_NUMBER:
          text = ff_page_flow_text (self, content, FF_TEXT_PLAIN, font,
                                    table->width[i], PANGO_ALIGN_RIGHT);
          break;

        case FF_CELL_LABEL:
          text = ff_page_flow_label_text (self, content, font, table->width[i]);
          break;

        case FF_CELL_CODE:
          text = ff_page_flow_text (self, content, FF_TEXT_PLAIN, font, table->width[i],
                                    PANGO_ALIGN_CENTER);
          break;

        default:
          g_assert_not_reached ();
        }
      ff_flow_cell_init (&row[i], text, table->x[i]);
    }

  if (table->row_height > 0)
    {
      double height = 0;

      for (guint i = 0; i < table->n_columns; i++)
        height = MAX (height, ff_flow_cell_rest (&row[i]));
      style.pad = MAX (CELL_PAD, (table->row_height - height) / 2);
    }

  if (table->n_rows++ == 0)
    table_start (self, row);

  style.x = table->x[0] - CELL_PAD;
  style.width = self->right - self->left;
  ff_page_flow_place_row (self, row, table->n_columns, &style);
}

void
ff_page_flow_add_row (FfPageFlow         *self,
                      const char * const *cells)
{
  g_return_if_fail (self->in_table);

  table_row (self, cells, FF_FONT_CELL, FALSE);
}

void
ff_page_flow_add_total_row (FfPageFlow         *self,
                            const char         *label_msgid,
                            const char * const *cells)
{
  const char *row[FF_TABLE_MAX_COLUMNS] = { label_msgid };

  g_return_if_fail (self->in_table);

  for (guint i = 1; i < self->table.n_columns; i++)
    row[i] = cells[i - 1];
  table_row (self, row, FF_FONT_CELL_BOLD, TRUE);
}

void
ff_page_flow_set_row_height (FfPageFlow *self,
                             double      height)
{
  g_return_if_fail (self->in_table);
  g_return_if_fail (height >= 0);

  self->table.row_height = height;
}

void
ff_page_flow_end_table (FfPageFlow *self)
{
  g_return_if_fail (self->in_table);

  if (self->table.n_rows == 0)
    table_start (self, NULL);
  self->repeat = NULL;
  self->in_table = FALSE;
}

/* The role, name and approval of @party at (@x, @y), @width wide; returns the height. */
static double
signature_party (FfPageFlow             *self,
                 const FfSignatureParty *party,
                 double                  x,
                 double                  y,
                 double                  width)
{
  const FfText *role = ff_page_flow_label_text (self, party->role_msgid, FF_FONT_BOLD, width);
  const FfText *name = ff_page_flow_typed_text (self, party->name, FF_FONT_BODY, width);
  double top = y;

  ff_page_flow_add_whole_text (self, role, x, y, 0);
  y += ff_text_get_height (role) + 2;
  ff_page_flow_add_whole_text (self, name, x, y, 0);
  y += ff_text_get_height (name);

  if (party->approved != NULL && party->approved[0] != '\0')
    {
      /* Translators: printed on a document under a party's name, over the date the
       * party's approval was recorded */
      const FfText *label = ff_page_flow_label_text (self, N_("Approved on"), FF_FONT_SMALL,
                                                     width);
      const FfText *date = ff_page_flow_typed_text (self, party->approved, FF_FONT_BODY,
                                                    width);

      y += 6;
      ff_page_flow_add_whole_text (self, label, x, y, GREY_TEXT);
      y += ff_text_get_height (label) + 1;
      ff_page_flow_add_whole_text (self, date, x, y, 0);
      y += ff_text_get_height (date);
    }

  return y - top;
}

void
ff_page_flow_add_signatures (FfPageFlow             *self,
                             const FfSignatureParty *parties,
                             guint                   n_parties)
{
  const double gap = 28;
  /* three parties side by side (an agreement of three), otherwise two and two */
  const guint per_row = n_parties == 3 ? 3 : 2;
  const double column = (self->right - self->left - gap * (per_row - 1)) / per_row;
  const double line_space = 30;
  static const char * const lines[] = {
    /* Translators: printed on a document: under a line to write on */
    N_("Place and date"),
    /* Translators: printed on a document: under the line to sign on */
    N_("Signature"),
  };
  const FfText *heading;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (FfFlowItem));
  GArray *page;
  double height = 0;
  double row_top;

  ff_page_flow_begin (self);

  /* Lay the block out on a page of its own first, to know its height. */
  page = self->page;
  self->page = items;

  /* Translators: printed on a document: a section's heading, over the signature lines */
  heading = ff_page_flow_label_text (self, N_("Signatures"), FF_FONT_HEADING,
                                     self->right - self->left);
  ff_page_flow_add_whole_text (self, heading, self->left, 0, 0);
  row_top = ff_text_get_height (heading) + 10;

  for (guint first = 0; first < n_parties; first += per_row)
    {
      guint n = MIN (per_row, n_parties - first);
      double parties_height = 0;

      if (first > 0)
        row_top = height + 18;

      /* the lines of a row level, under the tallest of its parties */
      for (guint i = 0; i < n; i++)
        {
          double party_height = signature_party (self, &parties[first + i],
                                                 self->left + i * (column + gap), row_top,
                                                 column);

          parties_height = MAX (parties_height, party_height);
        }

      for (guint i = 0; i < n; i++)
        {
          double x = self->left + i * (column + gap);
          double y = row_top + parties_height;

          for (guint j = 0; j < G_N_ELEMENTS (lines); j++)
            {
              const FfText *label = ff_page_flow_label_text (self, lines[j], FF_FONT_SMALL,
                                                             column);

              y += line_space;
              ff_page_flow_add_rule (self, x, y, column, 0.75, 0);
              y += 2;
              ff_page_flow_add_whole_text (self, label, x, y, GREY_TEXT);
              y += ff_text_get_height (label);
            }
          height = MAX (height, y);
        }
    }

  self->page = page;
  ff_page_flow_add_space (self, 24);
  if (self->y + height > self->bottom && !ff_page_flow_page_is_fresh (self))
    ff_page_flow_new_page (self);
  for (guint i = 0; i < items->len; i++)
    {
      FfFlowItem item = g_array_index (items, FfFlowItem, i);

      item.y += self->y;
      ff_page_flow_add_item (self, &item);
    }
  self->y += height;
}
