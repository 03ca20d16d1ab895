/* ff-sample-mentors.c — a programme year of mentoring and follow-up: volunteer friends
 * and their meetings, placements with workplace mentors, weekly conversations with their
 * actions, and the outcome of every enrolment that ended
 *
 * A participant who has been active in a programme is, in a small municipality most
 * often, matched with a volunteer friend of their place (bulystven) who meets them every
 * week or two for an hour or three; friends take one or two people each. About a third
 * is placed at an employer near them for three to six months, with the agreement
 * approved by all three parties and often a workplace mentor; placements that ended
 * were mostly evaluated. Those active now have a conversation most weeks of the last
 * month (some none: they are the ones flagged), with an action agreed now and then,
 * most of the older ones ticked off. Every enrolment that completed, dropped out or
 * moved has its outcome.
 *
 * Data, not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-follow-up.h"
#include "ff-mentor.h"
#include "ff-outcome.h"
#include "ff-placement.h"
#include "ff-sample-private.h"
#include "ff-store-private.h"

#define PICK FF_SAMPLE_PICK

/* Small municipalities lean on volunteers. */
static const guint small_places[] = { 0, 3, 15, 16 };

static const char * const mentor_languages[] = {
  "norsk", "norsk, engelsk", "norsk, engelsk", "norsk, engelsk, tysk", "norsk, ukrainsk",
  "norsk, russisk, ukrainsk", "norsk, arabisk", "norsk, engelsk, fransk", "norsk, dari",
  "norsk, tigrinja", "norsk, somali",
};

static const char * const interests[] = {
  "matlaging", "fotball", "håndarbeid", "friluftsliv", "sjakk", "musikk",
  "frivillig arbeid", "data og teknologi", "hagearbeid", "løping", "fiske", "dans",
};

static const char * const availability[] = {
  "Ettermiddager", "Helger", "Tirsdag og torsdag kveld", "Fleksibel", "Mandager",
  "Onsdag etter kl. 16",
};

static const char * const match_goals[] = {
  "Øve på norsk i hverdagen", "Bli kjent i bygda", "Komme i gang med friluftsliv",
  "Bygge nettverk mot arbeidslivet", "Få hjelp med førerkortet", "Delta i lag og foreninger",
};

static const char * const meeting_what[] = {
  "Kaffe og prat", "Tur i nærområdet", "Handletur og norsk i butikken", "Fiske ved vannet",
  "Middag hjemme", "Besøk på biblioteket", "Kjøretrening", "Fotballkamp", "Dugnad i lag",
  "Hjelp med skjemaer",
};

static const char * const tasks[] = {
  "Varemottak og påfylling", "Kjøkkenhjelp og oppvask", "Renhold", "Kasse og kundeservice",
  "Lager og plukk", "Assistent i barnehage", "Stell av eldre, under veiledning",
  "Montering og enkel produksjon", "Vedlikehold av uteområder",
};

static const char * const evaluations[] = {
  "Møtte stabilt og tok raskt ansvar. Norsken ble tydelig bedre.",
  "Godt samarbeid. Trenger mer trening i norsk fagspråk.",
  "Arbeidsgiver er fornøyd og vurderer å ansette.",
  "Noe fravær i starten, god fremgang etter hvert.",
  "Fikk prøvd flere oppgaver; ønsker å gå videre mot fagbrev.",
};

static const char * const summaries[] = {
  "Gjennomgang av uka. Trives i praksis.",
  "Snakket om jobbsøking og CV.",
  "Fravær på norskkurset, avtalt plan for oppmøte.",
  "Bolig og økonomi; henvist til NAV-veileder.",
  "Status i praksis; arbeidsgiver fornøyd.",
  "Planlegger norskprøve til våren.",
  "Barnehageplass til yngste barn er i orden.",
};

static const char * const actions[] = {
  "Oppdatere CV", "Søke på tre stillinger", "Melde seg opp til norskprøve",
  "Ringe arbeidsgiver om praksis", "Sende inn dokumentasjon til NAV",
  "Bestille time hos fastlegen", "Øve på teoriprøven",
};

/* One volunteer friend as the sample keeps them. */
typedef struct
{
  gint64  id;
  guint   matches;
} Friend;

/* A name of someone born in Norway. */
static char *
norwegian_name (GRand *rand)
{
  const FfSampleOrigin *norway = &ff_sample_origins[ff_sample_n_origins - 1];
  gboolean female = ff_sample_chance (rand, 60);
  const char *given = female ? norway->female[g_rand_int_range (rand, 0, norway->n_female)].latin
                             : norway->male[g_rand_int_range (rand, 0, norway->n_male)].latin;
  const char *family = norway->family[g_rand_int_range (rand, 0, norway->n_family)].latin;

  return g_strconcat (given, " ", family, NULL);
}

static gboolean
is_small (guint place)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_places); i++)
    {
      if (small_places[i] == place)
        return TRUE;
    }

  return FALSE;
}

/* A volunteer friend in @place with room for one more (at most two each), made anew
 * when none has. */
static gint64
friend_in (FfSample  *s,
           guint      place,
           GError   **error)
{
  GRand *rand = s->mentor_rand;
  GPtrArray *friends = s->friends[place];
  g_autofree char *name = NULL;
  Friend *friend;
  const char *values[FF_MENTOR_N_FIELDS] = { NULL };

  for (guint i = 0; i < friends->len; i++)
    {
      friend = g_ptr_array_index (friends, i);
      if (friend->matches < 2)
        {
          friend->matches++;
          return friend->id;
        }
    }

  name = norwegian_name (rand);
  values[FF_MENTOR_NAME] = name;
  values[FF_MENTOR_KIND] = "volunteer-friend";
  values[FF_MENTOR_LANGUAGES] = PICK (rand, mentor_languages);
  values[FF_MENTOR_INTERESTS] = ff_sample_chance (rand, 50)
                                ? PICK (rand, interests) : NULL;
  values[FF_MENTOR_MUNICIPALITY] = ff_sample_places[place].name;
  values[FF_MENTOR_AVAILABILITY] = PICK (rand, availability);

  friend = g_new0 (Friend, 1);
  friend->id = ff_record_insert (s->store, &ff_mentor_type, 0, values, error);
  friend->matches = 1;
  if (friend->id == 0)
    {
      g_free (friend);
      return 0;
    }
  g_ptr_array_add (friends, friend);
  return friend->id;
}

/* The workplace mentor at @employer, made the first time one is needed. */
static gint64
workplace_mentor (FfSample          *s,
                  FfSampleEmployer  *employer,
                  GError           **error)
{
  g_autofree char *name = NULL;
  g_autofree char *employer_id = NULL;
  const char *values[FF_MENTOR_N_FIELDS] = { NULL };
  gpointer known = g_hash_table_lookup (s->workplace_mentors, employer);

  if (known != NULL)
    return GPOINTER_TO_SIZE (known);

  name = norwegian_name (s->mentor_rand);
  employer_id = g_strdup_printf ("%" G_GINT64_FORMAT, employer->id);
  values[FF_MENTOR_NAME] = name;
  values[FF_MENTOR_KIND] = "workplace";
  values[FF_MENTOR_LANGUAGES] = "norsk";
  values[FF_MENTOR_MUNICIPALITY] = ff_sample_places[employer->place].name;
  values[FF_MENTOR_EMPLOYER_ID] = employer_id;
  {
    gint64 id = ff_record_insert (s->store, &ff_mentor_type, 0, values, error);

    if (id != 0)
      g_hash_table_insert (s->workplace_mentors, employer, GSIZE_TO_POINTER ((gsize) id));
    return id;
  }
}

/* An employer near @place (or anywhere, when none is). */
static FfSampleEmployer *
employer_near (FfSample *s,
               guint     place)
{
  FfSampleEmployer *employer = NULL;

  for (guint tries = 0; tries < 12; tries++)
    {
      employer = g_ptr_array_index (s->employers,
                                    g_rand_int_range (s->mentor_rand, 0, s->employers->len));
      if (employer->place == place)
        break;
    }

  return employer;
}

static gboolean
add_match (FfSample              *s,
           const FfSamplePerson  *person,
           guint32                since,
           guint32                ended,
           GError               **error)
{
  GRand *rand = s->mentor_rand;
  guint32 start = since + g_rand_int_range (rand, 7, 46);
  guint32 until = ended != 0 ? MIN (ended, s->reference) : s->reference;
  const char *values[FF_MATCH_N_FIELDS] = { NULL };
  g_autofree char *participant = g_strdup_printf ("%" G_GINT64_FORMAT, person->id);
  FfSampleDay start_day, end_day, day;
  gint64 mentor, match;
  guint32 date;
  guint n = 0;

  if (start >= until)
    return TRUE;

  mentor = friend_in (s, person->place, error);
  if (mentor == 0)
    return FALSE;

  values[FF_MATCH_PARTICIPANT_ID] = participant;
  values[FF_MATCH_START] = ff_sample_day_text (start, start_day);
  values[FF_MATCH_GOALS] = PICK (rand, match_goals);
  if (ended != 0 && ended <= s->reference)
    {
      values[FF_MATCH_END] = ff_sample_day_text (ended, end_day);
      values[FF_MATCH_STATUS] = "ended";
      values[FF_MATCH_REASON] = "Programmet er avsluttet";
    }
  else
    values[FF_MATCH_STATUS] = ff_sample_chance (rand, 8) ? "paused" : "active";

  match = ff_record_insert (s->store, &ff_match_type, mentor, values, error);
  if (match == 0)
    return FALSE;

  /* Every week or two, for one to three hours; the log of the last months. */
  date = MAX (start + 3, until > 120 ? until - 120 : 0);
  for (; date <= until && n < 8; date += g_rand_int_range (rand, 7, 22), n++)
    {
      static const char * const hours[] = { "1", "1,5", "1,5", "2", "2", "2,5", "3" };

      if (ff_meeting_create (s->store, match, ff_sample_day_text (date, day), PICK (rand, hours),
                             PICK (rand, meeting_what), error) == 0)
        return FALSE;
    }

  return TRUE;
}

static const char *
placement_kind (GRand *rand)
{
  int draw = g_rand_int_range (rand, 0, 100);

  return draw < 35 ? "language-practice" : draw < 70 ? "work-practice"
         : draw < 82 ? "trainee" : draw < 92 ? "wage-subsidy"
         : draw < 97 ? "apprenticeship" : "job";
}

static gboolean
add_placement (FfSample              *s,
               const FfSamplePerson  *person,
               guint32                since,
               GError               **error)
{
  static const char * const goals[] = {
    "job", "experience", "experience", "trying-out", "language", "language",
    "trade-certificate", "other",
  };
  static const char * const percents[] = { "40", "50", "60", "80", "100" };
  static const char * const days[] = { "3", "4", "5", "5" };
  GRand *rand = s->mentor_rand;
  FfSampleEmployer *employer = employer_near (s, person->place);
  guint32 start = since + g_rand_int_range (rand, 30, 121);
  guint32 end = start + g_rand_int_range (rand, 90, 183);
  const char *values[FF_PLACEMENT_N_FIELDS] = { NULL };
  g_autofree char *participant = g_strdup_printf ("%" G_GINT64_FORMAT, person->id);
  g_autofree char *employer_id = g_strdup_printf ("%" G_GINT64_FORMAT, employer->id);
  g_autofree char *mentor_id = NULL;
  FfSampleDay start_day, end_day, evaluated, day;
  gint64 id;

  if (start + 7 > s->reference)
    return TRUE;

  values[FF_PLACEMENT_PARTICIPANT_ID] = participant;
  values[FF_PLACEMENT_EMPLOYER_ID] = employer_id;
  values[FF_PLACEMENT_KIND] = placement_kind (rand);
  values[FF_PLACEMENT_START] = ff_sample_day_text (start, start_day);
  values[FF_PLACEMENT_END] = ff_sample_day_text (end, end_day);
  values[FF_PLACEMENT_DAYS_PER_WEEK] = PICK (rand, days);
  values[FF_PLACEMENT_PERCENT] = PICK (rand, percents);
  values[FF_PLACEMENT_TASKS] = PICK (rand, tasks);
  values[FF_PLACEMENT_GOAL] = PICK (rand, goals);
  values[FF_PLACEMENT_CONTACT_PERSON] = person->contact_person;
  if (ff_sample_chance (rand, 60))
    {
      gint64 mentor = workplace_mentor (s, employer, error);

      if (mentor == 0)
        return FALSE;
      mentor_id = g_strdup_printf ("%" G_GINT64_FORMAT, mentor);
      values[FF_PLACEMENT_MENTOR_ID] = mentor_id;
    }
  /* Most of those that ended were evaluated within two weeks. */
  if (end < s->reference && ff_sample_chance (rand, 85))
    {
      values[FF_PLACEMENT_EVALUATION] = PICK (rand, evaluations);
      values[FF_PLACEMENT_EVALUATION_DATE] =
        ff_sample_day_text (MIN (end + g_rand_int_range (rand, 0, 15), s->reference),
                            evaluated);
    }

  id = ff_record_insert (s->store, &ff_placement_type, 0, values, error);
  if (id == 0)
    return FALSE;

  /* Signed by all three before it began. */
  for (guint party = 0; party < FF_N_PARTIES; party++)
    {
      if (!ff_placement_approve (s->store, id, party,
                                 ff_sample_day_text (start - g_rand_int_range (rand, 1, 8), day),
                                 error))
        return FALSE;
    }

  /* A visit note from the first weeks. */
  {
    const char *note[FF_PLACEMENT_NOTE_N_FIELDS] = {
      ff_sample_day_text (MIN (start + g_rand_int_range (rand, 10, 30), s->reference), day),
      PICK (rand, summaries),
    };

    if (ff_record_insert (s->store, &ff_placement_note_type, id, note, error) == 0)
      return FALSE;
  }

  return TRUE;
}

static gboolean
add_follow_up (FfSample              *s,
               const FfSamplePerson  *person,
               guint32                date,
               GError               **error)
{
  static const char * const kinds[] = {
    "weekly", "weekly", "weekly", "weekly", "weekly", "phone", "online", "individual",
    "workplace-visit",
  };
  GRand *rand = s->mentor_rand;
  const char *values[FF_FOLLOW_UP_N_FIELDS] = { NULL };
  g_autofree char *present = g_strconcat ("Deltaker og ", person->contact_person, NULL);
  FfSampleDay day, due;
  gint64 id;

  values[FF_FOLLOW_UP_DATE] = ff_sample_day_text (date, day);
  values[FF_FOLLOW_UP_KIND] = PICK (rand, kinds);
  values[FF_FOLLOW_UP_PRESENT] = present;
  values[FF_FOLLOW_UP_SUMMARY] = PICK (rand, summaries);
  id = ff_record_insert (s->store, &ff_follow_up_type, person->id, values, error);
  if (id == 0)
    return FALSE;

  if (ff_sample_chance (rand, 45))
    {
      guint32 due_date = date + g_rand_int_range (rand, 5, 15);
      const char *action[FF_ACTION_N_FIELDS] = {
        PICK (rand, actions),
        ff_sample_chance (rand, 70) ? "Deltaker" : person->contact_person,
        ff_sample_day_text (due_date, due),
        due_date + 3 < s->reference && ff_sample_chance (rand, 80) ? "1" : "0",
      };

      if (ff_record_insert (s->store, &ff_action_type, id, action, error) == 0)
        return FALSE;
    }

  return TRUE;
}

static const char *
outcome_kind (GRand             *rand,
              FfEnrolmentStatus  status)
{
  int draw = g_rand_int_range (rand, 0, 100);

  if (status == FF_ENROLMENT_STATUS_MOVED)
    return "moved";
  if (status == FF_ENROLMENT_STATUS_DROPPED_OUT)
    return draw < 45 ? "withdrew" : draw < 75 ? "long-term-sick" : "other";

  return draw < 22 ? "job-full-time" : draw < 40 ? "job-part-time"
         : draw < 50 ? "temporary" : draw < 56 ? "on-call"
         : draw < 62 ? "apprenticeship" : draw < 80 ? "education"
         : draw < 84 ? "own-business" : draw < 97 ? "further-measure" : "other";
}

static gboolean
add_outcome (FfSample               *s,
             const FfSamplePerson   *person,
             const FfSampleHistory  *history,
             GError                **error)
{
  static const char * const schools[] = {
    "Voksenopplæringen", "Videregående skole", "Fagskolen", "Universitetet",
  };
  static const char * const parts[] = { "40", "50", "60", "75", "80" };
  GRand *rand = s->mentor_rand;
  guint last = history->n_changes - 1;
  guint32 date = MIN (history->date[last] + g_rand_int_range (rand, 0, 21), s->reference);
  const char *kind = outcome_kind (rand, history->status[last]);
  const char *values[FF_OUTCOME_N_FIELDS] = { NULL };
  g_autofree char *employer_id = NULL;
  g_auto(FfStoreStmt) stmt = NULL;
  FfSampleDay day;

  stmt = ff_store_prepare_bound (s->store, error,
                                 "SELECT id FROM enrolment WHERE participant_id = ?1"
                                 " AND programme_id = ?2",
                                 "ii", person->id, s->programme_ids[history->programme]);
  if (stmt == NULL || !ff_store_step_row (s->store, stmt, NULL, error))
    return FALSE;

  values[FF_OUTCOME_KIND] = kind;
  values[FF_OUTCOME_DATE] = ff_sample_day_text (date, day);
  if (g_str_has_prefix (kind, "job") || g_str_equal (kind, "temporary")
      || g_str_equal (kind, "on-call") || g_str_equal (kind, "apprenticeship"))
    {
      FfSampleEmployer *employer = employer_near (s, person->place);

      employer_id = g_strdup_printf ("%" G_GINT64_FORMAT, employer->id);
      values[FF_OUTCOME_EMPLOYER_ID] = employer_id;
      values[FF_OUTCOME_PLACE] = employer->name;
    }
  else if (g_str_equal (kind, "education"))
    values[FF_OUTCOME_PLACE] = PICK (rand, schools);
  if (g_str_equal (kind, "job-part-time"))
    values[FF_OUTCOME_PERCENT] = PICK (rand, parts);

  return ff_record_insert (s->store, &ff_outcome_type, sqlite3_column_int64 (stmt, 0), values,
                           error) != 0;
}

gboolean
ff_sample_add_mentoring (FfSample              *s,
                         const FfSamplePerson  *person,
                         GError               **error)
{
  GRand *rand = s->mentor_rand;

  if (s->employers->len == 0)
    return TRUE;

  for (guint e = 0; e < person->n_histories; e++)
    {
      const FfSampleHistory *history = &person->histories[e];
      guint last;
      guint32 since = 0;
      guint32 ended = 0;
      gboolean active_now;

      if (history->n_changes == 0)
        continue;
      last = history->n_changes - 1;
      for (guint i = 0; i < history->n_changes; i++)
        {
          if (history->status[i] == FF_ENROLMENT_STATUS_ACTIVE && since == 0)
            since = history->date[i];
        }

      if ((history->status[last] == FF_ENROLMENT_STATUS_COMPLETED
           || history->status[last] == FF_ENROLMENT_STATUS_DROPPED_OUT
           || history->status[last] == FF_ENROLMENT_STATUS_MOVED)
          && history->date[last] <= s->reference)
        {
          ended = history->date[last];
          if (!add_outcome (s, person, history, error))
            return FALSE;
        }

      if (since == 0 || since > s->reference)
        continue;
      active_now = history->status[last] == FF_ENROLMENT_STATUS_ACTIVE;
      /* The programme year: what ended more than a year ago is not filled in. */
      if (!active_now && (ended == 0 || ended + 365 < s->reference))
        continue;

      if (ff_sample_chance (rand, is_small (person->place) ? 85 : 8)
          && !add_match (s, person, since, ended, error))
        return FALSE;

      if (ff_sample_chance (rand, 35) && !add_placement (s, person, since, error))
        return FALSE;

      /* The last four weeks of conversations of those active now, most weeks; a few
       * have had none. */
      if (active_now && ff_sample_chance (rand, 85))
        {
          for (guint week = 0; week < 4; week++)
            {
              guint32 date = s->reference - 7 * week - g_rand_int_range (rand, 0, 5);

              if (date >= since && ff_sample_chance (rand, 70)
                  && !add_follow_up (s, person, date, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}
