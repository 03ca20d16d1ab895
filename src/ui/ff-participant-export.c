/* ff-participant-export.c — a participant's copy of their personal data (GDPR
 * article 15), exported from their page as PDF for them to read, or as XML
 *
 * One person's data is written in a moment, so it is written on the main thread: the
 * PDF must be in any case, as its labels are fetched there (ff_document_write_pdf()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-language.h"
#include "ff-participant.h"
#include "ff-participant-page-private.h"
#include "ff-placement-documents.h"
#include "ff-person.h"
#include "ff-person-report.h"
#include "ff-report-language.h"
#include "ff-toast.h"

/* The open file chooser, while it is open. */
#define CHOOSER_KEY "ff-participant-export-chooser"
/* Its filters, to tell which format was chosen. */
#define PDF_FILTER_KEY "ff-participant-export-pdf"

static GtkWindow *
parent_window (FfParticipantPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (FfParticipantPage *self,
            const GError      *error)
{
  const char *message = error->message;
  GtkWidget *dialog;

  if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY))
    message = _("The file is open read-only, so the export cannot be recorded in the "
                "audit log. Nothing was written.");

  dialog = adw_message_dialog_new (parent_window (self), _("Could Not Export Personal Data"),
                                   message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The language the copy is written in: the interface's, when documents are printed in
 * it. */
static const char *
document_language (void)
{
  const char *language = ff_language_displayed ();

  return ff_report_language_available (language, NULL) ? language : "nb";
}

gboolean
ff_participant_page_export_personal_data (FfParticipantPage  *self,
                                          const char         *path,
                                          gboolean            pdf,
                                          GError            **error)
{
  FfStore *store = ff_record_page_get_store (FF_RECORD_PAGE (self));
  gint64 id = ff_participant_page_get_participant_id (self);

  g_return_val_if_fail (id != 0, FALSE);

  /* What is typed is in the copy. */
  ff_participant_page_flush (self);

  if (pdf)
    return ff_person_report_export (store, id, document_language (), path, error);
  return ff_person_export (store, id, path, error);
}

static void
response_cb (GtkNativeDialog   *chooser,
             int                response,
             FfParticipantPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  GtkFileFilter *pdf_filter;
  gboolean pdf;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  pdf_filter = g_object_get_data (G_OBJECT (chooser), PDF_FILTER_KEY);
  /* The file's name says the format; without .pdf or .xml, the filter chosen does. */
  if (path != NULL && g_str_has_suffix (path, ".pdf"))
    pdf = TRUE;
  else if (path != NULL && g_str_has_suffix (path, ".xml"))
    pdf = FALSE;
  else
    pdf = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == pdf_filter;

  /* Closes the chooser, and with it @chooser. */
  g_object_set_data (G_OBJECT (self), CHOOSER_KEY, NULL);
  if (path == NULL || ff_participant_page_get_participant_id (self) == 0)
    return;

  if (!ff_participant_page_export_personal_data (self, path, pdf, &error))
    {
      show_error (self, error);
      return;
    }

  basename = g_filename_display_basename (path);
  /* Translators: after a participant's personal data was exported; %s is the file's
   * name */
  message = g_strdup_printf (_("Personal data exported to %s"), basename);
  ff_toast_show_message (GTK_WIDGET (self), message);
}

static void
destroy_chooser (gpointer data)
{
  GtkNativeDialog *chooser = data;

  g_signal_handlers_disconnect_matched (chooser, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        response_cb, NULL);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  FfRecord *record = ff_record_page_get_record (FF_RECORD_PAGE (self));
  g_autoptr(GtkFileFilter) pdf_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xml_filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  const char *documents;

  if (record == NULL || g_object_get_data (G_OBJECT (self), CHOOSER_KEY) != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Personal Data"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* Translators: the file name offered for the copy of a participant's personal data:
   * the participant's name and the document's name, "Olena Kovalenko – Copy of
   * personal data.pdf" */
  name = g_strdup_printf (C_("file name", "%s – %s.pdf"), ff_record_get_title (record),
                          _("Copy of personal data"));
  g_strdelimit (name, G_DIR_SEPARATOR_S, '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  /* Translators: a kind of file to export a participant's personal data as */
  gtk_file_filter_set_name (pdf_filter, _("PDF, for the participant to read"));
  gtk_file_filter_add_pattern (pdf_filter, "*.pdf");
  gtk_file_filter_add_mime_type (pdf_filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf_filter);
  /* Translators: a kind of file to export a participant's personal data as */
  gtk_file_filter_set_name (xml_filter, _("XML, for another program to read"));
  gtk_file_filter_add_pattern (xml_filter, "*.xml");
  gtk_file_filter_add_mime_type (xml_filter, "application/xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xml_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), pdf_filter);
  g_object_set_data_full (G_OBJECT (chooser), PDF_FILTER_KEY, g_object_ref (pdf_filter),
                          g_object_unref);

  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), self);
  g_object_set_data_full (G_OBJECT (self), CHOOSER_KEY, chooser, destroy_chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The participant's follow-up conversations, all of them, in the interface's language
 * and theirs (ff-placement-documents.h). */
static void
follow_ups_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfRecordPage *page = FF_RECORD_PAGE (widget);
  gint64 id = ff_record_page_get_record_id (page);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  if (id == 0)
    return;

  ff_record_page_flush (page);
  if (g_str_equal (action_name, "participant.print-follow-ups"))
    ff_placement_documents_print_follow_ups (parent, ff_record_page_get_store (page), id,
                                             NULL, NULL, TRUE);
  else
    ff_placement_documents_export_follow_ups (parent, ff_record_page_get_store (page), id,
                                              NULL, NULL, TRUE);
}

void
ff_participant_page_class_add_export_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "participant.export-personal-data", NULL,
                                   export_action);
  gtk_widget_class_install_action (widget_class, "participant.print-follow-ups", NULL,
                                   follow_ups_action);
  gtk_widget_class_install_action (widget_class, "participant.export-follow-ups", NULL,
                                   follow_ups_action);
}

void
ff_participant_page_cancel_export (FfParticipantPage *self)
{
  g_object_set_data (G_OBJECT (self), CHOOSER_KEY, NULL);
}
