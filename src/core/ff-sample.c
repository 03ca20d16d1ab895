/* ff-sample.c — realistic synthetic data for trying the application: the run, its
 * batches, progress and cancellation, and the worker thread the window and
 * fotfeste-cli both use
 *
 * Everything that varies comes from generators seeded by the caller, and every date is
 * counted from a fixed reference day, so the same seed gives the same data in every
 * file. The kinds of record are made in files of their own (ff-sample-*.c) and written
 * through the record functions; this file holds them together: participants go in
 * transactions of a batch each, with the employers of their places, and a cancelled
 * run keeps the batches it committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-sample-private.h"
#include "ff-store-private.h"
#include "ff-text.h"

/* Shared helpers */

char *
ff_sample_ascii_words (const char *text,
                       const char *separator)
{
  g_autofree char *folded = ff_text_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        g_string_append (out, separator);
      else if (c == 0x00E6)
        g_string_append (out, "ae");
      else if (c == 0x00F8)
        g_string_append_c (out, 'o');
      else if (g_ascii_isalnum (c))
        g_string_append_c (out, (char) c);
    }

  return g_string_free (out, FALSE);
}

/* A setting of the connection, such as "cache_size". A PRAGMA takes no bound
 * parameters: @name and @value are this file's own. */
static gint64
get_pragma (FfStore    *store,
            const char *name)
{
  g_autofree char *sql = g_strconcat ("PRAGMA ", name, NULL);
  g_auto(FfStoreStmt) stmt = ff_store_prepare (store, sql, NULL);

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  return 0;
}

static void
set_pragma (FfStore    *store,
            const char *name,
            gint64      value)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s = %" G_GINT64_FORMAT, name, value);

  sqlite3_exec (ff_store_get_db (store), sql, NULL, NULL, NULL);
}

/* The run */

guint
ff_sample_batch_size (guint n_participants)
{
  /* Every commit writes the pages its batch changed, and the larger the file, the
   * more of its index pages a batch touches: a twentieth of the run, so that a large
   * run commits seldom (100,000 participants: a third faster than in batches of
   * 1,000) and a small one often, and a cancellation loses little. */
  return CLAMP (n_participants / 20, 500, 5000);
}

typedef struct
{
  FfProgressFunc  func;
  gpointer        data;
  int             percent;      /* the last one reported */
} Reporter;

/* Reports every hundredth once; the last one only when all is committed. */
static void
report (Reporter *reporter,
        int       percent)
{
  if (reporter->func == NULL || percent <= reporter->percent)
    return;

  reporter->percent = percent;
  reporter->func (percent / 100.0, reporter->data);
}

static gboolean
add_programmes (FfSample  *s,
                GError   **error)
{
  if (!ff_store_begin (s->store, error))
    return FALSE;

  if (!ff_sample_add_programmes (s, error) || !ff_store_commit (s->store, error))
    {
      ff_store_rollback (s->store);
      return FALSE;
    }

  return TRUE;
}

/* The courses, once every participant is there, in one transaction. */
static gboolean
add_courses (FfSample      *s,
             GCancellable  *cancellable,
             GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error)
      || !ff_store_begin_bulk (s->store, error))
    return FALSE;

  if (!ff_sample_add_courses (s, error)
      || g_cancellable_set_error_if_cancelled (cancellable, error)
      || !ff_store_commit (s->store, error))
    {
      ff_store_rollback (s->store);
      return FALSE;
    }

  return TRUE;
}

/* Participants @done … @end - 1 of @n in one transaction, with the employers that
 * come with them; rolled back whole on an error or a cancellation. */
static gboolean
add_batch (FfSample      *s,
           guint          done,
           guint          end,
           guint          n,
           Reporter      *reporter,
           GCancellable  *cancellable,
           GError       **error)
{
  guint n_employers = (guint) ((guint64) ff_sample_n_employers (n) * end / n);
  g_autoptr(GArray) people = g_array_new (FALSE, TRUE, sizeof (FfSamplePerson));

  /* Any error throws the whole batch away: no savepoints for each record. */
  if (!ff_store_begin_bulk (s->store, error))
    return FALSE;

  for (; done < end; done++)
    {
      FfSamplePerson person = { 0 };

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !ff_sample_add_participant (s, &person, error) ||
          !ff_sample_add_enrolments (s, &person, error))
        goto fail;

      g_array_append_val (people, person);
      report (reporter, MIN ((guint) ((guint64) (done + 1) * 100 / n), 99));
    }

  while (s->n_employers < n_employers)
    {
      if (!ff_sample_add_employer (s, error))
        goto fail;
    }

  /* The logs name the employers of the batch, and of those before it. */
  for (guint i = 0; i < people->len; i++)
    {
      if (!ff_sample_add_job_log (s, &g_array_index (people, FfSamplePerson, i), error)
          || !ff_sample_add_business_plan (s, &g_array_index (people, FfSamplePerson, i), error)
          || !ff_sample_add_mentoring (s, &g_array_index (people, FfSamplePerson, i), error))
        goto fail;
    }

  /* A cancellation during the batch throws the whole batch away. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !ff_store_commit (s->store, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (s->store);
  return FALSE;
}

gboolean
ff_sample_generate (FfStore         *store,
                    guint            n_participants,
                    guint32          seed,
                    FfProgressFunc   progress,
                    gpointer         progress_data,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GRand) plan_rand = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  g_autoptr(GRand) employer_rand = g_rand_new_with_seed (seed ^ 0x85ebca6bu);
  g_autoptr(GRand) job_rand = g_rand_new_with_seed (seed ^ 0xc2b2ae35u);
  g_autoptr(GRand) business_rand = g_rand_new_with_seed (seed ^ 0x27d4eb2fu);
  g_autoptr(GRand) course_rand = g_rand_new_with_seed (seed ^ 0x165667b1u);
  g_autoptr(GHashTable) attendance = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, g_free);
  g_autoptr(GRand) mentor_rand = g_rand_new_with_seed (seed ^ 0x2545f491u);
  g_autoptr(GHashTable) workplace_mentors = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) employers =
    g_ptr_array_new_with_free_func ((GDestroyNotify) ff_sample_employer_free);
  g_autoptr(GHashTable) national_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                              g_free, NULL);
  g_autoptr(GHashTable) org_numbers = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                             g_free, NULL);
  g_autoptr(GHashTable) employer_names = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                g_free, NULL);
  FfSample s = {
    .store = store,
    .reference = ff_sample_julian (FF_SAMPLE_REFERENCE_DAY, FF_SAMPLE_REFERENCE_MONTH,
                                   FF_SAMPLE_REFERENCE_YEAR),
    .rand = rand,
    .plan_rand = plan_rand,
    .employer_rand = employer_rand,
    .job_rand = job_rand,
    .business_rand = business_rand,
    .course_rand = course_rand,
    .attendance = attendance,
    .mentor_rand = mentor_rand,
    .workplace_mentors = workplace_mentors,
    .employers = employers,
    .national_ids = national_ids,
    .org_numbers = org_numbers,
    .employer_names = employer_names,
  };
  Reporter reporter = { progress, progress_data, -1 };
  guint batch = ff_sample_batch_size (n_participants);
  gboolean ok;
  gint64 cache_size, temp_store;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  report (&reporter, 0);

  /* The random UUIDs of new rows land all over their indexes: with SQLite's small
   * default page cache, most of the time would go to writing pages out and reading
   * them back. A larger cache for the length of the run keeps it fast. Every record
   * written opens a savepoint in the batch's transaction, for which SQLite copies the
   * pages it changes into a sub-journal: in memory (2) rather than in a temporary
   * file, that costs no system calls. */
  cache_size = get_pragma (store, "cache_size");
  temp_store = get_pragma (store, "temp_store");
  set_pragma (store, "cache_size", -128 * 1024);
  set_pragma (store, "temp_store", 2);

  for (guint i = 0; i < FF_SAMPLE_N_PLACES; i++)
    s.friends[i] = g_ptr_array_new_with_free_func (g_free);

  ok = add_programmes (&s, error);
  for (guint done = 0; ok && done < n_participants; done += batch)
    {
      guint end = MIN (done + batch, n_participants);

      ok = add_batch (&s, done, end, n_participants, &reporter, cancellable, error);
    }
  if (ok)
    ok = add_courses (&s, cancellable, error);

  for (guint i = 0; i < FF_SAMPLE_N_PLACES; i++)
    g_ptr_array_unref (s.friends[i]);

  set_pragma (store, "temp_store", temp_store);
  set_pragma (store, "cache_size", cache_size);

  if (ok)
    report (&reporter, 100);

  return ok;
}

/* The worker thread */

/* What the worker hands to the caller's main context: the latest fraction, and
 * whether an idle callback is already on its way to show it. Shared by reference. */
typedef struct
{
  GMainContext   *context;
  FfProgressFunc  func;
  gpointer        data;
  GDestroyNotify  destroy;

  GMutex          mutex;
  double          fraction;
  gboolean        queued;
} Progress;

static void
progress_clear (Progress *progress)
{
  g_mutex_clear (&progress->mutex);
  g_main_context_unref (progress->context);
}

static void
progress_release (gpointer progress)
{
  g_atomic_rc_box_release_full (progress, (GDestroyNotify) progress_clear);
}

/* Runs @func with @progress on the caller's context, after what was queued before. */
static void
progress_queue (Progress    *progress,
                GSourceFunc  func)
{
  GSource *source = g_idle_source_new ();

  /* The same priority as the task's own callback, which comes after. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, g_atomic_rc_box_acquire (progress), progress_release);
  g_source_set_static_name (source, "[fotfeste] sample data progress");
  g_source_attach (source, progress->context);
  g_source_unref (source);
}

/* On the caller's context: the fraction last posted, if not shown yet. */
static void
progress_show (Progress *progress)
{
  double fraction;
  gboolean queued;

  g_mutex_lock (&progress->mutex);
  fraction = progress->fraction;
  queued = progress->queued;
  progress->queued = FALSE;
  g_mutex_unlock (&progress->mutex);

  if (queued && progress->func != NULL)
    progress->func (fraction, progress->data);
}

static gboolean
progress_show_cb (gpointer user_data)
{
  progress_show (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
progress_finish_cb (gpointer user_data)
{
  Progress *progress = user_data;

  progress_show (progress);
  if (progress->destroy != NULL)
    progress->destroy (progress->data);
  progress->func = NULL;
  progress->data = NULL;
  progress->destroy = NULL;

  return G_SOURCE_REMOVE;
}

/* In the worker: keeps the latest fraction; one idle callback at a time shows it, so
 * that a busy main loop is never flooded. */
static void
progress_post (double   fraction,
               gpointer user_data)
{
  Progress *progress = user_data;
  gboolean queue;

  g_mutex_lock (&progress->mutex);
  progress->fraction = fraction;
  queue = !progress->queued;
  progress->queued = TRUE;
  g_mutex_unlock (&progress->mutex);

  if (queue)
    progress_queue (progress, progress_show_cb);
}

typedef struct
{
  char      *path;
  guint      n_participants;
  guint32    seed;
  gboolean   report;
  Progress  *progress;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_pointer (&job->progress, progress_release);
  g_free (job);
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* Bulk work on a connection of its own, closed before the caller hears of the end. */
  {
    g_autoptr(FfStore) store = ff_store_open (job->path, &error);

    ok = store != NULL &&
         ff_sample_generate (store, job->n_participants, job->seed,
                             job->report ? progress_post : NULL, job->progress,
                             cancellable, &error);
  }

  /* Queued ahead of the task's callback: the last progress is shown, and the
   * caller's data let go, before it. */
  progress_queue (job->progress, progress_finish_cb);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
ff_sample_generate_async (const char          *path,
                          guint                n_participants,
                          guint32              seed,
                          FfProgressFunc       progress,
                          gpointer             progress_data,
                          GDestroyNotify       progress_data_free,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (Job, 1);
  job->path = g_strdup (path);
  job->n_participants = n_participants;
  job->seed = seed;
  job->report = progress != NULL;
  job->progress = g_atomic_rc_box_new0 (Progress);
  job->progress->context = g_main_context_ref_thread_default ();
  job->progress->func = progress;
  job->progress->data = progress_data;
  job->progress->destroy = progress_data_free;
  g_mutex_init (&job->progress->mutex);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ff_sample_generate_async);
  g_task_set_name (task, "[fotfeste] sample data");
  /* The result says whether the work was cut short, not whether someone pressed
   * Cancel after it had ended. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, generate_thread);
}

gboolean
ff_sample_generate_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ff_sample_generate_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
