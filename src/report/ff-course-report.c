/* ff-course-report.c — what the documents of courses and programmes share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-course-report-private.h"
#include "ff-format.h"
#include "ff-language.h"
#include "ff-programme.h"
#include "ff-report-language.h"
#include "ff-validate.h"

char *
ff_course_report_programme_line (FfStore  *store,
                                 gint64    programme_id,
                                 char    **programme_name,
                                 GError  **error)
{
  g_autoptr(FfProgramme) programme = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *organisation;
  const char *name;

  programme = ff_programme_load (store, programme_id, &local_error);
  if (programme == NULL)
    {
      if (!g_error_matches (local_error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (programme_name != NULL)
        *programme_name = g_strdup ("");
      return g_strdup ("");
    }

  organisation = ff_programme_get_field (programme, FF_PROGRAMME_ORGANISATION);
  name = ff_programme_get_name (programme);
  if (programme_name != NULL)
    *programme_name = g_strdup (name);
  if (organisation[0] != '\0' && name[0] != '\0')
    return g_strdup_printf ("%s · %s", organisation, name);
  return g_strconcat (organisation, name, NULL);
}

/* One bound of a period: NULL stays NULL. */
static gboolean
check_day (const char  *text,
           char       **day,
           GError     **error)
{
  *day = NULL;
  if (text == NULL || text[0] == '\0')
    return TRUE;

  return ff_validate_date (text, FF_DATE_ANY, day, error);
}

gboolean
ff_course_report_check_period (const char  *from,
                               const char  *to,
                               char       **from_day,
                               char       **to_day,
                               GError     **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (!check_day (from, &first, error) || !check_day (to, &last, error))
    return FALSE;

  if (first != NULL && last != NULL && strcmp (last, first) < 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The period cannot end before it starts."));
      return FALSE;
    }

  *from_day = g_steal_pointer (&first);
  *to_day = g_steal_pointer (&last);
  return TRUE;
}

char *
ff_course_report_format_period (const char *from,
                                const char *to,
                                const char *language)
{
  g_autofree char *first = from != NULL ? ff_format_date (from, language) : NULL;
  g_autofree char *last = to != NULL ? ff_format_date (to, language) : NULL;

  if (first != NULL && last != NULL)
    return g_strdup_printf ("%s–%s", first, last);
  if (first != NULL)
    /* Translators: printed on a course's documents: a period with no end; %s is a
     * date */
    return g_strdup_printf (ff_language_gettext (language, N_("From %s")), first);
  if (last != NULL)
    /* Translators: printed on a course's documents: a period with no start; %s is a
     * date */
    return g_strdup_printf (ff_language_gettext (language, N_("Until %s")), last);
  return NULL;
}

void
ff_course_report_add_period (FfPageFlow *flow,
                             const char *label_msgid,
                             const char *from,
                             const char *to,
                             const char *all_msgid)
{
  g_autofree char *period = ff_course_report_format_period (
    from, to, ff_page_flow_get_language (flow));

  if (period != NULL)
    ff_page_flow_add_field (flow, label_msgid, period);
  else
    ff_page_flow_add_choice_field (flow, label_msgid, all_msgid);
}

void
ff_course_report_add_note (FfPageFlow *flow,
                           const char *msgid)
{
  const char *second = ff_page_flow_get_second_language (flow);
  const char *first = ff_report_gettext (ff_page_flow_get_language (flow), msgid);
  g_autofree char *text = NULL;

  if (second != NULL && strcmp (ff_report_gettext (second, msgid), first) != 0)
    text = g_strdup_printf ("%s\n%s", first, ff_report_gettext (second, msgid));
  else
    text = g_strdup (first);

  ff_page_flow_add_text (flow, text);
}
