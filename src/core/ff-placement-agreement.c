/* ff-placement-agreement.c — the three-party placement agreement: each party's
 * approval, and the versions kept when a change cleared them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-placement-private.h"
#include "ff-store-private.h"
#include "ff-validate.h"

static const FfChoice parties[FF_N_PARTIES] = {
  /* Translators: a party to a placement agreement */
  [FF_PARTY_PARTICIPANT] = { "participant", "party", NC_("party", "Participant") },
  /* Translators: a party to a placement agreement */
  [FF_PARTY_EMPLOYER] = { "employer", "party", NC_("party", "Employer") },
  /* Translators: a party to a placement agreement: the programme's contact person */
  [FF_PARTY_CONTACT_PERSON] = { "contact-person", "party", NC_("party", "Contact person") },
};

const FfChoiceList ff_placement_parties = {
  parties, G_N_ELEMENTS (parties), FF_PARTY_PARTICIPANT,
  N_("Choose one of the parties in the list."),
};

/* In practice (språkpraksis, arbeidspraksis, a trainee place) the participant is not
 * employed: they keep the programme's benefit (introduksjonsstønad under the
 * Integration Act, integreringsloven; tiltakspenger in NAV's measures), the employer
 * pays no wage, and the participant is covered against occupational injury by the
 * National Insurance Act (folketrygdloven § 13-11) and the insurance the municipality
 * or NAV takes out (Ministry of Labour and Social Inclusion, letter to KS of 17 August
 * 2004, "Yrkesskadeforsikring for deltakere i introduksjonsprogrammet"). With a wage
 * subsidy (lønnstilskudd), in an apprenticeship or a job they are employed, paid by
 * the employer and covered by its occupational injury insurance
 * (yrkesskadeforsikringsloven § 3). */
gboolean
ff_placement_kind_is_practice (FfPlacementKind kind)
{
  switch (kind)
    {
    case FF_PLACEMENT_LANGUAGE_PRACTICE:
    case FF_PLACEMENT_WORK_PRACTICE:
    case FF_PLACEMENT_TRAINEE:
      return TRUE;
    case FF_PLACEMENT_WAGE_SUBSIDY:
    case FF_PLACEMENT_APPRENTICESHIP:
    case FF_PLACEMENT_JOB:
    case FF_PLACEMENT_N_KINDS:
    default:
      return FALSE;
    }
}

gboolean
ff_placement_keep_approved (FfStore  *store,
                            gint64    placement_id,
                            GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *now = ff_store_now ();
  gint64 agreement_id = 0;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT count(*) FROM placement_approval"
                                 " WHERE placement_id = ?1 AND agreement_id IS NULL",
                                 "i", placement_id);
  if (stmt == NULL || !ff_store_step_row (store, stmt, NULL, error))
    return FALSE;
  if (sqlite3_column_int (stmt, 0) == 0)
    return TRUE;

  /* The agreement as approved, copied before the change is written; the approvals
   * go with it. */
  if (!ff_record_copy (store, &ff_placement_type, placement_id, "placement_agreement",
                       "placement_id", placement_id, &agreement_id, error))
    return FALSE;

  return ff_store_exec (store, error,
                        "UPDATE placement_approval SET agreement_id = ?2, updated_at = ?3"
                        " WHERE placement_id = ?1 AND agreement_id IS NULL",
                        "iit", placement_id, agreement_id, now);
}

gboolean
ff_placement_approve (FfStore           *store,
                      gint64             placement_id,
                      FfPlacementParty   party,
                      const char        *date,
                      GError           **error)
{
  g_autofree char *clean_date = NULL;
  g_autofree char *placement_uuid = NULL;
  g_autofree char *old_date = NULL;
  g_autofree char *uuid = ff_store_new_uuid ();
  g_autofree char *now = ff_store_now ();
  g_autofree char *field = NULL;
  const char *key;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if ((guint) party >= FF_N_PARTIES)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Choose one of the parties in the list."));
      return FALSE;
    }
  key = ff_choice_list_key (&ff_placement_parties, party);

  if (date == NULL || *date == '\0')
    {
      g_autoptr(GDateTime) today = g_date_time_new_now_local ();

      clean_date = g_date_time_format (today, "%Y-%m-%d");
    }
  else if (!ff_validate_date (date, FF_DATE_ANY, &clean_date, error))
    {
      return FALSE;
    }

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!ff_record_check_writable (store, &ff_placement_type, placement_id, &placement_uuid,
                                 error))
    goto fail;

  {
    g_auto(FfStoreStmt) read = NULL;

    read = ff_store_prepare_bound (store, error,
                                   "SELECT date FROM placement_approval WHERE placement_id = ?1"
                                   " AND agreement_id IS NULL AND party = ?2",
                                   "it", placement_id, key);
    if (read == NULL)
      goto fail;
    if (sqlite3_step (read) == SQLITE_ROW)
      old_date = g_strdup (ff_store_column_text (read, 0));
  }

  if (!ff_store_exec (store, error,
                      "DELETE FROM placement_approval WHERE placement_id = ?1"
                      " AND agreement_id IS NULL AND party = ?2",
                      "it", placement_id, key) ||
      !ff_store_exec (store, error,
                      "INSERT INTO placement_approval"
                      " (uuid, created_at, updated_at, placement_id, party, date)"
                      " VALUES (?1, ?2, ?2, ?3, ?4, ?5)",
                      "ttitt", uuid, now, placement_id, key, clean_date) ||
      !ff_store_exec (store, error, "UPDATE placement SET updated_at = ?2 WHERE id = ?1",
                      "it", placement_id, now))
    goto fail;

  field = g_strconcat ("approval:", key, NULL);
  if (!ff_store_commit_audited (store, FF_RECORD_PLACEMENT, "placement", placement_id,
                                placement_uuid, field, old_date != NULL ? old_date : "",
                                clean_date, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gboolean
ff_placement_get_approvals (FfStore         *store,
                            gint64           placement_id,
                            gint64           agreement_id,
                            FfApprovalDate   dates[FF_N_PARTIES],
                            GError         **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  for (guint i = 0; i < FF_N_PARTIES; i++)
    dates[i][0] = '\0';

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT party, date FROM placement_approval"
                                 " WHERE placement_id = ?1"
                                 " AND coalesce (agreement_id, 0) = ?2",
                                 "ii", placement_id, agreement_id);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int party = ff_choice_list_find (&ff_placement_parties, ff_store_column_text (stmt, 0));

      if (party >= 0)
        g_strlcpy (dates[party], ff_store_column_text (stmt, 1), sizeof (FfApprovalDate));
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

GPtrArray *
ff_placement_list_agreements (FfStore  *store,
                              gint64    placement_id,
                              GError  **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  return ff_record_load_owned (store, &ff_placement_agreement_type, placement_id, error);
}
