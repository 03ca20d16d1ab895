/* ff-sample-business-plans.c — business plans of the participants of the
 * establishment course
 *
 * Most participants who took part in the establishment course in Kvænangen write a
 * plan of the kinds the course saw (a shawarma food truck, Ukrainian dumplings, home
 * baking, a café with a daily lunch, a cleaning company, a pedicure and manicure
 * salon), begun a few weeks into the course. Some are still drafts; others were sent
 * for review and came back with feedback from a mentor, the lecturer or the chef, and
 * some of those are final. The budgets are plausible for a small business in a village:
 * most break even within the year, some never do (revenue too low for the costs), and
 * some lack part of their financing (a loan not yet granted).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-business-plan.h"
#include "ff-sample-private.h"

#define PICK FF_SAMPLE_PICK
#define ESTABLISHMENT_COURSE 1   /* the programme's index in ff-sample-programmes.c */
#define MAX_LINES 5

typedef struct
{
  const char *what;
  int         kroner;        /* a month's amount for budget lines */
} Line;

typedef struct
{
  const char *financing_kind;
  const char *what;
  int         kroner;
} Financing;

typedef struct
{
  FfBusinessKind  kind;
  const char     *title;
  const char     *legal_form;
  const char     *summary;
  const char     *idea;
  const char     *product;
  const char     *market;
  const char     *competitors;
  const char     *marketing;
  const char     *organisation;
  int             survey_price;
  Line            startup[MAX_LINES];
  Financing       financing[MAX_LINES];
  Line            revenue[MAX_LINES];
  Line            costs[MAX_LINES];
} Template;

static const Template templates[] = {
  { FF_BUSINESS_KIND_FOOD_TRUCK, "Shawarma fra foodtruck", "enk",
    "Foodtruck med shawarma og falafel på faste plasser i kommunen og på arrangementer.",
    "Det finnes ingen gatemat i bygda. Jeg har laget shawarma i ti år.",
    "Shawarma i pita og på tallerken, falafel, brus. Kjøtt fra lokal slakter.",
    "Fastboende, hyttefolk og turister langs E6 om sommeren. Arbeidere ved kaia.",
    "Bensinstasjonen selger pølser og pizza. Nærmeste kebab er to timer unna.",
    "Facebook-gruppe for bygda, plakater, stå ved idrettsarrangementer.",
    "Enkeltpersonforetak. Jeg driver alene, med hjelp fra familien i helgene.",
    139,
    { { "Brukt foodtruck med kjøkken", 180000 }, { "Grill og kjøleskap", 35000 },
      { "Oppstartslager", 10000 } },
    { { "own-capital", "Egne sparepenger", 45000 }, { "loan", "Lån i Sparebanken", 120000 },
      { "innovasjon-norge", "Etableringstilskudd", 60000 } },
    { { "Salg av shawarma", 70000 }, { "Arrangementer og catering", 12000 } },
    { { "Råvarer", 26000 }, { "Drivstoff og gass", 5000 }, { "Avdrag og renter", 3200 },
      { "Forsikring og regnskap", 2500 }, { "Lønn til meg selv", 25000 } } },
  { FF_BUSINESS_KIND_FOOD_PRODUCTION, "Ukrainske varenyky og pelmeni", "enk",
    "Produksjon av håndlagde ukrainske dumplings, frosne, for butikker og kafeer.",
    "Ekte varenyky med potet, kål og kirsebær, som hjemme i Ukraina.",
    "Frosne poser på 500 g, og porsjoner til kafeer.",
    "Nærbutikker i regionen, kafeer, ukrainske familier i Nord-Norge.",
    "Importerte frosne dumplings i innvandrerbutikker; ingen lokale.",
    "Smaksprøver i butikk, Instagram, markedsdager.",
    "Enkeltpersonforetak. Leier godkjent kjøkken i kommunens næringsbygg.",
    89,
    { { "Deigmaskin og fryser", 60000 }, { "Emballasje og etiketter", 15000 },
      { "Kurs i hygiene", 5000 } },
    { { "own-capital", "Egne midler", 20000 }, { "municipal-fund", "Kommunalt næringsfond", 40000 },
      { "innovasjon-norge", "Etableringstilskudd", 30000 } },
    { { "Salg til butikker", 34000 }, { "Salg til kafeer", 12000 } },
    { { "Råvarer", 11000 }, { "Leie av kjøkken", 4000 }, { "Emballasje", 2000 },
      { "Frakt", 2500 }, { "Lønn til meg selv", 15000 } } },
  { FF_BUSINESS_KIND_FOOD_PRODUCTION, "Hjemmebakst og kaker på bestilling", "enk",
    "Kaker, medovyk og boller på bestilling til selskaper og kafeen på samfunnshuset.",
    "Mange spør etter kaker til bursdager og minnesamvær, og ingen baker på bestilling.",
    "Bløtkaker, medovyk, kanelboller, julebakst.",
    "Familier, lag og foreninger, kafeen på samfunnshuset.",
    "Butikken selger ferdigkaker fra fabrikk.",
    "Bilder på Facebook, munn til munn.",
    "Enkeltpersonforetak. Baker i godkjent kjøkken hjemme.",
    450,
    { { "Stekeovn og kjøkkenmaskin", 30000 }, { "Former og utstyr", 8000 } },
    { { "own-capital", "Egne sparepenger", 25000 }, { "municipal-fund", "Kommunalt næringsfond", 15000 } },
    { { "Kaker på bestilling", 14000 }, { "Bakst til kafé", 5000 } },
    { { "Råvarer", 6000 }, { "Strøm", 900 }, { "Forsikring og regnskap", 1200 },
      { "Lønn til meg selv", 8000 } } },
  { FF_BUSINESS_KIND_CAFE, "Kafé med dagens lunsj", "as",
    "Kafé i sentrum med dagens lunsj, kaffe og bakst, åpen på hverdager.",
    "Det er ingen lunsjservering i sentrum etter at kroa stengte.",
    "Dagens suppe og varmrett, smørbrød, kaffe, kaker. Catering til møter.",
    "Ansatte på kommunehuset, skolen og helsesenteret; pensjonister; turister om sommeren.",
    "Hotellet serverer lunsj, men langt fra sentrum og dyrt.",
    "Ukemeny på Facebook, avtale om lunsj for kommunens møter.",
    "Aksjeselskap med to eiere. Den ene tar etablererprøven og er daglig leder.",
    165,
    { { "Kjøkkenutstyr", 220000 }, { "Møbler og innredning", 80000 },
      { "Aksjekapital", 30000 }, { "Oppussing av lokalet", 60000 } },
    { { "own-capital", "Eiernes innskudd", 110000 }, { "loan", "Lån i banken", 200000 },
      { "innovasjon-norge", "Etableringstilskudd", 80000 } },
    { { "Lunsj", 130000 }, { "Kaffe og bakst", 40000 }, { "Catering", 20000 } },
    { { "Råvarer", 52000 }, { "Husleie", 14000 }, { "Lønn", 70000 },
      { "Strøm og forsikring", 6000 }, { "Avdrag og renter", 4500 } } },
  { FF_BUSINESS_KIND_CLEANING, "Renhold for hytter og bedrifter", "enk",
    "Renhold av hytter mellom utleier, og av kontorer og butikker i kommunen.",
    "Hytteutleie øker, og utleierne finner ikke folk til vasken.",
    "Utvask av hytter, fast renhold av kontorer, hovedrengjøring.",
    "Hytteutleiere, kommunen, butikker, hotellet i høysesong.",
    "Ett renholdsbyrå fra byen kommer hit en gang i uka.",
    "Avtaler direkte med utleiere, flygeblad i postkassene.",
    "Enkeltpersonforetak drevet av to deltakere sammen. Må godkjennes av Arbeidstilsynet.",
    650,
    { { "Bil, brukt", 90000 }, { "Vaskemaskiner og utstyr", 25000 }, { "HMS-kurs", 6000 } },
    { { "own-capital", "Egne midler", 30000 }, { "loan", "Billån", 80000 },
      { "innovasjon-norge", "Etableringstilskudd", 20000 } },
    { { "Hytter", 36000 }, { "Kontorer og butikker", 24000 } },
    { { "Vaskemidler", 2500 }, { "Bil og drivstoff", 5500 }, { "Forsikring og regnskap", 2000 },
      { "Lønn til oss to", 36000 } } },
  { FF_BUSINESS_KIND_BEAUTY, "Salong for pedikyr og manikyr", "enk",
    "Liten salong for pedikyr, manikyr og gellakk, to dager i uka og etter avtale.",
    "Kvinnene i bygda reiser tre timer for en time hos negleteknikeren.",
    "Pedikyr, manikyr, gellakk, medisinsk fotpleie når utdanningen er godkjent.",
    "Kvinner i alle aldre, eldre som trenger fotpleie, hjemmetjenesten.",
    "Ingen i kommunen. Nærmeste salong i byen.",
    "Instagram, timebestilling på nett, gavekort til jul.",
    "Enkeltpersonforetak. Melding til kommunen etter hygieneforskriften før åpning.",
    450,
    { { "Behandlingsstol og lampe", 30000 }, { "Autoklav og utstyr", 18000 },
      { "Innredning av rom", 12000 } },
    { { "own-capital", "Egne sparepenger", 20000 }, { "municipal-fund", "Kommunalt næringsfond", 25000 },
      { "loan", "Lån fra familie", 15000 } },
    { { "Behandlinger", 19000 }, { "Salg av produkter", 2000 } },
    { { "Forbruksmateriell", 3000 }, { "Husleie", 3000 }, { "Forsikring og regnskap", 1200 },
      { "Lønn til meg selv", 10000 } } },
};

/* The share of a month's revenue reached in each month while customers find the
 * business, in percent. */
static const int ramp[12] = { 45, 60, 70, 80, 90, 100, 100, 100, 100, 100, 100, 100 };

static const struct
{
  const char *author;
  const char *role;
} reviewers[] = {
  { "Kari Nordmo", "mentor" }, { "Ola Isaksen", "adviser" }, { "Tor Mathisen", "lecturer" },
  { "Anne Lise Pedersen", "mentor" }, { "Jon Olsen", "adviser" },
};

static const struct
{
  const char *section;
  const char *text;
} comments[] = {
  { "market", "Spør flere enn venner og familie: gå på butikken en lørdag." },
  { "idea", "God idé, og du har erfaringen. Skriv mer om hvorfor akkurat her." },
  { "product", "Prisen er lav for det arbeidet det er. Regn på timeprisen din." },
  { "competitors", "Tenk også på at folk kan handle på nett eller i byen." },
  { "", "Budsjettet er ryddig. Sjekk at lønn til deg selv er med." },
  { "marketing", "Bruk Facebook-gruppen for bygda, der er alle." },
  { "summary", "Sammendraget bør si hva du trenger av banken." },
};

static const char * const milestones[] = {
  "Registrere foretaket i Brønnøysund",
  "Søke etableringstilskudd",
  "Første salg",
  "Møte med banken",
  "Åpning",
};

static gboolean
insert_part (FfSample            *s,
             FfBusinessPartKind   kind,
             gint64               plan_id,
             const char * const  *values,
             GError             **error)
{
  return ff_record_insert (s->store, &ff_business_part_types[kind], plan_id, values, error) != 0;
}

static gboolean
add_lines (FfSample     *s,
           gint64        plan_id,
           const Line   *lines,
           const char   *side,
           int           percent,
           GError      **error)
{
  for (guint i = 0; i < MAX_LINES && lines[i].what != NULL; i++)
    {
      const char *values[FF_BUSINESS_BUDGET_N_FIELDS] = { side, lines[i].what };
      char amounts[12][16];
      /* Revenue grows while customers find the business; costs stay. */
      gboolean revenue = g_str_equal (side, "revenue");

      for (guint m = 0; m < 12; m++)
        {
          int kroner = lines[i].kroner * percent / 100 * (revenue ? ramp[m] : 100) / 100;

          g_snprintf (amounts[m], sizeof amounts[m], "%d", kroner);
          values[FF_BUSINESS_BUDGET_MONTH_1 + m] = amounts[m];
        }
      if (!insert_part (s, FF_BUSINESS_PART_BUDGET, plan_id, values, error))
        return FALSE;
    }

  return TRUE;
}

/* The day the person became active in the establishment course, or 0. */
static guint32
active_in_course (const FfSamplePerson *person)
{
  for (guint e = 0; e < person->n_histories; e++)
    {
      const FfSampleHistory *history = &person->histories[e];

      if (history->programme != ESTABLISHMENT_COURSE)
        continue;
      for (guint i = 0; i < history->n_changes; i++)
        {
          if (history->status[i] == FF_ENROLMENT_STATUS_ACTIVE)
            return history->date[i];
        }
    }

  return 0;
}

gboolean
ff_sample_add_business_plan (FfSample              *s,
                             const FfSamplePerson  *person,
                             GError               **error)
{
  GRand *rand = s->business_rand;
  guint32 begun = active_in_course (person);
  const Template *t;
  FfSampleDay day;
  guint budget, target;
  int revenue_percent = 100;
  gint64 id;
  guint32 date;

  if (begun == 0 || begun > s->reference || !ff_sample_chance (rand, 80))
    return TRUE;

  t = &templates[g_rand_int_range (rand, 0, G_N_ELEMENTS (templates))];
  begun += g_rand_int_range (rand, 7, 30);
  begun = MIN (begun, s->reference);

  /* Most break even; some never do; some lack a loan. */
  budget = g_rand_int_range (rand, 0, 100);
  if (budget >= 60 && budget < 80)
    revenue_percent = 55;

  {
    char asked[8], would_buy[8], price[8];
    guint n_asked = g_rand_int_range (rand, 15, 80);
    const char *values[FF_BUSINESS_PLAN_N_FIELDS] = {
      [FF_BUSINESS_PLAN_TITLE] = t->title,
      [FF_BUSINESS_PLAN_KIND] = ff_choice_list_key (&ff_business_kinds, t->kind),
      [FF_BUSINESS_PLAN_STATUS_DATE] = ff_sample_day_text (begun, day),
      [FF_BUSINESS_PLAN_SUMMARY] = t->summary,
      [FF_BUSINESS_PLAN_IDEA] = t->idea,
      [FF_BUSINESS_PLAN_PRODUCT] = ff_sample_chance (rand, 80) ? t->product : NULL,
      [FF_BUSINESS_PLAN_MARKET] = ff_sample_chance (rand, 80) ? t->market : NULL,
      [FF_BUSINESS_PLAN_COMPETITORS] = ff_sample_chance (rand, 60) ? t->competitors : NULL,
      [FF_BUSINESS_PLAN_MARKETING] = ff_sample_chance (rand, 60) ? t->marketing : NULL,
      [FF_BUSINESS_PLAN_ORGANISATION] = t->organisation,
      [FF_BUSINESS_PLAN_LEGAL_FORM] = t->legal_form,
      [FF_BUSINESS_PLAN_SURVEY_ASKED] = asked,
      [FF_BUSINESS_PLAN_SURVEY_WOULD_BUY] = would_buy,
      [FF_BUSINESS_PLAN_SURVEY_PRICE] = price,
    };

    g_snprintf (asked, sizeof asked, "%u", n_asked);
    g_snprintf (would_buy, sizeof would_buy, "%u",
                n_asked * (guint) g_rand_int_range (rand, 20, 75) / 100);
    g_snprintf (price, sizeof price, "%d", t->survey_price);

    id = ff_business_plan_create (s->store, person->id, values, error);
    if (id == 0)
      return FALSE;
  }

  for (guint i = 0; i < MAX_LINES && t->startup[i].what != NULL; i++)
    {
      char amount[16];
      const char *values[FF_BUSINESS_STARTUP_N_FIELDS] = { t->startup[i].what, amount };

      g_snprintf (amount, sizeof amount, "%d", t->startup[i].kroner);
      if (!insert_part (s, FF_BUSINESS_PART_STARTUP, id, values, error))
        return FALSE;
    }

  for (guint i = 0; i < MAX_LINES && t->financing[i].what != NULL; i++)
    {
      char amount[16];
      const char *values[FF_BUSINESS_FINANCING_N_FIELDS] = {
        t->financing[i].financing_kind, t->financing[i].what, amount,
      };

      /* A financing gap: the loan is not granted yet. */
      if (budget >= 80 && g_str_equal (t->financing[i].financing_kind, "loan"))
        continue;
      g_snprintf (amount, sizeof amount, "%d", t->financing[i].kroner);
      if (!insert_part (s, FF_BUSINESS_PART_FINANCING, id, values, error))
        return FALSE;
    }

  if (!add_lines (s, id, t->revenue, "revenue", revenue_percent, error)
      || !add_lines (s, id, t->costs, "cost", 100, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (milestones); i++)
    {
      guint32 when = begun + 20 + 30 * i;
      const char *values[FF_BUSINESS_MILESTONE_N_FIELDS] = {
        ff_sample_day_text (when, day), milestones[i], when < s->reference - 200 ? "1" : "0",
      };

      if (ff_sample_chance (rand, 70) && !insert_part (s, FF_BUSINESS_PART_MILESTONE, id, values,
                                                       error))
        return FALSE;
    }

  /* Draft, in review or final; those reviewed have feedback. */
  target = g_rand_int_range (rand, 0, 3);
  date = begun;
  if (target >= FF_BUSINESS_STATUS_IN_REVIEW)
    {
      date = MIN (date + g_rand_int_range (rand, 20, 60), s->reference);
      if (!ff_business_plan_set_status (s->store, id, FF_BUSINESS_STATUS_IN_REVIEW,
                                        ff_sample_day_text (date, day), error))
        return FALSE;

      for (guint i = 0, n = g_rand_int_range (rand, 1, 4); i < n; i++)
        {
          guint r = g_rand_int_range (rand, 0, G_N_ELEMENTS (reviewers));
          guint c = g_rand_int_range (rand, 0, G_N_ELEMENTS (comments));
          FfSampleDay said;
          const char *values[FF_BUSINESS_FEEDBACK_N_FIELDS] = {
            comments[c].section, reviewers[r].author, reviewers[r].role,
            ff_sample_day_text (MIN (date + i * 3 + 1, s->reference), said), comments[c].text,
          };

          if (!insert_part (s, FF_BUSINESS_PART_FEEDBACK, id, values, error))
            return FALSE;
          if (*comments[c].section != '\0'
              && !ff_business_plan_set_mark (s->store, id,
                                             ff_choice_list_index (&ff_business_sections,
                                                                   comments[c].section),
                                             target == FF_BUSINESS_STATUS_FINAL
                                               ? FF_BUSINESS_MARK_OK
                                               : FF_BUSINESS_MARK_NEEDS_WORK,
                                             error))
            return FALSE;
        }
    }

  if (target == FF_BUSINESS_STATUS_FINAL)
    {
      date = MIN (date + g_rand_int_range (rand, 14, 45), s->reference);
      if (!ff_business_plan_set_status (s->store, id, FF_BUSINESS_STATUS_FINAL,
                                        ff_sample_day_text (date, day), error))
        return FALSE;
    }

  return TRUE;
}
