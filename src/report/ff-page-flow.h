/* ff-page-flow.h — a printed document's content flowing down its pages
 *
 * A document's layout places its parts one under the other, from the top of the first
 * page down: headings, fields (a label and a value), tables, running text, signature
 * lines. What does not fit goes on the next page: a row of a table moves there whole,
 * under the table's header repeated; running text continues there between lines; a
 * heading goes with what follows it; signature lines stay together. Every page has a
 * header (two short typed texts over a rule) and a footer ("Page 1 of 2").
 *
 * Labels are English messages marked with N_() and printed in the document's
 * language, fetched with ff_report_gettext(); in a bilingual document, the second
 * language follows on a smaller grey line under each label. What the user typed is
 * printed as typed.
 *
 * All sizes are in points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-typesetter.h"

G_BEGIN_DECLS

typedef struct _FfPageFlow FfPageFlow;

/* What a column of a table holds. */
typedef enum
{
  FF_CELL_TEXT,     /* what the user typed, as typed */
  FF_CELL_NUMBER,   /* typed, against the column's right edge */
  FF_CELL_LABEL,    /* a label (an N_() message) in the document's language(s) */
  FF_CELL_CODE,     /* a short code (the letter of an attendance mark), centred under
                     * a heading that is typed text too, not a message (a date): the
                     * narrow columns of a grid */
} FfCellKind;

/* Enough for a grid of a row's name and a month of sessions on a page on its side. */
#define FF_TABLE_MAX_COLUMNS 40

/* A column of a table: its heading (an N_() message; typed text for FF_CELL_CODE), its
 * width in points, or 0 for an equal share of what the columns with a width leave,
 * and what its cells hold. */
typedef struct
{
  const char *header_msgid;
  double      width;
  FfCellKind  kind;
} FfTableColumn;

/* A party that signs: who it is (an N_() message: "Participant"), the name typed
 * under it and, when the party's approval was recorded, its date as the document
 * writes it ("12.01.2026"; NULL or "" when there is none). */
typedef struct
{
  const char *role_msgid;
  const char *name;
  const char *approved;
} FfSignatureParty;

/* --- for FfDocument ------------------------------------------------------------------ */

/* A flow for pages of @width × @height points, laying its texts out with
 * @typesetter, with labels in @language and, when not NULL, @second_language. */
FfPageFlow   *ff_page_flow_new              (FfTypesetter           *typesetter,
                                             const char             *language,
                                             const char             *second_language,
                                             double                  width,
                                             double                  height);
void          ff_page_flow_free             (FfPageFlow             *self);

/* Ends the layout: puts "Page 1 of 2" at the foot of every page. Nothing can be
 * added after it. */
void          ff_page_flow_finish           (FfPageFlow             *self);

guint         ff_page_flow_get_n_pages      (FfPageFlow             *self);

/* Characters that no installed font could show (drawn as boxes), in all the texts. */
int           ff_page_flow_get_unknown_glyphs (FfPageFlow           *self);

/* Draws @page (from 0) on @cr, in points from the page's top left corner. */
void          ff_page_flow_draw_page        (FfPageFlow             *self,
                                             cairo_t                *cr,
                                             guint                   page);

/* --- for a document's layout --------------------------------------------------------- */

const char   *ff_page_flow_get_language     (FfPageFlow             *self);
/* NULL when the document is in one language */
const char   *ff_page_flow_get_second_language (FfPageFlow          *self);

/* The width between the side margins, for a layout that fits its table to the page. */
double        ff_page_flow_get_width        (FfPageFlow             *self);

/* The page header: @left at the left margin (the organisation, say) and @right at
 * the right one (the person the document is about), either NULL or "" for none.
 * Call it before anything is added. */
void          ff_page_flow_set_header       (FfPageFlow             *self,
                                             const char             *left,
                                             const char             *right);

/* The document's title, large, at the top. */
void          ff_page_flow_add_title        (FfPageFlow             *self,
                                             const char             *msgid);

/* A section's heading, on the same page as at least @keep_with points of what
 * follows it. */
void          ff_page_flow_add_heading      (FfPageFlow             *self,
                                             const char             *msgid,
                                             double                  keep_with);

/* A label in bold on a line of its own (a choice made from a list, say), a little
 * apart from what follows. */
void          ff_page_flow_add_label        (FfPageFlow             *self,
                                             const char             *msgid);

/* A field: its label in a left column and its typed @value ("—" when empty or NULL)
 * beside it, written left to right (a name in Arabic script under its Latin form
 * starts where that starts). */
void          ff_page_flow_add_field        (FfPageFlow             *self,
                                             const char             *label_msgid,
                                             const char             *value);

/* As ff_page_flow_add_field(), for a value that is a label too (a status). */
void          ff_page_flow_add_choice_field (FfPageFlow             *self,
                                             const char             *label_msgid,
                                             const char             *value_msgid);

/* Running text the user typed, over the whole width ("—" when empty or NULL); it
 * continues on the next page between any two lines. */
void          ff_page_flow_add_text         (FfPageFlow             *self,
                                             const char             *text);

/* Running text that is a label (an N_() message: a standard clause of an
 * agreement), over the whole width, in the document's language with the second one
 * under it; it continues on the next page between any two lines. */
void          ff_page_flow_add_paragraph    (FfPageFlow             *self,
                                             const char             *msgid);

/* Space between parts; none at the top of a page. */
void          ff_page_flow_add_space        (FfPageFlow             *self,
                                             double                  space);

/* A table of @n_columns (at most FF_TABLE_MAX_COLUMNS) under the heading
 * @heading_msgid (none when NULL): its header row, then the rows added with
 * ff_page_flow_add_row() until ff_page_flow_end_table(). The heading and the header
 * stay with the first row. A row moves to the next page whole when it does not fit,
 * under the header repeated; only a row taller than a page is cut between lines. */
void          ff_page_flow_begin_table      (FfPageFlow             *self,
                                             const char             *heading_msgid,
                                             const FfTableColumn    *columns,
                                             guint                   n_columns);
/* A row: one string per column, typed text or a message as the column says (NULL
 * for an empty cell). */
void          ff_page_flow_add_row          (FfPageFlow             *self,
                                             const char * const     *cells);
/* A row of totals, in bold: its first cell the label @label_msgid (an N_() message),
 * whatever the first column holds, and @cells for the other columns. */
void          ff_page_flow_add_total_row    (FfPageFlow             *self,
                                             const char             *label_msgid,
                                             const char * const     *cells);
void          ff_page_flow_end_table        (FfPageFlow             *self);

/* The rows of the table being added, from the next one on, are at least @height
 * points high, their cells centred in that height: room to sign on a sign-in sheet.
 * 0 (as each table begins) lets a row be as high as its text. */
void          ff_page_flow_set_row_height   (FfPageFlow             *self,
                                             double                  height);

/* The heading "Signatures" and, two parties side by side, each party's role, name,
 * the date of its approval when it has one ("Approved on"), and lines to write the
 * place and date and to sign on: all on one page. */
void          ff_page_flow_add_signatures   (FfPageFlow             *self,
                                             const FfSignatureParty *parties,
                                             guint                   n_parties);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfPageFlow, ff_page_flow_free)

G_END_DECLS
