/* ff-person-report.c — a copy of everything the file holds about one participant, for
 * them to read (GDPR article 15)
 *
 * Everything is read when the document is made (ff_person_read()); only the layout is
 * here.
 *
 * The national identity number is printed in full, unlike on every other document
 * and on screen: this is the person's own copy of their data, and article 15 gives
 * them all of it. That it was made is in the audit log ("exported:access-pdf").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-person.h"
#include "ff-person-report.h"
#include "ff-record.h"
#include "ff-report-language.h"

struct _FfPersonReport
{
  FfDocument     parent_instance;

  FfParticipant *participant;   /* the document's source */
  FfPersonData  *data;
};

G_DEFINE_FINAL_TYPE (FfPersonReport, ff_person_report, FF_TYPE_DOCUMENT)

static void
layout_title (FfPersonReport *self,
              FfPageFlow     *flow)
{
  const char *language = ff_document_get_language (FF_DOCUMENT (self));
  g_autofree char *day = g_strndup (self->data->read_at, 10);  /* of "YYYY-MM-DDT…" */
  g_autofree char *date = ff_format_date (day, language);

  ff_page_flow_set_header (flow, NULL, ff_participant_get_display_name (self->participant));
  /* Translators: the title of the document that gives a participant everything the
   * file holds about them (GDPR article 15, innsyn) */
  ff_page_flow_add_title (flow, N_("Copy of personal data"));
  /* Translators: on the copy of a participant's personal data, beside their name */
  ff_page_flow_add_field (flow, N_("Participant"),
                          ff_participant_get_display_name (self->participant));
  /* Translators: on the copy of a participant's personal data, beside the day it was
   * made */
  ff_page_flow_add_field (flow, N_("Made on"), date);
  ff_page_flow_add_space (flow, 6);
  /* Translators: on the copy of a participant's personal data, under its title */
  ff_page_flow_add_label (flow, N_("Everything this file holds about you, and every "
                                   "entry of its audit log about your data."));
}

/* The field of @column in the record kind of @table, or -1. */
static int
find_field (const FfRecordType **type,
            const char          *table,
            const char          *column)
{
  *type = ff_record_type_find (table);
  if (*type == NULL)
    return -1;

  for (guint i = 0; i < (*type)->n_fields; i++)
    {
      if (g_str_equal (ff_record_type_column (*type, i), column))
        return (int) i;
    }

  return -1;
}

static void
add_value (FfPersonReport  *self,
           FfPageFlow      *flow,
           FfPersonSection *section,
           FfPersonColumn  *column,
           const char      *value)
{
  const FfRecordType *type;
  int field = find_field (&type, section->table, column->name);
  g_autofree char *display = NULL;

  if (field >= 0 && type->fields[field].choices != NULL)
    {
      const FfChoiceList *choices = type->fields[field].choices;

      ff_page_flow_add_choice_field (flow, column->label,
                                     ff_report_choice_msgid (choices,
                                                             ff_choice_list_index (choices,
                                                                                   value)));
      return;
    }

  /* A national id too is shown as stored: in full (see above). */
  if (field >= 0)
    display = ff_record_display (type, field, value,
                                 ff_document_get_language (FF_DOCUMENT (self)));
  ff_page_flow_add_field (flow, column->label, display != NULL ? display : value);
}

static void
layout_section (FfPersonReport  *self,
                FfPageFlow      *flow,
                FfPersonSection *section)
{
  ff_page_flow_add_space (flow, 12);
  ff_page_flow_add_heading (flow, section->label, 40);

  if (section->rows->len == 0)
    {
      /* Translators: on the copy of a participant's personal data, under the heading
       * of a kind of data (job applications, plans …) the file holds none of */
      ff_page_flow_add_label (flow, N_("None."));
      return;
    }

  for (guint r = 0; r < section->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (section->rows, r);

      if (r > 0)
        ff_page_flow_add_space (flow, 8);
      for (guint c = 0; c < section->columns->len; c++)
        {
          FfPersonColumn *column = g_ptr_array_index (section->columns, c);
          const char *value = g_ptr_array_index (row, c);

          if (column->internal || value == NULL || value[0] == '\0')
            continue;
          add_value (self, flow, section, column, value);
        }
    }
}

static void
layout_audit (FfPersonReport  *self,
              FfPageFlow      *flow,
              FfPersonSection *section)
{
  static const FfTableColumn columns[] = {
    /* Translators: on the copy of a participant's personal data: a column of the
     * audit log's table, when something happened */
    { N_("When"), 112, FF_CELL_TEXT },
    /* Translators: on the copy of a participant's personal data: a column of the
     * audit log's table, which table and field of the file */
    { N_("What"), 100, FF_CELL_TEXT },
    { N_("Old value"), 0, FF_CELL_TEXT },
    { N_("New value"), 0, FF_CELL_TEXT },
    /* Translators: on the copy of a participant's personal data: a column of the
     * audit log's table, the computer user who did it */
    { N_("User"), 64, FF_CELL_TEXT },
  };
  static const char * const names[] = {
    "created_at", "table_name", "field", "old_value", "new_value", "os_user",
  };
  int index[G_N_ELEMENTS (names)];

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      index[n] = -1;
      for (guint c = 0; c < section->columns->len; c++)
        {
          FfPersonColumn *column = g_ptr_array_index (section->columns, c);

          if (g_str_equal (column->name, names[n]))
            index[n] = (int) c;
        }
    }

  ff_page_flow_add_space (flow, 12);
  if (section->rows->len == 0)
    {
      ff_page_flow_add_heading (flow, section->label, 20);
      ff_page_flow_add_label (flow, N_("None."));
      return;
    }

  ff_page_flow_begin_table (flow, section->label, columns, G_N_ELEMENTS (columns));
  for (guint r = 0; r < section->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (section->rows, r);
      const char *values[G_N_ELEMENTS (names)];
      g_autofree char *what = NULL;
      const char *cells[5];

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        values[n] = index[n] >= 0 ? g_ptr_array_index (row, index[n]) : NULL;

      what = values[2] != NULL ? g_strdup_printf ("%s: %s", values[1], values[2])
                               : g_strdup (values[1]);
      cells[0] = values[0];
      cells[1] = what;
      cells[2] = values[3];
      cells[3] = values[4];
      cells[4] = values[5];
      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
ff_person_report_layout (FfDocument *document,
                         FfPageFlow *flow)
{
  FfPersonReport *self = FF_PERSON_REPORT (document);

  layout_title (self, flow);
  for (guint i = 0; i < self->data->sections->len; i++)
    {
      FfPersonSection *section = g_ptr_array_index (self->data->sections, i);

      if (g_str_equal (section->table, "audit"))
        layout_audit (self, flow, section);
      else
        layout_section (self, flow, section);
    }
}

static char *
ff_person_report_dup_title (FfDocument *document)
{
  FfPersonReport *self = FF_PERSON_REPORT (document);

  return g_strdup_printf ("%s — %s",
                          ff_report_gettext (ff_document_get_language (document),
                                             N_("Copy of personal data")),
                          ff_participant_get_display_name (self->participant));
}

static char *
ff_person_report_dup_suggested_file_name (FfDocument *document)
{
  FfPersonReport *self = FF_PERSON_REPORT (document);

  /* Translators: the file name offered for the copy of a participant's personal data:
   * the participant's name and the document's name, "Olena Kovalenko – Copy of
   * personal data.pdf" */
  return g_strdup_printf (C_("file name", "%s – %s.pdf"),
                          ff_participant_get_display_name (self->participant),
                          _("Copy of personal data"));
}

static void
ff_person_report_constructed (GObject *object)
{
  FfPersonReport *self = FF_PERSON_REPORT (object);

  G_OBJECT_CLASS (ff_person_report_parent_class)->constructed (object);

  self->participant = FF_PARTICIPANT (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_person_report_finalize (GObject *object)
{
  FfPersonReport *self = FF_PERSON_REPORT (object);

  g_clear_pointer (&self->data, ff_person_data_free);

  G_OBJECT_CLASS (ff_person_report_parent_class)->finalize (object);
}

static void
ff_person_report_class_init (FfPersonReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_person_report_constructed;
  object_class->finalize = ff_person_report_finalize;

  document_class->layout = ff_person_report_layout;
  document_class->dup_title = ff_person_report_dup_title;
  document_class->dup_suggested_file_name = ff_person_report_dup_suggested_file_name;
}

static void
ff_person_report_init (FfPersonReport *self)
{
}

FfPersonReport *
ff_person_report_new (FfStore     *store,
                      gint64       participant_id,
                      const char  *language,
                      GError     **error)
{
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfPersonReport) self = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  participant = ff_participant_load (store, participant_id, error);
  if (participant == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_PERSON_REPORT, NULL, error,
                         "source", participant,
                         "language", language,
                         NULL);
  if (self == NULL)
    return NULL;

  self->data = ff_person_read (store, participant_id, error);
  if (self->data == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
ff_person_report_export (FfStore     *store,
                         gint64       participant_id,
                         const char  *language,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(FfPersonReport) report = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Refused languages are refused before anything is recorded. */
  if (!ff_report_language_available (language, error))
    return FALSE;

  /* Recorded first, so that the copy holds it too. */
  if (!ff_audit_log_disclosure (store, "participant", participant_id, FF_AUDIT_EXPORTED,
                                "access-pdf", error))
    return FALSE;

  report = ff_person_report_new (store, participant_id, language, error);
  if (report == NULL)
    return FALSE;

  return ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, error);
}
