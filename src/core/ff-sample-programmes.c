/* ff-sample-programmes.c — the sample data's programmes: one of each kind the design's
 * seeds describe, in Drammen, Kvænangen, Skien and Vang
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-programme.h"
#include "ff-sample-private.h"

typedef struct
{
  const char      *name;
  FfProgrammeKind  kind;
  const char      *organisation;
  const char      *funder;
  const char      *start;           /* as typed: DD.MM.YYYY */
  const char      *end;
  const char      *notes;
} ProgrammeInfo;

static const ProgrammeInfo programmes[] = {
  { "Introduksjonsprogrammet 2025", FF_PROGRAMME_KIND_INTRODUCTION,
    "Drammen kommune, Introduksjonssenteret", "IMDi", "01.01.2025", "31.12.2025",
    "Ukeplan mandag, evaluering fredag. Avtaler fornyes hver tredje måned." },
  { "Etableringskurs Kvænangen", FF_PROGRAMME_KIND_ESTABLISHMENT,
    "Kvænangen Næringsfabrikk", "Innovasjon Norge og Kvænangen kommune",
    "01.11.2023", "31.12.2024",
    "Forelesninger, tredagerskurs, individuelle møter og todagers verksted med kokk." },
  { "Mentorordning KIA Skien", FF_PROGRAMME_KIND_MENTOR,
    "KIA Skien", "IMDi", "15.01.2024", "31.12.2025",
    "Praksis på 3–6 måneder med mentor på arbeidsplassen." },
  { "Traineeordning", FF_PROGRAMME_KIND_TRAINEE,
    "Vang kommune", "Vang kommune", "01.08.2024", "31.12.2025",
    "Bulyst-venn, karriereveiledning, yrkesnorsk og kjøretrening." },
  { "Veiviseren Drammen", FF_PROGRAMME_KIND_QUALIFICATION,
    "Drammen kommune", "IMDi og Drammen kommune", "01.01.2019", "31.12.2025",
    "Jobbsøkerlogg, språkpraksis og resultatrapport ved årsslutt." },
};

G_STATIC_ASSERT (G_N_ELEMENTS (programmes) == FF_SAMPLE_N_PROGRAMMES);

gboolean
ff_sample_add_programmes (FfSample  *s,
                          GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (programmes); i++)
    {
      const ProgrammeInfo *p = &programmes[i];
      const char *values[FF_PROGRAMME_N_FIELDS] = {
        [FF_PROGRAMME_NAME] = p->name,
        [FF_PROGRAMME_KIND] = ff_choice_list_key (&ff_programme_kinds, p->kind),
        [FF_PROGRAMME_ORGANISATION] = p->organisation,
        [FF_PROGRAMME_FUNDER] = p->funder,
        [FF_PROGRAMME_START_DATE] = p->start,
        [FF_PROGRAMME_END_DATE] = p->end,
        [FF_PROGRAMME_NOTES] = p->notes,
      };

      s->programme_ids[i] = ff_record_insert (s->store, &ff_programme_type, 0, values, error);
      if (s->programme_ids[i] == 0)
        return FALSE;

      s->programme_start[i] = ff_sample_julian_from_text (p->start);
      s->programme_end[i] = MIN (ff_sample_julian_from_text (p->end), s->reference);
      s->introduction[i] = p->kind == FF_PROGRAMME_KIND_INTRODUCTION;
    }

  return TRUE;
}
