/* ff-sample-plans.c — the sample data's individual plans: a long-term goal with sub-goals,
 * activities that fit it and review dates, for most enrolments that were active; some
 * signed for earlier agreement periods, with the next version drafted from the last
 *
 * Written as an adviser would: ff_plan_create() starts the plan, ff_record_update()
 * fills in its fields, ff_record_insert() adds its parts, ff_plan_sign() signs a
 * version and starts the next draft as a copy, whose dates and statuses are then
 * brought up to the next period with ff_record_update().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-plan.h"
#include "ff-sample-private.h"

#define PICK FF_SAMPLE_PICK

/* Probability, in percent, that an enrolment a plan fits has one. */
#define PLAN_SHARE 75

static const char * const work_goals[] = {
  "Fast jobb som helsefagarbeider innen 2027",
  "Jobb som assistent i barnehage",
  "Fast stilling som sjåfør i kollektivtrafikken",
  "Jobb innen renhold med fast kontrakt",
  "Jobb som kokk i restaurant eller kantine",
  "Deltidsjobb i butikk som kan bli fast",
  "Jobb som elektriker igjen, med norsk godkjenning",
  "Arbeid på lager og i logistikk",
  "Jobb som regnskapsmedarbeider",
};
static const char * const education_goals[] = {
  "Fagbrev som tømrer",
  "Fagbrev i helsearbeiderfaget",
  "Godkjenning av sykepleierutdanningen fra hjemlandet",
  "Fullføre videregående skole for voksne",
  "Studere IT ved fagskolen",
  "Fagbrev som kokk",
};
static const char * const business_goals[] = {
  "Eget bakeri i sentrum",
  "Egen frisørsalong",
  "Matvogn med ukrainske dumplings",
  "Eget rengjøringsfirma",
  "Neglesalong i sentrum",
  "Syverksted med reparasjoner og redesign",
  "Kafé med hjemmebakst",
};
static const char * const other_goals[] = {
  "Mestre hverdagen i Norge og bli en del av lokalsamfunnet",
  "Bli mer selvstendig og ta førerkort",
  "Bedre helse og en trygg hverdag for familien",
};

/* Sub-goals; NULL is "pass the oral Norwegian test at the plan's level". */
static const char * const common_subgoals[] = {
  NULL,
  "Bestå prøve i samfunnskunnskap",
  "Lage CV og søknadsbrev på norsk",
  "Delta i språkkafé hver uke",
  "Bli kjent med norsk arbeidsliv gjennom praksis",
  "Ta førerkort klasse B",
};
static const char * const work_subgoals[] = {
  "Søke minst fem jobber i måneden",
  "Få referanse fra praksisplassen",
  "Få godkjent utdanningen fra hjemlandet",
};
static const char * const education_subgoals[] = {
  "Søke opptak til videregående skole",
  "Ta fag i matematikk og engelsk",
  "Få læreplass",
};
static const char * const business_subgoals[] = {
  "Skrive forretningsplan",
  "Registrere enkeltpersonforetak i Brønnøysundregistrene",
  "Gjennomføre markedsundersøkelse blant 30 kunder",
  "Søke etablererstipend fra Innovasjon Norge",
};

typedef struct
{
  FfActivityKind kind;
  const char *description;
  int minutes;              /* per week */
  const char *responsible;  /* NULL: the contact person, as programme adviser */
} ActivityInfo;

static const ActivityInfo activity_infos[] = {
  /* Norwegian tuition first: every plan has one of these. */
  { FF_ACTIVITY_NORWEGIAN_TUITION, "Norskopplæring på dagtid", 15 * 60, "Voksenopplæringen" },
  { FF_ACTIVITY_NORWEGIAN_TUITION, "Norskkurs med vekt på muntlig", 12 * 60 + 30,
    "Voksenopplæringen" },
  { FF_ACTIVITY_NORWEGIAN_TUITION, "Yrkesrettet norsk", 10 * 60, "Voksenopplæringen" },
#define N_TUITION 3
  { FF_ACTIVITY_WORK_LIFE_KNOWLEDGE, "Arbeidslivskunnskap: rettigheter, plikter og "
    "arbeidskultur", 3 * 60, NULL },
  { FF_ACTIVITY_COMPUTER_SKILLS, "Digitale ferdigheter: e-post, BankID og nav.no", 2 * 60,
    "Voksenopplæringen" },
  { FF_ACTIVITY_JOB_SEEKING, "Jobbsøkerkurs, CV og søknader", 4 * 60, "NAV" },
  { FF_ACTIVITY_JOB_SEEKING, "Søke tre jobber i uka og føre jobbsøkerlogg", 3 * 60, "NAV" },
  { FF_ACTIVITY_LANGUAGE_PRACTICE, "Språkpraksis i barnehage, 2 dager i uka", 15 * 60, NULL },
  { FF_ACTIVITY_LANGUAGE_PRACTICE, "Språkpraksis i butikk, 3 dager i uka", 22 * 60 + 30,
    NULL },
  { FF_ACTIVITY_WORK_PRACTICE, "Arbeidspraksis på sykehjem, 2 dager i uka", 15 * 60, "NAV" },
  { FF_ACTIVITY_WORK_PRACTICE, "Arbeidspraksis hos byggefirma, 4 dager i uka", 30 * 60,
    "NAV" },
  { FF_ACTIVITY_COURSE, "Etableringskurs for nyetablerere", 6 * 60, "Etablerertjenesten" },
  { FF_ACTIVITY_COURSE, "Truckførerkurs", 7 * 60 + 30, "Voksenopplæringen" },
  { FF_ACTIVITY_COURSE, "Hygienekurs for næringsmiddelarbeidere", 3 * 60,
    "Voksenopplæringen" },
  { FF_ACTIVITY_MENTOR_MEETINGS, "Samtale med mentor hver uke", 60, "Frivilligsentralen" },
  { FF_ACTIVITY_DRIVING_LESSONS, "Kjøretimer klasse B", 90, "Trafikkskolen" },
  { FF_ACTIVITY_PRIVATE_ECONOMY, "Kurs i privatøkonomi og budsjett", 60, "NAV" },
  { FF_ACTIVITY_OTHER, "Trening med Frisklivssentralen", 2 * 60, "Frisklivssentralen" },
};

/* The activities (by index above, after Norwegian tuition) that fit each goal. */
static const guint8 work_activities[] = { 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 17 };
static const guint8 education_activities[] = { 3, 4, 7, 12, 13, 14, 15 };
static const guint8 business_activities[] = { 3, 4, 11, 13, 14, 16 };
static const guint8 other_activities[] = { 3, 7, 14, 15, 16, 17 };

#define LIST(array) array, G_N_ELEMENTS (array)

/* The goals of plans, with how often each comes (the percentage up to which a roll of
 * 0–99 picks it), what it is written as, its own sub-goals and the activities that
 * fit it. */
static const struct
{
  int                  upto;
  FfPlanGoal           goal;
  const char * const  *texts;
  guint                n_texts;
  const char * const  *subgoals;
  guint                n_subgoals;
  const guint8        *activities;
  guint                n_activities;
} goal_kinds[] = {
  { 55, FF_PLAN_GOAL_WORK, LIST (work_goals), LIST (work_subgoals), LIST (work_activities) },
  { 80, FF_PLAN_GOAL_EDUCATION, LIST (education_goals), LIST (education_subgoals),
    LIST (education_activities) },
  { 92, FF_PLAN_GOAL_OWN_BUSINESS, LIST (business_goals), LIST (business_subgoals),
    LIST (business_activities) },
  { 100, FF_PLAN_GOAL_OTHER, LIST (other_goals), NULL, 0, LIST (other_activities) },
};

static const char * const review_notes[] = {
  "Går etter planen.",
  "God framgang i norsk. Fortsetter praksis.",
  "Fravær drøftet, avtalt fast oppmøte.",
  "Praksisplassen er fornøyd.",
  "Trenger mer støtte i jobbsøkingen.",
  "Delmål nådd, nye delmål satt.",
  "Ønsker mer norsk, får ekstra kurs.",
};

/* CEFR levels a plan aims at, from the participant's level. */
static const char * const plan_levels[] = { "A0", "A1", "A2", "B1", "B2", "C1", "C2" };
/* What stays the same in every version of one enrolment's plan. */
typedef struct
{
  FfPlanGoal goal;
  const char *goal_text;
  const char *level;
  const char *language;
  char *adviser;              /* the contact person, as programme adviser */
  guint32 norwegian_date;
  guint n_subgoals;
  const char *subgoals[4];
  gboolean subgoal_is_test[4];
  guint n_activities;
  const ActivityInfo *activities[7];
  guint n_reviews;
} PlanContent;

static gboolean
is_placement (FfActivityKind kind)
{
  return kind == FF_ACTIVITY_LANGUAGE_PRACTICE || kind == FF_ACTIVITY_WORK_PRACTICE;
}

/* @n different entries of 0 … @n_all - 1 into @out. */
static void
pick_distinct (GRand  *rand,
               guint   n_all,
               guint   n,
               guint  *out)
{
  guint all[32];

  g_assert (n_all <= G_N_ELEMENTS (all) && n <= n_all);
  for (guint i = 0; i < n_all; i++)
    all[i] = i;
  for (guint i = 0; i < n; i++)
    {
      guint j = i + g_rand_int_range (rand, 0, n_all - i);
      guint t = all[i];

      all[i] = all[j];
      all[j] = t;
      out[i] = all[i];
    }
}

static void
make_plan_content (FfSample             *s,
                   const FfSamplePerson *person,
                   PlanContent          *c)
{
  GRand *rand = s->plan_rand;
  const char * const *goal_subgoals;
  guint n_goal_subgoals;
  const guint8 *fitting;
  guint n_fitting;
  guint picked[16];
  int r = g_rand_int_range (rand, 0, 100);
  int level;

  guint kind = 0;

  while (r >= goal_kinds[kind].upto)
    kind++;
  c->goal = goal_kinds[kind].goal;
  c->goal_text = goal_kinds[kind].texts[g_rand_int_range (rand, 0, goal_kinds[kind].n_texts)];
  goal_subgoals = goal_kinds[kind].subgoals;
  n_goal_subgoals = goal_kinds[kind].n_subgoals;
  fitting = goal_kinds[kind].activities;
  n_fitting = goal_kinds[kind].n_activities;

  /* One or two steps above where they are now. */
  if (person->level < 0)
    level = g_rand_int_range (rand, 2, 4);
  else
    level = person->level + g_rand_int_range (rand, 1, 3);
  c->level = plan_levels[CLAMP (level, 1, (int) G_N_ELEMENTS (plan_levels) - 1)];
  c->language = ff_sample_chance (rand, 12) ? "nn" : "nb";
  c->adviser = g_strconcat (person->contact_person, ", programrådgiver", NULL);

  /* Sub-goals: one or two of the goal's own, the rest common ones. */
  c->n_subgoals = g_rand_int_range (rand, 2, 5);
  {
    /* (MIN evaluates its arguments more than once: no g_rand in it.) */
    guint own = g_rand_int_range (rand, 1, 3);
    guint n_common;

    own = MIN (own, n_goal_subgoals);
    n_common = c->n_subgoals - own;

    pick_distinct (rand, n_goal_subgoals, own, picked);
    for (guint i = 0; i < own; i++)
      {
        c->subgoals[i] = goal_subgoals[picked[i]];
        c->subgoal_is_test[i] = FALSE;
      }
    pick_distinct (rand, G_N_ELEMENTS (common_subgoals), n_common, picked);
    for (guint i = 0; i < n_common; i++)
      {
        c->subgoals[own + i] = common_subgoals[picked[i]];
        c->subgoal_is_test[own + i] = common_subgoals[picked[i]] == NULL;
      }
  }

  /* Norwegian tuition, then activities of other kinds; one placement at most. */
  c->n_activities = g_rand_int_range (rand, 3, 8);
  c->activities[0] = &activity_infos[g_rand_int_range (rand, 0, N_TUITION)];
  pick_distinct (rand, n_fitting, n_fitting, picked);
  {
    guint n = 1;

    for (guint i = 0; i < n_fitting && n < c->n_activities; i++)
      {
        const ActivityInfo *a = &activity_infos[fitting[picked[i]]];
        gboolean taken = FALSE;

        for (guint j = 1; j < n; j++)
          taken |= a->kind == c->activities[j]->kind ||
                   (is_placement (a->kind) && is_placement (c->activities[j]->kind));
        if (!taken)
          c->activities[n++] = a;
      }
    c->n_activities = n;
  }

  c->n_reviews = g_rand_int_range (rand, 2, 4);
}

static void
plan_content_clear (PlanContent *c)
{
  g_clear_pointer (&c->adviser, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanContent, plan_content_clear)

/* Monday to Friday: a weekend day moves to the Monday after. */
static guint32
weekday_on_or_after (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  switch (g_date_get_weekday (&date))
    {
    case G_DATE_SATURDAY:
      return julian + 2;
    case G_DATE_SUNDAY:
      return julian + 1;
    default:
      return julian;
    }
}

/* The index of a part's field among its kind's fields. */
#define SUBGOAL(field) (FF_PLAN_FIELD_SUBGOAL_##field - FF_PLAN_FIELD_SUBGOAL_TEXT)
#define ACTIVITY(field) (FF_PLAN_FIELD_ACTIVITY_##field - FF_PLAN_FIELD_ACTIVITY_KIND)
#define REVIEW(field) (FF_PLAN_FIELD_REVIEW_##field - FF_PLAN_FIELD_REVIEW_DATE)

/* Hours a week as typed in Norway: "12,5", "15". */
static char *
hours_text (int minutes)
{
  if (minutes % 60 == 0)
    return g_strdup_printf ("%d", minutes / 60);
  return g_strdup_printf ("%d,%d", minutes / 60, (minutes % 60) / 6);
}

/* Adds part @i of a kind to the plan, or, in a version copied from the one before,
 * brings the copy of it up to date. */
static gboolean
put_part (FfSample            *s,
          FfPlanPartKind       kind,
          gint64               plan_id,
          GPtrArray           *copies,
          guint                i,
          const char * const  *values,
          GError             **error)
{
  const FfRecordType *type = &ff_plan_part_types[kind];

  if (copies != NULL && i < copies->len)
    return ff_record_update (s->store, type, ff_record_get_id (copies->pdata[i]), values,
                             error);

  return ff_record_insert (s->store, type, plan_id, values, error) != 0;
}

/* Sub-goals with target dates spread over the period, the last at its end. */
static gboolean
put_subgoals (FfSample           *s,
              const PlanContent  *c,
              gint64              plan_id,
              GPtrArray          *copies,
              guint32             start,
              guint32             length,
              GError            **error)
{
  for (guint i = 0; i < c->n_subgoals; i++)
    {
      g_autofree char *test = NULL;
      const char *values[SUBGOAL (DATE) + 1] = { NULL };
      FfSampleDay day;

      if (c->subgoal_is_test[i])
        test = g_strdup_printf ("Bestå norskprøven muntlig på %s", c->level);
      values[SUBGOAL (TEXT)] = test != NULL ? test : c->subgoals[i];
      ff_sample_day_text (start + length * (i + 1) / c->n_subgoals - 1, day);
      values[SUBGOAL (DATE)] = ff_sample_chance (s->plan_rand, 80) ? day : "";

      if (!put_part (s, FF_PLAN_PART_SUBGOAL, plan_id, copies, i, values, error))
        return FALSE;
    }

  return TRUE;
}

/* Activities over the period, the first (Norwegian tuition) for the whole of it; done
 * or cancelled when they ended before @as_of. */
static gboolean
put_activities (FfSample           *s,
                const PlanContent  *c,
                gint64              plan_id,
                GPtrArray          *copies,
                guint32             start,
                guint32             end,
                guint32             as_of,
                GError            **error)
{
  GRand *rand = s->plan_rand;
  guint32 length = end - start + 1;

  for (guint i = 0; i < c->n_activities; i++)
    {
      const ActivityInfo *a = c->activities[i];
      guint32 from = start + (i == 0 ? 0 : g_rand_int_range (rand, 0, length / 3));
      guint32 to = end - (i == 0 ? 0 : g_rand_int_range (rand, 0, length / 4));
      g_autofree char *hours = hours_text (a->minutes);
      const char *values[ACTIVITY (STATUS) + 1] = { NULL };
      FfSampleDay from_text, to_text;
      FfActivityStatus status;

      from = MIN (weekday_on_or_after (from), to);
      if (to < as_of)
        status = ff_sample_chance (rand, 8) ? FF_ACTIVITY_CANCELLED : FF_ACTIVITY_DONE;
      else if (from > as_of)
        status = FF_ACTIVITY_PLANNED;
      else
        status = FF_ACTIVITY_ONGOING;

      values[ACTIVITY (KIND)] = ff_choice_list_key (&ff_activity_kinds, a->kind);
      values[ACTIVITY (DESCRIPTION)] = a->description;
      values[ACTIVITY (HOURS)] = hours;
      values[ACTIVITY (START)] = ff_sample_day_text (from, from_text);
      values[ACTIVITY (END)] = ff_sample_day_text (to, to_text);
      values[ACTIVITY (RESPONSIBLE)] = a->responsible != NULL ? a->responsible : c->adviser;
      values[ACTIVITY (STATUS)] = ff_choice_list_key (&ff_activity_statuses, status);

      if (!put_part (s, FF_PLAN_PART_ACTIVITY, plan_id, copies, i, values, error))
        return FALSE;
    }

  return TRUE;
}

/* Review dates on weekdays through the period, held before @as_of, with a note. */
static gboolean
put_reviews (FfSample           *s,
             const PlanContent  *c,
             gint64              plan_id,
             GPtrArray          *copies,
             guint32             start,
             guint32             length,
             guint32             as_of,
             gboolean            due_this_week,
             GError            **error)
{
  GRand *rand = s->plan_rand;

  for (guint i = 0; i < c->n_reviews; i++)
    {
      guint32 date = start + length * (i + 1) / (c->n_reviews + 1)
                     + g_rand_int_range (rand, -3, 4);
      const char *values[REVIEW (DONE) + 1] = { NULL };
      FfSampleDay day;
      gboolean held;

      date = weekday_on_or_after (date);
      held = date < as_of;
      /* Someone's next review falls in the sample's own week, not held yet. */
      if (due_this_week && date >= as_of)
        {
          date = s->reference - g_rand_int_range (rand, 0, 4);
          held = FALSE;
          due_this_week = FALSE;
          s->n_due_this_week++;
        }

      values[REVIEW (DATE)] = ff_sample_day_text (date, day);
      values[REVIEW (NOTE)] = held ? PICK (rand, review_notes) : "";
      values[REVIEW (DONE)] = held ? "1" : "0";

      if (!put_part (s, FF_PLAN_PART_REVIEW, plan_id, copies, i, values, error))
        return FALSE;
    }

  return TRUE;
}

/* Version @plan_id for the period @start … @end as it stood on @as_of: what ended
 * before it is done, reviews before it were held. The first version is filled in from
 * nothing; a later one is the copy that signing the one before made, and only its
 * period, dates and statuses change. */
static gboolean
put_version (FfSample           *s,
             const PlanContent  *c,
             gint64              plan_id,
             gboolean            copied,
             guint32             start,
             guint32             end,
             guint32             as_of,
             gboolean            due_this_week,
             GError            **error)
{
  g_autoptr(GPtrArray) subgoals = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  const char *values[FF_PLAN_FIELD_SECOND_LANGUAGE + 1] = { NULL };
  FfSampleDay start_text, end_text, norwegian_text;
  guint32 length = end - start + 1;

  values[FF_PLAN_FIELD_PERIOD_START] = ff_sample_day_text (start, start_text);
  values[FF_PLAN_FIELD_PERIOD_END] = ff_sample_day_text (end, end_text);
  if (!copied)
    {
      values[FF_PLAN_FIELD_GOAL] = ff_choice_list_key (&ff_plan_goals, c->goal);
      values[FF_PLAN_FIELD_GOAL_TEXT] = c->goal_text;
      values[FF_PLAN_FIELD_NORWEGIAN_LEVEL] = c->level;
      values[FF_PLAN_FIELD_NORWEGIAN_DATE] = ff_sample_day_text (c->norwegian_date,
                                                                 norwegian_text);
      values[FF_PLAN_FIELD_LANGUAGE] = c->language;
    }
  if (!ff_record_update (s->store, &ff_plan_type, plan_id, values, error))
    return FALSE;

  if (copied)
    {
      const FfRecordType *types = ff_plan_part_types;

      subgoals = ff_record_load_owned (s->store, &types[FF_PLAN_PART_SUBGOAL], plan_id, error);
      activities = ff_record_load_owned (s->store, &types[FF_PLAN_PART_ACTIVITY], plan_id,
                                         error);
      reviews = ff_record_load_owned (s->store, &types[FF_PLAN_PART_REVIEW], plan_id, error);
      if (subgoals == NULL || activities == NULL || reviews == NULL)
        return FALSE;
    }

  return put_subgoals (s, c, plan_id, subgoals, start, length, error) &&
         put_activities (s, c, plan_id, activities, start, end, as_of, error) &&
         put_reviews (s, c, plan_id, reviews, start, length, as_of, due_this_week, error);
}

gboolean
ff_sample_add_plan (FfSample              *s,
                    const FfSamplePerson  *person,
                    const FfSampleHistory *history,
                    gint64                 enrolment_id,
                    GError               **error)
{
  GRand *rand = s->plan_rand;
  g_auto(PlanContent) content = { 0 };
  FfEnrolmentStatus final = history->status[history->n_changes - 1];
  guint32 active = 0, until, length, draft_start, last_signed = 0;
  guint n_signed = 0;
  guint periods;
  gboolean due_this_week;
  gint64 plan_id;

  if (final != FF_ENROLMENT_STATUS_ACTIVE && final != FF_ENROLMENT_STATUS_ON_LEAVE &&
      final != FF_ENROLMENT_STATUS_COMPLETED)
    return TRUE;
  for (guint i = 0; i < history->n_changes && active == 0; i++)
    {
      if (history->status[i] == FF_ENROLMENT_STATUS_ACTIVE)
        active = history->date[i];
    }
  if (active == 0 || !ff_sample_chance (rand, PLAN_SHARE))
    return TRUE;

  make_plan_content (s, person, &content);

  /* Agreement periods of three or six months from the day they began; the draft
   * is for the period under way (or the last one, for a completed enrolment). */
  length = ff_sample_chance (rand, 70) ? 91 : 182;
  until = final == FF_ENROLMENT_STATUS_COMPLETED ? history->date[history->n_changes - 1]
                                                 : s->reference;
  periods = (until - MIN (active, until)) / length;
  draft_start = active + periods * length;
  content.norwegian_date = draft_start + length - 1 + 91 * g_rand_int_range (rand, 0, 3);
  if (ff_sample_chance (rand, 33))
    n_signed = g_rand_int_range (rand, 1, 3);

  due_this_week = final == FF_ENROLMENT_STATUS_ACTIVE &&
                  draft_start + length > s->reference + 7 &&
                  (s->n_due_this_week < 3 || ff_sample_chance (rand, 4));

  plan_id = ff_plan_create (s->store, enrolment_id, error);
  if (plan_id == 0)
    return FALSE;

  for (guint v = 0; v <= n_signed; v++)
    {
      /* Earlier versions for the periods before, as far as there were any. */
      guint back = MIN (n_signed - v, periods);
      guint32 start = draft_start - back * length;
      guint32 end = start + length - 1;
      guint32 signed_day = 0;
      guint32 as_of = s->reference;
      FfSampleDay day;

      if (v < n_signed)
        {
          /* (MAX evaluates its arguments more than once: no g_rand in it.) */
          signed_day = start + g_rand_int_range (rand, 0, 8);
          signed_day = MIN (MAX (signed_day, last_signed + 1), s->reference);
          last_signed = signed_day;
          as_of = signed_day;
        }

      if (!put_version (s, &content, plan_id, v > 0, start, end, as_of,
                        v == n_signed && due_this_week, error))
        return FALSE;

      /* Signing starts the next version as a copy of this one. */
      if (signed_day != 0)
        {
          plan_id = ff_plan_sign (s->store, plan_id, ff_sample_day_text (signed_day, day),
                                  error);
          if (plan_id == 0)
            return FALSE;
        }
    }

  return TRUE;
}
