/* ff-typesetter.h — texts of printed documents laid out with Pango, measured once
 *
 * A typesetter lays texts out in one Pango context, set up so that one unit is one
 * point and metrics are not hinted (a print and a PDF file break their lines and
 * pages alike), in the few fonts documents use. A text is laid out and measured line
 * by line once, and found again as it is the next time it is asked for, for as long
 * as the typesetter lives: labels are the same in every document of a language, and
 * much of what is typed recurs from one document to the next. PDF files are laid out
 * with one typesetter kept from one file to the next.
 *
 * Texts are drawn through an FfTextDrawing, which gathers the glyphs of a page's
 * plain lines per font and colour and shows each group with one call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* The fonts of printed documents. */
typedef enum
{
  FF_FONT_BODY,         /* 10 pt: values, running text */
  FF_FONT_BOLD,         /* 10 pt bold: the labels of fields */
  FF_FONT_SMALL,        /* 8 pt: page header and footer, words under lines */
  FF_FONT_CELL,         /* 9 pt: a table's cells */
  FF_FONT_CELL_BOLD,    /* 8.5 pt bold: a table's header */
  FF_FONT_HEADING,      /* 13 pt bold: a section's heading */
  FF_FONT_TITLE,        /* 20 pt bold: the document's title */
  FF_N_FONTS
} FfFont;

/* How a text is laid out besides its font, width and alignment. */
typedef enum
{
  FF_TEXT_PLAIN         = 0,
  FF_TEXT_MARKUP        = 1 << 0,   /* Pango markup, not plain text */
  FF_TEXT_LEFT_TO_RIGHT = 1 << 1,   /* no direction of its own: left to right, even
                                     * when it begins in a right-to-left script */
} FfTextFlags;

/* A line of a text, in points from the top left corner of its layout. */
typedef struct
{
  double           top;
  double           bottom;
  double           baseline;
  double           x;
  PangoLayoutLine *line;
} FfTextLine;

/* A laid-out text and its lines, measured once; shared (reference counted) by every
 * document that shows it. Read only. */
typedef struct
{
  PangoLayout *layout;
  FfTextLine  *lines;
  guint        n_lines;          /* at least 1 */
  double       width;            /* the width it was laid out for */
  int          unknown_glyphs;   /* characters no installed font has (drawn as boxes) */
} FfText;

FfText       *ff_text_ref                  (FfText               *text);
void          ff_text_unref                (FfText               *text);

/* From the top of its first line to the bottom of its last. */
double        ff_text_get_height           (const FfText         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfText, ff_text_unref)

#define FF_TYPE_TYPESETTER (ff_typesetter_get_type ())
G_DECLARE_FINAL_TYPE (FfTypesetter, ff_typesetter, FF, TYPESETTER, GObject)

/* A typesetter measuring in @context (a Pango context for Cairo), which it sets up for
 * points and unhinted metrics. */
FfTypesetter *ff_typesetter_new            (PangoContext         *context);

/* The typesetter of PDF files, kept from one file to the next (made anew when Pango's
 * default font map has changed). Labels are fetched on one thread only
 * (ff-report-language.h), so PDF files are written from that thread too. */
FfTypesetter *ff_typesetter_get_for_pdf    (void);

PangoContext *ff_typesetter_get_context    (FfTypesetter         *self);

/* @content laid out in @font, @width points wide, wrapped between words (inside a
 * word only when it is wider than the line). Laid out once per typesetter: asked
 * again, the same text is returned. Returns a new reference. */
FfText       *ff_typesetter_lay_out        (FfTypesetter         *self,
                                            const char           *content,
                                            FfTextFlags           flags,
                                            FfFont                font,
                                            double                width,
                                            PangoAlignment        alignment);

/* Draws texts on a cairo_t: lines of plain glyphs are gathered and shown at the end,
 * one call per font and colour (a PDF surface spends much more on each call than on
 * each glyph); other lines (right-to-left, characters no font has) are drawn at once
 * by Pango. Shapes drawn before ff_text_drawing_finish() are under the text. */
typedef struct _FfTextDrawing FfTextDrawing;

FfTextDrawing *ff_text_drawing_new         (cairo_t              *cr);

/* Lines @first_line to @first_line + @n_lines - 1 of @text, the first one's top left
 * corner at (@x, @y), in @grey (0 black, 1 white) where its markup sets no colour. */
void          ff_text_drawing_add          (FfTextDrawing        *drawing,
                                            const FfText         *text,
                                            guint                 first_line,
                                            guint                 n_lines,
                                            double                x,
                                            double                y,
                                            double                grey);

/* Shows what was gathered and frees @drawing. */
void          ff_text_drawing_finish       (FfTextDrawing        *drawing);

G_END_DECLS
