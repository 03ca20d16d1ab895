/* test-enrolment.c — enrolments and the history of their status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef struct
{
  char    *dir;
  FfStore *store;
  gint64   olena;
  gint64   course;
  gint64   mentor;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = ff_test_store_new (&fixture->dir);

  fixture->olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  fixture->course = ff_test_add_programme (fixture->store, "Etableringskurs",
                                           FF_PROGRAMME_KIND_ESTABLISHMENT);
  fixture->mentor = ff_test_add_programme (fixture->store, "Mentorordning",
                                           FF_PROGRAMME_KIND_MENTOR);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ff_test_store_close (fixture->store, fixture->dir);
}

static FfEnrolmentStatus
participant_status (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfParticipant) participant = ff_participant_load (fixture->store, fixture->olena,
                                                              &error);

  g_assert_no_error (error);
  return ff_participant_get_status (participant);
}

/* Enrols Olena in @programme; any error fails the test. */
static gint64
enrol (const Fixture     *fixture,
       gint64             programme,
       FfEnrolmentStatus  status,
       const char        *date)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = ff_enrolment_create (fixture->store, fixture->olena, programme, status, date, NULL,
                            &error);
  g_assert_no_error (error);
  return id;
}

/* Changes the status of @enrolment; any error fails the test. */
static void
change_status (const Fixture     *fixture,
               gint64             enrolment,
               FfEnrolmentStatus  status,
               const char        *date,
               const char        *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_enrolment_set_status (fixture->store, enrolment, status, date, reason,
                                          &error));
  g_assert_no_error (error);
}

/* Asserts that changing @enrolment to @status on @date fails with the error @domain,
 * @code and, unless NULL, @in_message in its message. */
static void
assert_change_refused (const Fixture     *fixture,
                       gint64             enrolment,
                       FfEnrolmentStatus  status,
                       const char        *date,
                       GQuark             domain,
                       int                code,
                       const char        *in_message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ff_enrolment_set_status (fixture->store, enrolment, status, date, NULL,
                                           &error));
  g_assert_error (error, domain, code);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
}

/* The status history of @enrolment, asserting that it has @n_changes. */
static GPtrArray *
history_of (const Fixture *fixture,
            gint64         enrolment,
            guint          n_changes)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *history = ff_enrolment_history (fixture->store, enrolment, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, n_changes);
  return history;
}

/* Olena's enrolments, asserting that she has @n_enrolments. */
static GPtrArray *
olena_enrolments (const Fixture *fixture,
                  guint          n_enrolments)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *enrolments;

  enrolments = ff_enrolment_list_for_participant (fixture->store, fixture->olena, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (enrolments->len, ==, n_enrolments);
  return enrolments;
}

static void
test_statuses (void)
{
  for (int i = FF_ENROLMENT_STATUS_REFERRED; i < FF_ENROLMENT_N_STATUSES; i++)
    {
      const char *key = ff_enrolment_status_to_key (i);

      g_assert_cmpstr (key, !=, "");
      g_assert_cmpint (ff_enrolment_status_from_key (key), ==, i);
      g_assert_cmpstr (ff_enrolment_status_to_label (i), !=, "");
    }

  g_assert_cmpstr (ff_enrolment_status_to_key (FF_ENROLMENT_STATUS_WAITING_LIST), ==,
                   "waiting-list");
  g_assert_cmpstr (ff_enrolment_status_to_key (FF_ENROLMENT_STATUS_DROPPED_OUT), ==,
                   "dropped-out");
  g_assert_cmpstr (ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_ON_LEAVE), ==,
                   "On leave");
  g_assert_cmpstr (ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_NONE), ==,
                   "Not enrolled");
  g_assert_cmpint (ff_enrolment_status_from_key ("graduated"), ==, FF_ENROLMENT_STATUS_NONE);
  g_assert_cmpint (ff_enrolment_status_from_key (NULL), ==, FF_ENROLMENT_STATUS_NONE);
}

static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    FfEnrolmentStatus status;
    const char *date;
    const char *reason;
  } expected[] = {
    { FF_ENROLMENT_STATUS_REFERRED, "2024-01-05", "Henvist fra NAV" },
    { FF_ENROLMENT_STATUS_INTERVIEWED, "2024-01-12", "" },
    { FF_ENROLMENT_STATUS_ACTIVE, "2024-01-15", "Startet på kurset" },
    { FF_ENROLMENT_STATUS_ON_LEAVE, "2024-03-01", "Foreldrepermisjon" },
    { FF_ENROLMENT_STATUS_ACTIVE, "2024-05-02", "" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) enrolments = NULL;
  gint64 id;

  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_NONE);

  id = ff_enrolment_create (fixture->store, fixture->olena, fixture->course,
                            FF_ENROLMENT_STATUS_REFERRED, "05.01.2024", "Henvist fra NAV",
                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_REFERRED);

  change_status (fixture, id, FF_ENROLMENT_STATUS_INTERVIEWED, "2024-01-12", NULL);
  change_status (fixture, id, FF_ENROLMENT_STATUS_ACTIVE, "2024-01-15", " Startet på kurset ");
  /* Typed out of order: the history is still in date order. */
  change_status (fixture, id, FF_ENROLMENT_STATUS_ACTIVE, "2024-05-02", "");
  change_status (fixture, id, FF_ENROLMENT_STATUS_ON_LEAVE, "2024-03-01", "Foreldrepermisjon");

  history = history_of (fixture, id, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      FfStatusChange *change = g_ptr_array_index (history, i);

      g_assert_cmpint (ff_status_change_get_status (change), ==, expected[i].status);
      g_assert_cmpstr (ff_status_change_get_date (change), ==, expected[i].date);
      g_assert_cmpstr (ff_status_change_get_reason (change), ==, expected[i].reason);
    }

  /* The current status is the latest by date, not the last typed. */
  enrolments = olena_enrolments (fixture, 1);
  g_assert_cmpint (ff_enrolment_get_status (g_ptr_array_index (enrolments, 0)), ==,
                   FF_ENROLMENT_STATUS_ACTIVE);
  g_assert_cmpstr (ff_record_get (enrolments->pdata[0], FF_ENROLMENT_FIELD_STATUS_DATE), ==,
                   "2024-05-02");
  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_ACTIVE);
}

static void
test_participant_follows (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) enrolments = NULL;
  gint64 course = enrol (fixture, fixture->course, FF_ENROLMENT_STATUS_ACTIVE, "2024-01-15");
  gint64 mentor = enrol (fixture, fixture->mentor, FF_ENROLMENT_STATUS_WAITING_LIST,
                         "2024-02-01");

  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_WAITING_LIST);

  change_status (fixture, course, FF_ENROLMENT_STATUS_COMPLETED, "2024-06-20",
                 "Fullført med bedriftsplan");
  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_COMPLETED);

  enrolments = olena_enrolments (fixture, 2);
  g_assert_cmpint (ff_record_get_id (FF_RECORD (g_ptr_array_index (enrolments, 0))), ==, course);
  g_assert_cmpstr (ff_enrolment_get_programme_name (g_ptr_array_index (enrolments, 0)), ==,
                   "Etableringskurs");
  g_assert_cmpint (ff_enrolment_get_id_of (enrolments->pdata[0], FF_ENROLMENT_PROGRAMME_ID), ==,
                   fixture->course);
  g_assert_cmpint (ff_enrolment_get_id_of (enrolments->pdata[0],
                                           FF_ENROLMENT_PARTICIPANT_ID), ==, fixture->olena);
  g_assert_cmpint (ff_record_get_id (FF_RECORD (g_ptr_array_index (enrolments, 1))), ==, mentor);
  g_assert_cmpint (ff_enrolment_get_status (g_ptr_array_index (enrolments, 1)), ==,
                   FF_ENROLMENT_STATUS_WAITING_LIST);

  change_status (fixture, mentor, FF_ENROLMENT_STATUS_ACTIVE, "2024-08-01", NULL);
  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_ACTIVE);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 id = enrol (fixture, fixture->course, FF_ENROLMENT_STATUS_REFERRED, "2024-01-05");
  gint64 n_audit = ff_test_query_int (fixture->store, "SELECT count(*) FROM audit");

  /* The same programme twice. */
  g_assert_cmpint (ff_enrolment_create (fixture->store, fixture->olena, fixture->course,
                                        FF_ENROLMENT_STATUS_ACTIVE, NULL, NULL, &error),
                   ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Olena Kovalenko is already enrolled in Etableringskurs.");

  /* A change dated before the first status. */
  assert_change_refused (fixture, id, FF_ENROLMENT_STATUS_ACTIVE, "2024-01-04",
                         FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE, "2024-01-05");

  /* A date that does not exist, and no status at all. */
  assert_change_refused (fixture, id, FF_ENROLMENT_STATUS_ACTIVE, "30.02.2024",
                         FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_NO_SUCH_DATE, NULL);
  assert_change_refused (fixture, id, FF_ENROLMENT_STATUS_NONE, "2024-02-01",
                         FF_STORE_ERROR, FF_STORE_ERROR_INVALID, NULL);

  /* Nothing of the refused changes was kept. */
  history = history_of (fixture, id, 1);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM enrolment"), ==, 1);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM audit"), ==, n_audit);
  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_REFERRED);

  /* The same day as the first status is allowed. */
  change_status (fixture, id, FF_ENROLMENT_STATUS_INTERVIEWED, "2024-01-05", NULL);
  g_assert_cmpint (participant_status (fixture), ==, FF_ENROLMENT_STATUS_INTERVIEWED);
}

static void
test_default_date_is_today (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gint64 id = enrol (fixture, fixture->mentor, FF_ENROLMENT_STATUS_INTERVIEWED, NULL);
  g_autoptr(GPtrArray) history = history_of (fixture, id, 1);

  g_assert_cmpstr (ff_status_change_get_date (g_ptr_array_index (history, 0)), ==, today);
}

static void
on_changed (FfStore      *store,
            FfRecordKind  kind,
            gint64        id,
            GString      *seen)
{
  g_string_append_printf (seen, "%s ", ff_record_kind_nick (kind));
}

static void
test_announces_changes (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GString) seen = g_string_new (NULL);
  gint64 id;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), seen);
  id = enrol (fixture, fixture->course, FF_ENROLMENT_STATUS_REFERRED, "2024-01-05");
  change_status (fixture, id, FF_ENROLMENT_STATUS_ACTIVE, "2024-01-10", NULL);
  g_assert_cmpstr (seen->str, ==, "enrolment participant enrolment participant ");
}

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/enrolment/status/keys-and-labels", test_statuses);
  ADD ("/core/enrolment/history/oldest-first-with-reasons", test_history);
  ADD ("/core/enrolment/participant-status/follows-latest-change", test_participant_follows);
  ADD ("/core/enrolment/refuse/duplicate-early-date-bad-values", test_refusals);
  ADD ("/core/enrolment/create/default-date-is-today", test_default_date_is_today);
  ADD ("/core/enrolment/changes/announced", test_announces_changes);

  return g_test_run ();
}
