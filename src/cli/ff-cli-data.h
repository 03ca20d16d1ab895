/* ff-cli-data.h — fotfeste-cli's commands on the database file as a whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-cli-common.h"

G_BEGIN_DECLS

int ff_cli_init   (FfCli              *cli,
                   const FfCliCommand *command,
                   int                 argc,
                   char              **argv);
int ff_cli_sample (FfCli              *cli,
                   const FfCliCommand *command,
                   int                 argc,
                   char              **argv);
int ff_cli_check  (FfCli              *cli,
                   const FfCliCommand *command,
                   int                 argc,
                   char              **argv);

G_END_DECLS
