/* ff-outcome.c — what became of a participant at the end of an enrolment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-outcome.h"
#include "ff-store-private.h"
#include "ff-validate.h"

/* The results a programme reports at year end (Drammen's "Veiviseren": what became of
 * each participant). */
static const FfChoice kinds[FF_OUTCOME_N_KINDS] = {
  /* Translators: an outcome of a programme */
  [FF_OUTCOME_JOB_FULL_TIME] = { "job-full-time", NULL, N_("Job, full time") },
  /* Translators: an outcome of a programme */
  [FF_OUTCOME_JOB_PART_TIME] = { "job-part-time", NULL, N_("Job, part time") },
  /* Translators: an outcome of a programme ("midlertidig ansettelse") */
  [FF_OUTCOME_TEMPORARY] = { "temporary", NULL, N_("Temporary engagement") },
  /* Translators: an outcome of a programme ("tilkallingsvikar") */
  [FF_OUTCOME_ON_CALL] = { "on-call", NULL, N_("On-call substitute") },
  /* Translators: an outcome of a programme ("læreplass") */
  [FF_OUTCOME_APPRENTICESHIP] = { "apprenticeship", "outcome", NC_("outcome", "Apprenticeship") },
  /* Translators: an outcome of a programme */
  [FF_OUTCOME_EDUCATION] = { "education", NULL, N_("Education") },
  /* Translators: an outcome of a programme */
  [FF_OUTCOME_OWN_BUSINESS] = { "own-business", NULL, N_("Own business registered") },
  /* Translators: an outcome of a programme: another programme or measure follows */
  [FF_OUTCOME_FURTHER_MEASURE] = { "further-measure", NULL, N_("Further measure") },
  /* Translators: an outcome of a programme: the participant moved away */
  [FF_OUTCOME_MOVED] = { "moved", "outcome", NC_("outcome", "Moved") },
  /* Translators: an outcome of a programme: the participant withdrew */
  [FF_OUTCOME_WITHDREW] = { "withdrew", NULL, N_("Withdrew") },
  /* Translators: an outcome of a programme */
  [FF_OUTCOME_LONG_TERM_SICK] = { "long-term-sick", NULL, N_("Long-term sick") },
  /* Translators: an outcome of a programme: none of the others */
  [FF_OUTCOME_OTHER] = { "other", "outcome", NC_("outcome", "Other") },
};

const FfChoiceList ff_outcome_kinds = {
  kinds, G_N_ELEMENTS (kinds), FF_OUTCOME_OTHER,
  N_("Choose one of the outcomes in the list."),
};

static const FfField fields[FF_OUTCOME_N_FIELDS] = {
  [FF_OUTCOME_KIND] = { "kind", NULL, FF_CHECK_CHOICE, FF_FIELD_REQUIRED, &ff_outcome_kinds,
                        NULL, N_("Choose the outcome.") },
  [FF_OUTCOME_PERCENT] = { "percent", NULL, FF_CHECK_WORK_PERCENT },
  [FF_OUTCOME_DATE] = { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                        N_("Enter the date of the outcome.") },
  [FF_OUTCOME_EMPLOYER_ID] = { "employer_id", NULL, FF_CHECK_ID },
  [FF_OUTCOME_PLACE] = { "place", NULL, FF_CHECK_LINE },
  [FF_OUTCOME_NOTE] = { "note", NULL, FF_CHECK_TEXT },
};

static const char * const extra[] = {
  [FF_OUTCOME_PARTICIPANT_ID] = ("(SELECT e.participant_id FROM enrolment e"
                                 " WHERE e.id = t.enrolment_id)"),
  [FF_OUTCOME_PROGRAMME_NAME] = ("(SELECT pr.name FROM enrolment e"
                                 " JOIN programme pr ON pr.id = e.programme_id"
                                 " WHERE e.id = t.enrolment_id)"),
};

gboolean
ff_outcome_kind_has_percent (FfOutcomeKind kind)
{
  return kind == FF_OUTCOME_JOB_PART_TIME;
}

/* An outcome is not dated before its enrolment began: the first change of its
 * status. */
static gboolean
write_hook (FfStore            *store,
            gint64              id,
            gint64              owner_id,
            const char * const *old_values,
            const char * const *values,
            guint               changed,
            GError            **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  const char *began;

  if (old_values != NULL && strcmp (old_values[FF_OUTCOME_DATE], values[FF_OUTCOME_DATE]) == 0)
    return TRUE;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT min (date) FROM enrolment_status"
                                 " WHERE enrolment_id = ?1",
                                 "i", owner_id);
  if (stmt == NULL || !ff_store_step_row (store, stmt, NULL, error))
    return FALSE;

  began = ff_store_column_text (stmt, 0);
  if (*began != '\0' && strcmp (values[FF_OUTCOME_DATE], began) < 0)
    {
      g_autofree char *shown = ff_format_date (began, NULL);

      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   /* Translators: the date the enrolment began */
                   _("The enrolment began on %s: its outcome cannot be dated before that."),
                   shown);
      return FALSE;
    }

  return TRUE;
}

/* "Job, part time (60 %)" */
static char *
title (const char * const *values)
{
  const char *kind = ff_choice_list_key_label (&ff_outcome_kinds, values[FF_OUTCOME_KIND]);
  g_autofree char *percent = NULL;

  if (*values[FF_OUTCOME_PERCENT] == '\0')
    return g_strdup (kind);

  percent = ff_format_percent (g_ascii_strtod (values[FF_OUTCOME_PERCENT], NULL), NULL);
  /* Translators: an outcome and its working percentage, "Job, part time (60 %)" */
  return g_strdup_printf (C_("outcome", "%s (%s)"), kind, percent);
}

/* "03.03.2026 · Vang kommune" */
static char *
describe (const char * const *values)
{
  g_autofree char *date = ff_format_date (values[FF_OUTCOME_DATE], NULL);

  if (*values[FF_OUTCOME_PLACE] == '\0')
    return g_steal_pointer (&date);

  /* Translators: what separates the parts of a line under a title, "A · B · C" */
  return g_strconcat (date, C_("separator", " · "), values[FF_OUTCOME_PLACE], NULL);
}

const FfRecordType ff_outcome_type = {
  .kind = FF_RECORD_ENROLMENT,
  .table = "outcome",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .not_found = N_("The outcome no longer exists. Reload the participant."),
  .owner = &ff_enrolment_type,
  .owner_column = "enrolment_id",
  .order = "t.date DESC, t.id DESC",
  .title_field = FF_OUTCOME_KIND,
  .title = title,
  .extra = extra,
  .n_extra = G_N_ELEMENTS (extra),
  .write_hook = write_hook,
  .describe = describe,
};

gint64
ff_outcome_create (FfStore        *store,
                   gint64          enrolment_id,
                   FfOutcomeKind   kind,
                   const char     *date,
                   GError        **error)
{
  const char *values[FF_OUTCOME_N_FIELDS] = { NULL };

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  values[FF_OUTCOME_KIND] = ff_choice_list_key (&ff_outcome_kinds, kind);
  values[FF_OUTCOME_DATE] = date;

  return ff_record_insert (store, &ff_outcome_type, enrolment_id, values, error);
}

GPtrArray *
ff_outcome_list (FfStore  *store,
                 gint64    enrolment_id,
                 GError  **error)
{
  return ff_record_load_owned (store, &ff_outcome_type, enrolment_id, error);
}
