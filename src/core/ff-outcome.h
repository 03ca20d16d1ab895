/* ff-outcome.h — what became of a participant at the end of an enrolment
 *
 * An outcome (resultat) is held by the enrolment it ends: a job (full time, or part
 * time with its percentage), a temporary engagement, work as an on-call substitute, an
 * apprenticeship, education, an own business registered, a further measure, a move,
 * withdrawal, long-term sickness, or something else; with its date (not before the
 * enrolment began), the employer or school where it fits, and a note. It is what the
 * year-end report counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* Kinds, by index into ff_outcome_kinds. */
typedef enum
{
  FF_OUTCOME_JOB_FULL_TIME,         /* "job-full-time" */
  FF_OUTCOME_JOB_PART_TIME,         /* "job-part-time", with its percentage */
  FF_OUTCOME_TEMPORARY,             /* "temporary": a temporary engagement */
  FF_OUTCOME_ON_CALL,               /* "on-call": on-call substitute (tilkallingsvikar) */
  FF_OUTCOME_APPRENTICESHIP,        /* "apprenticeship" */
  FF_OUTCOME_EDUCATION,             /* "education" */
  FF_OUTCOME_OWN_BUSINESS,          /* "own-business": registered */
  FF_OUTCOME_FURTHER_MEASURE,       /* "further-measure" */
  FF_OUTCOME_MOVED,                 /* "moved" */
  FF_OUTCOME_WITHDREW,              /* "withdrew" */
  FF_OUTCOME_LONG_TERM_SICK,        /* "long-term-sick" */
  FF_OUTCOME_OTHER,                 /* "other" */
  FF_OUTCOME_N_KINDS
} FfOutcomeKind;

extern const FfChoiceList ff_outcome_kinds;

typedef enum
{
  FF_OUTCOME_KIND,                  /* required */
  FF_OUTCOME_PERCENT,               /* working percentage 1–100, or "" */
  FF_OUTCOME_DATE,                  /* required; not before the enrolment began */
  FF_OUTCOME_EMPLOYER_ID,           /* an employer of the register, or "" */
  FF_OUTCOME_PLACE,                 /* the employer or school as typed */
  FF_OUTCOME_NOTE,
  FF_OUTCOME_N_FIELDS
} FfOutcomeField;

typedef enum
{
  FF_OUTCOME_PARTICIPANT_ID,
  FF_OUTCOME_PROGRAMME_NAME,
} FfOutcomeExtra;

/* Outcomes are held by their enrolment (changed::enrolment, with the enrolment's id),
 * the latest first. The title is the kind, "Job, part time (60 %)". */
extern const FfRecordType ff_outcome_type;

/* Whether an outcome of @kind takes a working percentage (a part-time job). */
gboolean     ff_outcome_kind_has_percent    (FfOutcomeKind       kind);

/* The outcome of @enrolment_id: @kind on @date (as typed). Returns its id, or 0 (a
 * date before the enrolment began is refused). */
gint64       ff_outcome_create              (FfStore            *store,
                                             gint64              enrolment_id,
                                             FfOutcomeKind       kind,
                                             const char         *date,
                                             GError            **error);

/* The outcomes of @enrolment_id, the latest first. */
GPtrArray   *ff_outcome_list                (FfStore            *store,
                                             gint64              enrolment_id,
                                             GError            **error);

G_END_DECLS
