/* ff-placement-documents.c — printing a placement's agreement and a participant's
 * follow-up history, and exporting them as PDF
 *
 * Both go the one way every document goes (ff-document-print.c): a document made from
 * the store when asked for, printed in the system dialog, or written where the file
 * chooser says. The document records its print or export in the audit log itself
 * (ff-placement-agreement-report.c, ff-follow-up-report.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ff-document-print.h"
#include "ff-follow-up-report.h"
#include "ff-language.h"
#include "ff-participant.h"
#include "ff-placement.h"
#include "ff-placement-agreement-report.h"
#include "ff-placement-documents.h"
#include "ff-report-language.h"
#include "ff-report-participant.h"
#include "ff-toast.h"

typedef enum
{
  AGREEMENT,
  FOLLOW_UPS,
} Kind;

/* What to print or export, kept while a dialog is open. */
typedef struct
{
  Kind        kind;
  GtkWindow  *parent;       /* owned; NULL for none */
  FfStore    *store;        /* owned */
  gint64      id;           /* the placement's, or the participant's */
  char       *from;
  char       *to;
  gboolean    bilingual;
  FfDocument *document;     /* owned while the file chooser offers its name */
} Request;

static Request *
request_new (Kind        kind,
             GtkWindow  *parent,
             FfStore    *store,
             gint64      id,
             const char *from,
             const char *to,
             gboolean    bilingual)
{
  Request *request = g_new0 (Request, 1);

  request->kind = kind;
  request->parent = parent != NULL ? g_object_ref (parent) : NULL;
  request->store = g_object_ref (store);
  request->id = id;
  request->from = g_strdup (from);
  request->to = g_strdup (to);
  request->bilingual = bilingual;

  return request;
}

static void
request_free (Request *request)
{
  g_clear_object (&request->parent);
  g_clear_object (&request->store);
  g_clear_object (&request->document);
  g_free (request->from);
  g_free (request->to);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

/* Whether @request's window is still there to show what happened. */
static gboolean
parent_alive (Request *request)
{
  return request->parent == NULL
         || !gtk_widget_in_destruction (GTK_WIDGET (request->parent));
}

static void
show_error (Request    *request,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog;

  if (!parent_alive (request))
    return;

  dialog = adw_message_dialog_new (request->parent, heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
print_failed (Request *request)
{
  return request->kind == AGREEMENT ? _("Could Not Print Agreement")
                                    : _("Could Not Print Follow-Up History");
}

static const char *
export_failed (Request *request)
{
  return request->kind == AGREEMENT ? _("Could Not Export Agreement")
                                    : _("Could Not Export Follow-Up History");
}

/* The participant of @request: its own id, or the placement's participant. */
static FfParticipant *
load_participant (Request  *request,
                  GError  **error)
{
  g_autoptr(FfRecord) placement = NULL;
  gint64 participant_id = request->id;

  if (request->kind == AGREEMENT)
    {
      placement = ff_record_load (request->store, &ff_placement_type, request->id, error);
      if (placement == NULL)
        return NULL;
      participant_id = g_ascii_strtoll (ff_record_get (placement,
                                                       FF_PLACEMENT_PARTICIPANT_ID),
                                        NULL, 10);
    }

  return ff_participant_load (request->store, participant_id, error);
}

/* The document as the store holds it now, in the interface's language (Bokmål when
 * documents are not printed in it) and, when bilingual, the participant's second. */
static FfDocument *
document_new (Request  *request,
              GError  **error)
{
  const char *language = ff_language_displayed ();
  const char *second_language = NULL;

  if (!ff_report_language_available (language, NULL))
    language = "nb";

  if (request->bilingual)
    {
      g_autoptr(FfParticipant) participant = load_participant (request, error);

      if (participant == NULL)
        return NULL;
      second_language = ff_report_second_language (participant, language);
    }

  if (request->kind == AGREEMENT)
    return FF_DOCUMENT (ff_placement_agreement_report_new (request->store, request->id,
                                                           language, second_language,
                                                           error));

  return FF_DOCUMENT (ff_follow_up_report_new (request->store, request->id, request->from,
                                               request->to, language, second_language,
                                               error));
}

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;

  if (ff_document_print_finish (result, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (request, print_failed (request), error != NULL ? error->message : "");
}

static void
print_request (Request *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfDocument) document = document_new (request, &error);

  if (document == NULL)
    {
      show_error (request, print_failed (request), error->message);
      request_free (request);
      return;
    }

  ff_document_print_async (document, request->parent, NULL, print_done_cb, request);
}

/* Writes @request's document to @path, read from the store now, and says so. */
static gboolean
export_to_path (Request     *request,
                const char  *path,
                GError     **error)
{
  g_autoptr(FfDocument) document = document_new (request, error);
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (document == NULL || !ff_document_write_pdf (document, path, NULL, error))
    return FALSE;

  if (request->parent != NULL && parent_alive (request))
    {
      basename = g_filename_display_basename (path);
      /* Translators: after a placement agreement or a follow-up history was exported;
       * %s is the file's name */
      message = g_strdup_printf (_("Exported to %s"), basename);
      ff_toast_show_message (GTK_WIDGET (request->parent), message);
    }

  return TRUE;
}

static void
export_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = ff_document_print_choose_pdf_finish (result, &error);
  g_autofree char *path = NULL;

  /* It gave the file name offered; what is written is read again now. */
  g_clear_object (&request->document);

  if (file == NULL || !parent_alive (request))
    return;

  path = g_file_get_path (file);
  if (!export_to_path (request, path, &error))
    show_error (request, export_failed (request), error->message);
}

static void
export_request (Request *request)
{
  g_autoptr(GError) error = NULL;

  /* for the file name it offers */
  request->document = document_new (request, &error);
  if (request->document == NULL)
    {
      show_error (request, export_failed (request), error->message);
      request_free (request);
      return;
    }

  ff_document_print_choose_pdf_async (request->document, request->parent,
                                      request->kind == AGREEMENT
                                      ? _("Export Agreement as PDF")
                                      : _("Export Follow-Up History as PDF"),
                                      NULL, export_chosen_cb, request);
}

void
ff_placement_documents_print_agreement (GtkWindow *parent,
                                        FfStore   *store,
                                        gint64     placement_id,
                                        gboolean   bilingual)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FF_IS_STORE (store));

  print_request (request_new (AGREEMENT, parent, store, placement_id, NULL, NULL, bilingual));
}

void
ff_placement_documents_export_agreement (GtkWindow *parent,
                                         FfStore   *store,
                                         gint64     placement_id,
                                         gboolean   bilingual)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FF_IS_STORE (store));

  export_request (request_new (AGREEMENT, parent, store, placement_id, NULL, NULL, bilingual));
}

gboolean
ff_placement_documents_export_agreement_to_path (GtkWindow   *parent,
                                                 FfStore     *store,
                                                 gint64       placement_id,
                                                 gboolean     bilingual,
                                                 const char  *path,
                                                 GError     **error)
{
  g_autoptr(Request) request = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  request = request_new (AGREEMENT, parent, store, placement_id, NULL, NULL, bilingual);
  return export_to_path (request, path, error);
}

void
ff_placement_documents_print_follow_ups (GtkWindow  *parent,
                                         FfStore    *store,
                                         gint64      participant_id,
                                         const char *from,
                                         const char *to,
                                         gboolean    bilingual)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FF_IS_STORE (store));

  print_request (request_new (FOLLOW_UPS, parent, store, participant_id, from, to, bilingual));
}

void
ff_placement_documents_export_follow_ups (GtkWindow  *parent,
                                          FfStore    *store,
                                          gint64      participant_id,
                                          const char *from,
                                          const char *to,
                                          gboolean    bilingual)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FF_IS_STORE (store));

  export_request (request_new (FOLLOW_UPS, parent, store, participant_id, from, to, bilingual));
}

gboolean
ff_placement_documents_export_follow_ups_to_path (GtkWindow   *parent,
                                                  FfStore     *store,
                                                  gint64       participant_id,
                                                  const char  *from,
                                                  const char  *to,
                                                  gboolean     bilingual,
                                                  const char  *path,
                                                  GError     **error)
{
  g_autoptr(Request) request = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  request = request_new (FOLLOW_UPS, parent, store, participant_id, from, to, bilingual);
  return export_to_path (request, path, error);
}
