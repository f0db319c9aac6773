#!/usr/bin/env bash
# Creates a scratch org with both package directories deployed, the permission sets assigned, the
# scoring profiles set up and the sample portfolio loaded. Needs the Salesforce CLI (sf) logged in to a
# Dev Hub: sf org login web --set-default-dev-hub.
#
#   bash scripts/org/setup-scratch-org.sh [alias] [days]
set -euo pipefail

alias_name="${1:-cvp}"
days="${2:-7}"
cd "$(dirname "$0")/../.."

sf org create scratch --definition-file config/project-scratch-def.json --alias "$alias_name" \
  --duration-days "$days" --set-default --wait 15
# force-app is what the package holds; force-app-unpackaged the permission sets and the app it cannot.
sf project deploy start --source-dir force-app --source-dir force-app-unpackaged --target-org "$alias_name" --wait 30
# The scratch org's only user plays every role. A deploy gives no profile access to the new fields, so
# setup needs CVP_Admin, and the sample load writes assessed fields (CVP_User) and profitability rows
# (CVP_Integration); CVP_Manager lets the workspace show the whole portfolio.
sf org assign permset --name CVP_Admin --name CVP_User --name CVP_Manager --name CVP_Integration \
  --target-org "$alias_name"
npm run build --silent
# The plugin as a clone runs it, without linking it into the CLI.
npx node bin/run.js portfolio setup --target-org "$alias_name"
npx node scripts/org/load-sample.js --target-org "$alias_name"
sf org open --target-org "$alias_name" --path lightning/app/c__CVP_Customer_Value --url-only
