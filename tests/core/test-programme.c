/* test-programme.c — creating, editing, listing and archiving programmes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

/* Audit rows of programme @id. */
#define AUDIT_ROWS(id) \
  ff_test_count_audit (fixture->store, &ff_programme_type, (id), NULL)

#define ASSERT_REFUSED(id, field, value, code, kept) \
  ff_test_assert_refused (fixture->store, &ff_programme_type, (id), (field), (value), \
                          (code), (kept))

static FfProgramme *
load (Fixture *fixture,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  FfProgramme *programme = ff_programme_load (fixture->store, id, &error);

  g_assert_no_error (error);
  return programme;
}

static void
test_kinds (void)
{
  for (guint i = 0; i < FF_PROGRAMME_N_KINDS; i++)
    {
      const char *key = ff_choice_list_key (&ff_programme_kinds, i);

      g_assert_cmpint (ff_choice_list_index (&ff_programme_kinds, key), ==, i);
      g_assert_cmpstr (ff_choice_list_label (&ff_programme_kinds, i), !=, "");
    }

  g_assert_cmpstr (ff_choice_list_key (&ff_programme_kinds, FF_PROGRAMME_KIND_ESTABLISHMENT),
                   ==, "establishment-course");
  g_assert_cmpstr (ff_choice_list_label (&ff_programme_kinds, FF_PROGRAMME_KIND_MENTOR), ==,
                   "Mentor scheme");
  g_assert_cmpint (ff_choice_list_index (&ff_programme_kinds, "no-such-kind"), ==,
                   FF_PROGRAMME_KIND_OTHER);
  g_assert_cmpstr (ff_programme_type.fields[FF_PROGRAMME_END_DATE].key, ==, "end_date");
}

static void
test_create_and_edit (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfProgramme) programme = NULL;
  g_autofree char *subtitle = NULL;
  gint64 id;

  id = ff_programme_create (fixture->store, "  Etableringskurs ", FF_PROGRAMME_KIND_OTHER,
                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (AUDIT_ROWS (id), ==, 1);

  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_NAME,
                                         "Etableringskurs Kvænangen", &error));
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_KIND,
                                         "establishment-course", &error));
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_FUNDER,
                                         "IMDi", &error));
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_START_DATE,
                                         "01.09.2023", &error));
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_END_DATE,
                                         "2024-06-30", &error));
  g_assert_no_error (error);
  g_assert_cmpint (AUDIT_ROWS (id), ==, 6);

  /* Unchanged: nothing written. */
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_FUNDER,
                                         "IMDi ", &error));
  g_assert_cmpint (AUDIT_ROWS (id), ==, 6);

  programme = load (fixture, id);
  g_assert_cmpstr (ff_programme_get_name (programme), ==, "Etableringskurs Kvænangen");
  g_assert_cmpint (ff_programme_get_kind (programme), ==, FF_PROGRAMME_KIND_ESTABLISHMENT);
  g_assert_cmpstr (ff_programme_get_field (programme, FF_PROGRAMME_START_DATE), ==,
                   "2023-09-01");
  g_assert_cmpstr (ff_programme_get_field (programme, FF_PROGRAMME_ORGANISATION), ==, "");
  g_assert_false (ff_programme_get_archived (programme));
  g_assert_true (g_uuid_string_is_valid (ff_record_get_uuid (FF_RECORD (programme))));

  /* What the list of programmes shows under the name: the kind and the period. */
  g_object_get (programme, "subtitle", &subtitle, NULL);
  g_assert_cmpstr (subtitle, ==, "Establishment course · 1 Sep 2023 – 30 Jun 2024");
  g_assert_cmpstr (ff_programme_get_kind_label (programme), ==, "Establishment course");
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_programme_create (fixture->store, "Veiviseren",
                                   FF_PROGRAMME_KIND_INTRODUCTION, NULL);

  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_START_DATE,
                                         "2024-01-08", NULL));
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_END_DATE,
                                         "2024-12-20", NULL));

  ASSERT_REFUSED (id, FF_PROGRAMME_NAME, "  ", FF_VALIDATE_ERROR_EMPTY,
                  "Veiviseren");
  ASSERT_REFUSED (id, FF_PROGRAMME_KIND, "course", FF_VALIDATE_ERROR_FORMAT,
                  "introduction");
  ASSERT_REFUSED (id, FF_PROGRAMME_END_DATE, "2023-12-31",
                  FF_VALIDATE_ERROR_IMPLAUSIBLE, "2024-12-20");
  ASSERT_REFUSED (id, FF_PROGRAMME_START_DATE, "2025-01-01",
                  FF_VALIDATE_ERROR_IMPLAUSIBLE, "2024-01-08");
  ASSERT_REFUSED (id, FF_PROGRAMME_START_DATE, "30.02.2024",
                  FF_VALIDATE_ERROR_NO_SUCH_DATE, "2024-01-08");

  /* The same day is a valid one-day period; an empty end is open-ended. */
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_END_DATE,
                                         "2024-01-08", NULL));
  g_assert_true (ff_programme_set_field (fixture->store, id, FF_PROGRAMME_END_DATE, "",
                                         NULL));

  g_assert_cmpint (ff_programme_create (fixture->store, "", FF_PROGRAMME_KIND_OTHER, &error),
                   ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
}

static char *
list_names (Fixture  *fixture,
            gboolean  include_archived)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) programmes = ff_programme_list (fixture->store, include_archived,
                                                       &error);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < programmes->len; i++)
    {
      FfProgramme *listed = g_ptr_array_index (programmes, i);
      g_autoptr(FfProgramme) programme = NULL;

      /* Lists leave the count out; loading one programme counts. */
      g_assert_cmpint (ff_programme_get_n_participants (listed), ==, -1);
      programme = ff_programme_load (fixture->store, ff_programme_get_id (listed), &error);
      g_assert_no_error (error);
      g_string_append_printf (names, "%s%s (%" G_GINT64_FORMAT ")", i > 0 ? ", " : "",
                              ff_programme_get_name (programme),
                              ff_programme_get_n_participants (programme));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_list_and_archive (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *active = NULL;
  g_autofree char *restored = NULL;
  gint64 vang = ff_programme_create (fixture->store, "Vang bulystven",
                                     FF_PROGRAMME_KIND_MENTOR, NULL);
  gint64 kia = ff_programme_create (fixture->store, "KIA trainee",
                                    FF_PROGRAMME_KIND_TRAINEE, NULL);
  gint64 oya = ff_programme_create (fixture->store, "Øya kvalifisering",
                                    FF_PROGRAMME_KIND_QUALIFICATION, NULL);
  gint64 a = ff_participant_create (fixture->store, "Olena", "Kovalenko", NULL);
  gint64 b = ff_participant_create (fixture->store, "Ali", "Hassan", NULL);

  g_assert_cmpint (ff_enrolment_create (fixture->store, a, vang, FF_ENROLMENT_STATUS_ACTIVE,
                                        NULL, NULL, &error), >, 0);
  g_assert_cmpint (ff_enrolment_create (fixture->store, b, vang, FF_ENROLMENT_STATUS_REFERRED,
                                        NULL, NULL, &error), >, 0);
  g_assert_cmpint (ff_enrolment_create (fixture->store, b, oya, FF_ENROLMENT_STATUS_REFERRED,
                                        NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  /* A deleted participant is not counted. */
  g_assert_true (ff_participant_delete (fixture->store, b, NULL));

  all = list_names (fixture, FALSE);
  g_assert_cmpstr (all, ==, "KIA trainee (0), Vang bulystven (1), Øya kvalifisering (0)");

  g_assert_true (ff_programme_set_archived (fixture->store, kia, TRUE, &error));
  g_assert_no_error (error);
  active = list_names (fixture, FALSE);
  g_assert_cmpstr (active, ==, "Vang bulystven (1), Øya kvalifisering (0)");
  g_assert_cmpint (AUDIT_ROWS (kia), ==, 2);
  {
    g_autoptr(FfProgramme) archived = load (fixture, kia);

    g_assert_true (ff_programme_get_archived (archived));
  }

  g_free (all);
  all = list_names (fixture, TRUE);
  g_assert_cmpstr (all, ==, "KIA trainee (0), Vang bulystven (1), Øya kvalifisering (0)");

  g_assert_true (ff_programme_set_archived (fixture->store, kia, FALSE, &error));
  restored = list_names (fixture, FALSE);
  g_assert_cmpstr (restored, ==, "KIA trainee (0), Vang bulystven (1), Øya kvalifisering (0)");
  g_assert_cmpint (AUDIT_ROWS (kia), ==, 3);

  g_assert_null (ff_programme_load (fixture->store, 999, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/programme/kinds/keys-and-labels", test_kinds);
  ff_test_store_add ("/core/programme/edit/create-rename-kind-period", test_create_and_edit);
  ff_test_store_add ("/core/programme/validate/name-kind-and-period", test_validation);
  ff_test_store_add ("/core/programme/list/archive-hides-and-counts", test_list_and_archive);

  return g_test_run ();
}
