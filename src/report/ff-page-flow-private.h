/* ff-page-flow-private.h — the page flow's rows and pages, for the parts laid out
 * in ff-page-flow-blocks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-page-flow.h"

G_BEGIN_DECLS

#define MM (72.0 / 25.4)

#define CELL_PAD 3.0
#define EPSILON 0.01

/* The grey of what is printed around the content (page header, footer, second
 * language) and of the table's lines and shading. */
#define GREY_TEXT  0.35
#define GREY_RULE  0.6
#define GREY_SHADE 0.92

/* What a page shows, in points from its top left corner. */
typedef enum
{
  FF_FLOW_ITEM_TEXT,    /* lines of a text; (x, y) is the top left of the first */
  FF_FLOW_ITEM_RULE,    /* a line from (x, y) to (x + w, y + h) */
  FF_FLOW_ITEM_SHADE,   /* a filled rectangle */
} FfFlowItemKind;

typedef struct
{
  FfFlowItemKind  kind;
  double          x, y, w, h;
  double          grey;
  double          line_width;    /* FF_FLOW_ITEM_RULE */
  const FfText   *text;          /* FF_FLOW_ITEM_TEXT: owned by the flow's texts */
  guint           first_line;
  guint           n_lines;
} FfFlowItem;

/* A cell of a row: a text, where it stands, and how far it has been placed. */
typedef struct
{
  const FfText *text;
  double        x;
  guint         next;            /* the first line not placed yet */
} FfFlowCell;

typedef struct
{
  double   pad;                  /* above and below the cells */
  gboolean split;                /* may be cut between lines anywhere (running text) */
  gboolean shade;                /* on a grey ground (a table's header row) */
  gboolean rule;                 /* with a rule under it (a table's rows) */
  double   x, width;             /* of the shading and the rule */
} FfRowStyle;

typedef struct
{
  const char   *heading_msgid;
  guint         n_columns;
  guint         n_rows;
  double        row_height;      /* the least height of a row; 0: its text's */
  FfCellKind    kind[FF_TABLE_MAX_COLUMNS];
  double        x[FF_TABLE_MAX_COLUMNS];
  double        width[FF_TABLE_MAX_COLUMNS];
  const FfText *header[FF_TABLE_MAX_COLUMNS];
} FfFlowTable;

struct _FfPageFlow
{
  FfTypesetter      *typesetter;   /* NULL once finished */
  char              *language;
  char              *second;       /* NULL when in one language */

  double             width, height;
  double             left, right;
  double             top, bottom;
  double             footer_height;
  double             y;
  double             fresh_y;      /* where the current page's content begins */

  GPtrArray         *texts;        /* FfText, every one the pages show */
  GPtrArray         *pages;        /* GArray of FfFlowItem per page */
  GArray            *page;         /* the current page; NULL before the first */

  FfFlowTable        table;        /* the table being added */
  gboolean           in_table;
  const FfFlowTable *repeat;       /* the table whose header begins each new page */

  const FfText      *header_left;
  const FfText      *header_right;
  double             header_rule_y;
};

static inline void
ff_flow_cell_init (FfFlowCell   *cell,
                   const FfText *text,
                   double        x)
{
  cell->text = text;
  cell->x = x;
  cell->next = 0;
}

/* The height of the lines of @cell not placed yet. */
static inline double
ff_flow_cell_rest (const FfFlowCell *cell)
{
  const FfTextLine *lines = cell->text->lines;

  if (cell->next >= cell->text->n_lines)
    return 0;

  return lines[cell->text->n_lines - 1].bottom - lines[cell->next].top;
}

/* Whether nothing has been placed on the current page yet (but a repeated header). */
static inline gboolean
ff_page_flow_page_is_fresh (FfPageFlow *self)
{
  return self->y <= self->fresh_y + EPSILON;
}

/* The first page begins with the first thing added, once the header is known. */
void          ff_page_flow_begin            (FfPageFlow       *self);
void          ff_page_flow_new_page         (FfPageFlow       *self);

/* Places what is left of @cells on the pages: the whole row where it fits, on the
 * next page when it does not, cut between lines only when it is running text or
 * taller than a page. */
void          ff_page_flow_place_row        (FfPageFlow       *self,
                                             FfFlowCell       *cells,
                                             guint             n_cells,
                                             const FfRowStyle *style);

/* Texts the pages show: the flow keeps them. */
const FfText *ff_page_flow_text             (FfPageFlow       *self,
                                             const char       *content,
                                             FfTextFlags       flags,
                                             FfFont            font,
                                             double            width,
                                             PangoAlignment    alignment);
/* What the user typed, as typed. */
const FfText *ff_page_flow_typed_text       (FfPageFlow       *self,
                                             const char       *text,
                                             FfFont            font,
                                             double            width);
/* A label in the document's language(s). */
const FfText *ff_page_flow_label_text       (FfPageFlow       *self,
                                             const char       *msgid,
                                             FfFont            font,
                                             double            width);
/* As ff_page_flow_label_text(), set against the right edge of @width. */
const FfText *ff_page_flow_label_text_right (FfPageFlow       *self,
                                             const char       *msgid,
                                             FfFont            font,
                                             double            width);

void          ff_page_flow_add_item         (FfPageFlow       *self,
                                             const FfFlowItem *item);
/* All lines of @text, with its top left at (@x, @y). */
void          ff_page_flow_add_whole_text   (FfPageFlow       *self,
                                             const FfText     *text,
                                             double            x,
                                             double            y,
                                             double            grey);
void          ff_page_flow_add_rule         (FfPageFlow       *self,
                                             double            x,
                                             double            y,
                                             double            width,
                                             double            line_width,
                                             double            grey);

/* The header row of @table (in ff-page-flow-blocks.c). */
void          ff_page_flow_table_header_row (FfPageFlow        *self,
                                             const FfFlowTable *table);

G_END_DECLS
