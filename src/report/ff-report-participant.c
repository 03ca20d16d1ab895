/* ff-report-participant.c — what the documents of a participant print of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-plan.h"
#include "ff-programme.h"
#include "ff-report-participant.h"

gboolean
ff_report_read_programme (FfStore  *store,
                          gint64    participant_id,
                          char    **organisation,
                          char    **programme,
                          GError  **error)
{
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(FfProgramme) loaded = NULL;
  FfEnrolment *enrolment;

  *organisation = NULL;
  *programme = NULL;

  enrolments = ff_enrolment_list_for_participant (store, participant_id, error);
  if (enrolments == NULL)
    return FALSE;

  if (enrolments->len > 0)
    {
      enrolment = g_ptr_array_index (enrolments, 0);
      loaded = ff_programme_load (store,
                                  ff_enrolment_get_id_of (enrolment, FF_ENROLMENT_PROGRAMME_ID),
                                  error);
      if (loaded == NULL)
        return FALSE;
    }

  *programme = g_strdup (loaded != NULL ? ff_programme_get_name (loaded) : "");
  *organisation = g_strdup (loaded != NULL
                            ? ff_programme_get_field (loaded, FF_PROGRAMME_ORGANISATION)
                            : "");
  return TRUE;
}

char *
ff_report_join_programme (const char *organisation,
                          const char *programme)
{
  if (organisation[0] != '\0' && programme[0] != '\0')
    return g_strdup_printf ("%s · %s", organisation, programme);

  return g_strconcat (organisation, programme, NULL);
}

char *
ff_report_participant_name (FfParticipant *participant)
{
  const char *name = ff_participant_get_display_name (participant);
  const char *native = ff_participant_get_field (participant, FF_PARTICIPANT_NATIVE_NAME);

  if (native == NULL || native[0] == '\0' || g_strcmp0 (name, native) == 0)
    return g_strdup (name);
  if (name == NULL || name[0] == '\0')
    return g_strdup (native);

  return g_strdup_printf ("%s\n%s", name, native);
}

void
ff_report_add_participant_period (FfPageFlow    *flow,
                                  FfDocument    *document,
                                  FfParticipant *participant,
                                  const char    *organisation,
                                  const char    *programme,
                                  const char    *title,
                                  const char    *from,
                                  const char    *to,
                                  const char    *every)
{
  g_autofree char *header = ff_report_join_programme (organisation, programme);
  g_autofree char *name = ff_report_participant_name (participant);
  g_autofree char *national_id = ff_format_national_id_masked (
    ff_participant_get_field (participant, FF_PARTICIPANT_NATIONAL_ID));

  ff_page_flow_set_header (flow, header, ff_participant_get_display_name (participant));

  ff_page_flow_add_title (flow, title);
  /* Translators: printed on a participant's document, beside their name */
  ff_page_flow_add_field (flow, N_("Participant"), name);
  ff_page_flow_add_field (flow, N_("National identity number"), national_id);

  if (from != NULL || to != NULL)
    {
      const char *language = ff_document_get_language (document);
      g_autofree char *first = ff_format_date (from, language);
      g_autofree char *last = ff_format_date (to, language);
      g_autofree char *period = g_strdup_printf ("%s–%s", first, last);

      /* Translators: printed on a participant's document of a period (a job-seeker
       * log, a follow-up history): the dates what it lists falls between */
      ff_page_flow_add_field (flow, N_("Period"), period);
    }
  else
    ff_page_flow_add_choice_field (flow, N_("Period"), every);
}

const char *
ff_report_second_language (FfParticipant *participant,
                           const char    *language)
{
  if (g_strcmp0 (language, "nb") != 0 && g_strcmp0 (language, "nn") != 0)
    return "nb";

  return ff_plan_language_for_participant (
    ff_participant_get_field (participant, FF_PARTICIPANT_LANGUAGES),
    ff_participant_get_field (participant, FF_PARTICIPANT_COUNTRY));
}
