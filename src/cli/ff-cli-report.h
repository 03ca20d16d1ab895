/* ff-cli-report.h — fotfeste-cli's reports of a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-cli-common.h"

G_BEGIN_DECLS

int ff_cli_report (FfCli              *cli,
                   const FfCliCommand *command,
                   int                 argc,
                   char              **argv);

G_END_DECLS
