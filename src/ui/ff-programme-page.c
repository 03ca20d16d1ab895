/* ff-programme-page.c — one programme's details, saved as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-programme.h"
#include "ff-programme-page.h"
#include "ff-reductions-window.h"

struct _FfProgrammePage
{
  FfRecordPage          parent_instance;

  AdwPreferencesGroup  *main_group;
};

G_DEFINE_FINAL_TYPE (FfProgrammePage, ff_programme_page, FF_TYPE_RECORD_PAGE)

static const guint new_fields[] = { FF_PROGRAMME_NAME, FF_PROGRAMME_KIND };

/* With its participants counted. */
static FfRecord *
ff_programme_page_load (FfRecordPage  *page,
                        gint64         id,
                        GError       **error)
{
  return FF_RECORD (ff_programme_load (ff_record_page_get_store (page), id, error));
}

static void
ff_programme_page_show_record (FfRecordPage *page,
                               FfRecord     *record)
{
  FfProgrammePage *self = FF_PROGRAMME_PAGE (page);
  g_autofree char *count = NULL;
  gint64 n;

  if (record == NULL)
    return;

  n = ff_programme_get_n_participants (FF_PROGRAMME (record));
  /* Translators: how many participants a programme has */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld participant",
                                        "%lld participants", n), (long long) n);
  adw_preferences_group_set_description (self->main_group, count);
}

/* The reductions of the introduction benefit of the programme's participants. */
static void
reductions_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfRecordPage *page = FF_RECORD_PAGE (widget);
  FfRecord *record = ff_record_page_get_record (page);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *window;

  if (record == NULL)
    return;

  ff_record_page_flush (page);
  window = ff_reductions_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     ff_record_page_get_store (page), ff_record_get_id (record),
                                     ff_programme_get_name (FF_PROGRAMME (record)));
  gtk_window_present (GTK_WINDOW (window));
}

static void
ff_programme_page_class_init (FfProgrammePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FfRecordPageClass *page_class = FF_RECORD_PAGE_CLASS (klass);

  page_class->record_type = &ff_programme_type;
  /* Enrolments change how many participants the programme has. */
  page_class->follows = 1 << FF_RECORD_ENROLMENT;
  page_class->load = ff_programme_page_load;
  page_class->show_record = ff_programme_page_show_record;
  page_class->icon_name = "x-office-calendar-symbolic";
  /* Translators: a section of the window, and its list */
  page_class->title = N_("Programmes");
  page_class->new_title = N_("New Programme");
  page_class->new_description = N_("A programme holds the participants of one introduction "
                                   "programme, course or scheme.");
  page_class->search_placeholder = N_("Search programmes");
  page_class->empty_title = N_("No Programmes");
  page_class->empty_description = N_("Create one with the New Programme button.");
  page_class->none_title = N_("No Programme Selected");
  page_class->none_description = N_("Choose a programme in the list, or create a new one.");
  page_class->new_fields = new_fields;
  page_class->n_new_fields = G_N_ELEMENTS (new_fields);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-programme-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, main_group);

  gtk_widget_class_install_action (widget_class, "programme.reductions", NULL,
                                   reductions_action);
}

static void
ff_programme_page_init (FfProgrammePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
