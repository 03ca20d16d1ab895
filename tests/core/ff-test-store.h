/* ff-test-store.h — opening, filling and querying a store in the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-programme.h"
#include "ff-store-private.h"

G_BEGIN_DECLS

/* Opens (creating it if need be) the store @name in the folder @dir. */
FfStore *ff_test_open_store (const char *dir,
                             const char *name);

/* A store "fotfeste.sqlite3" in a new private folder, stored in *@dir; closing it
 * asserts that nothing else still holds the store, then removes the folder. */
FfStore *ff_test_store_new   (char    **dir);
void     ff_test_store_close (FfStore  *store,
                              char     *dir);

/* Such a store for each test, for g_test_add (). */
typedef struct
{
  char    *dir;
  FfStore *store;
} FfTestStore;

void     ff_test_store_set_up    (FfTestStore   *f,
                                  gconstpointer  data);
void     ff_test_store_tear_down (FfTestStore   *f,
                                  gconstpointer  data);

/* Adds the test @func (FfTestStore *, gconstpointer) at @path. */
#define ff_test_store_add(path, func) \
  g_test_add ((path), FfTestStore, NULL, ff_test_store_set_up, (func), \
              ff_test_store_tear_down)

/* The first column of the one row @sql gives, read past the store's own API. */
gint64   ff_test_query_int  (FfStore    *store,
                             const char *sql);
char    *ff_test_query_text (FfStore    *store,
                             const char *sql);

/* A handler of FfStore::changed that notes "kind:id " in the GString @seen. */
void     ff_test_note_change   (FfStore            *store,
                                FfRecordKind        kind,
                                gint64              id,
                                GString            *seen);

/* Audit rows of record @id of @type, those that say @what ("created", "deleted" …),
 * or all of them for NULL. */
gint64   ff_test_count_audit   (FfStore            *store,
                                const FfRecordType *type,
                                gint64              id,
                                const char         *what);

/* Field @field of record @id of @type as stored. */
char    *ff_test_record_field  (FfStore            *store,
                                const FfRecordType *type,
                                gint64              id,
                                guint               field);

/* Asserts that setting @field of record @id to @value is refused with the
 * FF_VALIDATE_ERROR @code and a message, and that neither the field (still @kept) nor
 * the audit trail changed. */
void     ff_test_assert_refused (FfStore            *store,
                                 const FfRecordType *type,
                                 gint64              id,
                                 guint               field,
                                 const char         *value,
                                 int                 code,
                                 const char         *kept);

/* Records made and changed through the store's own functions, as the application
 * makes them; any error fails the test. An enrolment is active since @since. */
gint64   ff_test_add_participant  (FfStore            *store,
                                   const char         *given_name,
                                   const char         *family_name);
void     ff_test_set_participant  (FfStore            *store,
                                   gint64              participant_id,
                                   FfParticipantField  field,
                                   const char         *value);
gint64   ff_test_add_programme    (FfStore            *store,
                                   const char         *name,
                                   FfProgrammeKind     kind);
void     ff_test_set_programme    (FfStore            *store,
                                   gint64              programme_id,
                                   FfProgrammeField    field,
                                   const char         *value);
gint64   ff_test_add_enrolment    (FfStore            *store,
                                   gint64              participant_id,
                                   gint64              programme_id,
                                   const char         *since);
gint64   ff_test_add_plan         (FfStore            *store,
                                   gint64              enrolment_id);
void     ff_test_set_plan         (FfStore            *store,
                                   gint64              plan_id,
                                   FfPlanField         field,
                                   const char         *value);
gint64   ff_test_add_part         (FfStore            *store,
                                   gint64              plan_id,
                                   FfPlanPartKind      kind,
                                   const char         *date);
void     ff_test_set_part         (FfStore            *store,
                                   gint64              part_id,
                                   FfPlanField         field,
                                   const char         *value);
FfPlan  *ff_test_load_plan        (FfStore            *store,
                                   gint64              plan_id);

/* Olena Kovalenko (Олена Коваленко, born 1988-04-12, speaks Ukrainian and Russian,
 * contact person Kari Nordmann), active since @since in "Introduksjonsprogrammet" of
 * @organisation, with a plan just started; returns the plan and the other rows' ids. */
gint64   ff_test_add_olena_plan   (FfStore            *store,
                                   const char         *organisation,
                                   const char         *since,
                                   gint64             *participant_id,
                                   gint64             *programme_id,
                                   gint64             *enrolment_id);

/* A store in a folder of its own with Olena's plan just started (see
 * ff_test_add_olena_plan), for g_test_add (). */
typedef struct
{
  char    *dir;
  FfStore *store;
  gint64   olena;
  gint64   programme;
  gint64   enrolment;
  gint64   plan;
} FfTestPlanFixture;

void     ff_test_plan_fixture_set_up    (FfTestPlanFixture  *f,
                                         gconstpointer       data);
void     ff_test_plan_fixture_tear_down (FfTestPlanFixture  *f,
                                         gconstpointer       data);

/* A field of plan @plan_id as stored; the parts of one kind as "value|value|…",
 * one field of each. */
char    *ff_test_plan_field       (FfStore            *store,
                                   gint64              plan_id,
                                   FfPlanField         field);
char    *ff_test_parts_text       (FfStore            *store,
                                   gint64              plan_id,
                                   FfPlanPartKind      kind,
                                   FfPlanField         field);

G_END_DECLS
