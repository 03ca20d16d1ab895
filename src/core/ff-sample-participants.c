/* ff-sample-participants.c — the sample data's participants: names in their own
 * scripts, birth dates and national ids that agree, arrival, Norwegian levels that grow
 * with the years in Norway, contacts, background and consent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-participant.h"
#include "ff-sample-private.h"
#include "ff-validate.h"

static const char * const educations[] = {
  "Grunnskole", "Videregående skole", "Bachelor i pedagogikk", "Master i økonomi",
  "Fagbrev som sveiser", "Sykepleierutdanning", "Ingen formell utdanning",
  "Universitet, ikke fullført", "Ingeniørutdanning (bygg)", "Kokkeutdanning",
  "Bachelor i informatikk", "Yrkesskole, elektro", "Medisinstudier", "Regnskapsutdanning",
};

static const char * const professions[] = {
  "lærer", "sykepleier", "sveiser", "kokk", "regnskapsfører", "elektriker", "frisør",
  "sjåfør", "snekker", "ingeniør", "butikkmedarbeider", "bonde", "syerske",
  "IT-konsulent", "lege", "apotektekniker", "renholder", "bilmekaniker",
  "barnehageassistent", "murer", "bakerlærling", "negletekniker",
};

static const char * const licences[] = {
  "", "", "", "B", "B", "B, BE", "B, C1", "C, CE", "B (utenlandsk, må byttes)",
};

static const char * const interests[] = {
  "matlaging", "fotball", "håndarbeid", "friluftsliv", "sjakk", "musikk",
  "frivillig arbeid", "data og teknologi", "hagearbeid", "løping", "fiske", "dans",
};

static const char * const goals[] = {
  "Fast jobb som sykepleier", "Starte egen kafé", "Ta fagbrev", "Studere ved universitetet",
  "Jobbe i barnehage", "Få førerkort klasse B", "Starte food truck med dumplings",
  "Norsk på B1-nivå", "Starte rengjøringsfirma", "Åpne neglesalong",
  "Jobb innen bygg og anlegg", "Godkjenning av utdanning fra hjemlandet",
};

static const char * const cefr[] = { "A0", "A1", "A2", "B1", "B2", "C1" };

static const char * const contact_persons[] = {
  "Hilde Sørensen", "Marius Lund", "Anita Kristoffersen", "Jan Erik Moen", "Trine Hauge",
  "Camilla Eide", "Ahmed Yusuf", "Olena Kravets", "Siv Mathisen", "Kjetil Brekke",
};

static const char * const referrals[] = {
  "NAV", "Flyktningtjenesten", "IMDi", "Voksenopplæringen", "Egen henvendelse",
  "Kommunen", "Frivilligsentralen",
};

static const char * const consent_scopes[] = {
  "Deling av opplysninger med NAV og voksenopplæringen",
  "Kontakt med arbeidsgiver i praksis",
  "Deling med mentor og kontaktperson",
};

static const char * const family_notes[] = {
  "", "", "Enslig", "Gift, to barn (4 og 9 år)", "Bor med ektefelle og tre barn",
  "Ektefelle er fortsatt i hjemlandet", "Alenemor med ett barn", "Bor med foreldre",
};

static const char * const health_notes[] = {
  "Trenger tilrettelegging: nedsatt hørsel", "Ryggplager, bør unngå tunge løft",
  "Trenger korte pauser i undervisningen",
};

static const char * const notes[] = {
  "Ønsker språkpraksis i butikk.", "Har vist interesse for mentorordningen.",
  "Trenger tolk i samtaler.", "Svært motivert, møter alltid presis.",
  "Har sendt søknad om godkjenning av utdanning.",
};

static const char * const email_domains[] = {
  "gmail.com", "hotmail.com", "outlook.com", "online.no", "yahoo.com", "icloud.com",
};

#define PICK FF_SAMPLE_PICK
#define PICK_TWO(rand, array) ff_sample_pick_two ((rand), (array), G_N_ELEMENTS (array))

/* A national id that has not been given out in this run, as people write it
 * ("DDMMYY NNNNN"); "" in the rare case that no free one turns up. The individual
 * number's last digit is even for women, odd for men. */
static char *
make_national_id (FfSample *s,
                  guint32   birth,
                  gboolean  female,
                  gboolean  d_number)
{
  GDate date;
  int year;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, birth);
  year = g_date_get_year (&date);

  for (guint attempt = 0; attempt < 200; attempt++)
    {
      guint individual;
      char *id;

      if (year >= 2000)
        individual = g_rand_int_range (s->rand, 500, 1000);
      else if (year >= 1940 && ff_sample_chance (s->rand, 10))
        individual = g_rand_int_range (s->rand, 900, 1000);
      else
        individual = g_rand_int_range (s->rand, 0, 500);
      individual = (individual & ~1u) | (female ? 0 : 1);

      id = ff_national_id_make (year, g_date_get_month (&date), g_date_get_day (&date),
                                individual, d_number);
      if (id == NULL)
        continue;
      if (g_hash_table_contains (s->national_ids, id))
        {
          g_free (id);
          continue;
        }
      g_hash_table_add (s->national_ids, id);
      return g_strdup_printf ("%.6s %s", id, id + 6);
    }

  return g_strdup ("");
}

/* given.family (folded, in ASCII), perhaps with a number, at a common provider. */
static char *
email_for (GRand      *rand,
           const char *given,
           const char *family)
{
  g_autofree char *joined = g_strconcat (given, " ", family, NULL);
  g_autofree char *local = ff_sample_ascii_words (joined, ".");
  g_autofree char *number = NULL;

  if (ff_sample_chance (rand, 50))
    number = g_strdup_printf ("%02d", g_rand_int_range (rand, 1, 100));

  return g_strconcat (local, number != NULL ? number : "", "@", PICK (rand, email_domains),
                      NULL);
}

static const FfSampleOrigin *
pick_origin (GRand *rand)
{
  guint r = g_rand_int_range (rand, 0, 100);

  for (guint i = 0; i < ff_sample_n_origins; i++)
    {
      if (r < ff_sample_origins[i].weight)
        return &ff_sample_origins[i];
      r -= ff_sample_origins[i].weight;
    }
  return &ff_sample_origins[0];
}

/* One or two programmes that were running after they came; the second differs from
 * the first. */
static void
plan_histories (FfSample       *s,
                FfSamplePerson *person,
                guint32         arrival)
{
  guint wanted = ff_sample_chance (s->rand, 30) ? 2 : 1;

  person->n_histories = 0;
  for (guint attempt = 0; attempt < 6 && person->n_histories < wanted; attempt++)
    {
      guint programme = g_rand_int_range (s->rand, 0, FF_SAMPLE_N_PROGRAMMES);

      if (person->n_histories == 1 && person->histories[0].programme == programme)
        continue;
      if (ff_sample_plan_history (s, programme, arrival,
                                  &person->histories[person->n_histories]))
        person->n_histories++;
    }
}

gboolean
ff_sample_add_participant (FfSample        *s,
                           FfSamplePerson  *person,
                           GError         **error)
{
  GRand *rand = s->rand;
  const FfSampleOrigin *origin = pick_origin (rand);
  gboolean female = ff_sample_chance (rand, 50);
  const FfSampleName *given = female
                              ? &origin->female[g_rand_int_range (rand, 0, origin->n_female)]
                              : &origin->male[g_rand_int_range (rand, 0, origin->n_male)];
  const FfSampleName *family = &origin->family[g_rand_int_range (rand, 0, origin->n_family)];
  guint place = g_rand_int_range (rand, 0, FF_SAMPLE_N_PLACES);
  const char *values[FF_PARTICIPANT_N_FIELDS] = { NULL };
  g_autofree char *native = NULL;
  g_autofree char *national_id = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *address = NULL;
  g_autofree char *profession = NULL;
  g_autofree char *interest = NULL;
  FfSampleDay birth_text, arrival_text, referral_text, consent_text;
  int age;
  guint32 birth, arrival;

  person->level = -1;
  person->place = place;

  /* Most participants are of working age, fewer near the edges of 16–65. */
  age = 16 + (g_rand_int_range (rand, 0, 50) + g_rand_int_range (rand, 0, 50)) / 2;
  if (ff_sample_chance (rand, 10))
    age = g_rand_int_range (rand, 16, 66);
  birth = ff_sample_day_between (rand, s->reference - (age + 1) * 365 + 1,
                                 s->reference - age * 365);
  values[FF_PARTICIPANT_BIRTH_DATE] = ff_sample_day_text (birth, birth_text);

  if (origin->arrival_from != 0)
    {
      arrival = ff_sample_day_between (rand,
                                       ff_sample_julian (1, 1, origin->arrival_from),
                                       MIN (ff_sample_julian (31, 12, origin->arrival_to),
                                            s->reference - 60));
      arrival = MAX (arrival, birth + 365);
      values[FF_PARTICIPANT_ARRIVAL_DATE] = ff_sample_day_text (arrival, arrival_text);
    }
  else
    {
      arrival = birth + 16 * 365;
    }

  if (given->native != NULL && family->native != NULL)
    native = g_strconcat (given->native, " ", family->native, NULL);

  if (!ff_sample_chance (rand, 8))
    national_id = make_national_id (s, birth, female,
                                    ff_sample_chance (rand, origin->d_number_share));

  /* Typed the way people in Norway write a mobile number. (One draw to a statement:
   * the order in which a call's arguments are computed is up to the compiler.) */
  if (ff_sample_chance (rand, 95))
    {
      char first = ff_sample_chance (rand, 60) ? '9' : '4';
      int a = g_rand_int_range (rand, 0, 100);
      int b = g_rand_int_range (rand, 0, 100);
      int c = g_rand_int_range (rand, 0, 1000);

      phone = g_strdup_printf ("%c%02d %02d %03d", first, a, b, c);
    }

  if (ff_sample_chance (rand, 45))
    email = email_for (rand, given->latin, family->latin);
  {
    const char *street = ff_sample_streets[g_rand_int_range (rand, 0, ff_sample_n_streets)];
    int number = g_rand_int_range (rand, 1, 120);

    address = g_strdup_printf ("%s %d%s", street, number,
                               ff_sample_chance (rand, 15) ? "B" : "");
  }
  profession = ff_sample_chance (rand, 30) ? PICK_TWO (rand, professions)
                                           : g_strdup (PICK (rand, professions));
  interest = PICK_TWO (rand, interests);

  if (origin->arrival_from != 0 && !ff_sample_chance (rand, 15))
    {
      /* Roughly one CEFR level for every eighteen months in Norway */
      int years = (int) ((s->reference - arrival) / 365);
      int level = years * 2 / 3 + g_rand_int_range (rand, -1, 2);
      int written_level;

      /* (CLAMP and MAX evaluate their arguments more than once: no g_rand in them.) */
      level = CLAMP (level, 0, (int) G_N_ELEMENTS (cefr) - 1);
      written_level = level - g_rand_int_range (rand, 0, 2);
      values[FF_PARTICIPANT_NORWEGIAN_ORAL] = cefr[level];
      values[FF_PARTICIPANT_NORWEGIAN_WRITTEN] = cefr[MAX (written_level, 0)];
      person->level = level;
    }

  plan_histories (s, person, arrival);

  /* Referred when the first enrolment began, consent given within two weeks. */
  if (person->n_histories > 0)
    {
      guint32 referral = person->histories[0].date[0];
      guint32 consent;

      for (guint i = 1; i < person->n_histories; i++)
        referral = MIN (referral, person->histories[i].date[0]);
      consent = referral + g_rand_int_range (rand, 0, 15);
      values[FF_PARTICIPANT_REFERRAL_DATE] = ff_sample_day_text (referral, referral_text);
      values[FF_PARTICIPANT_CONSENT_DATE] = ff_sample_day_text (MIN (consent, s->reference),
                                                                consent_text);
    }

  values[FF_PARTICIPANT_GIVEN_NAME] = given->latin;
  values[FF_PARTICIPANT_FAMILY_NAME] = family->latin;
  values[FF_PARTICIPANT_NATIVE_NAME] = native;
  values[FF_PARTICIPANT_NATIONAL_ID] = national_id;
  values[FF_PARTICIPANT_GENDER] = female ? "female" : "male";
  values[FF_PARTICIPANT_COUNTRY] = origin->country;
  values[FF_PARTICIPANT_PHONE] = phone;
  values[FF_PARTICIPANT_EMAIL] = email;
  values[FF_PARTICIPANT_ADDRESS] = address;
  values[FF_PARTICIPANT_POSTCODE] = ff_sample_places[place].postcode;
  values[FF_PARTICIPANT_MUNICIPALITY] = ff_sample_places[place].name;
  values[FF_PARTICIPANT_PROFESSIONS] = profession;
  values[FF_PARTICIPANT_INTERESTS] = interest;
  /* In the order the draws have always come in, so that a seed's people stay. */
  values[FF_PARTICIPANT_EDUCATION] = PICK (rand, educations);
  values[FF_PARTICIPANT_DRIVING_LICENCE] = PICK (rand, licences);
  values[FF_PARTICIPANT_GOALS] = PICK (rand, goals);
  values[FF_PARTICIPANT_LANGUAGES] = origin->languages[g_rand_int_range (rand, 0,
                                                                         origin->n_languages)];
  values[FF_PARTICIPANT_FAMILY_NOTES] = PICK (rand, family_notes);
  values[FF_PARTICIPANT_HEALTH_NOTES] = ff_sample_chance (rand, 5) ? PICK (rand, health_notes)
                                                                   : NULL;
  person->contact_person = PICK (rand, contact_persons);
  values[FF_PARTICIPANT_CONTACT_PERSON] = person->contact_person;
  values[FF_PARTICIPANT_REFERRAL_FROM] = person->n_histories > 0 ? PICK (rand, referrals)
                                                                 : NULL;
  values[FF_PARTICIPANT_CONSENT_SCOPE] = person->n_histories > 0
                                         ? PICK (rand, consent_scopes) : NULL;
  values[FF_PARTICIPANT_NOTES] = ff_sample_chance (rand, 20) ? PICK (rand, notes) : NULL;

  person->id = ff_record_insert (s->store, &ff_participant_type, 0, values, error);
  if (person->id == 0)
    return FALSE;

  s->people_in_place[place]++;
  return TRUE;
}
