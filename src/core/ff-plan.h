/* ff-plan.h — the individual plan of an enrolment: its versions and its parts
 *
 * A plan belongs to one enrolment and has numbered versions. At most one version of
 * an enrolment's plan is a draft, and only a draft can be changed. Signing a draft
 * (after it was printed for signature) freezes it with its date and with the
 * participant's and programme's details as they were printed, and starts the next
 * draft as a copy of it; signed versions never change, so they print again
 * identically.
 *
 * A plan has fields of its own (agreement period, long-term goal, Norwegian goal,
 * the languages it is printed in) and three lists of parts: sub-goals, activities
 * and review dates. Every field, of the plan and of its parts, is one FfPlanField;
 * values are text as for participants (dates YYYY-MM-DD, enumerations by key).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

typedef enum
{
  FF_PLAN_STATE_DRAFT,                       /* "draft" */
  FF_PLAN_STATE_SIGNED,                      /* "signed" */
} FfPlanState;

/* The long-term goal: indexes into ff_plan_goals. */
typedef enum
{
  FF_PLAN_GOAL_NONE,                         /* "" (not chosen yet) */
  FF_PLAN_GOAL_WORK,                         /* "work" */
  FF_PLAN_GOAL_EDUCATION,                    /* "education" */
  FF_PLAN_GOAL_OWN_BUSINESS,                 /* "own-business" */
  FF_PLAN_GOAL_OTHER,                        /* "other" */
  FF_PLAN_N_GOALS
} FfPlanGoal;

/* Indexes into ff_activity_kinds. */
typedef enum
{
  FF_ACTIVITY_NORWEGIAN_TUITION,             /* "norwegian-tuition" */
  FF_ACTIVITY_WORK_LIFE_KNOWLEDGE,           /* "work-life-knowledge" */
  FF_ACTIVITY_COMPUTER_SKILLS,               /* "computer-skills" */
  FF_ACTIVITY_JOB_SEEKING,                   /* "job-seeking" */
  FF_ACTIVITY_LANGUAGE_PRACTICE,             /* "language-practice" */
  FF_ACTIVITY_WORK_PRACTICE,                 /* "work-practice" */
  FF_ACTIVITY_COURSE,                        /* "course" */
  FF_ACTIVITY_MENTOR_MEETINGS,               /* "mentor-meetings" */
  FF_ACTIVITY_DRIVING_LESSONS,               /* "driving-lessons" */
  FF_ACTIVITY_PRIVATE_ECONOMY,               /* "private-economy" */
  FF_ACTIVITY_OTHER,                         /* "other" */
  FF_ACTIVITY_N_KINDS
} FfActivityKind;

/* Indexes into ff_activity_statuses. */
typedef enum
{
  FF_ACTIVITY_PLANNED,                       /* "planned" */
  FF_ACTIVITY_ONGOING,                       /* "ongoing" */
  FF_ACTIVITY_DONE,                          /* "done" */
  FF_ACTIVITY_CANCELLED,                     /* "cancelled" */
  FF_ACTIVITY_N_STATUSES
} FfActivityStatus;

/* The lists of parts a plan holds. */
typedef enum
{
  FF_PLAN_PART_SUBGOAL,
  FF_PLAN_PART_ACTIVITY,
  FF_PLAN_PART_REVIEW,
  FF_PLAN_N_PART_KINDS
} FfPlanPartKind;

/* Every field of a plan and of its parts. The key of each (the column name) is
 * given; values are stored and returned as text. */
typedef enum
{
  /* the plan itself */
  FF_PLAN_FIELD_PERIOD_START,                /* "period_start": agreement period */
  FF_PLAN_FIELD_PERIOD_END,                  /* "period_end": not before the start */
  FF_PLAN_FIELD_GOAL,                        /* "goal": FfPlanGoal key */
  FF_PLAN_FIELD_GOAL_TEXT,                   /* "goal_text": the goal in words */
  FF_PLAN_FIELD_NORWEGIAN_LEVEL,             /* "norwegian_level": CEFR "A1" … "C2", "" */
  FF_PLAN_FIELD_NORWEGIAN_DATE,              /* "norwegian_date": reach it by */
  FF_PLAN_FIELD_LANGUAGE,                    /* "language": printed in "nb", "nn", "uk"
                                              * or "en"; never empty ("nb" at first) */
  FF_PLAN_FIELD_SECOND_LANGUAGE,             /* "second_language": "" (not bilingual),
                                              * "nb", "nn", "uk" or "en"; at first the
                                              * participant's own (see
                                              * ff_plan_language_for_participant()) */
  /* a sub-goal */
  FF_PLAN_FIELD_SUBGOAL_TEXT,                /* "text" */
  FF_PLAN_FIELD_SUBGOAL_DATE,                /* "target_date" */
  /* an activity */
  FF_PLAN_FIELD_ACTIVITY_KIND,               /* "kind": FfActivityKind key */
  FF_PLAN_FIELD_ACTIVITY_DESCRIPTION,        /* "description" */
  FF_PLAN_FIELD_ACTIVITY_HOURS,              /* "hours": hours per week; typed "7,5",
                                              * "7.5" or "7", 0–60 with at most one
                                              * decimal; normalised "7.5"/"7", ""
                                              * for none (stored as minutes) */
  FF_PLAN_FIELD_ACTIVITY_START,              /* "start_date" */
  FF_PLAN_FIELD_ACTIVITY_END,                /* "end_date": not before the start */
  FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE,        /* "responsible": who follows it up */
  FF_PLAN_FIELD_ACTIVITY_STATUS,             /* "status": FfActivityStatus key */
  /* a review date */
  FF_PLAN_FIELD_REVIEW_DATE,                 /* "date": required */
  FF_PLAN_FIELD_REVIEW_NOTE,                 /* "note" */
  FF_PLAN_FIELD_REVIEW_DONE,                 /* "done": "1" held, "0" not yet */
  FF_PLAN_N_FIELDS
} FfPlanField;

extern const FfChoiceList ff_plan_goals;
extern const FfChoiceList ff_activity_kinds;
extern const FfChoiceList ff_activity_statuses;
/* The languages a plan is printed in ("nb", "nn", "uk", "en"), and the same with ""
 * (not bilingual) first for the second language. */
extern const FfChoiceList ff_plan_languages;
extern const FfChoiceList ff_plan_second_languages;

/* A plan's own fields, and each kind of part's, as records: the parts are owned by
 * their plan (its id in "plan_id"), and none of them changes once the plan is
 * signed. */
extern const FfRecordType ff_plan_type;
extern const FfRecordType ff_plan_part_types[FF_PLAN_N_PART_KINDS];

/* "draft" or "signed". */
const char      *ff_plan_state_key              (FfPlanState       state);

/* The stable key of @field (as in audit and exchange). */
const char      *ff_plan_field_key              (FfPlanField       field);
/* The part kind a field belongs to, or -1 for a field of the plan itself. */
int              ff_plan_field_part_kind        (FfPlanField       field);
/* The record type that stores @field, and the field's index in it. */
const FfRecordType *ff_plan_field_record_type   (FfPlanField       field,
                                                 guint            *index);

/* Checks and normalises @value for @field without touching the store; an empty
 * value is valid for every field but FF_PLAN_FIELD_REVIEW_DATE and
 * FF_PLAN_FIELD_LANGUAGE. On FALSE, a translated FF_VALIDATE_ERROR. */
gboolean         ff_plan_field_validate         (FfPlanField       field,
                                                 const char       *value,
                                                 char            **normalized,
                                                 GError          **error);

/* "uk" when the participant's languages or country say Ukrainian/Ukraine (in
 * Norwegian, English or Ukrainian), otherwise "en": the second language of a
 * bilingual print when none was chosen. */
const char      *ff_plan_language_for_participant (const char     *languages,
                                                   const char     *country);

/* Hours per week as @language writes them (ff_format_hours(), NULL for the
 * displayed language): @hours is a normalised value, "7.5" → "7,5"; "" stays "". */
char            *ff_plan_format_hours           (const char       *hours,
                                                 const char       *language);

#define FF_TYPE_PLAN_PART (ff_plan_part_get_type ())
G_DECLARE_FINAL_TYPE (FfPlanPart, ff_plan_part, FF, PLAN_PART, FfRecord)

#define FF_TYPE_PLAN (ff_plan_get_type ())
G_DECLARE_FINAL_TYPE (FfPlan, ff_plan, FF, PLAN, GObject)

/* Starts the plan of an enrolment: a draft, version 1, in the participant's
 * languages. An enrolment that already has a plan fails with
 * FF_STORE_ERROR_INVALID. Returns the plan's id, or 0. */
gint64           ff_plan_create                 (FfStore          *store,
                                                 gint64            enrolment_id,
                                                 GError          **error);

/* The id of the enrolment's current draft, or 0 when it has no plan (not an
 * error). */
gint64           ff_plan_find_draft             (FfStore          *store,
                                                 gint64            enrolment_id,
                                                 GError          **error);

/* The draft to print for a participant: that of the most recently changed
 * enrolment that has a plan. 0 with a translated FF_STORE_ERROR_NOT_FOUND when the
 * participant does not exist or has no plan. */
gint64           ff_plan_find_for_participant   (FfStore          *store,
                                                 gint64            participant_id,
                                                 GError          **error);

/* The version @version of the plan of the participant's enrolment that holds
 * @plan_id's plan; 0 with FF_STORE_ERROR_NOT_FOUND when there is none. */
gint64           ff_plan_find_version           (FfStore          *store,
                                                 gint64            plan_id,
                                                 int               version,
                                                 GError          **error);

/* Every version of an enrolment's plan, newest first, as FfPlan objects without
 * their parts (id, version, state, signed date). */
GPtrArray       *ff_plan_list_versions          (FfStore          *store,
                                                 gint64            enrolment_id,
                                                 GError          **error);

/* One version with its fields, its header (below) and its parts in order; NULL
 * with FF_STORE_ERROR_NOT_FOUND. */
FfPlan          *ff_plan_load                   (FfStore          *store,
                                                 gint64            plan_id,
                                                 GError          **error);

/* Validates and writes one field of the plan (a field with part kind -1), in its
 * own transaction with an audit row; an unchanged value writes nothing. A signed
 * version fails with FF_STORE_ERROR_INVALID; an invalid value with
 * FF_VALIDATE_ERROR and leaves the stored value as it was. */
gboolean         ff_plan_set_field              (FfStore          *store,
                                                 gint64            plan_id,
                                                 FfPlanField       field,
                                                 const char       *value,
                                                 GError          **error);

/* Adds an empty part at the end of a draft's list (an activity "other",
 * "planned"; a review dated @date, which is required for a review and ignored
 * otherwise). Returns the part's id, or 0. */
gint64           ff_plan_add_part               (FfStore          *store,
                                                 gint64            plan_id,
                                                 FfPlanPartKind    kind,
                                                 const char       *date,
                                                 GError          **error);

/* As ff_plan_set_field() for a field of a part (the part kind follows from the
 * field). */
gboolean         ff_plan_set_part_field         (FfStore          *store,
                                                 gint64            part_id,
                                                 FfPlanField       field,
                                                 const char       *value,
                                                 GError          **error);

/* Removes a part of a draft (a tombstone, with an audit row); undone by
 * ff_plan_restore_part(). */
gboolean         ff_plan_remove_part            (FfStore          *store,
                                                 FfPlanPartKind    kind,
                                                 gint64            part_id,
                                                 GError          **error);
gboolean         ff_plan_restore_part           (FfStore          *store,
                                                 FfPlanPartKind    kind,
                                                 gint64            part_id,
                                                 GError          **error);

/* Freezes draft @plan_id as signed on @date (YYYY-MM-DD; NULL for today), keeping
 * the participant's name, birth date, contact person and the programme's name and
 * organisation as they are now, and starts the next draft (version + 1) as a copy
 * of it. One transaction. Returns the new draft's id, or 0 (a signed version
 * fails with FF_STORE_ERROR_INVALID). */
gint64           ff_plan_sign                   (FfStore          *store,
                                                 gint64            plan_id,
                                                 const char       *date,
                                                 GError          **error);

gint64           ff_plan_get_id                 (FfPlan           *self);
const char      *ff_plan_get_uuid               (FfPlan           *self);
gint64           ff_plan_get_enrolment_id       (FfPlan           *self);
gint64           ff_plan_get_participant_id     (FfPlan           *self);
int              ff_plan_get_version            (FfPlan           *self);
FfPlanState      ff_plan_get_state              (FfPlan           *self);
/* "" for a draft. */
const char      *ff_plan_get_signed_date        (FfPlan           *self);
/* A field of the plan itself (part kind -1), as stored. */
const char      *ff_plan_get_field              (FfPlan           *self,
                                                 FfPlanField       field);

/* The header: for a draft as the records are now, for a signed version as they
 * were when it was signed. The name is "given family"; the native name is the
 * name in the participant's own script ("" when none). */
const char      *ff_plan_get_participant_name   (FfPlan           *self);
const char      *ff_plan_get_native_name        (FfPlan           *self);
const char      *ff_plan_get_birth_date         (FfPlan           *self);
const char      *ff_plan_get_contact_person     (FfPlan           *self);
const char      *ff_plan_get_programme_name     (FfPlan           *self);
const char      *ff_plan_get_organisation       (FfPlan           *self);
/* The programme's kind, a key of ff_programme_kinds. */
const char      *ff_plan_get_programme_kind     (FfPlan           *self);

/* What a plan is called in a programme of @programme_kind, as an untranslated
 * message to pass to _() or ff_report_gettext(): "Integration plan" in an
 * introduction programme, "Participant plan" in any other. With @heading, in the
 * capitals of a window's title ("Integration Plan"). */
const char      *ff_plan_name_for_kind          (const char       *programme_kind,
                                                 gboolean          heading);
/* ff_plan_name_for_kind() for this plan's programme, as it was when it was signed. */
const char      *ff_plan_get_name               (FfPlan           *self,
                                                 gboolean          heading);

/* The parts of one kind in their order, as FfPlanPart objects (empty for a plan
 * from ff_plan_list_versions()). The array belongs to the plan. */
GPtrArray       *ff_plan_get_parts              (FfPlan           *self,
                                                 FfPlanPartKind    kind);
/* The earliest review not yet held, or "" when there is none. */
const char      *ff_plan_get_next_review        (FfPlan           *self);

gint64           ff_plan_part_get_id            (FfPlanPart       *self);
FfPlanPartKind   ff_plan_part_get_kind          (FfPlanPart       *self);
/* A field of this part's kind, as stored ("" when empty). */
const char      *ff_plan_part_get_field         (FfPlanPart       *self,
                                                 FfPlanField       field);

G_END_DECLS
