/* ff-employer.c — the employer register: workplaces for practice, jobs and mentors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-employer.h"
#include "ff-text.h"
#include "ff-validate.h"

static const FfField fields[FF_EMPLOYER_N_FIELDS] = {
  [FF_EMPLOYER_NAME] = { "name", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                         N_("Enter the employer's name.") },
  [FF_EMPLOYER_ORG_NUMBER] = { "org_number", NULL, FF_CHECK_ORG_NUMBER },
  [FF_EMPLOYER_INDUSTRY] = { "industry", NULL, FF_CHECK_LINE },
  [FF_EMPLOYER_ADDRESS] = { "address", NULL, FF_CHECK_TEXT },
  [FF_EMPLOYER_POSTCODE] = { "postcode", NULL, FF_CHECK_POSTCODE },
  [FF_EMPLOYER_PLACE] = { "place", NULL, FF_CHECK_LINE },
  [FF_EMPLOYER_CONTACT_PERSON] = { "contact_person", NULL, FF_CHECK_LINE },
  [FF_EMPLOYER_PHONE] = { "phone", NULL, FF_CHECK_PHONE },
  [FF_EMPLOYER_EMAIL] = { "email", NULL, FF_CHECK_EMAIL },
  [FF_EMPLOYER_NOTES] = { "notes", NULL, FF_CHECK_TEXT },
};

static char *
sort_key (const char * const *values)
{
  return ff_text_sort_key (values[FF_EMPLOYER_NAME], "");
}

static char *
search_text (const char * const *values)
{
  g_autofree char *text = g_strjoin (" ", values[FF_EMPLOYER_NAME],
                                     values[FF_EMPLOYER_ORG_NUMBER],
                                     values[FF_EMPLOYER_INDUSTRY],
                                     values[FF_EMPLOYER_PLACE],
                                     values[FF_EMPLOYER_CONTACT_PERSON], NULL);

  return ff_text_fold (text);
}

static const FfDerived derived[] = {
  { "sort_key", sort_key },
  { "search_text", search_text },
};

/* "974 760 673 · Brønnøysund" */
static char *
describe (const char * const *values)
{
  g_autofree char *number = ff_org_number_to_display (values[FF_EMPLOYER_ORG_NUMBER]);
  const char *place = values[FF_EMPLOYER_PLACE];

  if (*number != '\0' && *place != '\0')
    /* Translators: an employer's organisation number and place, "974 760 673 · Tromsø" */
    return g_strdup_printf (C_("employer", "%s · %s"), number, place);

  return g_strdup (*number != '\0' ? number : place);
}

const FfRecordType ff_employer_type = {
  .kind = FF_RECORD_EMPLOYER,
  .table = "employer",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .flags = FF_RECORD_ARCHIVABLE,
  .derived = derived,
  .n_derived = G_N_ELEMENTS (derived),
  .not_found = N_("The employer no longer exists. Reload the list of employers."),
  .sort_column = "sort_key",
  .search_column = "search_text",
  .title_field = FF_EMPLOYER_NAME,
  .describe = describe,
};
