/* ff-sample-enrolments.c — the sample data's enrolments: histories that move from
 * referral through interviews, waiting lists and activity to an end, with reasons as a
 * contact person writes them
 *
 * A history is planned while its participant is made (the referral date on the
 * participant's record comes from it) and written afterwards, change by change, as a
 * contact person would record it: ff_enrolment_create() for the first status and
 * ff_enrolment_set_status() for each one after, which keep the participant's current
 * status in step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-enrolment.h"
#include "ff-sample-private.h"

typedef struct
{
  FfEnrolmentStatus status;
  guint weight;
} Transition;

/* Where an enrolment usually goes next, with weights; terminal statuses have none. */
static const Transition *
next_statuses (FfEnrolmentStatus  status,
               guint             *n)
{
  static const Transition from_referred[] = {
    { FF_ENROLMENT_STATUS_INTERVIEWED, 70 }, { FF_ENROLMENT_STATUS_WAITING_LIST, 20 },
    { FF_ENROLMENT_STATUS_DROPPED_OUT, 5 }, { FF_ENROLMENT_STATUS_MOVED, 5 },
  };
  static const Transition from_interviewed[] = {
    { FF_ENROLMENT_STATUS_ACTIVE, 70 }, { FF_ENROLMENT_STATUS_WAITING_LIST, 25 },
    { FF_ENROLMENT_STATUS_DROPPED_OUT, 5 },
  };
  static const Transition from_waiting[] = {
    { FF_ENROLMENT_STATUS_ACTIVE, 85 }, { FF_ENROLMENT_STATUS_DROPPED_OUT, 8 },
    { FF_ENROLMENT_STATUS_MOVED, 7 },
  };
  static const Transition from_active[] = {
    { FF_ENROLMENT_STATUS_COMPLETED, 50 }, { FF_ENROLMENT_STATUS_ON_LEAVE, 20 },
    { FF_ENROLMENT_STATUS_DROPPED_OUT, 15 }, { FF_ENROLMENT_STATUS_MOVED, 15 },
  };
  static const Transition from_leave[] = {
    { FF_ENROLMENT_STATUS_ACTIVE, 80 }, { FF_ENROLMENT_STATUS_DROPPED_OUT, 20 },
  };

  switch (status)
    {
    case FF_ENROLMENT_STATUS_REFERRED:
      *n = G_N_ELEMENTS (from_referred);
      return from_referred;
    case FF_ENROLMENT_STATUS_INTERVIEWED:
      *n = G_N_ELEMENTS (from_interviewed);
      return from_interviewed;
    case FF_ENROLMENT_STATUS_WAITING_LIST:
      *n = G_N_ELEMENTS (from_waiting);
      return from_waiting;
    case FF_ENROLMENT_STATUS_ACTIVE:
      *n = G_N_ELEMENTS (from_active);
      return from_active;
    case FF_ENROLMENT_STATUS_ON_LEAVE:
      *n = G_N_ELEMENTS (from_leave);
      return from_leave;
    case FF_ENROLMENT_STATUS_ANY:
    case FF_ENROLMENT_STATUS_NONE:
    case FF_ENROLMENT_STATUS_COMPLETED:
    case FF_ENROLMENT_STATUS_DROPPED_OUT:
    case FF_ENROLMENT_STATUS_MOVED:
    case FF_ENROLMENT_N_STATUSES:
    default:
      *n = 0;
      return NULL;
    }
}

/* Reasons as a contact person would write them, by status. */
static const char *
pick_reason (GRand             *rand,
             FfEnrolmentStatus  status,
             FfEnrolmentStatus  previous)
{
  static const char * const referred[] = {
    "Henvist fra NAV", "Henvist fra flyktningtjenesten", "Søkte selv",
    "Henvist fra voksenopplæringen",
  };
  static const char * const interviewed[] = {
    "Kartleggingssamtale gjennomført", "Inntakssamtale med tolk",
    "Samtale om mål og ønsker",
  };
  static const char * const waiting[] = {
    "Kurset er fullt", "Venter på barnehageplass", "Venter på oppstart av ny gruppe",
  };
  static const char * const active[] = {
    "Startet i programmet", "Individuell plan signert", "Avtale om praksisplass inngått",
  };
  static const char * const leave[] = {
    "Foreldrepermisjon", "Sykmeldt", "Permisjon for å besøke familie",
  };
  static const char * const completed[] = {
    "Fikk fast jobb", "Fullført program", "Startet utdanning", "Registrerte eget foretak",
    "Fikk lærlingplass",
  };
  static const char * const dropped[] = {
    "Avsluttet etter eget ønske", "Møtte ikke over lengre tid", "Helsemessige årsaker",
  };
  static const char * const moved[] = {
    "Flyttet til annen kommune", "Flyttet til Oslo", "Flyttet for å bo med familie",
  };
  const char * const *list;
  guint n;

  switch (status)
    {
    case FF_ENROLMENT_STATUS_REFERRED: list = referred; n = G_N_ELEMENTS (referred); break;
    case FF_ENROLMENT_STATUS_INTERVIEWED:
      list = interviewed;
      n = G_N_ELEMENTS (interviewed);
      break;
    case FF_ENROLMENT_STATUS_WAITING_LIST: list = waiting; n = G_N_ELEMENTS (waiting); break;
    case FF_ENROLMENT_STATUS_ACTIVE:
      if (previous == FF_ENROLMENT_STATUS_ON_LEAVE)
        return "Tilbake fra permisjon";
      list = active;
      n = G_N_ELEMENTS (active);
      break;
    case FF_ENROLMENT_STATUS_ON_LEAVE: list = leave; n = G_N_ELEMENTS (leave); break;
    case FF_ENROLMENT_STATUS_COMPLETED: list = completed; n = G_N_ELEMENTS (completed); break;
    case FF_ENROLMENT_STATUS_DROPPED_OUT: list = dropped; n = G_N_ELEMENTS (dropped); break;
    case FF_ENROLMENT_STATUS_MOVED: list = moved; n = G_N_ELEMENTS (moved); break;
    case FF_ENROLMENT_STATUS_ANY:
    case FF_ENROLMENT_STATUS_NONE:
    case FF_ENROLMENT_N_STATUSES:
    default:
      return "";
    }

  return list[g_rand_int_range (rand, 0, n)];
}

gboolean
ff_sample_plan_history (FfSample        *s,
                        guint            programme,
                        guint32          arrival,
                        FfSampleHistory *history)
{
  guint32 first = MAX (s->programme_start[programme], arrival + 14);
  guint32 last = s->programme_end[programme];
  guint target;
  int r;

  if (first > last)
    return FALSE;

  memset (history, 0, sizeof *history);
  history->programme = programme;
  history->date[0] = ff_sample_day_between (s->rand, first, MIN (last, first + 400));
  r = g_rand_int_range (s->rand, 0, 100);
  history->status[0] = r < 80 ? FF_ENROLMENT_STATUS_REFERRED
                       : r < 90 ? FF_ENROLMENT_STATUS_INTERVIEWED
                       : FF_ENROLMENT_STATUS_WAITING_LIST;
  history->reason[0] = pick_reason (s->rand, history->status[0], FF_ENROLMENT_STATUS_NONE);
  history->n_changes = 1;

  /* In a programme that has ended, everyone's enrolment has come to an end too,
   * as far as the dates allow. */
  if (s->programme_end[programme] < s->reference)
    target = FF_SAMPLE_MAX_CHANGES;
  else
    target = g_rand_int_range (s->rand, 1, FF_SAMPLE_MAX_CHANGES + 1);
  while (history->n_changes < target)
    {
      guint n = history->n_changes;
      FfEnrolmentStatus current = history->status[n - 1];
      guint n_next, total = 0, pick;
      const Transition *next = next_statuses (current, &n_next);
      guint32 date = history->date[n - 1] + g_rand_int_range (s->rand, 7, 150);
      FfEnrolmentStatus chosen = FF_ENROLMENT_STATUS_NONE;

      if (n_next == 0 || date > last)
        break;

      for (guint i = 0; i < n_next; i++)
        total += next[i].weight;
      pick = g_rand_int_range (s->rand, 0, total);
      for (guint i = 0; i < n_next; i++)
        {
          if (pick < next[i].weight)
            {
              chosen = next[i].status;
              break;
            }
          pick -= next[i].weight;
        }

      history->status[n] = chosen;
      history->date[n] = date;
      history->reason[n] = pick_reason (s->rand, chosen, current);
      history->n_changes++;
    }

  return TRUE;
}

gboolean
ff_sample_add_enrolments (FfSample              *s,
                          const FfSamplePerson  *person,
                          GError               **error)
{
  for (guint e = 0; e < person->n_histories; e++)
    {
      const FfSampleHistory *history = &person->histories[e];
      FfSampleDay day;
      gint64 id;

      id = ff_enrolment_create (s->store, person->id, s->programme_ids[history->programme],
                                history->status[0], ff_sample_day_text (history->date[0], day),
                                history->reason[0], error);
      if (id == 0)
        return FALSE;

      for (guint i = 1; i < history->n_changes; i++)
        {
          if (!ff_enrolment_set_status (s->store, id, history->status[i],
                                        ff_sample_day_text (history->date[i], day),
                                        history->reason[i], error))
            return FALSE;
        }

      if (!ff_sample_add_benefit (s, history, id, error)
          || !ff_sample_add_plan (s, person, history, id, error))
        return FALSE;
    }

  return TRUE;
}
