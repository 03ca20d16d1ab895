/* ff-sample-private.h — what the files of the sample data share: the run, its random
 * helpers, and one function for each kind of record
 *
 * The driver (ff-sample.c) owns the run, an FfSample, and calls the kinds in turn:
 * programmes first, then participant after participant with their enrolments and
 * plans, and employers as the participants' places fill up. Every value goes in as a
 * user would type it, through the same record functions as the application's forms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include "ff-enrolment-status.h"
#include "ff-sample.h"

G_BEGIN_DECLS

/* "Today" for the data; fixed so that a seed always gives the same dates. */
#define FF_SAMPLE_REFERENCE_YEAR 2025
#define FF_SAMPLE_REFERENCE_MONTH 11
#define FF_SAMPLE_REFERENCE_DAY 28

#define FF_SAMPLE_N_PROGRAMMES 5
#define FF_SAMPLE_N_PLACES 20
#define FF_SAMPLE_MAX_CHANGES 5

/* Names */

typedef struct
{
  const char *latin;
  const char *native;   /* NULL when the name is written in Latin at home too */
} FfSampleName;

typedef struct
{
  const char          *country;
  guint                weight;          /* share in percent */
  const FfSampleName  *female;
  guint                n_female;
  const FfSampleName  *male;
  guint                n_male;
  const FfSampleName  *family;
  guint                n_family;
  const char * const  *languages;
  guint                n_languages;
  int                  arrival_from;    /* years; 0: born in Norway */
  int                  arrival_to;
  guint                d_number_share;  /* percent with a D-nummer, not a fødselsnummer */
} FfSampleOrigin;

/* Ukraine, Syria, Afghanistan, Eritrea, Somalia and Norway, the last one Norway. */
extern const FfSampleOrigin ff_sample_origins[];
extern const guint ff_sample_n_origins;

/* Places */

typedef struct
{
  const char *name;
  const char *postcode;
} FfSamplePlace;

/* Kvænangen, Skien, Drammen and Vang first (the programmes' own), then towns all over. */
extern const FfSamplePlace ff_sample_places[FF_SAMPLE_N_PLACES];
extern const char * const ff_sample_streets[];
extern const guint ff_sample_n_streets;

/* The run */

/* An enrolment's history, planned before the participant is written. */
typedef struct
{
  guint              programme;       /* index in the sample's programmes */
  guint              n_changes;
  FfEnrolmentStatus  status[FF_SAMPLE_MAX_CHANGES];
  guint32            date[FF_SAMPLE_MAX_CHANGES];    /* Julian days */
  const char        *reason[FF_SAMPLE_MAX_CHANGES];
} FfSampleHistory;

/* A participant as the enrolments and plans need them. */
typedef struct
{
  gint64           id;
  int              level;             /* oral Norwegian, index in the CEFR levels A0 …
                                       * C1; -1 unknown */
  const char      *contact_person;
  guint            place;             /* index in ff_sample_places */
  guint            n_histories;
  FfSampleHistory  histories[2];
} FfSamplePerson;

/* An employer the sample wrote, for the job-seeker logs. */
typedef struct
{
  gint64              id;
  char               *name;
  guint               place;          /* index in ff_sample_places */
  const char * const *positions;      /* what people apply for there */
  guint               n_positions;
} FfSampleEmployer;

typedef struct
{
  FfStore     *store;
  guint32      reference;             /* the data's today, as a Julian day */

  /* Each kind draws from a generator of its own, so that adding to one kind leaves
   * the others of a seed as they were. */
  GRand       *rand;                  /* participants and their enrolments */
  GRand       *plan_rand;
  GRand       *employer_rand;
  GRand       *job_rand;
  GRand       *business_rand;
  GRand       *course_rand;           /* courses, attendance and the benefit */
  GRand       *mentor_rand;           /* mentors, placements, follow-ups, outcomes */

  gint64       programme_ids[FF_SAMPLE_N_PROGRAMMES];
  guint32      programme_start[FF_SAMPLE_N_PROGRAMMES];
  guint32      programme_end[FF_SAMPLE_N_PROGRAMMES];
  gboolean     introduction[FF_SAMPLE_N_PROGRAMMES];   /* pays the benefit */

  GHashTable  *national_ids;          /* given out, so that none is given twice */
  guint        n_due_this_week;       /* plans with a review in the data's own week */

  guint        n_employers;
  guint        people_in_place[FF_SAMPLE_N_PLACES];
  GHashTable  *org_numbers;
  GHashTable  *employer_names;
  GPtrArray   *employers;             /* FfSampleEmployer, as written */

  GHashTable  *attendance;            /* participant id → how they attend */
  GPtrArray   *friends[FF_SAMPLE_N_PLACES]; /* volunteer friends of each place */
  GHashTable  *workplace_mentors;     /* FfSampleEmployer * → the mentor's id */
} FfSample;

/* ff-sample.c: how many participants of a run of @n_participants go in one
 * transaction. */
guint     ff_sample_batch_size       (guint            n_participants);

/* The kinds, each in its own file. Every one writes through the record functions
 * inside the batch's transaction, and fails with the record functions' error. */

/* ff-sample-programmes.c: the five programmes of the design's seeds. */
gboolean  ff_sample_add_programmes   (FfSample        *s,
                                      GError         **error);

/* ff-sample-participants.c: one participant with the histories of their enrolments
 * planned (not written yet). */
gboolean  ff_sample_add_participant  (FfSample        *s,
                                      FfSamplePerson  *person,
                                      GError         **error);

/* ff-sample-enrolments.c: plans a history in @programme for someone who arrived on
 * @arrival, drawing from s->rand; FALSE when the programme had ended before they
 * could join. */
gboolean  ff_sample_plan_history     (FfSample        *s,
                                      guint            programme,
                                      guint32          arrival,
                                      FfSampleHistory *history);
/* Writes the person's enrolments with their histories, and their plans. */
gboolean  ff_sample_add_enrolments   (FfSample        *s,
                                      const FfSamplePerson *person,
                                      GError         **error);

/* ff-sample-plans.c: the individual plan of an enrolment that was active at some time,
 * for most such enrolments; some with signed versions. */
gboolean  ff_sample_add_plan         (FfSample              *s,
                                      const FfSamplePerson  *person,
                                      const FfSampleHistory *history,
                                      gint64                 enrolment_id,
                                      GError               **error);

/* ff-sample-employers.c: how many employers a sample of @n_participants has, and one
 * more employer in a place where the participants so far live. */
guint     ff_sample_n_employers      (guint            n_participants);
gboolean  ff_sample_add_employer     (FfSample        *s,
                                      GError         **error);
void      ff_sample_employer_free    (FfSampleEmployer *employer);

/* ff-sample-job-logs.c: the job-seeker log of a participant who has been looking for
 * work lately (active in a programme, or finished it not long ago), for most such
 * participants, against the sample's employers; and a weekly target for some. */
gboolean  ff_sample_add_job_log      (FfSample              *s,
                                      const FfSamplePerson  *person,
                                      GError               **error);

/* ff-sample-business-plans.c: a business plan of a participant who was active in the
 * establishment course, for most such participants, in any status. */
gboolean  ff_sample_add_business_plan (FfSample              *s,
                                       const FfSamplePerson  *person,
                                       GError               **error);

/* ff-sample-courses.c: the introduction benefit of an enrolment in the introduction
 * programme that was active at some time (its amount, how often it is paid, and the
 * participant's children for some). */
gboolean  ff_sample_add_benefit      (FfSample              *s,
                                      const FfSampleHistory *history,
                                      gint64                 enrolment_id,
                                      GError               **error);

/* ff-sample-courses.c: the courses of every programme, once all participants are
 * written, with their participants, sessions and attendance up to the data's today. */
gboolean  ff_sample_add_courses      (FfSample              *s,
                                      GError               **error);

/* ff-sample-mentors.c: of a participant who has been active in the programme year,
 * a volunteer friend with a meeting log (most in small places), a placement with its
 * agreement approved, the conversations of the last weeks with their actions; and the
 * outcome of every enrolment that ended. */
gboolean  ff_sample_add_mentoring    (FfSample              *s,
                                      const FfSamplePerson  *person,
                                      GError               **error);

/* Helpers */

/* @text folded to lower-case ASCII letters and digits (æ as "ae", ø as "o"), its words
 * joined by @separator: for e-mail addresses. */
char     *ff_sample_ascii_words      (const char      *text,
                                      const char      *separator);


#define FF_SAMPLE_PICK(rand, array) \
  ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/* TRUE in @percent cases out of a hundred. */
static inline gboolean
ff_sample_chance (GRand *rand,
                  guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

/* "a, b" of two different entries of @array. */
static inline char *
ff_sample_pick_two (GRand              *rand,
                    const char * const *array,
                    guint               n)
{
  guint first = g_rand_int_range (rand, 0, n);
  guint second = (first + g_rand_int_range (rand, 1, n)) % n;

  return g_strdup_printf ("%s, %s", array[first], array[second]);
}

/* A day from @from to @to, both included. */
static inline guint32
ff_sample_day_between (GRand   *rand,
                       guint32  from,
                       guint32  to)
{
  if (to <= from)
    return from;
  return from + (guint32) g_rand_int_range (rand, 0, (gint32) (to - from + 1));
}

static inline guint32
ff_sample_julian (int day,
                  int month,
                  int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* A date as people in Norway type it: "28.11.2025". */
typedef char FfSampleDay[11];

static inline const char *
ff_sample_day_text (guint32      julian,
                    FfSampleDay  out)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (out, sizeof (FfSampleDay), "%02d.%02d.%04d", g_date_get_day (&date),
              g_date_get_month (&date), g_date_get_year (&date));
  return out;
}

/* The Julian day of a date typed "DD.MM.YYYY" (the tables are written so). */
static inline guint32
ff_sample_julian_from_text (const char *text)
{
  int day = 0, month = 0, year = 0;

  if (sscanf (text, "%d.%d.%d", &day, &month, &year) != 3)
    g_return_val_if_reached (0);
  return ff_sample_julian (day, month, year);
}

G_END_DECLS
