/* ff-bench-print.c — prints many plans to PDF in one process, as a batch print would
 *
 * ff-bench-print --database FILE --output-dir DIR [--count N]
 *   Takes the first N participants (100 if not given) that have a plan, in the order
 *   "fotfeste-cli list participants" shows them, then loads each plan and writes it
 *   to DIR/plan-ID.pdf in the plan's own language. Prints tab-separated lines for
 *   bench/run-print-benchmark:
 *
 *     find   MS                 (looking up the participants' plans)
 *     print  MS  PLANS  PAGES   (loading every plan and writing every PDF)
 *
 *   times on the monotonic clock.
 *
 * ff-bench-print --database FILE --output-dir DIR --business-plans [--count N]
 *   The same for the first N business plans (100 if not given), in the order
 *   "fotfeste-cli list business-plans" shows them, each to DIR/business-plan-ID.pdf in
 *   Bokmål: "find" and "print MS PLANS PAGES" as above.
 *
 * ff-bench-print --database FILE --dump FILE.json [--business-plans] [--count N]
 *   Writes what the same plans (or business plans) hold, with their labels in the plan's
 *   language (Bokmål for business plans), as JSON, so that documents with the same
 *   content can be made for other programs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-business-plan.h"
#include "ff-business-plan-report.h"
#include "ff-business-budget.h"
#include "ff-format.h"
#include "ff-locale.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-plan-report.h"
#include "ff-report-language.h"
#include "ff-store.h"

static void
fail (const char *what,
      GError     *error)
{
  g_printerr ("ff-bench-print: %s: %s\n", what, error != NULL ? error->message : "");
  exit (1);
}

/* The ids of the first @count participants with a plan, and their plans' drafts. */
static void
find_plans (FfStore *store,
            guint    count,
            GArray  *participant_ids,
            GArray  *plan_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_participant_query_ids (store, NULL, &error);

  if (ids == NULL)
    fail ("listing the participants", error);

  for (guint i = 0; i < ids->len && plan_ids->len < count; i++)
    {
      gint64 participant_id = g_array_index (ids, gint64, i);
      gint64 plan_id = ff_plan_find_for_participant (store, participant_id, &error);

      if (plan_id == 0)
        {
          if (!g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
            fail ("finding a plan", error);
          g_clear_error (&error);
          continue;
        }
      g_array_append_val (participant_ids, participant_id);
      g_array_append_val (plan_ids, plan_id);
    }
}

/* --- --dump ------------------------------------------------------------------------ */

static void
append_json_string (GString    *json,
                    const char *text)
{
  g_string_append_c (json, '"');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (json, "\\\"");
          break;
        case '\\':
          g_string_append (json, "\\\\");
          break;
        case '\n':
          g_string_append (json, "\\n");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (json, "\\u%04x", (guchar) *p);
          else
            g_string_append_c (json, *p);
        }
    }
  g_string_append_c (json, '"');
}

/* "key":"value", after a comma unless it is the object's first member. */
static void
append_member (GString    *json,
               const char *key,
               const char *value)
{
  if (json->len > 0 && json->str[json->len - 1] != '{')
    g_string_append_c (json, ',');
  append_json_string (json, key);
  g_string_append_c (json, ':');
  append_json_string (json, value);
}

static void
append_parts (GString        *json,
              FfPlan         *plan,
              FfPlanPartKind  kind,
              const char     *language)
{
  GPtrArray *parts = ff_plan_get_parts (plan, kind);

  g_string_append_c (json, '[');
  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);

      g_string_append (json, i > 0 ? ",{" : "{");
      for (FfPlanField field = 0; field < FF_PLAN_N_FIELDS; field++)
        {
          if (ff_plan_field_part_kind (field) != (int) kind)
            continue;
          append_member (json, ff_plan_field_key (field), ff_plan_part_get_field (part, field));
        }
      if (kind == FF_PLAN_PART_ACTIVITY)
        {
          const char *kind_key = ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_KIND);
          const char *status_key = ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_STATUS);
          FfActivityKind activity = ff_choice_list_index (&ff_activity_kinds, kind_key);
          FfActivityStatus status = ff_choice_list_index (&ff_activity_statuses, status_key);

          append_member (json, "kind_label",
                         ff_report_gettext (language, ff_choice_list_msgid (&ff_activity_kinds, activity)));
          append_member (json, "status_label",
                         ff_report_gettext (language, ff_choice_list_msgid (&ff_activity_statuses, status)));
        }
      g_string_append_c (json, '}');
    }
  g_string_append_c (json, ']');
}

static void
dump_plans (FfStore    *store,
            GArray     *participant_ids,
            GArray     *plan_ids,
            const char *path)
{
  g_autoptr(GString) json = g_string_new ("[\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < plan_ids->len; i++)
    {
      g_autoptr(FfPlan) plan = ff_plan_load (store, g_array_index (plan_ids, gint64, i),
                                             &error);
      g_autofree char *id = NULL;
      const char *language;

      if (plan == NULL)
        fail ("loading a plan", error);
      language = ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE);
      id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (participant_ids, gint64, i));

      g_string_append (json, i > 0 ? ",\n{" : "{");
      append_member (json, "participant_id", id);
      append_member (json, "name", ff_plan_get_participant_name (plan));
      append_member (json, "native_name", ff_plan_get_native_name (plan));
      append_member (json, "birth_date", ff_plan_get_birth_date (plan));
      append_member (json, "contact_person", ff_plan_get_contact_person (plan));
      append_member (json, "programme", ff_plan_get_programme_name (plan));
      append_member (json, "organisation", ff_plan_get_organisation (plan));
      append_member (json, "goal_label",
                     ff_report_gettext (language, ff_choice_list_msgid (&ff_plan_goals, 
                       ff_choice_list_index (&ff_plan_goals, ff_plan_get_field (plan, FF_PLAN_FIELD_GOAL)))));
      for (FfPlanField field = 0; field < FF_PLAN_N_FIELDS; field++)
        {
          if (ff_plan_field_part_kind (field) != -1)
            continue;
          append_member (json, ff_plan_field_key (field), ff_plan_get_field (plan, field));
        }
      g_string_append (json, ",\"subgoals\":");
      append_parts (json, plan, FF_PLAN_PART_SUBGOAL, language);
      g_string_append (json, ",\"activities\":");
      append_parts (json, plan, FF_PLAN_PART_ACTIVITY, language);
      g_string_append (json, ",\"reviews\":");
      append_parts (json, plan, FF_PLAN_PART_REVIEW, language);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "\n]\n");

  if (!g_file_set_contents (path, json->str, json->len, &error))
    fail ("writing the dump", error);
}

/* --- printing ---------------------------------------------------------------------- */

static void
print_plans (FfStore    *store,
             GArray     *participant_ids,
             GArray     *plan_ids,
             const char *output_dir)
{
  g_autoptr(GError) error = NULL;
  int total_pages = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < plan_ids->len; i++)
    {
      g_autoptr(FfPlan) plan = ff_plan_load (store, g_array_index (plan_ids, gint64, i),
                                             &error);
      g_autoptr(FfPlanReport) report = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      int n_pages = 0;

      if (plan == NULL)
        fail ("loading a plan", error);
      report = ff_plan_report_new (plan, ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE),
                                   NULL, &error);
      if (report == NULL)
        fail ("laying out a plan", error);

      name = g_strdup_printf ("plan-%" G_GINT64_FORMAT ".pdf",
                              g_array_index (participant_ids, gint64, i));
      path = g_build_filename (output_dir, name, NULL);
      if (!ff_document_write_pdf (FF_DOCUMENT (report), path, &n_pages, &error))
        fail (path, error);
      total_pages += n_pages;
    }

  printf ("print\t%.3f\t%u\t%d\n", (g_get_monotonic_time () - start) / 1000.0, plan_ids->len,
          total_pages);
}

/* --- business plans ---------------------------------------------------------------- */

/* "key":["a","b",…] of twelve amounts in Bokmål. */
static void
append_months (GString      *json,
               const char   *key,
               const gint64  months[FF_BUSINESS_MONTHS])
{
  g_string_append_c (json, ',');
  append_json_string (json, key);
  g_string_append (json, ":[");
  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      g_autofree char *amount = ff_format_money (months[m], "nb");

      if (m > 0)
        g_string_append_c (json, ',');
      append_json_string (json, amount);
    }
  g_string_append_c (json, ']');
}

static void
append_money (GString    *json,
              const char *key,
              gint64      ore)
{
  g_autofree char *amount = ff_format_money (ore, "nb");

  append_member (json, key, amount);
}

/* The label of @key of @list in Bokmål. */
static const char *
label_nb (const FfChoiceList *list,
          const char         *key)
{
  return ff_report_gettext ("nb", ff_report_choice_msgid (list, ff_choice_list_index (list,
                                                                                        key)));
}

/* One business plan as JSON: what its printed document shows, figures in Bokmål. */
static void
append_business_plan (GString *json,
                      FfStore *store,
                      gint64   plan_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfRecord) plan = ff_record_load (store, &ff_business_plan_type, plan_id, &error);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
  FfBusinessBudget budget;
  static const struct
  {
    FfBusinessPartKind kind;
    const char *key;
    guint fields[3];
    guint n_fields;
    const FfChoiceList *list;   /* of the first field, when it is a choice */
  } parts[] = {
    { FF_BUSINESS_PART_CHECKLIST, "checklist",
      { FF_BUSINESS_ITEM_TITLE, FF_BUSINESS_ITEM_STATE, FF_BUSINESS_ITEM_DATE }, 3, NULL },
    { FF_BUSINESS_PART_STARTUP, "startup",
      { FF_BUSINESS_STARTUP_WHAT, FF_BUSINESS_STARTUP_AMOUNT }, 2, NULL },
    { FF_BUSINESS_PART_FINANCING, "financing",
      { FF_BUSINESS_FINANCING_KIND, FF_BUSINESS_FINANCING_WHAT, FF_BUSINESS_FINANCING_AMOUNT },
      3, &ff_business_financing_kinds },
    { FF_BUSINESS_PART_MILESTONE, "milestones",
      { FF_BUSINESS_MILESTONE_DATE, FF_BUSINESS_MILESTONE_WHAT }, 2, NULL },
  };

  if (plan == NULL || !ff_business_budget_read (store, plan_id, &budget, &error))
    fail ("loading a business plan", error);

  g_string_append_c (json, '{');
  append_member (json, "plan_id", id);
  append_member (json, "participant_id",
                 ff_record_get_extra (plan, FF_BUSINESS_PLAN_PARTICIPANT_ID));
  append_member (json, "name", ff_record_get_extra (plan, FF_BUSINESS_PLAN_PARTICIPANT_NAME));
  append_member (json, "title", ff_record_get (plan, FF_BUSINESS_PLAN_TITLE));
  append_member (json, "kind_label",
                 label_nb (&ff_business_kinds, ff_record_get (plan, FF_BUSINESS_PLAN_KIND)));
  append_member (json, "status_label",
                 label_nb (&ff_business_statuses, ff_record_get (plan, FF_BUSINESS_PLAN_STATUS)));
  append_member (json, "status_date", ff_record_get (plan, FF_BUSINESS_PLAN_STATUS_DATE));
  append_member (json, "legal_form_label",
                 label_nb (&ff_business_legal_forms,
                           ff_record_get (plan, FF_BUSINESS_PLAN_LEGAL_FORM)));

  g_string_append (json, ",\"sections\":[");
  for (guint i = 0; i < FF_BUSINESS_N_SECTIONS; i++)
    {
      g_string_append (json, i > 0 ? ",{" : "{");
      append_member (json, "label",
                     ff_report_gettext ("nb", ff_report_choice_msgid (&ff_business_sections, i)));
      append_member (json, "text", ff_record_get (plan, ff_business_section_field (i)));
      g_string_append_c (json, '}');
    }
  g_string_append_c (json, ']');

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      g_autoptr(GPtrArray) records = ff_record_load_owned (store,
                                                           &ff_business_part_types[parts[p].kind],
                                                           plan_id, &error);

      if (records == NULL)
        fail ("loading a business plan's parts", error);
      g_string_append_c (json, ',');
      append_json_string (json, parts[p].key);
      g_string_append (json, ":[");
      for (guint i = 0; i < records->len; i++)
        {
          FfRecord *record = g_ptr_array_index (records, i);

          g_string_append (json, i > 0 ? ",[" : "[");
          for (guint f = 0; f < parts[p].n_fields; f++)
            {
              const char *value = ff_record_get (record, parts[p].fields[f]);

              if (f > 0)
                g_string_append_c (json, ',');
              if (f == 0 && parts[p].list != NULL)
                value = label_nb (parts[p].list, value);
              append_json_string (json, value);
            }
          g_string_append_c (json, ']');
        }
      g_string_append_c (json, ']');
    }

  {
    g_autoptr(GPtrArray) lines = ff_record_load_owned (store,
                                                       &ff_business_part_types[FF_BUSINESS_PART_BUDGET],
                                                       plan_id, &error);

    if (lines == NULL)
      fail ("loading a business plan's budget", error);
    g_string_append (json, ",\"budget\":[");
    for (guint i = 0; i < lines->len; i++)
      {
        FfRecord *line = g_ptr_array_index (lines, i);
        gint64 months[FF_BUSINESS_MONTHS];

        for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
          months[m] = g_ascii_strtoll (ff_record_get (line, FF_BUSINESS_BUDGET_MONTH_1 + m),
                                       NULL, 10);
        g_string_append (json, i > 0 ? ",{" : "{");
        append_member (json, "side", ff_record_get (line, FF_BUSINESS_BUDGET_SIDE));
        append_member (json, "title", ff_record_get (line, FF_BUSINESS_BUDGET_TITLE));
        append_months (json, "months", months);
        {
          gint64 total = 0;

          for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
            total += months[m];
          append_money (json, "total", total);
        }
        g_string_append_c (json, '}');
      }
    g_string_append_c (json, ']');
  }

  append_months (json, "revenue", budget.revenue);
  append_months (json, "cost", budget.cost);
  append_months (json, "result", budget.result);
  append_months (json, "liquidity", budget.liquidity);
  append_money (json, "revenue_total", budget.revenue_total);
  append_money (json, "cost_total", budget.cost_total);
  append_money (json, "result_total", budget.result_total);
  append_money (json, "startup_total", budget.startup_total);
  append_money (json, "financing_total", budget.financing_total);
  append_money (json, "financing_gap", budget.financing_gap);
  append_money (json, "opening", budget.opening);
  {
    g_autofree char *month = g_strdup_printf ("%u", budget.break_even_month);

    append_member (json, "break_even_month", month);
  }
  g_string_append_c (json, '}');
}

static int
dump_business_plans (FfStore    *store,
                     guint       count,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_business_plan_query_ids (store, 0, &error);
  g_autoptr(GString) json = g_string_new ("[\n");

  if (ids == NULL)
    fail ("listing the business plans", error);
  if (ids->len < count)
    {
      g_printerr ("ff-bench-print: only %u business plans, not %u\n", ids->len, count);
      return 1;
    }

  for (guint i = 0; i < count; i++)
    {
      if (i > 0)
        g_string_append (json, ",\n");
      append_business_plan (json, store, g_array_index (ids, gint64, i));
    }
  g_string_append (json, "\n]\n");

  if (!g_file_set_contents (path, json->str, json->len, &error))
    fail ("writing the dump", error);
  return 0;
}

/* The first @count business plans, each read and written to a PDF of its own. */
static int
print_business_plans (FfStore    *store,
                      guint       count,
                      const char *output_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  int total_pages = 0;
  gint64 start = g_get_monotonic_time ();

  ids = ff_business_plan_query_ids (store, 0, &error);
  if (ids == NULL)
    fail ("listing the business plans", error);
  if (ids->len < count)
    {
      g_printerr ("ff-bench-print: only %u business plans, not %u\n", ids->len, count);
      return 1;
    }
  printf ("find\t%.3f\n", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < count; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(FfBusinessPlanReport) report = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      int n_pages = 0;

      report = ff_business_plan_report_new (store, id, "nb", NULL, FALSE, &error);
      if (report == NULL)
        fail ("laying out a business plan", error);
      name = g_strdup_printf ("business-plan-%" G_GINT64_FORMAT ".pdf", id);
      path = g_build_filename (output_dir, name, NULL);
      if (!ff_document_write_pdf (FF_DOCUMENT (report), path, &n_pages, &error))
        fail (path, error);
      total_pages += n_pages;
    }

  printf ("print\t%.3f\t%u\t%d\n", (g_get_monotonic_time () - start) / 1000.0, count,
          total_pages);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  g_autofree char *output_dir = NULL;
  g_autofree char *dump = NULL;
  int count = 100;
  gboolean business_plans = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, "The database", "FILE" },
    { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &output_dir,
      "Where to write the PDF files", "DIR" },
    { "count", 'n', 0, G_OPTION_ARG_INT, &count, "How many plans (100)", "N" },
    { "business-plans", 0, 0, G_OPTION_ARG_NONE, &business_plans,
      "Print business plans instead of individual plans", NULL },
    { "dump", 0, 0, G_OPTION_ARG_FILENAME, &dump,
      "Write the plans' contents as JSON instead of printing them", "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- print plans to PDF");
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GArray) participant_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 start;

  ff_locale_init ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    fail ("arguments", error);
  if (database == NULL || (output_dir == NULL && dump == NULL) || count < 1)
    {
      g_printerr ("Usage: ff-bench-print --database FILE "
                  "(--output-dir DIR [--business-plans] | --dump FILE.json) [--count N]\n");
      return 2;
    }
  if (!g_file_test (database, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("ff-bench-print: there is no database at %s\n", database);
      return 2;
    }

  store = ff_store_open (database, &error);
  if (store == NULL)
    fail (database, error);

  if (business_plans && dump != NULL)
    return dump_business_plans (store, (guint) count, dump);
  if (business_plans && output_dir != NULL)
    {
      if (g_mkdir_with_parents (output_dir, 0700) != 0)
        {
          g_printerr ("ff-bench-print: cannot make %s\n", output_dir);
          return 1;
        }
      return print_business_plans (store, (guint) count, output_dir);
    }

  start = g_get_monotonic_time ();
  find_plans (store, (guint) count, participant_ids, plan_ids);
  if (plan_ids->len < (guint) count)
    {
      g_printerr ("ff-bench-print: only %u participants of %s have a plan\n", plan_ids->len,
                  database);
      return 1;
    }

  if (dump != NULL)
    {
      dump_plans (store, participant_ids, plan_ids, dump);
      return 0;
    }

  printf ("find\t%.3f\n", (g_get_monotonic_time () - start) / 1000.0);
  if (g_mkdir_with_parents (output_dir, 0700) != 0)
    {
      g_printerr ("ff-bench-print: cannot make %s\n", output_dir);
      return 1;
    }
  print_plans (store, participant_ids, plan_ids, output_dir);
  return 0;
}
