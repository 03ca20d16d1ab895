/* test-placement.c — placements at employers, their refusals, the evaluation flag and
 * the three-party agreement's approvals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-mentor.h"
#include "ff-placement.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

static gint64
add_employer (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_EMPLOYER_N_FIELDS] = { [FF_EMPLOYER_NAME] = name };
  gint64 id = ff_record_insert (fixture->store, &ff_employer_type, 0, values, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_placement (Fixture *fixture,
               gint64  *participant_id)
{
  g_autoptr(GError) error = NULL;
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 rema = add_employer (fixture, "Rema 1000 Vang");
  gint64 id = ff_placement_create (fixture->store, olena, rema, FF_PLACEMENT_LANGUAGE_PRACTICE,
                                   "01.09.2025", "30.11.2025", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  if (participant_id != NULL)
    *participant_id = olena;
  return id;
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 olena = 0;
  gint64 placement = add_placement (fixture, &olena);
  gint64 closed = add_employer (fixture, "Nedlagt AS");
  g_autofree char *closed_id = g_strdup_printf ("%" G_GINT64_FORMAT, closed);
  g_autofree char *employer = NULL;

  ff_test_assert_refused (fixture->store, &ff_placement_type, placement, FF_PLACEMENT_END,
                          "31.08.2025", FF_VALIDATE_ERROR_IMPLAUSIBLE, "2025-11-30");
  ff_test_assert_refused (fixture->store, &ff_placement_type, placement, FF_PLACEMENT_PERCENT,
                          "0", FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  ff_test_assert_refused (fixture->store, &ff_placement_type, placement, FF_PLACEMENT_PERCENT,
                          "101", FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  ff_test_assert_refused (fixture->store, &ff_placement_type, placement,
                          FF_PLACEMENT_DAYS_PER_WEEK, "8", FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_PERCENT, "1 %", &error));
  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_PERCENT, "100", &error));
  g_assert_no_error (error);

  /* An archived employer takes no placement, new or moved there. */
  g_assert_true (ff_record_set_archived (fixture->store, &ff_employer_type, closed, TRUE,
                                         &error));
  employer = ff_test_record_field (fixture->store, &ff_placement_type, placement,
                                   FF_PLACEMENT_EMPLOYER_ID);
  ff_test_assert_refused (fixture->store, &ff_placement_type, placement,
                          FF_PLACEMENT_EMPLOYER_ID, closed_id, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                          employer);
  g_assert_cmpint (ff_placement_create (fixture->store, olena, closed, FF_PLACEMENT_JOB, NULL,
                                        NULL, &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM placement"), ==, 1);

  /* A placement at an employer archived afterwards can still be edited. */
  g_assert_true (ff_record_set_archived (fixture->store, &ff_employer_type, closed, FALSE,
                                         &error));
  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_EMPLOYER_ID, closed_id, &error));
  g_assert_true (ff_record_set_archived (fixture->store, &ff_employer_type, closed, TRUE,
                                         &error));
  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_TASKS, "Varemottak", &error));
  g_assert_no_error (error);
}

/* A placement that ended on 30.11.2025 needs its evaluation from 01.12.2025, not on
 * its last day; once evaluated it no longer does. */
static void
test_evaluation_flag (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 placement = add_placement (fixture, NULL);
  g_autoptr(FfRecord) record = ff_record_load (fixture->store, &ff_placement_type, placement,
                                               &error);
  g_autoptr(FfRecord) evaluated = NULL;
  g_autoptr(GArray) due = NULL;
  g_autoptr(GArray) not_yet = NULL;
  g_autoptr(GArray) done = NULL;

  g_assert_false (ff_placement_needs_evaluation (record, "2025-11-30"));
  g_assert_true (ff_placement_needs_evaluation (record, "2025-12-01"));
  not_yet = ff_placement_query_unevaluated (fixture->store, "2025-11-30", &error);
  due = ff_placement_query_unevaluated (fixture->store, "2025-12-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (not_yet->len, ==, 0);
  g_assert_cmpuint (due->len, ==, 1);

  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_EVALUATION, "Godt fornøyd", &error));
  evaluated = ff_record_load (fixture->store, &ff_placement_type, placement, &error);
  g_assert_false (ff_placement_needs_evaluation (evaluated, "2025-12-01"));
  done = ff_placement_query_unevaluated (fixture->store, "2025-12-01", &error);
  g_assert_cmpuint (done->len, ==, 0);
}

static void
test_approvals_cleared_by_an_edit (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  gint64 placement = add_placement (fixture, NULL);
  FfApprovalDate dates[FF_N_PARTIES];
  FfRecord *version;

  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_TASKS, "Varepåfylling", &error));
  g_assert_true (ff_placement_approve (fixture->store, placement, FF_PARTY_PARTICIPANT,
                                       "25.08.2025", &error));
  g_assert_true (ff_placement_approve (fixture->store, placement, FF_PARTY_EMPLOYER,
                                       "26.08.2025", &error));
  g_assert_no_error (error);
  g_assert_true (ff_placement_get_approvals (fixture->store, placement, 0, dates, &error));
  g_assert_cmpstr (dates[FF_PARTY_PARTICIPANT], ==, "2025-08-25");
  g_assert_cmpstr (dates[FF_PARTY_EMPLOYER], ==, "2025-08-26");
  g_assert_cmpstr (dates[FF_PARTY_CONTACT_PERSON], ==, "");

  /* The evaluation is not part of the agreement: the approvals stay. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_EVALUATION, "Bra", &error));
  g_assert_true (ff_placement_get_approvals (fixture->store, placement, 0, dates, &error));
  g_assert_cmpstr (dates[FF_PARTY_PARTICIPANT], ==, "2025-08-25");
  kept = ff_placement_list_agreements (fixture->store, placement, &error);
  g_assert_cmpuint (kept->len, ==, 0);
  g_clear_pointer (&kept, g_ptr_array_unref);

  /* Changing the tasks clears the approvals and keeps the version they approved. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_TASKS, "Kasse", &error));
  g_assert_no_error (error);
  g_assert_true (ff_placement_get_approvals (fixture->store, placement, 0, dates, &error));
  g_assert_cmpstr (dates[FF_PARTY_PARTICIPANT], ==, "");
  g_assert_cmpstr (dates[FF_PARTY_EMPLOYER], ==, "");

  kept = ff_placement_list_agreements (fixture->store, placement, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 1);
  version = g_ptr_array_index (kept, 0);
  g_assert_cmpstr (ff_record_get (version, FF_PLACEMENT_TASKS), ==, "Varepåfylling");
  g_assert_cmpstr (ff_record_get (version, FF_PLACEMENT_END), ==, "2025-11-30");
  g_assert_true (ff_placement_get_approvals (fixture->store, placement,
                                             ff_record_get_id (version), dates, &error));
  g_assert_cmpstr (dates[FF_PARTY_PARTICIPANT], ==, "2025-08-25");
  g_assert_cmpstr (dates[FF_PARTY_EMPLOYER], ==, "2025-08-26");

  /* Without approvals, a change keeps no version. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, placement,
                                      FF_PLACEMENT_TASKS, "Kasse og lager", &error));
  g_clear_pointer (&kept, g_ptr_array_unref);
  kept = ff_placement_list_agreements (fixture->store, placement, &error);
  g_assert_cmpuint (kept->len, ==, 1);

  /* A refused change keeps the approvals. */
  g_assert_true (ff_placement_approve (fixture->store, placement, FF_PARTY_CONTACT_PERSON,
                                       "01.09.2025", &error));
  ff_test_assert_refused (fixture->store, &ff_placement_type, placement, FF_PLACEMENT_PERCENT,
                          "0", FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  g_assert_true (ff_placement_get_approvals (fixture->store, placement, 0, dates, &error));
  g_assert_cmpstr (dates[FF_PARTY_CONTACT_PERSON], ==, "2025-09-01");
  g_assert_cmpint (ff_test_query_int (fixture->store,
                                      "SELECT count(*) FROM audit WHERE field ="
                                      " 'approval:contact-person'"), ==, 1);
}

static gint64
add_mentor (Fixture      *fixture,
            const char   *name,
            FfMentorKind  kind,
            gint64        employer_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *employer = g_strdup_printf ("%" G_GINT64_FORMAT, employer_id);
  gint64 id = ff_mentor_create (fixture->store, name, kind, &error);

  g_assert_no_error (error);
  g_assert_true (ff_record_set_field (fixture->store, &ff_mentor_type, id,
                                      FF_MENTOR_EMPLOYER_ID, employer, &error));
  g_assert_no_error (error);
  return id;
}

/* A placement's workplace mentor is one of the workplace mentors at its employer, by
 * name; not a volunteer there, not one elsewhere, not one deleted. */
static void
test_workplace_mentors (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) mentors = NULL;
  g_autoptr(GError) error = NULL;
  gint64 rema = add_employer (fixture, "Rema 1000 Vang");
  gint64 coop = add_employer (fixture, "Coop Extra");
  gint64 gone;

  add_mentor (fixture, "Tone Haugen", FF_MENTOR_WORKPLACE, rema);
  add_mentor (fixture, "Arne Berg", FF_MENTOR_WORKPLACE, rema);
  add_mentor (fixture, "Berit Lie", FF_MENTOR_VOLUNTEER_FRIEND, rema);
  add_mentor (fixture, "Kari Nilsen", FF_MENTOR_WORKPLACE, coop);
  gone = add_mentor (fixture, "Per Dahl", FF_MENTOR_WORKPLACE, rema);
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_mentor_type, gone, TRUE, &error));

  mentors = ff_placement_workplace_mentors (fixture->store, rema, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentors->len, ==, 2);
  g_assert_cmpstr (ff_record_get_title (mentors->pdata[0]), ==, "Arne Berg");
  g_assert_cmpstr (ff_record_get_title (mentors->pdata[1]), ==, "Tone Haugen");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/placement/refusals", test_refusals);
  ff_test_store_add ("/core/placement/evaluation-flag", test_evaluation_flag);
  ff_test_store_add ("/core/placement/approvals-cleared-by-an-edit",
                     test_approvals_cleared_by_an_edit);
  ff_test_store_add ("/core/placement/workplace-mentors", test_workplace_mentors);

  return g_test_run ();
}
