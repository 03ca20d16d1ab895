/* ff-schema.c — the tables, and the migrations that build them
 *
 * Every table has an integer key, a UUID that stays the same across files, and
 * created_at / updated_at in UTC ISO 8601; tables whose rows can be removed keep a
 * deleted_at tombstone. Text columns are NOT NULL DEFAULT '' so that "empty" has one
 * spelling. Columns holding sensitive personal data are listed in schema_field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-basic-amount.h"
#include "ff-employer.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-schema.h"
#include "ff-store-private.h"

/* The columns every row starts with: its id, the UUID it keeps across copies of the
 * file, and when it was made and last changed. */
#define ROW_COLUMNS \
  "  id INTEGER PRIMARY KEY," \
  "  uuid TEXT NOT NULL UNIQUE," \
  "  created_at TEXT NOT NULL," \
  "  updated_at TEXT NOT NULL,"

/* And a record's, which is removed by marking it (and can be brought back). */
#define RECORD_COLUMNS \
  ROW_COLUMNS \
  "  deleted_at TEXT,"

static const char *migrations[] = {
  /* 1: programmes, participants, enrolments with their status history, audit */
  "CREATE TABLE programme ("
  RECORD_COLUMNS
  "  archived_at TEXT,"
  "  name TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'other',"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  funder TEXT NOT NULL DEFAULT '',"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE TABLE participant ("
  RECORD_COLUMNS
  "  given_name TEXT NOT NULL DEFAULT '',"
  "  family_name TEXT NOT NULL DEFAULT '',"
  "  native_name TEXT NOT NULL DEFAULT '',"
  "  birth_date TEXT NOT NULL DEFAULT '',"
  "  national_id TEXT NOT NULL DEFAULT '',"            /* sensitive */
  "  gender TEXT NOT NULL DEFAULT '',"
  "  country TEXT NOT NULL DEFAULT '',"
  "  arrival_date TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  postcode TEXT NOT NULL DEFAULT '',"
  "  municipality TEXT NOT NULL DEFAULT '',"
  "  education TEXT NOT NULL DEFAULT '',"
  "  professions TEXT NOT NULL DEFAULT '',"
  "  driving_licence TEXT NOT NULL DEFAULT '',"
  "  interests TEXT NOT NULL DEFAULT '',"
  "  goals TEXT NOT NULL DEFAULT '',"
  "  languages TEXT NOT NULL DEFAULT '',"
  "  norwegian_oral TEXT NOT NULL DEFAULT '',"
  "  norwegian_written TEXT NOT NULL DEFAULT '',"
  "  family_notes TEXT NOT NULL DEFAULT '',"
  "  health_notes TEXT NOT NULL DEFAULT '',"           /* sensitive */
  "  contact_person TEXT NOT NULL DEFAULT '',"
  "  referral_from TEXT NOT NULL DEFAULT '',"
  "  referral_date TEXT NOT NULL DEFAULT '',"
  "  consent_date TEXT NOT NULL DEFAULT '',"
  "  consent_scope TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  /* Derived, kept in step by src/core: the status key of the most recently
   * changed enrolment, the folded sort key and the folded search text. */
  "  status TEXT NOT NULL DEFAULT '',"
  "  sort_name TEXT NOT NULL DEFAULT '',"
  "  search_text TEXT NOT NULL DEFAULT '',"
  /* The status's place in FfEnrolmentStatus, for sorting by status with an index;
   * computed by SQLite so that it can never disagree with status. */
  "  status_rank INTEGER GENERATED ALWAYS AS (CASE status"
  "    WHEN 'referred' THEN 1 WHEN 'interviewed' THEN 2 WHEN 'waiting-list' THEN 3"
  "    WHEN 'active' THEN 4 WHEN 'on-leave' THEN 5 WHEN 'completed' THEN 6"
  "    WHEN 'dropped-out' THEN 7 WHEN 'moved' THEN 8 ELSE 0 END) VIRTUAL"
  ");"
  "CREATE INDEX participant_by_name ON participant (sort_name, id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE INDEX participant_by_status ON participant (status_rank, sort_name, id)"
  "  WHERE deleted_at IS NULL;"
  /* Newest arrival first, unknown arrival dates last. */
  "CREATE INDEX participant_by_arrival"
  "  ON participant (arrival_date = '', arrival_date DESC, sort_name, id)"
  "  WHERE deleted_at IS NULL;"
  /* Substring search with the trigram tokenizer over the folded search text. */
  "CREATE VIRTUAL TABLE participant_search USING fts5 ("
  "  search_text, content='participant', content_rowid='id', tokenize='trigram');"
  "CREATE TRIGGER participant_search_insert AFTER INSERT ON participant BEGIN"
  "  INSERT INTO participant_search (rowid, search_text) VALUES (new.id, new.search_text);"
  "END;"
  "CREATE TRIGGER participant_search_delete AFTER DELETE ON participant BEGIN"
  "  INSERT INTO participant_search (participant_search, rowid, search_text)"
  "    VALUES ('delete', old.id, old.search_text);"
  "END;"
  "CREATE TRIGGER participant_search_update AFTER UPDATE OF search_text ON participant BEGIN"
  "  INSERT INTO participant_search (participant_search, rowid, search_text)"
  "    VALUES ('delete', old.id, old.search_text);"
  "  INSERT INTO participant_search (rowid, search_text) VALUES (new.id, new.search_text);"
  "END;"
  /* Words of one or two letters find the start of a word instead (a trigram needs
   * three): a word index with prefix indexes of one and two characters. */
  "CREATE VIRTUAL TABLE participant_words USING fts5 ("
  "  search_text, content='participant', content_rowid='id',"
  "  tokenize='unicode61 remove_diacritics 0', prefix='1 2');"
  "CREATE TRIGGER participant_words_insert AFTER INSERT ON participant BEGIN"
  "  INSERT INTO participant_words (rowid, search_text) VALUES (new.id, new.search_text);"
  "END;"
  "CREATE TRIGGER participant_words_delete AFTER DELETE ON participant BEGIN"
  "  INSERT INTO participant_words (participant_words, rowid, search_text)"
  "    VALUES ('delete', old.id, old.search_text);"
  "END;"
  "CREATE TRIGGER participant_words_update AFTER UPDATE OF search_text ON participant BEGIN"
  "  INSERT INTO participant_words (participant_words, rowid, search_text)"
  "    VALUES ('delete', old.id, old.search_text);"
  "  INSERT INTO participant_words (rowid, search_text) VALUES (new.id, new.search_text);"
  "END;"
  /* Counting a programme's participants checks each one is not deleted. */
  "CREATE INDEX participant_alive ON participant (id) WHERE deleted_at IS NULL;"
  "CREATE TABLE enrolment ("
  RECORD_COLUMNS
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  programme_id INTEGER NOT NULL REFERENCES programme (id),"
  "  status TEXT NOT NULL,"                          /* current status key */
  "  status_date TEXT NOT NULL,"                     /* date of the current status */
  "  agreement_start TEXT NOT NULL DEFAULT '',"
  "  agreement_end TEXT NOT NULL DEFAULT '',"
  "  exit_reason TEXT NOT NULL DEFAULT '',"
  "  exit_activity TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (participant_id, programme_id)"
  ");"
  "CREATE INDEX enrolment_by_programme ON enrolment (programme_id, participant_id);"
  "CREATE TABLE enrolment_status ("
  ROW_COLUMNS
  "  enrolment_id INTEGER NOT NULL REFERENCES enrolment (id),"
  "  status TEXT NOT NULL,"
  "  date TEXT NOT NULL,"
  "  reason TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX enrolment_status_by_enrolment ON enrolment_status (enrolment_id, date, id);"
  "CREATE TABLE audit ("
  ROW_COLUMNS
  "  table_name TEXT NOT NULL,"
  "  row_uuid TEXT NOT NULL,"
  "  field TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT,"
  "  os_user TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX audit_by_row ON audit (row_uuid, id);"
  /* Columns that hold sensitive personal data (special categories or national id):
   * exports and reports leave them out unless asked. */
  "CREATE TABLE schema_field ("
  "  table_name TEXT NOT NULL,"
  "  column_name TEXT NOT NULL,"
  "  sensitive INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (table_name, column_name)"
  ") WITHOUT ROWID;"
  "INSERT INTO schema_field VALUES"
  "  ('participant', 'national_id', 1),"
  "  ('participant', 'health_notes', 1),"
  "  ('participant', 'family_notes', 1);",

  /* 2: individual plans, in numbered versions, with sub-goals, activities and
   * review dates */
  "CREATE TABLE plan ("
  RECORD_COLUMNS
  "  enrolment_id INTEGER NOT NULL REFERENCES enrolment (id),"
  "  version INTEGER NOT NULL,"
  "  state TEXT NOT NULL DEFAULT 'draft',"            /* 'draft' or 'signed' */
  "  signed_date TEXT NOT NULL DEFAULT '',"
  "  period_start TEXT NOT NULL DEFAULT '',"
  "  period_end TEXT NOT NULL DEFAULT '',"
  "  goal TEXT NOT NULL DEFAULT '',"
  "  goal_text TEXT NOT NULL DEFAULT '',"
  "  norwegian_level TEXT NOT NULL DEFAULT '',"
  "  norwegian_date TEXT NOT NULL DEFAULT '',"
  "  language TEXT NOT NULL DEFAULT 'nb',"
  "  second_language TEXT NOT NULL DEFAULT '',"
  /* The header as it was printed for signature: '' in a draft, which shows the
   * participant's and programme's records as they are. */
  "  participant_name TEXT NOT NULL DEFAULT '',"
  "  native_name TEXT NOT NULL DEFAULT '',"
  "  birth_date TEXT NOT NULL DEFAULT '',"
  "  contact_person TEXT NOT NULL DEFAULT '',"
  "  programme_name TEXT NOT NULL DEFAULT '',"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (enrolment_id, version)"
  ");"
  /* At most one draft per enrolment. */
  "CREATE UNIQUE INDEX plan_one_draft ON plan (enrolment_id)"
  "  WHERE state = 'draft' AND deleted_at IS NULL;"
  /* Agreement periods that end soon (the participants list filter of plans due). */
  "CREATE INDEX plan_by_period_end ON plan (period_end, enrolment_id)"
  "  WHERE state = 'draft' AND deleted_at IS NULL;"
  "CREATE TABLE plan_subgoal ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES plan (id),"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL DEFAULT '',"
  "  target_date TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX plan_subgoal_by_plan ON plan_subgoal (plan_id, position);"
  "CREATE TABLE plan_activity ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES plan (id),"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'other',"
  "  description TEXT NOT NULL DEFAULT '',"
  "  minutes_per_week INTEGER NOT NULL DEFAULT 0,"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  responsible TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'planned'"
  ");"
  "CREATE INDEX plan_activity_by_plan ON plan_activity (plan_id, position);"
  "CREATE TABLE plan_review ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES plan (id),"
  "  position INTEGER NOT NULL,"
  "  date TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  done INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX plan_review_by_plan ON plan_review (plan_id, position);"
  /* Reviews not yet held, by date (the list filter of plans due). */
  "CREATE INDEX plan_review_due ON plan_review (date, plan_id)"
  "  WHERE done = 0 AND deleted_at IS NULL;",

  /* 3: the employer register; programmes sorted and searched as every list is */
  "CREATE TABLE employer ("
  RECORD_COLUMNS
  "  archived_at TEXT,"
  "  name TEXT NOT NULL,"
  "  org_number TEXT NOT NULL DEFAULT '',"
  "  industry TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  postcode TEXT NOT NULL DEFAULT '',"
  "  place TEXT NOT NULL DEFAULT '',"
  "  contact_person TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  /* Derived, kept in step by src/core: the folded sort key and search text. */
  "  sort_key TEXT NOT NULL DEFAULT '',"
  "  search_text TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX employer_by_name ON employer (sort_key, id) WHERE deleted_at IS NULL;"
  "CREATE INDEX employer_by_org_number ON employer (org_number) WHERE deleted_at IS NULL;"
  "ALTER TABLE programme ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE programme ADD COLUMN search_text TEXT NOT NULL DEFAULT '';",

  /* 4: the programme's kind in a signed plan's header, which names the plan
   * (integreringsplan in an introduction programme); plans signed before it was kept
   * take the kind their programme has now. */
  "ALTER TABLE plan ADD COLUMN programme_kind TEXT NOT NULL DEFAULT '';"
  "UPDATE plan SET programme_kind = (SELECT pr.kind FROM enrolment e"
  "                                  JOIN programme pr ON pr.id = e.programme_id"
  "                                  WHERE e.id = plan.enrolment_id)"
  "  WHERE state = 'signed';",

  /* 5: sort keys in the order of each script's own alphabet (ff_text_sort_key): names
   * in Cyrillic letters sorted as Ukrainian sorts them, not by code point (ґ, є, і and
   * ї after я). Nothing changes in the tables; ff_schema_migrate computes the keys of
   * participants, programmes and employers again. */
  "",

  /* 6: the job-seeker log: applications with their status history, and weekly
   * targets of applications */
  "CREATE TABLE job_application ("
  RECORD_COLUMNS
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  date TEXT NOT NULL,"
  "  employer_id INTEGER REFERENCES employer (id),"
  "  employer TEXT NOT NULL DEFAULT '',"
  "  position TEXT NOT NULL DEFAULT '',"
  "  place TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT '',"
  "  contact_person TEXT NOT NULL DEFAULT '',"
  "  deadline TEXT NOT NULL DEFAULT '',"
  "  link TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'sent',"
  "  status_date TEXT NOT NULL DEFAULT '',"
  "  follow_up TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX job_application_by_participant ON job_application"
  "  (participant_id, date, id) WHERE deleted_at IS NULL;"
  /* Covering the overviews of a period: by date, what became of each, and whose. */
  "CREATE INDEX job_application_by_date ON job_application (date, status, participant_id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE INDEX job_application_by_employer ON job_application (employer_id)"
  "  WHERE deleted_at IS NULL;"
  /* Follow-ups of applications still open, by date (the overview of those due). */
  "CREATE INDEX job_application_follow_up ON job_application (follow_up, participant_id)"
  "  WHERE deleted_at IS NULL AND follow_up <> ''"
  "  AND status IN ('not-started', 'sent', 'interview');"
  /* The few participants deleted and not yet purged, whose logs the overviews leave out. */
  "CREATE INDEX participant_deleted ON participant (id) WHERE deleted_at IS NOT NULL;"
  "CREATE TABLE job_application_status ("
  ROW_COLUMNS
  "  application_id INTEGER NOT NULL REFERENCES job_application (id),"
  "  status TEXT NOT NULL,"
  "  date TEXT NOT NULL"
  ");"
  "CREATE INDEX job_application_status_by_application ON job_application_status"
  "  (application_id, date, id);"
  "CREATE TABLE job_target ("
  RECORD_COLUMNS
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  from_date TEXT NOT NULL,"
  "  until_date TEXT NOT NULL DEFAULT '',"
  "  per_week INTEGER NOT NULL"
  ");"
  "CREATE INDEX job_target_by_participant ON job_target (participant_id, from_date)"
  "  WHERE deleted_at IS NULL;",

  /* 7: the audit log is append-only: what happened cannot be changed or undone there.
   * Erasing a person under GDPR article 17 is the one exception, and drops these
   * triggers only inside its own transaction (ff-person.c). */
  "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');"
  "END;"
  "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');"
  "END;",

  /* 8: business plans of participants, with their status history, checklist of
   * permits and registrations, start-up costs, financing, 12-month budget lines,
   * milestones, feedback and reviewers' marks (amounts in whole øre) */
  "CREATE TABLE business_plan ("
  RECORD_COLUMNS
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  kind TEXT NOT NULL DEFAULT 'other',"
  "  status TEXT NOT NULL DEFAULT 'draft',"
  "  status_date TEXT NOT NULL DEFAULT '',"
  "  summary TEXT NOT NULL DEFAULT '',"
  "  idea TEXT NOT NULL DEFAULT '',"
  "  product TEXT NOT NULL DEFAULT '',"
  "  market TEXT NOT NULL DEFAULT '',"
  "  competitors TEXT NOT NULL DEFAULT '',"
  "  marketing TEXT NOT NULL DEFAULT '',"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  legal_form TEXT NOT NULL DEFAULT '',"
  "  survey_asked INTEGER,"
  "  survey_would_buy INTEGER,"
  "  survey_price INTEGER"
  ");"
  "CREATE INDEX business_plan_by_participant ON business_plan (participant_id, id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE TABLE business_plan_status ("
  ROW_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  status TEXT NOT NULL,"
  "  date TEXT NOT NULL"
  ");"
  "CREATE INDEX business_plan_status_by_plan ON business_plan_status (plan_id, date, id);"
  "CREATE TABLE business_plan_item ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  state TEXT NOT NULL DEFAULT 'not-started',"
  "  date TEXT NOT NULL DEFAULT '',"
  "  rule TEXT NOT NULL DEFAULT ''"              /* the default it came from, or '' */
  ");"
  "CREATE INDEX business_plan_item_by_plan ON business_plan_item (plan_id, position);"
  "CREATE TABLE business_plan_startup ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  position INTEGER NOT NULL,"
  "  what TEXT NOT NULL DEFAULT '',"
  "  amount INTEGER"
  ");"
  "CREATE INDEX business_plan_startup_by_plan ON business_plan_startup (plan_id, position);"
  "CREATE TABLE business_plan_financing ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'own-capital',"
  "  what TEXT NOT NULL DEFAULT '',"
  "  amount INTEGER"
  ");"
  "CREATE INDEX business_plan_financing_by_plan ON business_plan_financing (plan_id, position);"
  "CREATE TABLE business_plan_budget ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  position INTEGER NOT NULL,"
  "  side TEXT NOT NULL DEFAULT 'cost',"          /* 'revenue' or 'cost' */
  "  title TEXT NOT NULL DEFAULT '',"
  "  m1 INTEGER, m2 INTEGER, m3 INTEGER, m4 INTEGER, m5 INTEGER, m6 INTEGER,"
  "  m7 INTEGER, m8 INTEGER, m9 INTEGER, m10 INTEGER, m11 INTEGER, m12 INTEGER"
  ");"
  "CREATE INDEX business_plan_budget_by_plan ON business_plan_budget (plan_id, position);"
  "CREATE TABLE business_plan_milestone ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  position INTEGER NOT NULL,"
  "  date TEXT NOT NULL DEFAULT '',"
  "  what TEXT NOT NULL DEFAULT '',"
  "  done INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX business_plan_milestone_by_plan ON business_plan_milestone (plan_id, position);"
  "CREATE TABLE business_plan_feedback ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  section TEXT NOT NULL DEFAULT '',"          /* '' for the whole plan */
  "  author TEXT NOT NULL DEFAULT '',"
  "  role TEXT NOT NULL DEFAULT 'mentor',"
  "  date TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX business_plan_feedback_by_plan ON business_plan_feedback (plan_id, date, id);"
  "CREATE TABLE business_plan_mark ("
  RECORD_COLUMNS
  "  plan_id INTEGER NOT NULL REFERENCES business_plan (id),"
  "  section TEXT NOT NULL,"
  "  mark TEXT NOT NULL DEFAULT 'ok'"
  ");"
  /* One mark per section of a plan. */
  "CREATE UNIQUE INDEX business_plan_mark_one ON business_plan_mark (plan_id, section)"
  "  WHERE deleted_at IS NULL;",

  /* 9: courses of a programme with their participants, sessions and attendance marks;
   * the introduction benefit and family of an enrolment, which its absence is held
   * to; and G, the basic amount of the National Insurance, from the date each value
   * applies (seeded with those from 1 May 2023, 2024 and 2025) */
  "CREATE TABLE course ("
  RECORD_COLUMNS
  "  archived_at TEXT,"
  "  programme_id INTEGER NOT NULL REFERENCES programme (id),"
  "  title TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'other',"
  "  instructor TEXT NOT NULL DEFAULT '',"
  "  place TEXT NOT NULL DEFAULT '',"
  "  online INTEGER NOT NULL DEFAULT 0,"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  threshold INTEGER,"                              /* percent; NULL: 80 */
  "  notes TEXT NOT NULL DEFAULT '',"
  /* Derived, kept in step by src/core: the folded sort key and search text. */
  "  sort_key TEXT NOT NULL DEFAULT '',"
  "  search_text TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX course_by_title ON course (sort_key, id) WHERE deleted_at IS NULL;"
  "CREATE INDEX course_by_programme ON course (programme_id, id) WHERE deleted_at IS NULL;"
  "CREATE TABLE course_participant ("
  RECORD_COLUMNS
  "  course_id INTEGER NOT NULL REFERENCES course (id),"
  "  participant_id INTEGER NOT NULL REFERENCES participant (id)"
  ");"
  /* Once on a course; a participant's courses (their page). */
  "CREATE UNIQUE INDEX course_participant_one ON course_participant (course_id, participant_id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE INDEX course_participant_by_participant ON course_participant"
  "  (participant_id, course_id) WHERE deleted_at IS NULL;"
  "CREATE TABLE session ("
  RECORD_COLUMNS
  "  course_id INTEGER NOT NULL REFERENCES course (id),"
  "  date TEXT NOT NULL,"
  "  start_time TEXT NOT NULL,"                       /* HH:MM, wall clock */
  "  end_time TEXT NOT NULL,"
  "  cancelled INTEGER NOT NULL DEFAULT 0,"
  "  note TEXT NOT NULL DEFAULT ''"
  ");"
  /* A course's sessions in order (its grid); a programme's sessions of a period are
   * found through its courses. */
  "CREATE INDEX session_by_course ON session (course_id, date, start_time, id)"
  "  WHERE deleted_at IS NULL;"
  /* One row per participant and session, the course's too, so that a grid is read by
   * one range of one index; a cleared mark keeps its row with no kind. */
  "CREATE TABLE attendance_mark ("
  RECORD_COLUMNS
  "  course_id INTEGER NOT NULL REFERENCES course (id),"
  "  session_id INTEGER NOT NULL REFERENCES session (id),"
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  kind TEXT NOT NULL DEFAULT '',"                  /* '' not registered */
  "  minutes INTEGER,"                                /* late or left early */
  "  excuse TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (session_id, participant_id)"
  ");"
  "CREATE INDEX attendance_mark_by_course ON attendance_mark"
  "  (course_id, session_id, participant_id, kind, minutes, excuse);"
  /* A participant's marks across courses: their page, reductions and leave. */
  "CREATE INDEX attendance_mark_by_participant ON attendance_mark"
  "  (participant_id, session_id, kind, minutes, excuse);"
  "ALTER TABLE enrolment ADD COLUMN payment_period TEXT NOT NULL DEFAULT 'monthly';"
  "ALTER TABLE enrolment ADD COLUMN payment_from TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE enrolment ADD COLUMN yearly_benefit INTEGER;"     /* øre; NULL: none */
  "ALTER TABLE enrolment ADD COLUMN children INTEGER;"
  "ALTER TABLE enrolment ADD COLUMN sole_carer INTEGER NOT NULL DEFAULT 0;"
  /* The enrolments of a programme paid a benefit (the reductions list). */
  "CREATE INDEX enrolment_with_benefit ON enrolment (programme_id, participant_id)"
  "  WHERE yearly_benefit IS NOT NULL AND deleted_at IS NULL;"
  "CREATE TABLE basic_amount ("
  RECORD_COLUMNS
  "  valid_from TEXT NOT NULL,"
  "  amount INTEGER NOT NULL"                         /* øre a year */
  ");"
  "CREATE UNIQUE INDEX basic_amount_one ON basic_amount (valid_from)"
  "  WHERE deleted_at IS NULL;",
  /* 10: mentors and their matches with meeting logs; placements at employers with
   * follow-up notes and the three-party agreement (its approvals, and the versions
   * kept when a change cleared them); follow-up conversations with their actions; and
   * the outcome of an enrolment */
  "CREATE TABLE mentor ("
  RECORD_COLUMNS
  "  archived_at TEXT,"
  "  kind TEXT NOT NULL DEFAULT 'volunteer-friend',"
  "  name TEXT NOT NULL,"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  languages TEXT NOT NULL DEFAULT '',"
  "  interests TEXT NOT NULL DEFAULT '',"
  "  municipality TEXT NOT NULL DEFAULT '',"
  "  employer_id INTEGER REFERENCES employer (id),"
  "  availability TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  /* Derived, kept in step by src/core: the folded sort key and search text, and the
   * folded languages, municipality and interests that Find a mentor compares. */
  "  sort_key TEXT NOT NULL DEFAULT '',"
  "  search_text TEXT NOT NULL DEFAULT '',"
  "  match_terms TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX mentor_by_name ON mentor (sort_key, id) WHERE deleted_at IS NULL;"
  "CREATE INDEX mentor_by_employer ON mentor (employer_id) WHERE deleted_at IS NULL;"
  "CREATE TABLE mentor_match ("
  RECORD_COLUMNS
  "  mentor_id INTEGER NOT NULL REFERENCES mentor (id),"
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  goals TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'proposed',"
  "  reason TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX mentor_match_by_mentor ON mentor_match (mentor_id, status)"
  "  WHERE deleted_at IS NULL;"
  "CREATE INDEX mentor_match_by_participant ON mentor_match (participant_id, id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE TABLE mentor_meeting ("
  RECORD_COLUMNS
  "  match_id INTEGER NOT NULL REFERENCES mentor_match (id),"
  "  date TEXT NOT NULL,"
  "  hundredths INTEGER NOT NULL DEFAULT 0,"      /* hours spent, in hundredths */
  "  what TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX mentor_meeting_by_match ON mentor_meeting (match_id, date, id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE TABLE placement ("
  RECORD_COLUMNS
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  employer_id INTEGER NOT NULL REFERENCES employer (id),"
  "  kind TEXT NOT NULL DEFAULT 'work-practice',"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  days_per_week INTEGER,"
  "  percent INTEGER,"
  "  tasks TEXT NOT NULL DEFAULT '',"
  "  mentor_id INTEGER REFERENCES mentor (id),"
  "  goal TEXT NOT NULL DEFAULT '',"
  "  contact_person TEXT NOT NULL DEFAULT '',"
  "  evaluation TEXT NOT NULL DEFAULT '',"
  "  evaluation_date TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX placement_by_participant ON placement (participant_id, start_date, id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE INDEX placement_by_employer ON placement (employer_id) WHERE deleted_at IS NULL;"
  /* Placements that ended without an evaluation, by end date. */
  "CREATE INDEX placement_unevaluated ON placement (end_date, participant_id)"
  "  WHERE deleted_at IS NULL AND evaluation = '' AND end_date <> '';"
  "CREATE TABLE placement_note ("
  RECORD_COLUMNS
  "  placement_id INTEGER NOT NULL REFERENCES placement (id),"
  "  date TEXT NOT NULL,"
  "  text TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX placement_note_by_placement ON placement_note (placement_id, date, id);"
  /* An agreement as it was when a change cleared its approvals: the placement's
   * fields then, kept unchanged. */
  "CREATE TABLE placement_agreement ("
  RECORD_COLUMNS
  "  placement_id INTEGER NOT NULL REFERENCES placement (id),"
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  employer_id INTEGER NOT NULL REFERENCES employer (id),"
  "  kind TEXT NOT NULL DEFAULT '',"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  days_per_week INTEGER,"
  "  percent INTEGER,"
  "  tasks TEXT NOT NULL DEFAULT '',"
  "  mentor_id INTEGER REFERENCES mentor (id),"
  "  goal TEXT NOT NULL DEFAULT '',"
  "  contact_person TEXT NOT NULL DEFAULT '',"
  "  evaluation TEXT NOT NULL DEFAULT '',"
  "  evaluation_date TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX placement_agreement_by_placement ON placement_agreement (placement_id, id);"
  /* Each party's approval: of the agreement as it is (agreement_id NULL), or of a
   * version kept. */
  "CREATE TABLE placement_approval ("
  ROW_COLUMNS
  "  placement_id INTEGER NOT NULL REFERENCES placement (id),"
  "  agreement_id INTEGER REFERENCES placement_agreement (id),"
  "  party TEXT NOT NULL,"
  "  date TEXT NOT NULL"
  ");"
  "CREATE UNIQUE INDEX placement_approval_current ON placement_approval (placement_id, party)"
  "  WHERE agreement_id IS NULL;"
  "CREATE INDEX placement_approval_by_agreement ON placement_approval (agreement_id);"
  "CREATE TABLE follow_up ("
  RECORD_COLUMNS
  "  participant_id INTEGER NOT NULL REFERENCES participant (id),"
  "  date TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'weekly',"
  "  present TEXT NOT NULL DEFAULT '',"
  "  summary TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX follow_up_by_participant ON follow_up (participant_id, date, id)"
  "  WHERE deleted_at IS NULL;"
  "CREATE TABLE follow_up_action ("
  RECORD_COLUMNS
  "  follow_up_id INTEGER NOT NULL REFERENCES follow_up (id),"
  "  position INTEGER NOT NULL,"
  "  what TEXT NOT NULL DEFAULT '',"
  "  who TEXT NOT NULL DEFAULT '',"
  "  due_date TEXT NOT NULL DEFAULT '',"
  "  done INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX follow_up_action_by_follow_up ON follow_up_action (follow_up_id, position);"
  /* Actions not yet done, by due date (overdue actions). */
  "CREATE INDEX follow_up_action_open ON follow_up_action (due_date, follow_up_id)"
  "  WHERE done = 0 AND deleted_at IS NULL AND due_date <> '';"
  "CREATE TABLE outcome ("
  RECORD_COLUMNS
  "  enrolment_id INTEGER NOT NULL REFERENCES enrolment (id),"
  "  kind TEXT NOT NULL,"
  "  percent INTEGER,"
  "  date TEXT NOT NULL,"
  "  employer_id INTEGER REFERENCES employer (id),"
  "  place TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX outcome_by_enrolment ON outcome (enrolment_id, date, id)"
  "  WHERE deleted_at IS NULL;"
  /* Enrolments active now, by the date they became so (participants left without a
   * follow-up conversation). */
  "CREATE INDEX enrolment_active ON enrolment (status_date, participant_id)"
  "  WHERE status = 'active' AND deleted_at IS NULL;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == FF_STORE_SCHEMA_VERSION);

guint
ff_schema_n_migrations (void)
{
  return G_N_ELEMENTS (migrations);
}

const char *
ff_schema_migration (guint version)
{
  g_return_val_if_fail (version >= 1 && version <= G_N_ELEMENTS (migrations), NULL);

  return migrations[version - 1];
}

gboolean
ff_schema_migrate (FfStore  *store,
                   guint     version,
                   GError  **error)
{
  g_return_val_if_fail (version >= 1 && version <= G_N_ELEMENTS (migrations), FALSE);

  if (sqlite3_exec (ff_store_get_db (store), migrations[version - 1], NULL, NULL, NULL)
      != SQLITE_OK)
    return ff_store_set_sqlite_error (store, error);

  /* Programmes got their sort key and search text: computed in C, as every new one's. */
  if (version == 3 && !ff_record_update_derived (store, &ff_programme_type, error))
    return FALSE;

  /* Sort keys in each alphabet's order: every list sorted by one is computed again. */
  if (version == 5)
    {
      const FfRecordType *sorted[] = {
        &ff_participant_type, &ff_programme_type, &ff_employer_type,
      };

      for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
        {
          if (!ff_record_update_derived (store, sorted[i], error))
            return FALSE;
        }
    }

  /* G as far as it is known here; later values are added as settings. */
  if (version == 9 && !ff_basic_amount_seed (store, error))
    return FALSE;

  return TRUE;
}
