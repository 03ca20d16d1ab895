/* ff-placement.h — placements of participants at employers (praksisplass), with
 * follow-up notes, an evaluation at the end, and the three-party agreement
 *
 * A placement links a participant and an employer of the register: its kind (language
 * practice, work practice, trainee, wage subsidy, apprenticeship, job), its period,
 * days per week, working percentage and tasks, a workplace mentor and a goal. The
 * placement agreement is printed for the participant, the employer and the contact
 * person to sign; each party's approval is recorded with its date. A change of the
 * agreement after an approval keeps the agreement as it was, with its approvals, as a
 * version of its own, and clears the approvals of the agreement as it is now (as
 * signing keeps a plan's version, ff-plan.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* Kinds, by index into ff_placement_kinds. */
typedef enum
{
  FF_PLACEMENT_LANGUAGE_PRACTICE,   /* "language-practice": språkpraksis */
  FF_PLACEMENT_WORK_PRACTICE,       /* "work-practice": arbeidspraksis */
  FF_PLACEMENT_TRAINEE,             /* "trainee" */
  FF_PLACEMENT_WAGE_SUBSIDY,        /* "wage-subsidy": lønnstilskudd */
  FF_PLACEMENT_APPRENTICESHIP,      /* "apprenticeship": lærlingplass */
  FF_PLACEMENT_JOB,                 /* "job" */
  FF_PLACEMENT_N_KINDS
} FfPlacementKind;

extern const FfChoiceList ff_placement_kinds;

/* Whether a placement of @kind is practice, in which the participant learns at the
 * workplace on the programme's benefit, with no wage from the employer, insured
 * through the municipality or NAV (language practice, work practice, trainee); the
 * others are employment, paid and insured by the employer. */
gboolean     ff_placement_kind_is_practice (FfPlacementKind     kind);
/* Goals: "" (not stated), "job", "experience", "trying-out", "language",
 * "trade-certificate", "other". */
extern const FfChoiceList ff_placement_goals;

typedef enum
{
  FF_PLACEMENT_PARTICIPANT_ID,      /* required */
  FF_PLACEMENT_EMPLOYER_ID,         /* required; not an archived employer */
  FF_PLACEMENT_KIND,
  FF_PLACEMENT_START,
  FF_PLACEMENT_END,                 /* not before the start */
  FF_PLACEMENT_DAYS_PER_WEEK,       /* 1–7, or "" */
  FF_PLACEMENT_PERCENT,             /* working percentage 1–100, or "" */
  FF_PLACEMENT_TASKS,
  FF_PLACEMENT_MENTOR_ID,           /* the workplace mentor, or "" */
  FF_PLACEMENT_GOAL,
  FF_PLACEMENT_CONTACT_PERSON,      /* the programme's contact person who signs */
  FF_PLACEMENT_EVALUATION,          /* the evaluation at the end: not in the agreement */
  FF_PLACEMENT_EVALUATION_DATE,
  FF_PLACEMENT_N_FIELDS
} FfPlacementField;

/* The fields before this one are the agreement's: changing one of them after an
 * approval keeps the version approved and clears the approvals. */
#define FF_PLACEMENT_N_AGREEMENT_FIELDS FF_PLACEMENT_EVALUATION

/* What a placement shows but no one edits, by ff_record_get_extra(). */
typedef enum
{
  FF_PLACEMENT_EMPLOYER_NAME,
  FF_PLACEMENT_PARTICIPANT_NAME,
  FF_PLACEMENT_MENTOR_NAME,
} FfPlacementExtra;

/* Placements are FfRecord objects of this type (changed::placement), a participant's
 * newest first. The title is the employer, the subtitle the kind and period. */
extern const FfRecordType ff_placement_type;

typedef enum
{
  FF_PLACEMENT_NOTE_DATE,           /* required */
  FF_PLACEMENT_NOTE_TEXT,
  FF_PLACEMENT_NOTE_N_FIELDS
} FfPlacementNoteField;

/* Follow-up notes, held by their placement, newest first. */
extern const FfRecordType ff_placement_note_type;

/* A version of an agreement kept when a change cleared its approvals: the fields of
 * ff_placement_type as they were then, held by the placement, oldest first. Nothing
 * changes them. */
extern const FfRecordType ff_placement_agreement_type;

/* Creates a placement of @participant_id at @employer_id of @kind from @start to @end
 * (as typed; NULL for none). Returns its id, or 0 (an archived employer, or a period
 * that ends before it starts, is refused). */
gint64       ff_placement_create           (FfStore            *store,
                                            gint64              participant_id,
                                            gint64              employer_id,
                                            FfPlacementKind     kind,
                                            const char         *start,
                                            const char         *end,
                                            GError            **error);

/* The placements of @participant_id, newest first. */
GPtrArray   *ff_placement_list_for_participant (FfStore        *store,
                                                gint64          participant_id,
                                                GError        **error);

/* Whether @placement ended before @today (YYYY-MM-DD; NULL: today) without an
 * evaluation. */
gboolean     ff_placement_needs_evaluation (FfRecord           *placement,
                                            const char         *today);

/* The ids of placements that ended before @today (NULL: today) without an
 * evaluation, those that ended first first; placements of deleted participants left
 * out. */
GArray      *ff_placement_query_unevaluated (FfStore           *store,
                                             const char        *today,
                                             GError           **error);

/* Every placement, of participants not deleted, newest first: their ids. */
GArray      *ff_placement_query_ids        (FfStore            *store,
                                            GError            **error);

/* The workplace mentors at @employer_id who may be a placement's mentor there, by name:
 * FfRecord objects of ff_mentor_type (ff-mentor.h). */
GPtrArray   *ff_placement_workplace_mentors (FfStore           *store,
                                             gint64             employer_id,
                                             GError           **error);

/* The parties to the agreement, by index into ff_placement_parties. */
typedef enum
{
  FF_PARTY_PARTICIPANT,             /* "participant" */
  FF_PARTY_EMPLOYER,                /* "employer" */
  FF_PARTY_CONTACT_PERSON,          /* "contact-person" */
  FF_N_PARTIES
} FfPlacementParty;

extern const FfChoiceList ff_placement_parties;

/* Records @party's approval of the agreement as it is now, on @date (as typed; NULL
 * or "": today); a second approval of the same party replaces its date. */
gboolean     ff_placement_approve          (FfStore            *store,
                                            gint64              placement_id,
                                            FfPlacementParty    party,
                                            const char         *date,
                                            GError            **error);

/* The dates of the approvals of the agreement as it is now (@agreement_id 0) or of a
 * kept version: @dates[party] is "YYYY-MM-DD", or "" when that party has not
 * approved. */
typedef char FfApprovalDate[11];

gboolean     ff_placement_get_approvals    (FfStore            *store,
                                            gint64              placement_id,
                                            gint64              agreement_id,
                                            FfApprovalDate      dates[FF_N_PARTIES],
                                            GError            **error);

/* The versions of @placement_id's agreement kept when a change cleared their
 * approvals, oldest first, as FfRecord objects of ff_placement_agreement_type. */
GPtrArray   *ff_placement_list_agreements  (FfStore            *store,
                                            gint64              placement_id,
                                            GError            **error);

G_END_DECLS
