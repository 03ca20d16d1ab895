/* test-retention.c — who is due for review: their last programme ended more than the
 * chosen number of years ago, and they are in none now. Dates worked out by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-retention.h"
#include "ff-test-store.h"

typedef FfTestStore Fixture;

/* Participant @name, in @programme from @start until @end with @status (@end NULL:
 * still active). Returns the participant. */
static gint64
add_enrolled (FfStore           *store,
              gint64             participant,
              gint64             programme,
              const char        *start,
              FfEnrolmentStatus  status,
              const char        *end)
{
  g_autoptr(GError) error = NULL;
  gint64 enrolment = ff_test_add_enrolment (store, participant, programme, start);

  if (end != NULL)
    {
      g_assert_true (ff_enrolment_set_status (store, enrolment, status, end, NULL, &error));
      g_assert_no_error (error);
    }

  return participant;
}

/* "name|programme|end;" for each entry, in order. */
static char *
listed (FfStore    *store,
        guint       years,
        GDateTime  *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = ff_retention_list (store, years, now, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  for (guint i = 0; i < entries->len; i++)
    {
      FfRetentionEntry *entry = g_ptr_array_index (entries, i);

      g_string_append_printf (text, "%s|%s|%s;", entry->name, entry->programme,
                              entry->end_date);
    }

  return g_string_free (text, FALSE);
}

/* On 1 March 2025, five years back is 1 March 2020: a programme that ended on
 * 29 February 2020 ended more than five years ago, one that ended on 1 March 2020
 * exactly five. */
static void
test_ended_long_ago (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2025, 3, 1, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *five = NULL;
  g_autofree char *ten = NULL;
  g_autofree char *one = NULL;
  gint64 intro = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);
  gint64 course = ff_test_add_programme (f->store, "Etablererkurs", FF_PROGRAMME_KIND_ESTABLISHMENT);
  gint64 deleted;

  add_enrolled (f->store, ff_test_add_participant (f->store, "Olena", "Kovalenko"), intro,
                "2017-08-14", FF_ENROLMENT_STATUS_COMPLETED, "2020-02-29");
  add_enrolled (f->store, ff_test_add_participant (f->store, "Ahmed", "Hassan"), intro,
                "2017-08-14", FF_ENROLMENT_STATUS_COMPLETED, "2020-03-01");
  /* Ended long ago, but back in a programme now. */
  add_enrolled (f->store,
                add_enrolled (f->store, ff_test_add_participant (f->store, "Amina", "Yusuf"),
                              intro, "2008-01-07", FF_ENROLMENT_STATUS_COMPLETED,
                              "2010-06-30"),
                course, "2024-08-15", FF_ENROLMENT_STATUS_ACTIVE, NULL);
  /* Two programmes, both ended: the last one counts. */
  add_enrolled (f->store,
                add_enrolled (f->store, ff_test_add_participant (f->store, "Dawit", "Tesfaye"),
                              course, "2017-01-09", FF_ENROLMENT_STATUS_MOVED, "2018-05-02"),
                intro, "2018-08-13", FF_ENROLMENT_STATUS_DROPPED_OUT, "2019-12-31");
  /* In a programme since long ago, and still. */
  add_enrolled (f->store, ff_test_add_participant (f->store, "Mariam", "Ali"), course,
                "2015-01-05", FF_ENROLMENT_STATUS_ACTIVE, NULL);
  /* Never enrolled. */
  ff_test_add_participant (f->store, "Oleh", "Bondarenko");
  /* Deleted: not listed while waiting to be purged. */
  deleted = add_enrolled (f->store, ff_test_add_participant (f->store, "Iryna", "Melnyk"),
                          intro, "2010-01-04", FF_ENROLMENT_STATUS_COMPLETED, "2012-12-20");
  g_assert_true (ff_record_set_deleted (f->store, &ff_participant_type, deleted, TRUE,
                                        &error));
  g_assert_no_error (error);

  five = listed (f->store, 5, now);
  g_assert_cmpstr (five, ==,
                   "Dawit Tesfaye|Introduksjonsprogrammet|2019-12-31;"
                   "Olena Kovalenko|Introduksjonsprogrammet|2020-02-29;");

  /* Ten years back is 1 March 2015: no one ended before. */
  ten = listed (f->store, 10, now);
  g_assert_cmpstr (ten, ==, "");

  /* One year back is 1 March 2024: Ahmed too, last of all. */
  one = listed (f->store, 1, now);
  g_assert_cmpstr (one, ==,
                   "Dawit Tesfaye|Introduksjonsprogrammet|2019-12-31;"
                   "Olena Kovalenko|Introduksjonsprogrammet|2020-02-29;"
                   "Ahmed Hassan|Introduksjonsprogrammet|2020-03-01;");
}

/* On 29 February 2024, one year back is 28 February 2023 (2023 has no 29th): a
 * programme that ended on the 27th is listed, one that ended on the 28th not yet. */
static void
test_leap_day (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2024, 2, 29, 9, 30, 0);
  g_autofree char *one = NULL;
  gint64 intro = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);

  add_enrolled (f->store, ff_test_add_participant (f->store, "Olena", "Kovalenko"), intro,
                "2021-03-01", FF_ENROLMENT_STATUS_COMPLETED, "2023-02-27");
  add_enrolled (f->store, ff_test_add_participant (f->store, "Ahmed", "Hassan"), intro,
                "2021-03-01", FF_ENROLMENT_STATUS_COMPLETED, "2023-02-28");

  one = listed (f->store, 1, now);
  g_assert_cmpstr (one, ==, "Olena Kovalenko|Introduksjonsprogrammet|2023-02-27;");
}

static void
test_cutoff (void)
{
  g_autoptr(GDateTime) leap_day = g_date_time_new_local (2024, 2, 29, 0, 0, 0);
  g_autoptr(GDateTime) new_year = g_date_time_new_local (2025, 1, 1, 23, 59, 0);
  g_autofree char *one = ff_retention_cutoff (1, leap_day);
  g_autofree char *four = ff_retention_cutoff (4, leap_day);
  g_autofree char *thirty = ff_retention_cutoff (30, new_year);

  g_assert_cmpstr (one, ==, "2023-02-28");
  g_assert_cmpstr (four, ==, "2020-02-29");
  g_assert_cmpstr (thirty, ==, "1995-01-01");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/retention/ended-long-ago-listed", test_ended_long_ago);
  ff_test_store_add ("/core/retention/leap-day", test_leap_day);
  g_test_add_func ("/core/retention/cutoff", test_cutoff);

  return g_test_run ();
}
