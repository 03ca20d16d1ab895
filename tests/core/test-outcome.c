/* test-outcome.c — the outcome of an enrolment, never dated before it began
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-outcome.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

/* Olena's enrolment began on 01.09.2025: an outcome on 31.08.2025 is refused, one on
 * 01.09.2025 taken. */
static void
test_outcome (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autofree char *expected = NULL;
  gint64 programme = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                            FF_PROGRAMME_KIND_INTRODUCTION);
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 enrolment = ff_test_add_enrolment (fixture->store, olena, programme, "2025-09-01");
  gint64 outcome;

  g_assert_cmpint (ff_outcome_create (fixture->store, enrolment, FF_OUTCOME_JOB_PART_TIME,
                                      "31.08.2025", &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM outcome"), ==, 0);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (ff_test_note_change), seen);
  outcome = ff_outcome_create (fixture->store, enrolment, FF_OUTCOME_JOB_PART_TIME,
                               "01.09.2025", &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome, >, 0);
  expected = g_strdup_printf ("enrolment:%" G_GINT64_FORMAT " ", enrolment);
  g_assert_cmpstr (seen->str, ==, expected);

  ff_test_assert_refused (fixture->store, &ff_outcome_type, outcome, FF_OUTCOME_DATE,
                          "15.08.2025", FF_VALIDATE_ERROR_IMPLAUSIBLE, "2025-09-01");
  ff_test_assert_refused (fixture->store, &ff_outcome_type, outcome, FF_OUTCOME_PERCENT,
                          "0", FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  g_assert_true (ff_record_set_field (fixture->store, &ff_outcome_type, outcome,
                                      FF_OUTCOME_PERCENT, "60", &error));
  g_assert_true (ff_record_set_field (fixture->store, &ff_outcome_type, outcome,
                                      FF_OUTCOME_PLACE, "Vang kommune", &error));
  g_assert_no_error (error);

  outcomes = ff_outcome_list (fixture->store, enrolment, &error);
  g_assert_cmpuint (outcomes->len, ==, 1);
  g_assert_cmpstr (ff_record_get_title (g_ptr_array_index (outcomes, 0)), ==,
                   "Job, part time (60%)");

  /* Deleted, and brought back. */
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_outcome_type, outcome, TRUE,
                                        &error));
  g_clear_pointer (&outcomes, g_ptr_array_unref);
  outcomes = ff_outcome_list (fixture->store, enrolment, &error);
  g_assert_cmpuint (outcomes->len, ==, 0);
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_outcome_type, outcome, FALSE,
                                        &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/outcome/not-before-the-enrolment", test_outcome);

  return g_test_run ();
}
