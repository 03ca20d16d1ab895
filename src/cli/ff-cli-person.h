/* ff-cli-person.h — fotfeste-cli's commands for a person's rights: export-person,
 * erase, purge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-cli-common.h"

G_BEGIN_DECLS

int ff_cli_export_person (FfCli              *cli,
                          const FfCliCommand *command,
                          int                 argc,
                          char              **argv);
int ff_cli_erase         (FfCli              *cli,
                          const FfCliCommand *command,
                          int                 argc,
                          char              **argv);
int ff_cli_purge         (FfCli              *cli,
                          const FfCliCommand *command,
                          int                 argc,
                          char              **argv);

G_END_DECLS
