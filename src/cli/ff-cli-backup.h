/* ff-cli-backup.h — fotfeste-cli's commands on backups: backup, backups, restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-cli-common.h"

G_BEGIN_DECLS

int ff_cli_backup  (FfCli              *cli,
                    const FfCliCommand *command,
                    int                 argc,
                    char              **argv);
int ff_cli_backups (FfCli              *cli,
                    const FfCliCommand *command,
                    int                 argc,
                    char              **argv);
int ff_cli_restore (FfCli              *cli,
                    const FfCliCommand *command,
                    int                 argc,
                    char              **argv);

G_END_DECLS
