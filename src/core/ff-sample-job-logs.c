/* ff-sample-job-logs.c — job-seeker logs of the participants looking for work
 *
 * A participant active in a programme, or who finished one in the last four months,
 * has been looking for work for the last weeks of it: most of them keep a log of a
 * handful to a score of applications, mostly to employers of the register near where
 * they live, some to chains typed by name. The older an application, the likelier it
 * has an answer: most are not hired, some withdrawn, a few offered the job; some went
 * to an interview first. Open ones have a follow-up planned now and then. About half
 * have a weekly target of applications (søkeavtale).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-job-log.h"
#include "ff-sample-private.h"

#define PICK FF_SAMPLE_PICK

/* Chains and public employers that are typed, not chosen from the register. */
static const struct
{
  const char *employer;
  const char *position;
} typed[] = {
  { "Kiwi", "Butikkmedarbeider" },
  { "Rema 1000", "Butikkmedarbeider" },
  { "Coop Extra", "Kassemedarbeider" },
  { "ISS Facility Services", "Renholder" },
  { "Posten Bring", "Sorteringsmedarbeider" },
  { "Sodexo", "Kantinemedarbeider" },
  { "Scandic Hotels", "Romholder" },
  { "Norlandia barnehager", "Barnehageassistent" },
  { "Kommunens hjemmetjeneste", "Helsefagarbeider" },
  { "McDonald's", "Restaurantmedarbeider" },
  { "Manpower", "Lagermedarbeider" },
  { "Adecco", "Produksjonsmedarbeider" },
};

static const struct
{
  const char *key;
  guint       weight;
} sources[] = {
  { "advertisement", 40 }, { "nav", 20 }, { "open-application", 15 }, { "network", 10 },
  { "employer-visit", 8 }, { "agency", 5 }, { "other", 2 },
};

static const char * const notes[] = {
  "Sendte CV og søknad på e-post.",
  "Ringte arbeidsgiver, venter på svar.",
  "Møtte opp og leverte CV personlig.",
  "Søkte via Arbeidsplassen.",
  "Arbeidsgiver ønsker norsk på B1-nivå.",
  "Tips fra naboen, som jobber der.",
  "Fikk hjelp av kontaktpersonen med søknaden.",
  "Spurte om arbeidspraksis først.",
};

static const char * const answers[] = {
  "Fikk tilbakemelding: for lite erfaring.",
  "Stillingen gikk til en intern søker.",
  "Intervjuet gikk bra, men de valgte en annen.",
  "Fikk ikke svar; ringte og fikk nei.",
};

static const char *
pick_source (GRand *rand)
{
  guint total = 0, pick;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    total += sources[i].weight;

  pick = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      if (pick < sources[i].weight)
        return sources[i].key;
      pick -= sources[i].weight;
    }
  return "other";
}

/* The weeks the person has been looking for work: from @from to @to (Julian days),
 * or FALSE for someone who has not been lately. */
static gboolean
job_seeking_period (FfSample              *s,
                    const FfSamplePerson  *person,
                    guint32               *from,
                    guint32               *to)
{
  for (guint e = 0; e < person->n_histories; e++)
    {
      const FfSampleHistory *history = &person->histories[e];
      guint last = history->n_changes - 1;
      guint32 since = 0;

      if (history->n_changes == 0)
        continue;

      for (guint i = 0; i < history->n_changes; i++)
        {
          if (history->status[i] == FF_ENROLMENT_STATUS_ACTIVE && since == 0)
            since = history->date[i];
        }
      if (since == 0 || since > s->reference)
        continue;

      /* Active now, or finished within four months. */
      if (history->status[last] == FF_ENROLMENT_STATUS_ACTIVE)
        *to = s->reference;
      else if (history->status[last] == FF_ENROLMENT_STATUS_COMPLETED
               && history->date[last] + 120 >= s->reference && history->date[last] <= s->reference)
        *to = history->date[last];
      else
        continue;

      /* Job seeking fills the last half year at most. */
      *from = MAX (since, *to > 182 ? *to - 182 : 0);
      return *to > *from + 14;
    }

  return FALSE;
}

/* An employer near @place (or anywhere, when none is). */
static FfSampleEmployer *
pick_employer (FfSample *s,
               guint     place)
{
  GRand *rand = s->job_rand;

  for (guint tries = 0; tries < 12; tries++)
    {
      FfSampleEmployer *employer =
        g_ptr_array_index (s->employers, g_rand_int_range (rand, 0, s->employers->len));

      if (employer->place == place || tries == 11)
        return employer;
    }

  g_return_val_if_reached (NULL);
}

static gboolean
add_target (FfSample  *s,
            gint64     participant_id,
            guint32    from,
            GError   **error)
{
  GRand *rand = s->job_rand;
  FfSampleDay day;
  GDate monday;
  char per_week[4];
  const char *values[FF_JOB_TARGET_N_FIELDS] = { NULL };

  g_date_clear (&monday, 1);
  g_date_set_julian (&monday, from);
  g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);

  g_snprintf (per_week, sizeof per_week, "%d", g_rand_int_range (rand, 2, 6));
  values[FF_JOB_TARGET_FROM] = ff_sample_day_text (g_date_get_julian (&monday), day);
  values[FF_JOB_TARGET_PER_WEEK] = per_week;

  return ff_record_insert (s->store, &ff_job_target_type, participant_id, values, error) != 0;
}

/* One application dated @date, with its answers up to the sample's today. */
static gboolean
add_application (FfSample              *s,
                 const FfSamplePerson  *person,
                 guint32                date,
                 GError               **error)
{
  GRand *rand = s->job_rand;
  guint32 age = s->reference - date;
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  FfSampleDay day, deadline, follow_up;
  g_autofree char *employer_id = NULL;
  g_autofree char *link = NULL;
  g_autofree char *contact = NULL;
  const char *source = pick_source (rand);
  FfJobStatus first = FF_JOB_STATUS_SENT;
  FfJobStatus final = FF_JOB_STATUS_SENT;
  gboolean interview = FALSE;
  guint32 answered = date;
  gint64 id;
  int draw;

  values[FF_JOB_APPLICATION_DATE] = ff_sample_day_text (date, day);
  values[FF_JOB_APPLICATION_SOURCE] = source;

  if (ff_sample_chance (rand, 80))
    {
      FfSampleEmployer *employer = pick_employer (s, person->place);

      employer_id = g_strdup_printf ("%" G_GINT64_FORMAT, employer->id);
      values[FF_JOB_APPLICATION_EMPLOYER_ID] = employer_id;
      values[FF_JOB_APPLICATION_EMPLOYER] = employer->name;
      values[FF_JOB_APPLICATION_POSITION] =
        employer->positions[g_rand_int_range (rand, 0, employer->n_positions)];
      values[FF_JOB_APPLICATION_PLACE] = ff_sample_places[employer->place].name;
    }
  else
    {
      guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (typed));

      values[FF_JOB_APPLICATION_EMPLOYER] = typed[which].employer;
      values[FF_JOB_APPLICATION_POSITION] = typed[which].position;
      values[FF_JOB_APPLICATION_PLACE] = ff_sample_places[person->place].name;
    }

  /* Advertised positions have a deadline, and often a link to the advertisement. */
  if ((g_str_equal (source, "advertisement") || g_str_equal (source, "nav"))
      && ff_sample_chance (rand, 70))
    values[FF_JOB_APPLICATION_DEADLINE] =
      ff_sample_day_text (date + g_rand_int_range (rand, 3, 22), deadline);
  if (g_str_equal (source, "advertisement") && ff_sample_chance (rand, 60))
    {
      link = g_strdup_printf ("https://arbeidsplassen.nav.no/stillinger/stilling/%08x-%04x",
                              g_rand_int (rand), g_rand_int_range (rand, 0, 0x10000));
      values[FF_JOB_APPLICATION_LINK] = link;
    }
  if (ff_sample_chance (rand, 35))
    {
      const FfSampleOrigin *norway = &ff_sample_origins[ff_sample_n_origins - 1];
      gboolean female = ff_sample_chance (rand, 60);
      const char *given = female
                          ? norway->female[g_rand_int_range (rand, 0, norway->n_female)].latin
                          : norway->male[g_rand_int_range (rand, 0, norway->n_male)].latin;
      const char *family = norway->family[g_rand_int_range (rand, 0, norway->n_family)].latin;

      contact = g_strconcat (given, " ", family, NULL);
      values[FF_JOB_APPLICATION_CONTACT] = contact;
    }
  if (ff_sample_chance (rand, 20))
    values[FF_JOB_APPLICATION_NOTES] = PICK (rand, notes);

  /* What came of it by the sample's today: the older, the likelier an answer. */
  draw = g_rand_int_range (rand, 0, 100);
  if (age < 7)
    first = final = draw < 12 ? FF_JOB_STATUS_NOT_STARTED : FF_JOB_STATUS_SENT;
  else if (age < 42)
    final = draw < 45 ? FF_JOB_STATUS_SENT
            : draw < 65 ? FF_JOB_STATUS_INTERVIEW
            : draw < 97 ? FF_JOB_STATUS_NOT_HIRED : FF_JOB_STATUS_OFFERED;
  else
    final = draw < 15 ? FF_JOB_STATUS_SENT
            : draw < 84 ? FF_JOB_STATUS_NOT_HIRED
            : draw < 93 ? FF_JOB_STATUS_WITHDRAWN : FF_JOB_STATUS_OFFERED;

  if (final == FF_JOB_STATUS_NOT_HIRED && ff_sample_chance (rand, 30))
    values[FF_JOB_APPLICATION_NOTES] = PICK (rand, answers);
  interview = final == FF_JOB_STATUS_INTERVIEW || final == FF_JOB_STATUS_OFFERED
              || (final == FF_JOB_STATUS_NOT_HIRED && ff_sample_chance (rand, 35));

  /* Open applications get a follow-up now and then, most of them still to come. */
  if ((final == FF_JOB_STATUS_SENT || final == FF_JOB_STATUS_INTERVIEW)
      && ff_sample_chance (rand, age < 21 ? 45 : 6))
    values[FF_JOB_APPLICATION_FOLLOW_UP] =
      ff_sample_day_text (date + g_rand_int_range (rand, 7, 21), follow_up);

  values[FF_JOB_APPLICATION_STATUS] = ff_choice_list_key (&ff_job_statuses, first);
  id = ff_job_application_create (s->store, person->id, values, error);
  if (id == 0)
    return FALSE;

  if (interview)
    {
      guint32 when = date + g_rand_int_range (rand, 4, MAX (5, MIN (age, 20)));

      if (when <= s->reference)
        {
          if (!ff_job_application_set_status (s->store, id, FF_JOB_STATUS_INTERVIEW,
                                              ff_sample_day_text (when, day), error))
            return FALSE;
          answered = when;
        }
    }

  if (final != FF_JOB_STATUS_SENT && final != FF_JOB_STATUS_INTERVIEW
      && final != first)
    {
      guint32 when = answered + g_rand_int_range (rand, 3, 25);

      if (when <= s->reference
          && !ff_job_application_set_status (s->store, id, final,
                                             ff_sample_day_text (when, day), error))
        return FALSE;
    }

  return TRUE;
}

gboolean
ff_sample_add_job_log (FfSample              *s,
                       const FfSamplePerson  *person,
                       GError               **error)
{
  GRand *rand = s->job_rand;
  guint32 from, to;
  guint n;

  if (s->employers->len == 0 || !job_seeking_period (s, person, &from, &to)
      || !ff_sample_chance (rand, 75))
    return TRUE;

  if (ff_sample_chance (rand, 50) && !add_target (s, person->id, from, error))
    return FALSE;

  /* A handful to a score of applications, spread over the weeks. */
  n = g_rand_int_range (rand, 4, 20);
  for (guint i = 0; i < n; i++)
    {
      if (!add_application (s, person, ff_sample_day_between (rand, from, to), error))
        return FALSE;
    }

  return TRUE;
}
