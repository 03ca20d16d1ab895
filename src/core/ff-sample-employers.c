/* ff-sample-employers.c — the sample data's employers: made-up workplaces in the
 * industries that take refugees into practice and jobs, in the places where the
 * sample's participants live
 *
 * Names are made up from Norwegian place and farm names ("Nordvik Bakeri",
 * "Solbakken sykehjem"); organisation numbers are valid but drawn at random, and begin
 * with 9 or 8 as the Register of Legal Entities gives them out. Data, not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-sample-private.h"
#include "ff-validate.h"

#define PICK FF_SAMPLE_PICK

/* In a name, {navn} is a made-up name and {sted} the employer's place. */
typedef struct
{
  const char          *industry;
  guint                weight;
  const char * const  *names;
  guint                n_names;
  const char * const  *positions;   /* what people from the programmes apply for there */
  guint                n_positions;
} Industry;

static const char * const grocery[] = {
  "{navn} Dagligvare", "Nærbutikken {sted}", "{sted} Matsenter", "{navn} Landhandel",
  "{navn} Handel AS",
};
static const char * const care[] = {
  "{navn} sykehjem", "{sted} helsehus", "{navn} omsorgssenter",
  "{navn} bo- og behandlingssenter", "Hjemmetjenesten {sted}", "{navn} bofellesskap",
};
static const char * const cleaning[] = {
  "{navn} Renhold AS", "Rent og Pent {sted}", "{sted} Rengjøring AS", "Glans {navn} AS",
};
static const char * const restaurant[] = {
  "{navn} Kro", "Restaurant {navn}", "{sted} Spiseri", "Kafé {navn}", "{navn} Pizzeria",
};
static const char * const building[] = {
  "{navn} Bygg AS", "{sted} Tømrerservice", "{navn} Entreprenør AS",
  "{navn} Maler og Byggservice", "{sted} Rør og Varme AS",
};
static const char * const transport[] = {
  "{sted} Taxi", "{navn} Transport AS", "{navn} Buss AS", "{sted} Budservice",
};
static const char * const bakery[] = {
  "{navn} Bakeri", "{sted} Bakeri og Konditori", "Bakeriet på {navn}",
};
static const char * const kindergarten[] = {
  "{navn} barnehage", "{navn} naturbarnehage", "{navn} gårdsbarnehage",
};
static const char * const logistics[] = {
  "{sted} Lager og Logistikk AS", "{navn} Logistikk AS", "{navn} Distribusjon",
};
static const char * const hotel[] = {
  "{navn} Hotell", "{sted} Fjordhotell", "{navn} Gjestegård",
};
static const char * const hairdresser[] = {
  "Frisør {navn}", "{navn} Hudpleie og Negler", "Salong {navn}",
};
static const char * const seafood[] = {
  "{sted} Sjømat AS", "{navn} Fiskeindustri", "{navn} Havbruk AS",
};
static const char * const garage[] = {
  "{navn} Bilverksted", "{sted} Bil og Dekk", "{navn} Bilservice AS",
};
static const char * const farming[] = {
  "{navn} gård", "{navn} Gartneri", "{sted} Landbruksservice",
};

static const char * const care_jobs[] = {
  "Helsefagarbeider", "Assistent i hjemmetjenesten", "Pleieassistent", "Miljøarbeider",
};
static const char * const grocery_jobs[] = {
  "Butikkmedarbeider", "Kassemedarbeider", "Ferskvaremedarbeider",
};
static const char * const building_jobs[] = {
  "Hjelpearbeider", "Tømrerlærling", "Malerhjelp", "Anleggsarbeider",
};
static const char * const cleaning_jobs[] = {
  "Renholder", "Renholdsoperatør", "Renholder, deltid",
};
static const char * const restaurant_jobs[] = {
  "Kokk", "Kjøkkenassistent", "Servitør", "Oppvasker",
};
static const char * const transport_jobs[] = {
  "Sjåfør klasse B", "Bussjåfør", "Bud",
};
static const char * const kindergarten_jobs[] = {
  "Barnehageassistent", "Fagarbeider i barnehage", "Vikar i barnehage",
};
static const char * const bakery_jobs[] = {
  "Bakerlærling", "Butikkmedarbeider bakeri", "Produksjonsmedarbeider",
};
static const char * const logistics_jobs[] = {
  "Lagermedarbeider", "Truckfører", "Plukker",
};
static const char * const hotel_jobs[] = {
  "Romholder", "Resepsjonist", "Kjøkkenhjelp",
};
static const char * const seafood_jobs[] = {
  "Produksjonsmedarbeider", "Filetarbeider", "Røkter",
};
static const char * const garage_jobs[] = {
  "Dekkmontør", "Bilmekanikerlærling", "Bilpleier",
};
static const char * const hairdresser_jobs[] = {
  "Frisørlærling", "Negltekniker", "Hudpleier",
};
static const char * const farming_jobs[] = {
  "Gartneriarbeider", "Sesongarbeider", "Gårdsarbeider",
};

#define NAMES(array) array, G_N_ELEMENTS (array)

static const Industry industries[] = {
  { "helse og omsorg", 16, NAMES (care), NAMES (care_jobs) },
  { "dagligvarehandel", 14, NAMES (grocery), NAMES (grocery_jobs) },
  { "bygg og anlegg", 12, NAMES (building), NAMES (building_jobs) },
  { "renhold", 10, NAMES (cleaning), NAMES (cleaning_jobs) },
  { "restaurant", 10, NAMES (restaurant), NAMES (restaurant_jobs) },
  { "transport", 8, NAMES (transport), NAMES (transport_jobs) },
  { "barnehage", 7, NAMES (kindergarten), NAMES (kindergarten_jobs) },
  { "bakeri og konditori", 5, NAMES (bakery), NAMES (bakery_jobs) },
  { "lager og logistikk", 5, NAMES (logistics), NAMES (logistics_jobs) },
  { "hotell og reiseliv", 4, NAMES (hotel), NAMES (hotel_jobs) },
  { "fiske og havbruk", 3, NAMES (seafood), NAMES (seafood_jobs) },
  { "bilverksted", 3, NAMES (garage), NAMES (garage_jobs) },
  { "frisør og skjønnhet", 2, NAMES (hairdresser), NAMES (hairdresser_jobs) },
  { "jordbruk og gartneri", 1, NAMES (farming), NAMES (farming_jobs) },
};

/* Made-up names of the kind Norwegian businesses take from a farm or a place. */
static const char * const made_up[] = {
  "Nordvik", "Solbakken", "Fjellheim", "Strandli", "Bakkely", "Lindely", "Furulund",
  "Elvebakken", "Sjøbris", "Nordlys", "Vestheim", "Granli", "Bjørkely", "Fjordglimt",
  "Midtbyen", "Østli", "Åsen", "Haugtun", "Lyngstad", "Eikeli", "Sandvik", "Breivik",
  "Holmen", "Tunet", "Lundheim", "Solvang", "Rosenlund", "Bryggen", "Kvernhuset",
  "Fagerli", "Storåsen", "Vikhammer", "Heggelund", "Lien", "Nyheim", "Søndre Moen",
};

static const char * const notes[] = {
  "Har tatt imot språkpraktikanter før.",
  "Tilbyr arbeidspraksis to til tre dager i uka.",
  "Ønsker kandidater med førerkort klasse B.",
  "Mulighet for fast ansettelse etter praksis.",
  "Krever politiattest.",
  "Kontaktpersonen snakker engelsk og arabisk.",
  "Fast mentor på arbeidsplassen.",
  "Tar gjerne imot deltakere fra etableringskurset.",
};

guint
ff_sample_n_employers (guint n_participants)
{
  /* A few dozen for a small sample, a thousand for 100,000 participants. */
  return 24 + n_participants / 100;
}

static const Industry *
pick_industry (GRand *rand)
{
  guint total = 0, pick;

  for (guint i = 0; i < G_N_ELEMENTS (industries); i++)
    total += industries[i].weight;
  pick = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (industries); i++)
    {
      if (pick < industries[i].weight)
        return &industries[i];
      pick -= industries[i].weight;
    }
  return &industries[0];
}

/* A place where the participants so far live, more often where more of them live. */
static guint
pick_place (FfSample *s)
{
  guint total = 0, pick;

  for (guint i = 0; i < FF_SAMPLE_N_PLACES; i++)
    total += s->people_in_place[i];
  if (total == 0)
    return 0;

  pick = g_rand_int_range (s->employer_rand, 0, total);
  for (guint i = 0; i < FF_SAMPLE_N_PLACES; i++)
    {
      if (pick < s->people_in_place[i])
        return i;
      pick -= s->people_in_place[i];
    }
  return 0;
}

/* A name for an employer in @place that no employer there has yet, as far as a few
 * tries find one. */
static char *
make_name (FfSample            *s,
           const Industry      *industry,
           const FfSamplePlace *place)
{
  char *name = NULL;

  for (guint attempt = 0; attempt < 20; attempt++)
    {
      GString *text = g_string_new (industry->names[g_rand_int_range (s->employer_rand, 0,
                                                                      industry->n_names)]);
      g_autofree char *key = NULL;

      g_string_replace (text, "{navn}", PICK (s->employer_rand, made_up), 0);
      g_string_replace (text, "{sted}", place->name, 0);
      g_free (name);
      name = g_string_free (text, FALSE);

      key = g_strconcat (name, "\n", place->name, NULL);
      if (!g_hash_table_contains (s->employer_names, key))
        {
          g_hash_table_add (s->employer_names, g_steal_pointer (&key));
          break;
        }
    }

  return name;
}

/* A valid organisation number not given out in this run, typed as the register
 * writes it: "974 760 673". */
static char *
make_org_number (FfSample *s)
{
  for (;;)
    {
      guint first = ff_sample_chance (s->employer_rand, 85) ? 9 : 8;
      guint base = first * 10000000 + g_rand_int_range (s->employer_rand, 0, 10000000);
      char *number = ff_org_number_make (base);

      if (number == NULL)
        continue;
      if (g_hash_table_contains (s->org_numbers, number))
        {
          g_free (number);
          continue;
        }
      g_hash_table_add (s->org_numbers, number);
      return g_strdup_printf ("%.3s %.3s %.3s", number, number + 3, number + 6);
    }
}

gboolean
ff_sample_add_employer (FfSample  *s,
                        GError   **error)
{
  GRand *rand = s->employer_rand;
  guint place_index = pick_place (s);
  const FfSamplePlace *place = &ff_sample_places[place_index];
  const Industry *industry = pick_industry (rand);
  FfSampleEmployer *employer;
  gint64 id;
  /* Mostly Norwegian managers, some who came as refugees themselves. */
  const FfSampleOrigin *origin = ff_sample_chance (rand, 80)
                                 ? &ff_sample_origins[ff_sample_n_origins - 1]
                                 : &ff_sample_origins[g_rand_int_range (rand, 0,
                                                                        ff_sample_n_origins)];
  gboolean female = ff_sample_chance (rand, 55);
  const char *given = female ? origin->female[g_rand_int_range (rand, 0, origin->n_female)].latin
                             : origin->male[g_rand_int_range (rand, 0, origin->n_male)].latin;
  const char *family = origin->family[g_rand_int_range (rand, 0, origin->n_family)].latin;
  g_autofree char *name = make_name (s, industry, place);
  g_autofree char *org_number = make_org_number (s);
  g_autofree char *contact = g_strconcat (given, " ", family, NULL);
  g_autofree char *domain = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *address = NULL;
  const char *values[FF_EMPLOYER_N_FIELDS] = { NULL };

  /* The name without "AS", in ASCII, as the domain; a shared address or the contact
   * person's own. */
  {
    g_autoptr(GString) plain = g_string_new (name);

    g_string_replace (plain, " AS", "", 0);
    domain = ff_sample_ascii_words (plain->str, "-");
  }
  if (ff_sample_chance (rand, 50))
    {
      email = g_strconcat ("post@", domain, ".no", NULL);
    }
  else
    {
      g_autofree char *local = ff_sample_ascii_words (contact, ".");

      email = g_strconcat (local, "@", domain, ".no", NULL);
    }

  /* A switchboard typed in pairs, or the contact person's mobile. (One draw to a
   * statement: the order in which a call's arguments are computed is up to the
   * compiler.) */
  {
    gboolean switchboard = ff_sample_chance (rand, 50);
    int first = switchboard ? g_rand_int_range (rand, 30, 80)
                            : (ff_sample_chance (rand, 60) ? 900 : 400);
    int a = g_rand_int_range (rand, 0, 100);
    int b = g_rand_int_range (rand, 0, 100);
    int c = g_rand_int_range (rand, 0, switchboard ? 100 : 1000);

    if (switchboard)
      phone = g_strdup_printf ("%02d %02d %02d %02d", first, a, b, c);
    else
      phone = g_strdup_printf ("%03d %02d %03d", first + a, b, c);
  }

  {
    const char *street = ff_sample_streets[g_rand_int_range (rand, 0, ff_sample_n_streets)];
    int number = g_rand_int_range (rand, 1, 80);

    address = g_strdup_printf ("%s %d", street, number);
  }

  values[FF_EMPLOYER_NAME] = name;
  values[FF_EMPLOYER_ORG_NUMBER] = org_number;
  values[FF_EMPLOYER_INDUSTRY] = industry->industry;
  values[FF_EMPLOYER_ADDRESS] = address;
  values[FF_EMPLOYER_POSTCODE] = place->postcode;
  values[FF_EMPLOYER_PLACE] = place->name;
  values[FF_EMPLOYER_CONTACT_PERSON] = contact;
  values[FF_EMPLOYER_PHONE] = phone;
  values[FF_EMPLOYER_EMAIL] = email;
  values[FF_EMPLOYER_NOTES] = ff_sample_chance (rand, 30) ? PICK (rand, notes) : NULL;

  id = ff_record_insert (s->store, &ff_employer_type, 0, values, error);
  if (id == 0)
    return FALSE;

  employer = g_new0 (FfSampleEmployer, 1);
  employer->id = id;
  employer->name = g_strdup (name);
  employer->place = place_index;
  employer->positions = industry->positions;
  employer->n_positions = industry->n_positions;
  g_ptr_array_add (s->employers, employer);

  s->n_employers++;
  return TRUE;
}

void
ff_sample_employer_free (FfSampleEmployer *employer)
{
  g_free (employer->name);
  g_free (employer);
}
