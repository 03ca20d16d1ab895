/* ff-employer-page.c — one employer of the register, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-employer.h"
#include "ff-employer-page.h"

struct _FfEmployerPage
{
  FfRecordPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (FfEmployerPage, ff_employer_page, FF_TYPE_RECORD_PAGE)

static const guint new_fields[] = { FF_EMPLOYER_NAME, FF_EMPLOYER_ORG_NUMBER };

static void
ff_employer_page_class_init (FfEmployerPageClass *klass)
{
  FfRecordPageClass *page_class = FF_RECORD_PAGE_CLASS (klass);

  page_class->record_type = &ff_employer_type;
  page_class->icon_name = "x-office-address-book-symbolic";
  /* Translators: a section of the window, and its list: the employer register */
  page_class->title = N_("Employers");
  page_class->new_title = N_("New Employer");
  page_class->new_description = N_("Workplaces for language practice, work practice and "
                                   "jobs. The rest can be filled in on its page.");
  page_class->search_placeholder = N_("Search employers");
  page_class->empty_title = N_("No Employers");
  page_class->empty_description = N_("Add one with the New Employer button.");
  page_class->none_title = N_("No Employer Selected");
  page_class->none_description = N_("Choose an employer in the list, or add a new one.");
  page_class->new_fields = new_fields;
  page_class->n_new_fields = G_N_ELEMENTS (new_fields);

  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               RESOURCE_PATH "/ui/ff-employer-page.ui");
}

static void
ff_employer_page_init (FfEmployerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
