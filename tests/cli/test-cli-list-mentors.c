/* test-cli-list-mentors.c — runs the real fotfeste-cli's lists of mentors, placements
 * and follow-ups, and checks their lines and what their options leave out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-cli-test.h"
#include "ff-employer.h"
#include "ff-follow-up.h"
#include "ff-mentor.h"
#include "ff-placement.h"
#include "ff-store.h"
#include "ff-test-store.h"

static guint
count_lines (const char *out)
{
  guint n = 0;

  for (const char *p = out; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* Olena and Ahmad; two mentors (one archived); Olena placed at Vang Bakeri until
 * 31.10.2025 without an evaluation; a conversation with each, Olena's with an action due
 * long ago and one far ahead, Ahmad's with one done. Their numbers in @olena and
 * @ahmad. */
static char *
make_store (Fixture  *f,
            char    **olena,
            char    **ahmad)
{
  g_autofree char *db = path_in (f, "mentors.sqlite3");
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *bakery[FF_EMPLOYER_N_FIELDS] = { [FF_EMPLOYER_NAME] = "Vang Bakeri" };
  gint64 olena_id, ahmad_id, mentor, employer, talk, placement;

  g_assert_cmpint (run (NULL, NULL, "--database", db, "init", NULL), ==, 0);
  store = ff_store_open (db, &error);
  g_assert_no_error (error);

  olena_id = ff_test_add_participant (store, "Olena", "Kovalenko");
  ahmad_id = ff_test_add_participant (store, "Ahmad", "Rahimi");
  mentor = ff_mentor_create (store, "Ivar Moen", FF_MENTOR_VOLUNTEER_FRIEND, &error);
  g_assert_true (ff_record_set_field (store, &ff_mentor_type, mentor, FF_MENTOR_MUNICIPALITY,
                                      "Vang", &error));
  g_assert_cmpint (ff_mentor_create (store, "Berit Lie", FF_MENTOR_WORKPLACE, &error), >, 0);
  mentor = ff_mentor_create (store, "Gammel Mentor", FF_MENTOR_LECTURER, &error);
  g_assert_true (ff_record_set_archived (store, &ff_mentor_type, mentor, TRUE, &error));

  employer = ff_record_insert (store, &ff_employer_type, 0, bakery, &error);
  placement = ff_placement_create (store, olena_id, employer, FF_PLACEMENT_WORK_PRACTICE,
                                   "2025-09-01", "2025-10-31", &error);
  g_assert_true (ff_record_set_field (store, &ff_placement_type, placement,
                                      FF_PLACEMENT_PERCENT, "60", &error));

  talk = ff_follow_up_create (store, olena_id, "2025-09-22", FF_FOLLOW_UP_WEEKLY,
                              "Trives i praksis\nMer norsk", &error);
  g_assert_cmpint (ff_follow_up_add_action (store, talk, "Skrive CV", "Olena", "2025-09-29",
                                            &error), >, 0);
  g_assert_cmpint (ff_follow_up_add_action (store, talk, "Førerkort", "Olena", "2099-01-01",
                                            &error), >, 0);
  talk = ff_follow_up_create (store, ahmad_id, "2025-09-23", FF_FOLLOW_UP_PHONE, NULL, &error);
  g_assert_true (ff_follow_up_set_action_done (store,
                                               ff_follow_up_add_action (store, talk, "Ringe NAV",
                                                                        "Kari", "2025-09-24",
                                                                        &error),
                                               TRUE, &error));
  g_assert_no_error (error);

  *olena = g_strdup_printf ("%" G_GINT64_FORMAT, olena_id);
  *ahmad = g_strdup_printf ("%" G_GINT64_FORMAT, ahmad_id);
  return g_steal_pointer (&db);
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *olena = NULL;
  g_autofree char *ahmad = NULL;
  g_autofree char *db = make_store (f, &olena, &ahmad);
  g_autofree char *before = checksum_but_audit (db);
  g_autofree char *after = NULL;
  g_autofree char *mentors = NULL;
  g_autofree char *archived = NULL;
  g_autofree char *found = NULL;
  g_autofree char *placements = NULL;
  g_autofree char *talks = NULL;
  g_autofree char *hers = NULL;
  g_autofree char *due = NULL;

  /* Mentors by name; the archived one only with --archived; searched by place. */
  g_assert_cmpint (run (&mentors, NULL, "--database", db, "list", "mentors", NULL), ==, 0);
  g_assert_cmpuint (count_lines (mentors), ==, 2);
  g_assert_nonnull (strstr (mentors, "\tIvar Moen\tVolunteer friend\tVang\n"));
  g_assert_true (strstr (mentors, "Berit Lie") < strstr (mentors, "Ivar Moen"));
  g_assert_cmpint (run (&archived, NULL, "--database", db, "list", "mentors", "--archived",
                        NULL), ==, 0);
  g_assert_cmpuint (count_lines (archived), ==, 3);
  g_assert_cmpint (run (&found, NULL, "--database", db, "list", "mentors", "--search", "vang",
                        NULL), ==, 0);
  g_assert_cmpuint (count_lines (found), ==, 1);

  /* The placement, flagged for its missing evaluation. */
  g_assert_cmpint (run (&placements, NULL, "--database", db, "list", "placements", NULL), ==, 0);
  g_assert_cmpuint (count_lines (placements), ==, 1);
  g_assert_nonnull (strstr (placements, "\tOlena Kovalenko\tVang Bakeri\tWork practice\t"
                                        "01.09.2025\u00a0\u2013 31.10.2025\t60%\t"
                                        "no evaluation\n"));

  /* Conversations, newest first, with their open actions. */
  g_assert_cmpint (run (&talks, NULL, "--database", db, "list", "follow-ups", NULL), ==, 0);
  g_assert_cmpuint (count_lines (talks), ==, 2);
  g_assert_nonnull (strstr (talks, "\t22.09.2025\tOlena Kovalenko\tWeekly conversation\t"
                                   "Trives i praksis\t2 open actions\n"));
  g_assert_nonnull (strstr (talks, "\t23.09.2025\tAhmad Rahimi\tPhone\t\t\n"));
  g_assert_true (strstr (talks, "Ahmad") < strstr (talks, "Olena"));
  g_assert_cmpint (run (&hers, NULL, "--database", db, "list", "follow-ups", "--participant",
                        olena, NULL), ==, 0);
  g_assert_cmpuint (count_lines (hers), ==, 1);

  /* Due: the action overdue and not done, not the one far ahead nor the one done. */
  g_assert_cmpint (run (&due, NULL, "--database", db, "list", "follow-ups", "--due", NULL), ==, 0);
  g_assert_cmpuint (count_lines (due), ==, 1);
  g_assert_nonnull (strstr (due, "\t29.09.2025\tOlena Kovalenko\tSkrive CV\tOlena\n"));
  g_clear_pointer (&due, g_free);
  g_assert_cmpint (run (&due, NULL, "--database", db, "list", "follow-ups", "--due",
                        "--participant", ahmad, NULL), ==, 0);
  g_assert_cmpstr (due, ==, "");

  after = checksum_but_audit (db);
  g_assert_cmpstr (after, ==, before);
}

/* Bad arguments: a message, exit status 2, nothing listed. */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *olena = NULL;
  g_autofree char *ahmad = NULL;
  g_autofree char *db = make_store (f, &olena, &ahmad);
  const struct
  {
    const char *args[6];
    const char *says;
  } cases[] = {
    { { "list", "follow-ups", "--participant", "Olena", NULL }, "“Olena” is not" },
    { { "list", "follow-ups", "--participant", "4711", NULL }, "number 4711" },
    { { "list", "follow-ups", "--search", "Olena", NULL }, "--participant" },
    { { "list", "placements", "--due", NULL }, "no options" },
    { { "list", "mentors", "--due", NULL }, "applications and follow-ups only" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_ptr_array_add (args, (gpointer) "--database");
      g_ptr_array_add (args, db);
      for (guint j = 0; cases[i].args[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) cases[i].args[j]);
      g_ptr_array_add (args, NULL);

      g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 2);
      g_assert_cmpstr (out, ==, "");
      if (strstr (err, cases[i].says) == NULL)
        g_error ("case %u: “%s” is not in the message:\n%s", i, cases[i].says, err);
    }
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/list/mentors-placements-follow-ups", test_lists);
  ff_cli_test_add ("/cli/list/follow-ups/bad-input", test_bad_input);

  return g_test_run ();
}
