/* ff-document.c — a printed document: laid out on pages, printed, written as PDF
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

#include "ff-audit.h"
#include "ff-document.h"
#include "ff-report-language.h"

typedef struct
{
  GObject    *source;            /* what is printed */
  char       *language;
  char       *second_language;   /* NULL when in one language */
  FfPageFlow *flow;              /* the last pagination */

  /* Where its prints and exports are recorded (ff_document_set_audit()). */
  FfStore    *audit_store;
  GArray     *audit_participant_ids;   /* gint64 */
  char       *audit_what;
} FfDocumentPrivate;

static void ff_document_initable_iface_init (GInitableIface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (FfDocument, ff_document, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (FfDocument)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                         ff_document_initable_iface_init))

G_DEFINE_QUARK (ff-report-error-quark, ff_report_error)

enum
{
  PROP_0,
  PROP_SOURCE,
  PROP_LANGUAGE,
  PROP_SECOND_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A document is never printed with labels silently left in English: a language it
 * cannot be printed in, or one whose translation is missing, refuses it. */
static gboolean
ff_document_initable_init (GInitable     *initable,
                           GCancellable  *cancellable,
                           GError       **error)
{
  FfDocumentPrivate *priv = ff_document_get_instance_private (FF_DOCUMENT (initable));

  return ff_report_language_available (priv->language, error) &&
         (priv->second_language == NULL ||
          ff_report_language_available (priv->second_language, error));
}

static void
ff_document_initable_iface_init (GInitableIface *iface)
{
  iface->init = ff_document_initable_init;
}

static void
ff_document_constructed (GObject *object)
{
  FfDocumentPrivate *priv = ff_document_get_instance_private (FF_DOCUMENT (object));

  G_OBJECT_CLASS (ff_document_parent_class)->constructed (object);

  /* no second language, or the same twice: printed in one language */
  if (priv->second_language != NULL &&
      (priv->second_language[0] == '\0' ||
       g_strcmp0 (priv->second_language, priv->language) == 0))
    g_clear_pointer (&priv->second_language, g_free);
}

static void
ff_document_finalize (GObject *object)
{
  FfDocumentPrivate *priv = ff_document_get_instance_private (FF_DOCUMENT (object));

  g_clear_pointer (&priv->flow, ff_page_flow_free);
  g_clear_object (&priv->source);
  g_clear_pointer (&priv->language, g_free);
  g_clear_pointer (&priv->second_language, g_free);
  g_clear_object (&priv->audit_store);
  g_clear_pointer (&priv->audit_participant_ids, g_array_unref);
  g_clear_pointer (&priv->audit_what, g_free);

  G_OBJECT_CLASS (ff_document_parent_class)->finalize (object);
}

static void
ff_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FfDocumentPrivate *priv = ff_document_get_instance_private (FF_DOCUMENT (object));

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_object (value, priv->source);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, priv->language);
      break;
    case PROP_SECOND_LANGUAGE:
      g_value_set_string (value, priv->second_language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FfDocumentPrivate *priv = ff_document_get_instance_private (FF_DOCUMENT (object));

  switch (prop_id)
    {
    case PROP_SOURCE:
      priv->source = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      priv->language = g_value_dup_string (value);
      break;
    case PROP_SECOND_LANGUAGE:
      priv->second_language = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The document's subject, when its class names it (FfDocumentClass's name). */
static char *
dup_subject (FfDocument *self)
{
  FfDocumentClass *klass = FF_DOCUMENT_GET_CLASS (self);

  return klass->name != NULL && klass->dup_subject != NULL ? klass->dup_subject (self) : NULL;
}

static char *
ff_document_real_dup_title (FfDocument *self)
{
  g_autofree char *subject = dup_subject (self);

  g_return_val_if_fail (subject != NULL, g_strdup (""));

  /* The PDF file's title is in the document's language. */
  return g_strdup_printf ("%s — %s",
                          ff_report_gettext (ff_document_get_language (self),
                                             FF_DOCUMENT_GET_CLASS (self)->name),
                          subject);
}

static char *
ff_document_real_dup_job_name (FfDocument *self)
{
  g_autofree char *subject = dup_subject (self);

  if (subject == NULL)
    return ff_document_dup_title (self);

  /* Translators: the name of a print job: the document's name ("Job-seeker log") and
   * whom or what it is about ("Olena Kovalenko", a course's title) */
  return g_strdup_printf (C_("print job", "%s – %s"), _(FF_DOCUMENT_GET_CLASS (self)->name),
                          subject);
}

static char *
ff_document_real_dup_suggested_file_name (FfDocument *self)
{
  g_autofree char *subject = dup_subject (self);
  g_autofree char *title = NULL;

  if (subject != NULL)
    /* Translators: the file name offered for a document's PDF: whom or what it is
     * about and the document's name, "Olena Kovalenko – Job-seeker log.pdf" */
    return g_strdup_printf (C_("file name", "%s – %s.pdf"), subject,
                            _(FF_DOCUMENT_GET_CLASS (self)->name));

  title = ff_document_dup_title (self);
  return g_strconcat (title, ".pdf", NULL);
}

static void
ff_document_class_init (FfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = ff_document_constructed;
  object_class->finalize = ff_document_finalize;
  object_class->get_property = ff_document_get_property;
  object_class->set_property = ff_document_set_property;

  klass->dup_title = ff_document_real_dup_title;
  klass->dup_job_name = ff_document_real_dup_job_name;
  klass->dup_suggested_file_name = ff_document_real_dup_suggested_file_name;

  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, G_TYPE_OBJECT, flags);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, flags);
  properties[PROP_SECOND_LANGUAGE] =
    g_param_spec_string ("second-language", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ff_document_init (FfDocument *self)
{
}

GObject *
ff_document_get_source (FfDocument *self)
{
  g_return_val_if_fail (FF_IS_DOCUMENT (self), NULL);

  return ((FfDocumentPrivate *) ff_document_get_instance_private (self))->source;
}

const char *
ff_document_get_language (FfDocument *self)
{
  FfDocumentPrivate *priv;

  g_return_val_if_fail (FF_IS_DOCUMENT (self), NULL);

  priv = ff_document_get_instance_private (self);
  return priv->language;
}

const char *
ff_document_get_second_language (FfDocument *self)
{
  FfDocumentPrivate *priv;

  g_return_val_if_fail (FF_IS_DOCUMENT (self), NULL);

  priv = ff_document_get_instance_private (self);
  return priv->second_language;
}

gboolean
ff_document_get_landscape (FfDocument *self)
{
  g_return_val_if_fail (FF_IS_DOCUMENT (self), FALSE);

  return FF_DOCUMENT_GET_CLASS (self)->landscape;
}

static int
paginate (FfDocument   *self,
          FfTypesetter *typesetter,
          double        width,
          double        height)
{
  FfDocumentPrivate *priv = ff_document_get_instance_private (self);

  g_clear_pointer (&priv->flow, ff_page_flow_free);
  priv->flow = ff_page_flow_new (typesetter, priv->language, priv->second_language, width,
                                 height);
  FF_DOCUMENT_GET_CLASS (self)->layout (self, priv->flow);
  ff_page_flow_finish (priv->flow);

  return ff_page_flow_get_n_pages (priv->flow);
}

int
ff_document_paginate (FfDocument   *self,
                      PangoContext *context,
                      double        width,
                      double        height)
{
  g_autoptr(FfTypesetter) typesetter = NULL;

  g_return_val_if_fail (FF_IS_DOCUMENT (self), 1);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 1);

  typesetter = ff_typesetter_new (context);

  return paginate (self, typesetter, width, height);
}

int
ff_document_get_n_pages (FfDocument *self)
{
  FfDocumentPrivate *priv;

  g_return_val_if_fail (FF_IS_DOCUMENT (self), 0);

  priv = ff_document_get_instance_private (self);
  return priv->flow != NULL ? (int) ff_page_flow_get_n_pages (priv->flow) : 0;
}

int
ff_document_get_unknown_glyphs (FfDocument *self)
{
  FfDocumentPrivate *priv;

  g_return_val_if_fail (FF_IS_DOCUMENT (self), 0);

  priv = ff_document_get_instance_private (self);
  return priv->flow != NULL ? ff_page_flow_get_unknown_glyphs (priv->flow) : 0;
}

void
ff_document_draw_page (FfDocument *self,
                       cairo_t    *cr,
                       int         page)
{
  FfDocumentPrivate *priv;

  g_return_if_fail (FF_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);

  priv = ff_document_get_instance_private (self);
  g_return_if_fail (priv->flow != NULL);
  g_return_if_fail (page >= 0 && page < (int) ff_page_flow_get_n_pages (priv->flow));

  ff_page_flow_draw_page (priv->flow, cr, page);
}

char *
ff_document_dup_title (FfDocument *self)
{
  g_return_val_if_fail (FF_IS_DOCUMENT (self), NULL);

  return FF_DOCUMENT_GET_CLASS (self)->dup_title (self);
}

char *
ff_document_dup_job_name (FfDocument *self)
{
  g_return_val_if_fail (FF_IS_DOCUMENT (self), NULL);

  return FF_DOCUMENT_GET_CLASS (self)->dup_job_name (self);
}

char *
ff_document_dup_suggested_file_name (FfDocument *self)
{
  g_return_val_if_fail (FF_IS_DOCUMENT (self), NULL);

  /* a name cannot hold a folder separator */
  return g_strdelimit (FF_DOCUMENT_GET_CLASS (self)->dup_suggested_file_name (self), "/\\",
                       '-');
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
 * for it and frees them when the stream ends: about ten times per document. glibc
 * gives memory freed at the top of the heap back to the system once more than
 * 128 KB are free there, and the next stream faults it in again page by page,
 * which costs a batch of documents a sixth of its time. Up to 4 MB freed at the top
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

typedef struct
{
  FfDocument *document;
  int        *n_pages;
} PdfWrite;

static gboolean
write_pdf (FfDocument  *self,
           const char  *path,
           int         *n_pages,
           GError     **error)
{
  g_autofree char *title = NULL;
  g_autoptr(GByteArray) pdf = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean landscape;
  double width, height;
  int pages;

  g_return_val_if_fail (FF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  keep_freed_memory ();
  landscape = ff_document_get_landscape (self);
  width = landscape ? FF_REPORT_A4_HEIGHT : FF_REPORT_A4_WIDTH;
  height = landscape ? FF_REPORT_A4_WIDTH : FF_REPORT_A4_HEIGHT;
  pages = paginate (self, ff_typesetter_get_for_pdf (), width, height);

  /* The whole document is made in memory, then written in one go. */
  pdf = g_byte_array_sized_new (64 * 1024);
  surface = cairo_pdf_surface_create_for_stream (append_to_buffer, pdf, width, height);
  title = ff_document_dup_title (self);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Fotfeste");

  cr = cairo_create (surface);
  for (int page = 0; page < pages; page++)
    {
      ff_document_draw_page (self, cr, page);
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

static gboolean
write_pdf_cb (const char  *path,
              gpointer     user_data,
              GError     **error)
{
  PdfWrite *pdf = user_data;

  return write_pdf (pdf->document, path, pdf->n_pages, error);
}

gboolean
ff_document_write_pdf (FfDocument  *self,
                       const char  *path,
                       int         *n_pages,
                       GError     **error)
{
  FfDocumentPrivate *priv;
  PdfWrite pdf = { self, n_pages };

  g_return_val_if_fail (FF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  priv = ff_document_get_instance_private (self);
  if (priv->audit_store == NULL)
    return write_pdf (self, path, n_pages, error);

  return ff_audit_export_file (priv->audit_store,
                               (const gint64 *) priv->audit_participant_ids->data,
                               priv->audit_participant_ids->len, priv->audit_what, path,
                               write_pdf_cb, &pdf, error);
}

void
ff_document_set_audit_participants (FfDocument   *self,
                                    FfStore      *store,
                                    const gint64 *participant_ids,
                                    guint         n_ids,
                                    const char   *what)
{
  FfDocumentPrivate *priv;

  g_return_if_fail (FF_IS_DOCUMENT (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (participant_ids != NULL || n_ids == 0);
  g_return_if_fail (what != NULL);

  priv = ff_document_get_instance_private (self);
  g_set_object (&priv->audit_store, store);
  g_clear_pointer (&priv->audit_participant_ids, g_array_unref);
  priv->audit_participant_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_array_append_vals (priv->audit_participant_ids, participant_ids, n_ids);
  g_free (priv->audit_what);
  priv->audit_what = g_strdup (what);
}

void
ff_document_set_audit (FfDocument *self,
                       FfStore    *store,
                       gint64      participant_id,
                       const char *what)
{
  ff_document_set_audit_participants (self, store, &participant_id, 1, what);
}

gboolean
ff_document_audit_print (FfDocument  *self,
                         GError     **error)
{
  FfDocumentPrivate *priv;

  g_return_val_if_fail (FF_IS_DOCUMENT (self), FALSE);

  priv = ff_document_get_instance_private (self);
  if (priv->audit_store == NULL)
    return TRUE;

  return ff_audit_log_prints (priv->audit_store,
                              (const gint64 *) priv->audit_participant_ids->data,
                              priv->audit_participant_ids->len, priv->audit_what, error);
}
