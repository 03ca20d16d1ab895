/* test-course-absence.c — what absence from a programme's courses costs: G as a
 * setting, the enrolment's benefit, the reductions list worked out by hand, and the
 * leave counters from stored marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-basic-amount.h"
#include "ff-course-absence.h"
#include "ff-course.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

static void
test_basic_amount (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) table = NULL;
  gint64 id;

  /* A new file knows G from 1 May 2023, 2024 and 2025. */
  table = ff_basic_amount_table (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->len, ==, 3);
  g_assert_cmpint (g_array_index (table, FfBasicAmount, 0).amount, ==, 11862000);
  g_assert_cmpint (g_array_index (table, FfBasicAmount, 2).amount, ==, 13016000);
  g_assert_cmpint (g_date_get_year (&g_array_index (table, FfBasicAmount, 1).valid_from), ==,
                   2024);
  g_clear_pointer (&table, g_array_unref);

  /* The next one, as typed. */
  id = ff_basic_amount_set (fixture->store, "01.05.2026", "kr 135 000", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_basic_amount_type, id, "created"),
                   ==, 1);
  /* The same day again: changed, not added. */
  g_assert_cmpint (ff_basic_amount_set (fixture->store, "2026-05-01", "136 000", &error), ==,
                   id);
  g_assert_no_error (error);

  /* Not a positive amount. */
  g_assert_cmpint (ff_basic_amount_set (fixture->store, "2027-05-01", "0", &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (ff_basic_amount_set (fixture->store, "2027-05-01", "-130 000", &error), ==,
                   0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (ff_basic_amount_set (fixture->store, "2027-05-01", "", &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
  g_clear_error (&error);
  ff_test_assert_refused (fixture->store, &ff_basic_amount_type, id, FF_BASIC_AMOUNT_AMOUNT,
                          "0", FF_VALIDATE_ERROR_IMPLAUSIBLE, "13600000");

  table = ff_basic_amount_table (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->len, ==, 4);
  g_assert_cmpint (g_array_index (table, FfBasicAmount, 3).amount, ==, 13600000);
}

static void
test_benefit (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) enrolments = NULL;
  gint64 participant = ff_test_add_participant (fixture->store, "Amal", "Hassan");
  gint64 programme = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                            FF_PROGRAMME_KIND_INTRODUCTION);
  gint64 enrolment = ff_test_add_enrolment (fixture->store, participant, programme,
                                            "2024-09-02");
  gint64 benefit = 0;
  int period = -1;

  enrolments = ff_enrolment_list_for_participant (fixture->store, participant, &error);
  g_assert_no_error (error);
  g_assert_false (ff_enrolment_get_benefit (enrolments->pdata[0], NULL, NULL));
  g_clear_pointer (&enrolments, g_ptr_array_unref);

  /* Not a positive amount: refused, nothing written. */
  g_assert_false (ff_enrolment_set_benefit (fixture->store, enrolment, FF_PAYMENT_MONTHLY, 0,
                                            &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  ff_test_assert_refused (fixture->store, &ff_enrolment_type, enrolment,
                          FF_ENROLMENT_FIELD_YEARLY_BENEFIT, "-5 000",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  ff_test_assert_refused (fixture->store, &ff_enrolment_type, enrolment,
                          FF_ENROLMENT_FIELD_YEARLY_BENEFIT, "0",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "");

  g_assert_true (ff_enrolment_set_benefit (fixture->store, enrolment, FF_PAYMENT_FORTNIGHTLY,
                                           26032000, &error));
  g_assert_no_error (error);
  enrolments = ff_enrolment_list_for_participant (fixture->store, participant, &error);
  g_assert_true (ff_enrolment_get_benefit (enrolments->pdata[0], &benefit, &period));
  g_assert_cmpint (benefit, ==, 26032000);
  g_assert_cmpint (period, ==, FF_PAYMENT_FORTNIGHTLY);

  /* Typed on the participant's page. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_enrolment_type, enrolment,
                                      FF_ENROLMENT_FIELD_YEARLY_BENEFIT, "260 320,50", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT yearly_benefit FROM enrolment"),
                   ==, 26032050);
  ff_test_assert_refused (fixture->store, &ff_enrolment_type, enrolment,
                          FF_ENROLMENT_FIELD_CHILDREN, "21", FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
}

/* The programme of the reductions tests: a course with sessions from 22 April to 12 May
 * 2025, and three participants paid a benefit. */
typedef struct
{
  gint64 programme;
  gint64 course;
  gint64 amal, olena, yonas;
  gint64 amal_enrolment, olena_enrolment;
  gint64 s[7];
} Programme;

static void
mark (FfStore    *store,
      Programme  *p,
      int         session,
      gint64      participant,
      FfMarkKind  kind,
      guint       minutes,
      FfExcuse    excuse)
{
  g_autoptr(GError) error = NULL;
  FfMark m = { kind, minutes, excuse };

  g_assert_true (ff_course_set_mark (store, p->course, p->s[session], participant, &m, &error));
  g_assert_no_error (error);
}

static void
set_up_programme (FfStore   *store,
                  Programme *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *programme_text = NULL;
  const char *course[FF_COURSE_N_FIELDS] = { [FF_COURSE_TITLE] = "Norsk og samfunnskunnskap" };
  static const char * const sessions[][3] = {
    { NULL, NULL, NULL },
    { "2025-04-22", "09:00", "12:00" },   /* 180 minutes */
    { "2025-04-30", "09:00", "12:00" },   /* 180 */
    { "2025-05-02", "09:00", "11:00" },   /* 120 */
    { "2025-05-05", "09:00", "12:00" },   /* 180 */
    { "2025-05-06", "09:00", "12:00" },   /* 180, cancelled */
    { "2025-05-12", "09:00", "11:00" },   /* 120 */
  };
  gint64 yonas_enrolment;

  p->programme = ff_test_add_programme (store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);
  programme_text = g_strdup_printf ("%" G_GINT64_FORMAT, p->programme);
  course[FF_COURSE_PROGRAMME_ID] = programme_text;
  p->course = ff_course_create (store, course, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < G_N_ELEMENTS (sessions); i++)
    {
      p->s[i] = ff_course_add_session (store, p->course, sessions[i][0], sessions[i][1],
                                       sessions[i][2], NULL, &error);
      g_assert_no_error (error);
    }

  p->amal = ff_test_add_participant (store, "Amal", "Hassan");
  p->olena = ff_test_add_participant (store, "Olena", "Kovalenko");
  p->yonas = ff_test_add_participant (store, "Yonas", "Tesfaye");
  p->amal_enrolment = ff_test_add_enrolment (store, p->amal, p->programme, "2024-09-02");
  p->olena_enrolment = ff_test_add_enrolment (store, p->olena, p->programme, "2024-09-02");
  yonas_enrolment = ff_test_add_enrolment (store, p->yonas, p->programme, "2025-01-06");
  g_assert_true (ff_course_add_all_participants (store, p->course, NULL, &error));
  g_assert_no_error (error);

  /* Amal: 260 320 kr a year, monthly: 2 169 333 øre a month (2 169 333,33 rounded). */
  g_assert_true (ff_enrolment_set_benefit (store, p->amal_enrolment, FF_PAYMENT_MONTHLY,
                                           26032000, &error));
  /* Olena: 273 000 kr every 14 days from Monday 21 April: 1 050 000 øre a period. */
  g_assert_true (ff_enrolment_set_benefit (store, p->olena_enrolment, FF_PAYMENT_FORTNIGHTLY,
                                           27300000, &error));
  g_assert_true (ff_record_set_field (store, &ff_enrolment_type, p->olena_enrolment,
                                      FF_ENROLMENT_FIELD_PAYMENT_FROM, "21.04.2025", &error));
  /* Yonas: 124 027,92 kr, monthly: 1 033 566 øre a month. */
  g_assert_true (ff_enrolment_set_benefit (store, yonas_enrolment, FF_PAYMENT_MONTHLY,
                                           12402792, &error));
  g_assert_no_error (error);

  /* Amal: April 180 of 360 minutes unexcused; May late 30 minutes (not unexcused),
   * excused for a sick child, unexcused in a session later cancelled, and unexcused 120
   * minutes: 120 of 420. */
  mark (store, p, 1, p->amal, FF_MARK_PRESENT, 0, 0);
  mark (store, p, 2, p->amal, FF_MARK_UNEXCUSED, 0, 0);
  mark (store, p, 3, p->amal, FF_MARK_LATE, 30, 0);
  mark (store, p, 4, p->amal, FF_MARK_EXCUSED, 0, FF_EXCUSE_SICK_CHILD);
  mark (store, p, 5, p->amal, FF_MARK_UNEXCUSED, 0, 0);
  mark (store, p, 6, p->amal, FF_MARK_UNEXCUSED, 0, 0);
  /* Olena: away without leave 22 April – 2 May (480 of 480 minutes in the period 21
   * April – 4 May), then self-certified ill on 5 and 12 May. */
  mark (store, p, 1, p->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (store, p, 2, p->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (store, p, 3, p->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (store, p, 4, p->olena, FF_MARK_EXCUSED, 0, FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED);
  mark (store, p, 6, p->olena, FF_MARK_EXCUSED, 0, FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED);
  /* Yonas: away without leave all April; nothing marked in May. */
  mark (store, p, 1, p->yonas, FF_MARK_UNEXCUSED, 0, 0);
  mark (store, p, 2, p->yonas, FF_MARK_UNEXCUSED, 0, 0);

  g_assert_true (ff_course_cancel_session (store, p->s[5], TRUE, &error));
  g_assert_no_error (error);
}

static const FfReductionRow *
row (GArray *rows,
     guint   i)
{
  g_assert_cmpuint (i, <, rows->len);
  return &g_array_index (rows, FfReductionRow, i);
}

static void
test_reductions (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  Programme p = { 0 };
  const FfReductionRow *r;

  set_up_programme (fixture->store, &p);

  rows = ff_course_reductions (fixture->store, p.programme, "01.04.2025", "2025-05-31", &error);
  g_assert_no_error (error);
  /* Amal April and May, Olena's two periods from 21 April, Yonas April and May. */
  g_assert_cmpuint (rows->len, ==, 6);

  /* Amal, April: 2 169 333 × 180 / 360 = 1 084 666,5, rounded up to 1 084 667, which
   * is just over half of the payment (2 × 1 084 667 = 2 169 334), and over G/12 (G
   * from 1 May 2024: 12 × 1 084 667 = 13 016 004 ≥ 12 402 800): a decision. */
  r = row (rows, 0);
  g_assert_cmpint (r->participant_id, ==, p.amal);
  g_assert_cmpstr (r->name, ==, "Amal Hassan");
  g_assert_cmpstr (r->first_day, ==, "2025-04-01");
  g_assert_cmpstr (r->last_day, ==, "2025-04-30");
  g_assert_cmpuint (r->planned_minutes, ==, 360);
  g_assert_cmpuint (r->unexcused_minutes, ==, 180);
  g_assert_cmpint (r->reduction.payment, ==, 2169333);
  g_assert_cmpint (r->reduction.reduction, ==, 1084667);
  g_assert_cmpint (r->reduction.paid, ==, 1084666);
  g_assert_cmpint (r->reduction.basic_amount, ==, 12402800);
  g_assert_true (r->reduction.half_of_payment);
  g_assert_true (r->reduction.twelfth_of_basic);
  g_assert_true (r->reduction.individual_decision);

  /* Amal, May: late, excused and the cancelled session are no unexcused absence:
   * 2 169 333 × 120 / 420 = 619 809,43 → 619 809; no decision. */
  r = row (rows, 1);
  g_assert_cmpstr (r->first_day, ==, "2025-05-01");
  g_assert_cmpuint (r->planned_minutes, ==, 420);
  g_assert_cmpuint (r->unexcused_minutes, ==, 120);
  g_assert_cmpint (r->reduction.reduction, ==, 619809);
  g_assert_cmpint (r->reduction.basic_amount, ==, 13016000);
  g_assert_false (r->reduction.half_of_payment);
  g_assert_false (r->reduction.individual_decision);

  /* Olena, 21 April – 4 May: G changed on 1 May, in the middle of the period; the G of
   * its last day holds. All 480 minutes unexcused: 1 050 000 øre, all of the payment,
   * under G/12 from 1 May 2025 (12 × 1 050 000 = 12 600 000 < 13 016 000), though it
   * would be over the G of 2024 (12 402 800): no decision. */
  r = row (rows, 2);
  g_assert_cmpint (r->participant_id, ==, p.olena);
  g_assert_cmpint (r->period, ==, FF_PAYMENT_FORTNIGHTLY);
  g_assert_cmpstr (r->first_day, ==, "2025-04-21");
  g_assert_cmpstr (r->last_day, ==, "2025-05-04");
  g_assert_cmpuint (r->planned_minutes, ==, 480);
  g_assert_cmpuint (r->unexcused_minutes, ==, 480);
  g_assert_cmpint (r->reduction.payment, ==, 1050000);
  g_assert_cmpint (r->reduction.reduction, ==, 1050000);
  g_assert_cmpint (r->reduction.basic_amount, ==, 13016000);
  g_assert_true (r->reduction.half_of_payment);
  g_assert_false (r->reduction.twelfth_of_basic);
  g_assert_false (r->reduction.individual_decision);

  /* Olena, 5 – 18 May: self-certified, no reduction. */
  r = row (rows, 3);
  g_assert_cmpstr (r->first_day, ==, "2025-05-05");
  g_assert_cmpstr (r->last_day, ==, "2025-05-18");
  g_assert_cmpuint (r->planned_minutes, ==, 300);
  g_assert_cmpint (r->reduction.reduction, ==, 0);

  /* Yonas, April: all of a payment of 1 033 566 øre, just under G/12 (12 × 1 033 566 =
   * 12 402 792 < 12 402 800): no decision. May: nothing planned, nothing reduced. */
  r = row (rows, 4);
  g_assert_cmpint (r->participant_id, ==, p.yonas);
  g_assert_cmpint (r->reduction.reduction, ==, 1033566);
  g_assert_true (r->reduction.half_of_payment);
  g_assert_false (r->reduction.twelfth_of_basic);
  g_assert_false (r->reduction.individual_decision);
  r = row (rows, 5);
  g_assert_cmpuint (r->planned_minutes, ==, 0);
  g_assert_cmpint (r->reduction.reduction, ==, 0);
  g_assert_cmpint (r->reduction.paid, ==, 1033566);
  g_clear_pointer (&rows, g_array_unref);

  /* G from 1 May 2025 set lower: Olena's period now needs a decision (12 600 000 ≥
   * 12 600 000), read from the file. */
  g_assert_cmpint (ff_basic_amount_set (fixture->store, "2025-05-01", "126 000", &error), >, 0);
  g_assert_no_error (error);
  rows = ff_course_reductions (fixture->store, p.programme, "2025-05-04", "2025-05-04", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (row (rows, 0)->participant_id, ==, p.olena);
  g_assert_cmpint (row (rows, 0)->reduction.basic_amount, ==, 12600000);
  g_assert_true (row (rows, 0)->reduction.individual_decision);
  g_clear_pointer (&rows, g_array_unref);

  /* A list that ends before it starts; a period with no G in force. */
  g_assert_null (ff_course_reductions (fixture->store, p.programme, "2025-05-31",
                                       "2025-04-01", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_null (ff_course_reductions (fixture->store, p.programme, "2022-01-01",
                                       "2022-01-31", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_assert_cmpstr (error->message, !=, "");
}

/* One enrolment's periods, for their page: the same rows as the programme's list. */
static void
test_enrolment_reductions (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) rows = NULL;
  Programme p = { 0 };
  gint64 other_programme;
  gint64 other_enrolment;

  set_up_programme (fixture->store, &p);

  all = ff_course_reductions (fixture->store, p.programme, "2025-04-01", "2025-05-31", &error);
  g_assert_no_error (error);
  rows = ff_course_enrolment_reductions (fixture->store, p.olena_enrolment, "2025-04-01",
                                         "2025-05-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      const FfReductionRow *mine = row (rows, i);
      const FfReductionRow *listed = row (all, 2 + i);

      g_assert_cmpint (mine->participant_id, ==, p.olena);
      g_assert_cmpint (mine->enrolment_id, ==, p.olena_enrolment);
      g_assert_cmpstr (mine->first_day, ==, listed->first_day);
      g_assert_cmpuint (mine->planned_minutes, ==, listed->planned_minutes);
      g_assert_cmpuint (mine->unexcused_minutes, ==, listed->unexcused_minutes);
      g_assert_cmpint (mine->reduction.reduction, ==, listed->reduction.reduction);
      g_assert_cmpint (mine->reduction.individual_decision, ==,
                       listed->reduction.individual_decision);
    }
  /* 480 of 480 minutes unexcused in the first: all of its payment. */
  g_assert_cmpint (row (rows, 0)->reduction.reduction, ==, 1050000);
  g_clear_pointer (&rows, g_array_unref);

  /* Amal's marks in another programme's course are not this programme's absence. */
  other_programme = ff_test_add_programme (fixture->store, "Mentorordningen",
                                           FF_PROGRAMME_KIND_INTRODUCTION);
  other_enrolment = ff_test_add_enrolment (fixture->store, p.amal, other_programme,
                                           "2024-09-02");
  g_assert_true (ff_enrolment_set_benefit (fixture->store, other_enrolment,
                                           FF_PAYMENT_MONTHLY, 26032000, &error));
  g_assert_no_error (error);
  rows = ff_course_enrolment_reductions (fixture->store, other_enrolment, "2025-04-01",
                                         "2025-04-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpuint (row (rows, 0)->planned_minutes, ==, 0);
  g_assert_cmpint (row (rows, 0)->reduction.reduction, ==, 0);
  g_clear_pointer (&rows, g_array_unref);

  rows = ff_course_enrolment_reductions (fixture->store, p.amal_enrolment, "2025-04-01",
                                         "2025-04-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (row (rows, 0)->reduction.reduction, ==, 1084667);
  g_assert_true (row (rows, 0)->reduction.individual_decision);
}

static void
test_leave (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) checks = NULL;
  Programme p = { 0 };
  FfLeaveCount count;

  set_up_programme (fixture->store, &p);

  /* Olena: self-certified on Monday 5 and Monday 12 May, attended in between (6 May
   * was cancelled, but is a working day not so marked): two of four used. */
  g_assert_true (ff_course_leave_count (fixture->store, p.olena_enrolment, "2025-05-31", &count,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count.self_certifications_used, ==, 2);
  g_assert_cmpuint (count.self_certifications_left, ==, 2);
  g_assert_true (count.self_certification_open);
  /* No children known: no sick-child days. */
  g_assert_cmpuint (count.sick_child_days_allowed, ==, 0);

  checks = ff_course_self_certifications (fixture->store, p.olena_enrolment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_cmpint (g_array_index (checks, FfSelfCertificationCheck, 1).verdict, ==,
                   FF_SELF_CERTIFICATION_ALLOWED);

  /* Amal: three children, alone with them: 30 days; one used on 5 May. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_enrolment_type, p.amal_enrolment,
                                      FF_ENROLMENT_FIELD_CHILDREN, "3", &error));
  g_assert_true (ff_record_set_field (fixture->store, &ff_enrolment_type, p.amal_enrolment,
                                      FF_ENROLMENT_FIELD_SOLE_CARER, "1", &error));
  g_assert_no_error (error);
  g_assert_true (ff_course_leave_count (fixture->store, p.amal_enrolment, "2025-05-31", &count,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count.sick_child_days_allowed, ==, 30);
  g_assert_cmpuint (count.sick_child_days_used, ==, 1);
  g_assert_cmpuint (count.sick_child_days_left, ==, 29);
  g_assert_cmpuint (count.self_certifications_used, ==, 0);

  /* A year on, the day has left the 12 months. */
  g_assert_true (ff_course_leave_count (fixture->store, p.amal_enrolment, "2026-05-05", &count,
                                        &error));
  g_assert_cmpuint (count.sick_child_days_used, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/course-absence/basic-amount/set-and-refused", test_basic_amount);
  ff_test_store_add ("/core/course-absence/benefit/set-and-refused", test_benefit);
  ff_test_store_add ("/core/course-absence/reductions/worked-out-by-hand", test_reductions);
  ff_test_store_add ("/core/course-absence/reductions/of-one-enrolment",
                     test_enrolment_reductions);
  ff_test_store_add ("/core/course-absence/leave-from-stored-marks", test_leave);

  return g_test_run ();
}
